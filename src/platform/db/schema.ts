import type { RegisterTables } from '../../modules/register/register.tables.js';
import type { PlatformTables } from './platform.tables.js';

/** The whole database as Kysely sees it: each module contributes its own tables. */
export interface DB extends PlatformTables, RegisterTables {}
