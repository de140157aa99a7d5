import { sql, type Kysely } from 'kysely';

/**
 * How each coordinator wants to hear that something waits for them (issue 9 §4): at once, in a
 * daily digest, or not at all. No row means the daily digest.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('coordinator_notice')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('app_user.id').onDelete('cascade'))
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('immediate', 'daily', 'off')`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
}
