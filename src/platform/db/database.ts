import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.js';
import type { DB } from './schema.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** The embedded database itself, for dumps; absent on PostgreSQL. */
  pglite?: PGlite;
  /**
   * One database session to the caller alone until `run` ends, for what Kysely cannot do:
   * scripts of many statements (a restore) and tools that speak to PGlite directly (pg_dump).
   * On PGlite every other query waits meanwhile: PGlite is one session, and a query slipped in
   * would run inside the caller's transaction. The session is not reused afterwards as it was
   * left (settings a script changed are reset, or the connection is dropped).
   */
  session<T>(run: (session: Session) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface Session {
  /** Runs a script of one or more statements, without parameters. */
  exec(script: string): Promise<void>;
  query<R>(text: string, params?: unknown[]): Promise<R[]>;
}

export interface DatabaseOptions {
  /** PostgreSQL server; when absent the embedded PGlite is used. */
  url?: string | undefined;
  /** PGlite data folder; absent = in memory (tests). */
  dataDir?: string | undefined;
  /** PostgreSQL schema to work in (tests isolate themselves this way). */
  schema?: string | undefined;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
  /** Names our connections in pg_stat_activity (tests find and kill their own by it). */
  applicationName?: string | undefined;
  /** A PGlite data folder dump to start from (tests: a migrated template loads in a fraction of initdb's time). */
  template?: Blob | undefined;
}

// The same JS types from both drivers: dates as 'YYYY-MM-DD' strings (a date has no time zone),
// bigint counts and numerics as numbers (our counts and shares fit easily).
const OID = { int8: 20, numeric: 1700, date: 1082 } as const;
const asNumber = (v: string) => Number(v);

// The default (4) prices random reads for spinning disks; on SSDs and in PGlite's in-process
// files it made the planner scan every row for common words instead of using the text index
// (facets at 30 000 enterprises: 85 ms → 6 ms for that step).
const RANDOM_PAGE_COST = 1.1;
const asIs = (v: string) => v;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    return openPostgres(
      options.url,
      options.schema,
      options.poolSize ?? 10,
      options.applicationName ?? 'asf-plattformen',
    );
  }
  return openPGlite(options.dataDir, options.template);
}

async function openPGlite(dataDir: string | undefined, template: Blob | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(template ? { loadDataDir: template } : {}),
    extensions: { pg_trgm },
    // PGlite already runs PostgreSQL with fsync off; waiting for its own file-system sync after
    // every query only made each query 2–4 times slower (measured: `select 1` 3.3 ms → 1.4 ms).
    // A server that needs full durability runs on PostgreSQL (DATABASE_URL).
    relaxedDurability: true,
    // PostgreSQL's default 128 MB of shared buffers is most of PGlite's memory; the register
    // fits in far less, and the operating system caches the files anyway.
    startParams: [
      ...PGlite.defaultStartParams,
      '-c',
      'shared_buffers=32MB',
      '-c',
      `random_page_cost=${RANDOM_PAGE_COST}`,
    ],
    parsers: { [OID.int8]: asNumber, [OID.numeric]: asNumber, [OID.date]: asIs },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    pglite,
    // Kysely's lease on its one connection is what makes every other query wait.
    session: (run) =>
      db.connection().execute(async () => {
        try {
          return await run({
            exec: async (script) => void (await pglite.exec(script)),
            query: async <R>(text: string, params?: unknown[]) => (await pglite.query<R>(text, params)).rows,
          });
        } finally {
          // Whatever the caller left open or set (pg_dump leaves its read-only transaction open
          // and its settings behind) must not reach the next request.
          await pglite.exec('rollback; reset all');
        }
      }),
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}

// How long a query waits for a connection (a new one, or a free one from a busy pool) before it
// fails and the request gets 503. Without it, a server that does not answer (a failover in
// progress, a network gap) holds every request until the client gives up.
const CONNECT_TIMEOUT_MS = 5000;

async function openPostgres(url: string, schema: string | undefined, max: number, name: string): Promise<Database> {
  const parsers: Record<number, (v: string) => unknown> = {
    [OID.int8]: asNumber,
    [OID.numeric]: asNumber,
    [OID.date]: asIs,
  };
  const pool = new pg.Pool({
    connectionString: url,
    max,
    application_name: name,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // TCP keepalive finds a connection whose server vanished without closing it.
    keepAlive: true,
    options: [`-c random_page_cost=${RANDOM_PAGE_COST}`, ...(schema ? [`-c search_path=${schema},public`] : [])].join(
      ' ',
    ),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        parsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // A server restart, failover or pg_terminate_backend makes a connection emit 'error': an idle
  // one on the pool, one a request holds (between two queries) on the client itself. Without a
  // listener Node ends the whole process. Nothing is lost by listening and doing nothing here: the
  // broken client is discarded, and whoever uses it next gets the error (a 503 for a request, a
  // pause for the job worker), where it is logged.
  pool.on('error', ignore);
  pool.on('connect', (client) => client.on('error', ignore));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  return {
    db,
    kind: 'postgres',
    async session(run) {
      const client = await pool.connect();
      try {
        return await run({
          exec: async (script) => void (await client.query(script)),
          query: async <R>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as R[],
        });
      } finally {
        // A script may have changed the session (search_path above all): the connection is
        // closed rather than handed to the next request.
        client.release(true);
      }
    },
    async close() {
      await db.destroy();
    },
  };
}

const ignore = () => {};
