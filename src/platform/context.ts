import type { Kysely } from 'kysely';
import type { AccountHookRegistry } from './account/account-hooks.js';
import type { Composition } from './composition.js';
import type { Config } from './config/config.js';
import type { Database, DatabaseKind } from './db/database.js';
import type { PlatformDB } from './db/schema.js';
import type { JobRegistry } from './jobs/registry.js';

/**
 * What every module's routes and services get: no globals, so tests can build their own.
 * `Tables` is what `db` knows: the platform's tables, and a module's own in a module's context.
 */
export interface AppContext<Tables = PlatformDB> {
  db: Kysely<Tables>;
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
  /** What the account and admin pages ask the modules (enterprises, personal data): the composition's registry. */
  accountHooks: AccountHookRegistry;
  /** The platform and its modules, composed (menu, access rules, error ids, OpenAPI parts). */
  composition: Composition;
}
