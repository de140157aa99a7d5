import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseKind } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrations.js';
import { APP } from '../src/app/modules.js';
import { PUBLIC_STATUSES } from '../src/modules/register/enterprise/enterprise.types.js';
import { seedEnterprises } from '../src/modules/register/demo/seed.service.js';
import { analyze } from '../src/platform/db/maintenance.js';
import { cpuMs } from './proc.js';

/**
 * The databases the bench fills. Each is the bench's own: a PGlite folder under the system's
 * temporary directory, or a PostgreSQL database named asf_bench* created and dropped by the
 * bench on the server the caller names. Nothing else on that server is read or written.
 */
export interface BenchDatabase {
  kind: DatabaseKind;
  /** What the server and the CLI get to find it (DATA_DIR or DATABASE_URL). */
  env: Record<string, string>;
  label: string;
  /** Creates it empty (PostgreSQL: drops a leftover of an earlier bench run first). */
  create(): Promise<void>;
  open(): Promise<Database>;
  drop(): Promise<void>;
  /** PostgreSQL: CPU ms so far of each backend connected to this database (same machine only). */
  backendCpu?: () => Promise<Map<number, number>>;
}

export const BENCH_DB_PREFIX = 'asf_bench';

export function pgliteDatabase(name: string, parent: string): BenchDatabase {
  const dir = join(parent, name);
  return {
    kind: 'pglite',
    env: { DATA_DIR: dir },
    label: dir,
    async create() {
      rmSync(dir, { recursive: true, force: true });
    },
    open: () => openDatabase({ dataDir: dir }),
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function postgresDatabase(serverUrl: string, suffix: string): BenchDatabase {
  const name = `${BENCH_DB_PREFIX}${suffix}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  // `name` is our own constant, never user input; quoted anyway.
  const dropSql = `drop database if exists "${name}" with (force)`;
  return {
    kind: 'postgres',
    env: { DATABASE_URL: url.toString() },
    label: `${url.host}/${name}`,
    async create() {
      await admin(async (c) => {
        await c.query(dropSql);
        await c.query(`create database "${name}"`);
      });
    },
    open: () => openDatabase({ url: url.toString(), poolSize: 2 }),
    async drop() {
      await admin((c) => c.query(dropSql));
    },
    async backendCpu() {
      const { rows } = await admin((c) =>
        c.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [
          name,
        ]),
      );
      const out = new Map<number, number>();
      for (const { pid } of rows) {
        const ms = cpuMs(pid);
        if (ms !== null) out.set(pid, ms);
      }
      return out;
    },
  };
}

export function benchTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'asf-bench-'));
}

/**
 * Brings the database to `size` enterprises (seeding only the difference), and returns a spread
 * of public org.nr for the profile scenario, then runs VACUUM ANALYZE as `asf seed` does.
 */
export async function fillTo(
  target: BenchDatabase,
  size: number,
  today: string,
  log: (s: string) => void,
): Promise<{ seeded: number; seedSeconds: number; orgnrs: string[]; total: number }> {
  const database = await target.open();
  try {
    await migrateToLatest(database.db, APP.migrations);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from enterprise`.execute(database.db);
    const have = rows[0]?.n ?? 0;
    const missing = Math.max(0, size - have);
    const started = performance.now();
    let lastLog = 0;
    if (missing > 0) {
      await seedEnterprises(database.db, missing, {
        isDemo: true,
        today,
        onProgress: (done, total) => {
          if (performance.now() - lastLog > 5000 || done === total) {
            lastLog = performance.now();
            log(`  seed ${done}/${total}`);
          }
        },
      });
    }
    const seedSeconds = (performance.now() - started) / 1000;
    // As `asf seed` does after a bulk write (src/platform/db/maintenance.ts); on PostgreSQL this is
    // what autovacuum would do within a minute or two anyway.
    await analyze(database.db, database.kind);
    const statuses = sql.join(PUBLIC_STATUSES.map((s) => sql.lit(s)));
    const picked = await sql<{ orgnr: string }>`
      select orgnr from enterprise where status in (${statuses}) order by md5(orgnr) limit 500`.execute(database.db);
    const count = await sql<{ n: number }>`select count(*)::int as n from enterprise`.execute(database.db);
    return {
      seeded: missing,
      seedSeconds: Math.round(seedSeconds * 10) / 10,
      orgnrs: picked.rows.map((r) => r.orgnr),
      total: count.rows[0]?.n ?? 0,
    };
  } finally {
    await database.close();
  }
}
