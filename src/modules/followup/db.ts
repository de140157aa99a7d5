import type { Kysely } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { Db, PlatformDB } from '../../platform/db/schema.js';
import type { FollowupTables } from './followup.tables.js';

/** What the follow-up module's code sees of the database: the platform's tables and its own. */
export interface FollowupDB extends PlatformDB, FollowupTables {}

/** A handle or a transaction, as the module's repositories take it. */
export type FollowupDb = Db<FollowupDB>;

export type FollowupContext = AppContext<FollowupDB>;

type Tables = { [K in keyof FollowupTables]: FollowupTables[K] };

export function contextWithFollowupTables(ctx: AppContext): FollowupContext {
  return { ...ctx, db: ctx.db.withTables<Tables>() };
}

/** The same connection or transaction, typed with the module's tables (the account hooks get the platform's). */
export function withFollowupTables(db: Kysely<PlatformDB>): Kysely<FollowupDB> {
  return db.withTables<Tables>();
}
