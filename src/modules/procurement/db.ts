import type { Kysely } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { Db, PlatformDB } from '../../platform/db/schema.js';
import type { ProcurementTables } from './procurement.tables.js';

/** What the procurement module's code sees of the database: the platform's tables and its own. */
export interface ProcurementDB extends PlatformDB, ProcurementTables {}

/** A handle or a transaction, as the module's repositories take it. */
export type ProcurementDb = Db<ProcurementDB>;

export type ProcurementContext = AppContext<ProcurementDB>;

type Tables = { [K in keyof ProcurementTables]: ProcurementTables[K] };

export function contextWithProcurementTables(ctx: AppContext): ProcurementContext {
  return { ...ctx, db: ctx.db.withTables<Tables>() };
}

/** The same connection or transaction, typed with the module's tables (the account hooks get the platform's). */
export function withProcurementTables(db: Kysely<PlatformDB>): Kysely<ProcurementDB> {
  return db.withTables<Tables>();
}
