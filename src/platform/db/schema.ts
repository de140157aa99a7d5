import type { Kysely, Transaction } from 'kysely';
import type { PlatformTables } from './platform.tables.js';

/**
 * The platform's tables as Kysely sees them. A module's code sees these and its own
 * (`PlatformDB & ItsTables`, through `db.withTables<ItsTables>()`), never another module's.
 */
export type PlatformDB = PlatformTables;

/** A database handle or an open transaction: what repositories take first. */
export type Db<Tables = PlatformDB> = Kysely<Tables> | Transaction<Tables>;
