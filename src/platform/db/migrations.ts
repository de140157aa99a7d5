import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { PlatformDB } from './schema.js';
import * as platform0001 from './migrations/0001_platform.js';
import * as platform0003 from './migrations/0003_accounts.js';
import * as platform0005 from './migrations/0005_rate_limit.js';
import * as platform0016 from './migrations/0016_mail_unsubscribe.js';

/**
 * The platform's migrations. Each module brings its own (module.ts) and composition.ts puts
 * them all in one list, run in name order: the numbers are shared by all modules. Forward only:
 * a released migration is never edited, a change is a new one. (0003 has a foreign key to the
 * register's enterprise table, from before the modules had a contract; it runs after the
 * register's 0002, and a released migration stays as it was.)
 */
export const PLATFORM_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_platform': platform0001,
  '0003_platform_accounts': platform0003,
  '0005_platform_rate_limit': platform0005,
  '0016_platform_mail_unsubscribe': platform0016,
};

/** Runs what has not run of `migrations` (the composed list, composition.ts). */
export async function migrateToLatest(
  db: Kysely<PlatformDB>,
  migrations: Readonly<Record<string, Migration>>,
  schema?: string,
): Promise<string[]> {
  if (await isUpToDate(db, migrations, schema)) return [];
  const provider: MigrationProvider = { getMigrations: async () => ({ ...migrations }) };
  // With a schema (tests on a shared server), Kysely must keep its bookkeeping tables there too:
  // otherwise it finds another schema's tables and skips creating its own.
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * The migrator's own checks (tables, lock) cost a third of a second at every start; one look at
 * the newest recorded migration says whether there is anything to do at all.
 */
async function isUpToDate(
  db: Kysely<PlatformDB>,
  migrations: Readonly<Record<string, Migration>>,
  schema: string | undefined,
): Promise<boolean> {
  const latest = Object.keys(migrations).sort().at(-1);
  const table = schema ? sql`${sql.id(schema)}.kysely_migration` : sql`kysely_migration`;
  try {
    // The count too: a module's new migration may be numbered below another module's newest.
    const { rows } = await sql<{ name: string; count: number }>`
      select max(name) as name, count(*)::int as count from ${table}`.execute(db);
    return rows[0]?.name === latest && rows[0]?.count === Object.keys(migrations).length;
  } catch {
    return false; // no migration table yet: a new database
  }
}
