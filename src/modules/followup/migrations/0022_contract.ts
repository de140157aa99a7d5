import { sql, type Kysely } from 'kysely';

/**
 * Contracts and their employment-promoting commitments, and what is reported against them (issue 12
 * §1–2). Counts and dates only: the platform never holds anything about the persons themselves.
 * The supplier is an enterprise of the register (by id, read through its services) or a named
 * supplier outside it; an awarded opportunity is named by id and lot position, not a foreign key
 * into the procurement module's tables (modules talk through services).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table contract (
      id serial primary key,
      buyer_organisation_id integer not null references organisation (id),
      title text not null,
      opportunity_id integer,
      lot_position integer,
      supplier_enterprise_id integer,
      supplier_name text not null,
      starts_on date not null,
      ends_on date not null,
      value numeric(16, 2),
      currency text not null default 'SEK',
      reservation text,
      source text not null default 'manual',
      created_by integer references app_user (id) on delete set null,
      created_at timestamptz not null,
      check (ends_on >= starts_on)
    )`.execute(db);
  await sql`create index contract_buyer_idx on contract (buyer_organisation_id)`.execute(db);
  await sql`create index contract_supplier_idx on contract (supplier_enterprise_id)`.execute(db);
  await sql`
    create table contract_commitment (
      id serial primary key,
      contract_id integer not null references contract (id) on delete cascade,
      form text not null,
      requirement text not null,
      target_group text not null,
      persons integer not null check (persons > 0),
      months integer not null check (months > 0),
      first_start_within_months integer not null check (first_start_within_months > 0),
      met_share numeric(4, 3) not null check (met_share > 0 and met_share <= 1)
    )`.execute(db);
  await sql`create index contract_commitment_contract_idx on contract_commitment (contract_id)`.execute(db);
  await sql`
    create table commitment_report (
      id serial primary key,
      commitment_id integer not null references contract_commitment (id) on delete cascade,
      on_date date not null,
      offered integer not null default 0 check (offered >= 0),
      started integer not null default 0 check (started >= 0),
      completed integer not null default 0 check (completed >= 0),
      became_employment integer not null default 0 check (became_employment >= 0),
      person_months numeric(7, 2) not null default 0 check (person_months >= 0),
      note text not null default '',
      reporter_role text not null,
      reported_by integer references app_user (id) on delete set null,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index commitment_report_commitment_idx on commitment_report (commitment_id)`.execute(db);
}
