import type { Composition } from '../composition.js';
import type { Config } from '../config/config.js';
import type { AppContext } from '../context.js';
import type { Database } from '../db/database.js';
import { JobRegistry } from '../jobs/registry.js';

/** The context a CLI command runs services with: the real clock, no HTTP server and no job handlers; the modules' account hooks (composed once). */
export function cliContext(database: Database, config: Config, composition: Composition): AppContext {
  return {
    db: database.db,
    dbKind: database.kind,
    database,
    config,
    now: () => new Date(),
    hasDemoData: async () => false,
    jobs: new JobRegistry(),
    accountHooks: composition.accountHooks,
    composition,
  };
}
