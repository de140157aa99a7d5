import { sql, type Kysely } from 'kysely';

/**
 * Accounts, sessions, one-time links, the audit log, the mail outbox, the job queue and
 * settings the platform keeps for itself. Everything a web process would otherwise hold in
 * memory lives here, so several instances can serve one database.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisation')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('county_code', 'text')
    .addColumn('municipality_code', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'organisation_kind_check',
      sql`kind in ('kommun','region','bolag','samordningsforbund','ame','intresseorganisation','annan')`,
    )
    .execute();

  await db.schema
    .createTable('app_user')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text')
    .addColumn('password_hash', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'integer', (c) => c.references('organisation.id'))
    .addColumn('enterprise_id', 'integer', (c) => c.references('enterprise.id'))
    .addColumn('email_confirmed_at', 'timestamptz')
    .addColumn('disabled_at', 'timestamptz')
    .addColumn('last_sign_in_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('app_user_role_check', sql`role in ('enterprise_editor','buyer','coordinator','admin')`)
    .addCheckConstraint('app_user_email_lower', sql`email = lower(email)`)
    .execute();
  await sql`create index app_user_enterprise_idx on app_user (enterprise_id)`.execute(db);

  // The cookie holds a random token; only its SHA-256 is stored, so a leaked table opens nothing.
  await db.schema
    .createTable('user_session')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`create index user_session_user_idx on user_session (user_id)`.execute(db);

  // Links sent by e-mail (first admin, invitation, password reset, address confirmation).
  await db.schema
    .createTable('one_time_token')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('app_user.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('sign_in_attempt')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('succeeded', 'boolean', (c) => c.notNull())
    .execute();
  await sql`create index sign_in_attempt_email_idx on sign_in_attempt (email, at)`.execute(db);
  await sql`create index sign_in_attempt_ip_idx on sign_in_attempt (ip, at)`.execute(db);

  // actor_label keeps who did it readable after the user is gone (it is blanked when a user
  // deletes their data).
  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('ip', 'text')
    .execute();
  await sql`create index audit_event_at_idx on audit_event (at desc)`.execute(db);

  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('sent_at', 'timestamptz')
    .addColumn('last_error', 'text')
    .addCheckConstraint('mail_outbox_status_check', sql`status in ('pending','sent','kept','failed')`)
    .execute();
  await sql`create index mail_outbox_created_idx on mail_outbox (created_at desc)`.execute(db);

  // The job queue. Workers claim due jobs with FOR UPDATE SKIP LOCKED; a job whose worker died
  // is claimed again when locked_until passes. dedupe_key keeps one pending copy of a scheduled job.
  await db.schema
    .createTable('job')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('run_at', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(5))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('dedupe_key', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .addCheckConstraint('job_status_check', sql`status in ('pending','running','done','failed')`)
    .execute();
  await sql`create index job_due_idx on job (run_at) where status in ('pending','running')`.execute(db);
  await sql`create unique index job_dedupe_idx on job (dedupe_key) where status in ('pending','running')`.execute(db);

  await db.schema
    .createTable('platform_setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
