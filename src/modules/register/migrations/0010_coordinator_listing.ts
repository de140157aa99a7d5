import type { Kysely } from 'kysely';

/**
 * Coordinators who chose to be listed on the public page /samordnare (issue 9 §2), with the
 * organisation and area they work for and a phone number if they want one shown. Name and
 * e-mail come from the account. No row, or `shown` false: not listed (a coordinator who steps
 * off the page for a while keeps what they wrote).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('coordinator_listing')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('app_user.id').onDelete('cascade'))
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('shown', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
}
