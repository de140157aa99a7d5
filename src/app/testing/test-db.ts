import type { Kysely } from 'kysely';
import type { Database, DatabaseKind } from '../../platform/db/database.js';
import {
  openTestDatabase as openPlatformTestDatabase,
  writePgliteTemplate as writePlatformTemplate,
} from '../../platform/testing/test-db.js';
import type { Composition } from '../../platform/composition.js';
import { APP } from '../modules.js';
import type { AppDB, AppTables } from '../tables.js';

export { testDatabaseKinds } from '../../platform/testing/test-db.js';

/** A test database with every module's tables, typed so that a test can fill in any of them. */
export type AppDatabase = Omit<Database, 'db'> & { db: Kysely<AppDB> };

/** A fresh test database migrated with the platform's and every module's migrations (platform/testing/test-db.ts). */
export async function openTestDatabase(
  kind: DatabaseKind,
  options: { via?: string; composition?: Composition } = {},
): Promise<AppDatabase> {
  const { composition = APP, ...rest } = options;
  return withAllTables(await openPlatformTestDatabase(kind, { ...rest, migrations: composition.migrations }));
}

export function withAllTables(database: Database): AppDatabase {
  return { ...database, db: database.db.withTables<AppTables>() };
}

/** The migrated PGlite template `npm test` makes once for all test files. */
export function writePgliteTemplate(path: string): Promise<void> {
  return writePlatformTemplate(path, APP.migrations);
}
