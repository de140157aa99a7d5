import { sql, type Kysely } from 'kysely';

/**
 * eForms notices read into opportunities (issue 10 §4): one row per notice and version, so that
 * reading the same notice again changes nothing, and each opportunity says which notices made it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('opportunity_notice')
    .addColumn('notice_id', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('procedure_id', 'text', (c) => c.notNull())
    .addColumn('opportunity_id', 'integer', (c) => c.references('opportunity.id').onDelete('cascade'))
    .addColumn('subtype', 'text', (c) => c.notNull())
    .addColumn('issue_date', 'date')
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('opportunity_notice_pk', ['notice_id', 'version'])
    .execute();
  await sql`create index opportunity_notice_of on opportunity_notice (opportunity_id)`.execute(db);
  // Which stage of the procedure the opportunity's facts come from (plan, dialogue, notice,
  // award): an older notice read after a newer one must not take the opportunity back.
  await sql`alter table opportunity add column notice_stage integer`.execute(db);
}
