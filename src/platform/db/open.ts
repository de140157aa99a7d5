import type { PGlite } from '@electric-sql/pglite';
import type { Migration } from 'kysely';
import type { Config } from '../config/config.js';
import { openDatabase, type Database } from './database.js';
import { migrateToLatest } from './migrations.js';

/**
 * Opens the configured database (PostgreSQL if DATABASE_URL, else PGlite in DATA_DIR) and
 * runs `migrations` (the composed list) if given. The caller must hold DATA_DIR's lock
 * (owner/lock.ts) before opening PGlite.
 */
export async function openConfiguredDatabase(
  config: Config,
  options: { migrations?: Readonly<Record<string, Migration>>; started?: Promise<PGlite> | undefined } = {},
): Promise<Database> {
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, started: options.started });
  if (!options.migrations) return database;
  try {
    await migrateToLatest(database.db, options.migrations);
  } catch (e) {
    await database.close();
    throw e;
  }
  return database;
}
