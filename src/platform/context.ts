import type { Kysely } from 'kysely';
import type { AccountHookRegistry } from './account/account-hooks.js';
import type { Config } from './config/config.js';
import type { Database, DatabaseKind } from './db/database.js';
import type { DB } from './db/schema.js';
import type { JobRegistry } from './jobs/registry.js';

/** What every module's routes and services get: no globals, so tests can build their own. */
export interface AppContext {
  db: Kysely<DB>;
  dbKind: DatabaseKind;
  /** The open database itself, for what goes beyond queries (backups). */
  database: Database;
  config: Config;
  /** The clock; tests move it. */
  now: () => Date;
  /** Whether the database holds fictional demo data (every page then says so). */
  hasDemoData: () => Promise<boolean>;
  /** Background job handlers; modules add theirs at registration. */
  jobs: JobRegistry;
  /** What the account and admin pages ask the modules (enterprises, personal data); modules add theirs at registration. */
  accountHooks: AccountHookRegistry;
}
