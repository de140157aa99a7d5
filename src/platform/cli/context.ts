import { AccountHookRegistry } from '../account/account-hooks.js';
import type { Composition } from '../composition.js';
import type { Config } from '../config/config.js';
import type { AppContext } from '../context.js';
import type { Database } from '../db/database.js';
import { JobRegistry } from '../jobs/registry.js';

/** The context a CLI command runs services with: the real clock, no HTTP server and no job handlers; the modules' account hooks. */
export function cliContext(database: Database, config: Config, composition: Composition): AppContext {
  const accountHooks = new AccountHookRegistry();
  for (const m of composition.modules) if (m.accountHooks) accountHooks.register(m.accountHooks);
  return {
    db: database.db,
    dbKind: database.kind,
    database,
    config,
    now: () => new Date(),
    hasDemoData: async () => false,
    jobs: new JobRegistry(),
    accountHooks,
    composition,
  };
}
