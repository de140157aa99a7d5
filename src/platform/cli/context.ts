import { AccountHookRegistry } from '../account/account-hooks.js';
import type { Config } from '../config/config.js';
import type { AppContext } from '../context.js';
import type { Database } from '../db/database.js';
import { JobRegistry } from '../jobs/registry.js';

/** The context a CLI command runs services with: the real clock, no HTTP server, no job handlers and no module hooks. */
export function cliContext(database: Database, config: Config): AppContext {
  return {
    db: database.db,
    dbKind: database.kind,
    database,
    config,
    now: () => new Date(),
    hasDemoData: async () => false,
    jobs: new JobRegistry(),
    accountHooks: new AccountHookRegistry(),
  };
}
