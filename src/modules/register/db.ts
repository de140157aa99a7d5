import type { Kysely } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { Db, PlatformDB } from '../../platform/db/schema.js';
import type { RegisterTables } from './register.tables.js';

/**
 * What the register's code sees of the database: the platform's tables and its own. The
 * platform hands every module a handle that knows the platform's tables only; the register adds
 * its own with Kysely's `withTables` (the same connection, typed wider). Its migrations made them.
 */
export interface RegisterDB extends PlatformDB, RegisterTables {}

/** A handle or a transaction, as the register's repositories take it. */
export type RegisterDb = Db<RegisterDB>;

/** The context the register's routes, services and jobs run with. */
export type RegisterContext = AppContext<RegisterDB>;

// withTables wants a plain object type (an index signature), which an interface is not.
type Tables = { [K in keyof RegisterTables]: RegisterTables[K] };

export function withRegisterTables(db: Kysely<PlatformDB>): Kysely<RegisterDB> {
  return db.withTables<Tables>();
}

export function contextWithRegisterTables(ctx: AppContext): RegisterContext {
  return { ...ctx, db: withRegisterTables(ctx.db) };
}
