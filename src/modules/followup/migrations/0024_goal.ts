import { sql, type Kysely } from 'kysely';

/**
 * Goals organisations set themselves (issue 12 §3, DESIGN §5): a target per organisation, year and
 * metric (goal/goal.metrics.ts names the metrics; a share is a whole percent, a count a number),
 * and whether the organisation shows its figures on the open page /mal (opt-in, off until chosen).
 * Who set what and when is kept with each row; the audit log keeps every change. The outcomes are
 * never stored: they are counted from the platform's own data when read. References only the
 * platform's tables (organisation, app_user), no other module's.
 *
 * The indexes make the persons-started count of one buyer organisation read the indexes alone: the
 * organisation's contracts with their periods, their commitments, and the reports of starts by date
 * with the number started (the goal page at 10 000 contracts and 50 000 reports, issue 12 §6).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table goal_target (
      organisation_id integer not null references organisation (id),
      year integer not null check (year between 2000 and 2100),
      metric text not null,
      target integer not null check (target >= 0),
      set_by integer references app_user (id) on delete set null,
      set_at timestamptz not null,
      primary key (organisation_id, year, metric)
    )`.execute(db);
  await sql`
    create table goal_publicity (
      organisation_id integer primary key references organisation (id),
      public boolean not null,
      changed_by integer references app_user (id) on delete set null,
      changed_at timestamptz not null
    )`.execute(db);
  await sql`create index goal_publicity_public on goal_publicity (organisation_id) where public`.execute(db);
  await sql`create index contract_buyer_period_idx on contract (buyer_organisation_id) include (id, starts_on, ends_on)`.execute(
    db,
  );
  await sql`create index contract_commitment_contract_id_idx on contract_commitment (contract_id) include (id)`.execute(
    db,
  );
  // Only the reports that tell of starts: most report months done or completions, and are not read here.
  await sql`
    create index commitment_report_started_idx on commitment_report (commitment_id, on_date) include (started)
    where started > 0`.execute(db);
}
