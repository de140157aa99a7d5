import { sql, type Kysely } from 'kysely';

/**
 * The language of an opportunity's own text, and: the public list shows an opportunity until its last deadline (`open_until`): with lots closing
 * on different days, the first deadline passing must not hide the lots still open. Its broad
 * filters (one kind, reserved lots only) are counted from the index alone: at 100 000
 * opportunities, counting a kind by reading the table took 30–47 ms on PostgreSQL (npm run
 * bench), with these a few milliseconds.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table opportunity add column open_until timestamptz`.execute(db);
  await sql`update opportunity set open_until = closes_at`.execute(db);
  // The language the buyer's own text is written in (a notice from Finland is in Finnish), for lang="…".
  await sql`alter table opportunity add column text_language text not null default 'sv'`.execute(db);
  await sql`create index opportunity_list_kind on opportunity (status, kind, open_until)`.execute(db);
  await sql`create index opportunity_list_reserved on opportunity (status, kind, open_until) where cardinality(reservation_kinds) > 0`.execute(
    db,
  );
}
