import { sql, type Kysely } from 'kysely';

/**
 * The public list's broad filters (one kind, reserved lots only) counted from the index alone:
 * at 100 000 opportunities, counting a kind by reading the table took 30–47 ms on PostgreSQL
 * (npm run bench), with these a few milliseconds.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index opportunity_list_kind on opportunity (status, kind, closes_at)`.execute(db);
  await sql`create index opportunity_list_reserved on opportunity (status, kind, closes_at) where cardinality(reservation_kinds) > 0`.execute(
    db,
  );
}
