import type { PlatformDB } from '../platform/db/schema.js';
import type { ProcurementTables } from '../modules/procurement/index.js';
import type { RegisterTables } from '../modules/register/index.js';
import type { FollowupTables } from '../modules/followup/index.js';

/**
 * Every table of the installation, for code that sees the whole database: the test harness
 * filling in data for any module. Modules' own code sees the platform's tables and its own only.
 */
export interface AppDB extends PlatformDB, RegisterTables, ProcurementTables, FollowupTables {}

/** The same as a plain object type, which Kysely's `withTables` asks for. */
export type AppTables = { [K in keyof AppDB]: AppDB[K] };
