import { sql, type Kysely } from 'kysely';

/**
 * One contract per awarded lot (a second click on "Skapa avtal", or the award read twice, finds the
 * first); the labour-market unit (AME, samordningsförbund) that reports on a contract beside its
 * parties, when the buyer names one; and the reminders sent before a commitment's first-start
 * deadline, once each.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create unique index contract_awarded_lot_idx on contract (opportunity_id, lot_position)
    where opportunity_id is not null`.execute(db);
  await sql`alter table contract add column labour_market_organisation_id integer references organisation (id)`.execute(
    db,
  );
  await sql`create index contract_labour_market_idx on contract (labour_market_organisation_id)`.execute(db);
  // What counts of each commitment's reports, kept with it as reports come in (a report is refused
  // outside its contract's period and ahead of its day, so every report counts): the follow-up list
  // of a buyer with thousands of contracts reads these, not every report.
  await sql`
    alter table contract_commitment
      add column offered_total integer not null default 0,
      add column started_total integer not null default 0,
      add column completed_total integer not null default 0,
      add column employment_total integer not null default 0,
      add column person_months_total numeric(9, 2) not null default 0,
      add column first_start_on date`.execute(db);
  await sql`
    update contract_commitment c set
      offered_total = t.offered, started_total = t.started, completed_total = t.completed,
      employment_total = t.employment, person_months_total = t.months, first_start_on = t.first_start
    from (
      select commitment_id, sum(offered) as offered, sum(started) as started, sum(completed) as completed,
        sum(became_employment) as employment, sum(person_months) as months,
        min(on_date) filter (where started > 0) as first_start
      from commitment_report group by commitment_id
    ) t
    where t.commitment_id = c.id`.execute(db);
  await sql`
    create table commitment_reminder (
      commitment_id integer not null references contract_commitment (id),
      kind text not null,
      sent_at timestamptz not null,
      primary key (commitment_id, kind)
    )`.execute(db);
}
