import { sql, type Kysely } from 'kysely';

/**
 * Goals organisations set themselves (issue 12 §3, DESIGN §5): a target per organisation, year and
 * metric (goal/goal.metrics.ts names the metrics; a share is a whole percent, a count a number),
 * and whether the organisation shows its figures on the open page /mal (opt-in, off until chosen).
 * Who set what and when is kept with each row; the audit log keeps every change. The outcomes are
 * never stored: they are counted from the platform's own data when read. References only the
 * platform's tables (organisation, app_user), no other module's.
 *
 * Persons started per organisation and year (the sum of `started` in the reports dated in the year
 * and within their contract's period, as commitment.rules.ts counts) is kept counted in
 * `goal_persons_started` by triggers on the follow-up's own tables, so that the goal page reads a
 * handful of rows whatever the number of reports (issue 12 §6: 10 000 contracts and 50 000 reports).
 * A report added, changed or removed moves its organisation's year; a contract whose buyer or period
 * changes has its organisation(s) counted again; removing contracts or commitments, or moving a
 * commitment, counts everything again (rare: the follow-up keeps history rather than deleting). The
 * reports stay the truth: goal_persons_started_recount_all() makes the table anew from them.
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
  await sql`
    create table goal_persons_started (
      organisation_id integer not null references organisation (id),
      year integer not null,
      started integer not null,
      primary key (organisation_id, year)
    )`.execute(db);
  await sql`
    create function goal_persons_started_recount(org integer) returns void language plpgsql as $$
    begin
      delete from goal_persons_started where organisation_id = org;
      insert into goal_persons_started (organisation_id, year, started)
      select k.buyer_organisation_id, extract(year from r.on_date)::int, sum(r.started)::int
      from contract k
      join contract_commitment c on c.contract_id = k.id
      join commitment_report r on r.commitment_id = c.id
      where k.buyer_organisation_id = org and r.started > 0 and r.on_date between k.starts_on and k.ends_on
      group by 1, 2;
    end $$`.execute(db);
  await sql`
    create function goal_persons_started_recount_all() returns void language plpgsql as $$
    begin
      delete from goal_persons_started;
      insert into goal_persons_started (organisation_id, year, started)
      select k.buyer_organisation_id, extract(year from r.on_date)::int, sum(r.started)::int
      from contract k
      join contract_commitment c on c.contract_id = k.id
      join commitment_report r on r.commitment_id = c.id
      where r.started > 0 and r.on_date between k.starts_on and k.ends_on
      group by 1, 2;
    end $$`.execute(db);
  // A report's own change. Its contract not found: it goes with its commitment or contract, and
  // the statement trigger below counts everything again.
  await sql`
    create function goal_persons_started_report() returns trigger language plpgsql as $$
    declare k record;
    begin
      if tg_op in ('UPDATE', 'DELETE') and old.started > 0 then
        select c.buyer_organisation_id as org, c.starts_on, c.ends_on into k
        from contract_commitment m join contract c on c.id = m.contract_id where m.id = old.commitment_id;
        if found and old.on_date between k.starts_on and k.ends_on then
          update goal_persons_started set started = started - old.started
          where organisation_id = k.org and year = extract(year from old.on_date)::int;
        end if;
      end if;
      if tg_op in ('INSERT', 'UPDATE') and new.started > 0 then
        select c.buyer_organisation_id as org, c.starts_on, c.ends_on into k
        from contract_commitment m join contract c on c.id = m.contract_id where m.id = new.commitment_id;
        if found and new.on_date between k.starts_on and k.ends_on then
          insert into goal_persons_started (organisation_id, year, started)
          values (k.org, extract(year from new.on_date)::int, new.started)
          on conflict (organisation_id, year) do update set started = goal_persons_started.started + excluded.started;
        end if;
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger goal_persons_started_report after insert or update or delete on commitment_report
    for each row execute function goal_persons_started_report()`.execute(db);
  await sql`
    create function goal_persons_started_contract() returns trigger language plpgsql as $$
    begin
      perform goal_persons_started_recount(old.buyer_organisation_id);
      if new.buyer_organisation_id <> old.buyer_organisation_id then
        perform goal_persons_started_recount(new.buyer_organisation_id);
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger goal_persons_started_contract after update of buyer_organisation_id, starts_on, ends_on on contract
    for each row when (
      old.buyer_organisation_id is distinct from new.buyer_organisation_id
      or old.starts_on is distinct from new.starts_on or old.ends_on is distinct from new.ends_on
    ) execute function goal_persons_started_contract()`.execute(db);
  await sql`
    create function goal_persons_started_everything() returns trigger language plpgsql as $$
    begin
      perform goal_persons_started_recount_all();
      return null;
    end $$`.execute(db);
  await sql`
    create trigger goal_persons_started_contract_gone after delete on contract
    for each statement execute function goal_persons_started_everything()`.execute(db);
  await sql`
    create trigger goal_persons_started_commitment_moved after delete or update of contract_id on contract_commitment
    for each statement execute function goal_persons_started_everything()`.execute(db);
  await sql`select goal_persons_started_recount_all()`.execute(db);
}
