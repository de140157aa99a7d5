import { sql, type Kysely } from 'kysely';

/**
 * A message someone can stop getting (procurement's alerts) carries the address that stops it:
 * the sender puts it in the List-Unsubscribe headers (RFC 2369, and RFC 8058's one-click POST).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table mail_outbox add column unsubscribe_url text`.execute(db);
}
