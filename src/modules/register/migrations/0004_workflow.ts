import { sql, type Kysely } from 'kysely';

/**
 * The living register: who registered an enterprise, its verification decisions, every version
 * of its facts, yearly confirmation and archiving, and files uploaded for import.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('enterprise')
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('reminded_at', 'timestamptz')
    .addColumn('reminder_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('archived_at', 'timestamptz')
    .addColumn('archived_reason', 'text')
    .addColumn('registration_step', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // One row per decision; the checklist holds the four ASF criteria, each { met, note }.
  await db.schema
    .createTable('enterprise_verification')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprise.id'))
    .addColumn('decided_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decided_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('decided_by_label', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('checklist', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('evidence', 'text')
    .addColumn('message', 'text')
    .addCheckConstraint(
      'enterprise_verification_decision_check',
      sql`decision in ('approved','more_information','rejected','archived')`,
    )
    .execute();
  await sql`create index enterprise_verification_enterprise_idx on enterprise_verification (enterprise_id, decided_at desc)`.execute(
    db,
  );

  // Every change to an enterprise: the facts before and after (the register's domain shape),
  // who made it and why. Changes to facts the criteria rest on are flagged for a coordinator.
  await db.schema
    .createTable('enterprise_version')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprise.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('status_before', 'text')
    .addColumn('status_after', 'text')
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addColumn('flagged_fields', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('reviewed_by_label', 'text')
    .addColumn('reverted_by_version', 'integer')
    .execute();
  await sql`create index enterprise_version_enterprise_idx on enterprise_version (enterprise_id, at desc)`.execute(db);
  await sql`create index enterprise_version_flagged_idx on enterprise_version (at desc) where cardinality(flagged_fields) > 0`.execute(
    db,
  );

  // A file a coordinator uploaded: kept between the dry run and the import so that what is
  // imported is exactly what was previewed, whichever instance serves the second request.
  await db.schema
    .createTable('import_upload')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.references('app_user.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('imported_at', 'timestamptz')
    .execute();
}
