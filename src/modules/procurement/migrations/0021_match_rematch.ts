import { sql, type Kysely } from 'kysely';

/**
 * The nightly re-match (issue 11 §2 and §4): where the last run stood — a point in the register's
 * history (registerPosition) and the time — so that the next one matches only the enterprises whose profile or alert choice
 * changed since, against every open opportunity. One row; none before the first run.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table match_rematch (
      id boolean primary key default true check (id),
      register_position text not null,
      at timestamptz not null
    )`.execute(db);
}
