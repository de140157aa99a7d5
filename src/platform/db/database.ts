import type { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.js';
import { asIs, asNumber, OID, RANDOM_PAGE_COST, startPGlite } from './pglite.js';
import type { PlatformDB } from './schema.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<PlatformDB>;
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
  /** PGlite already being started by the caller (startPGlite), to overlap with loading the program. */
  started?: Promise<PGlite> | undefined;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    return openPostgres(
      options.url,
      options.schema,
      options.poolSize ?? 10,
      options.applicationName ?? 'asf-plattformen',
    );
  }
  return openPGlite(options);
}

async function openPGlite(options: DatabaseOptions): Promise<Database> {
  const pglite = await (options.started ?? startPGlite(options.dataDir, options.template));
  const db = new Kysely<PlatformDB>({ dialect: new PGliteDialect(pglite) });
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
  const db = new Kysely<PlatformDB>({ dialect: new PostgresDialect({ pool }) });
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
