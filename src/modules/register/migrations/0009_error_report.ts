import { sql, type Kysely } from 'kysely';

/**
 * "Rapportera fel uppgift" (issue 9 §2): anyone reading a profile can tell the coordinators that
 * something in it is wrong. The reporter's address is optional and is erased when the report
 * is closed, as it is kept only to answer.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('enterprise_error_report')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprise.id').onDelete('cascade'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('reporter_email', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('closed_at', 'timestamptz')
    .addColumn('closed_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
    .execute();
  // The coordinators' list is the open reports, newest first.
  await sql`create index enterprise_error_report_open on enterprise_error_report (created_at) where closed_at is null`.execute(
    db,
  );
}
