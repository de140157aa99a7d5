import type { Config } from '../config/config.js';
import { openDatabase, type Database } from './database.js';
import { migrateToLatest } from './migrations.js';

/** Opens the configured database (PostgreSQL if DATABASE_URL, else PGlite in DATA_DIR) and migrates it. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await migrateToLatest(database.db);
  } catch (e) {
    await database.close();
    throw e;
  }
  return database;
}
