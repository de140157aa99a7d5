import { sql, type Kysely } from 'kysely';

/**
 * "Bevaka sökningen" (issue 11 §2): a buyer or coordinator follows a directory search and hears of
 * new enterprises that match it. `known` holds the org.nr that matched when it was last looked at,
 * so that each new one is told once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table search_watch (
      id serial primary key,
      user_id integer not null references app_user (id) on delete cascade,
      query text not null,
      known text[] not null default '{}',
      created_at timestamptz not null,
      checked_at timestamptz not null,
      unique (user_id, query)
    )`.execute(db);
}
