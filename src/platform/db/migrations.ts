import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DB } from './schema.js';
import * as platform0001 from './migrations/0001_platform.js';
import * as register0002 from '../../modules/register/migrations/0002_enterprise.js';
import * as platform0003 from './migrations/0003_accounts.js';
import * as register0004 from '../../modules/register/migrations/0004_workflow.js';
import * as platform0005 from './migrations/0005_rate_limit.js';
import * as register0006 from '../../modules/register/migrations/0006_import_columns.js';

/**
 * Every migration of every module, in the one order they run. Forward only: a released
 * migration is never edited, a change is a new one. Names are numbered across modules.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001_platform': platform0001,
  '0002_register_enterprise': register0002,
  '0003_platform_accounts': platform0003,
  '0004_register_workflow': register0004,
  '0005_platform_rate_limit': platform0005,
  '0006_register_import_columns': register0006,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrateToLatest(db: Kysely<DB>, schema?: string): Promise<string[]> {
  if (await isUpToDate(db, schema)) return [];
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
async function isUpToDate(db: Kysely<DB>, schema: string | undefined): Promise<boolean> {
  const latest = Object.keys(MIGRATIONS).sort().at(-1);
  const table = schema ? sql`${sql.id(schema)}.kysely_migration` : sql`kysely_migration`;
  try {
    const { rows } = await sql<{ name: string }>`select max(name) as name from ${table}`.execute(db);
    return rows[0]?.name === latest;
  } catch {
    return false; // no migration table yet: a new database
  }
}
