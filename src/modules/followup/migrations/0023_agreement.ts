import { sql, type Kysely } from 'kysely';

/**
 * Work-training agreements and the free places of the capacity board (issue 12 §4). An agreement
 * is between an organisation of the platform (a samordningsförbund or labour-market unit) and an
 * enterprise of the register as *anordnare*: counts, codes and dates only, never anything about
 * the participants, and no supervisor names (a count is enough). The enterprise is named by id
 * with its org.nr and name as they were when the agreement was made (no foreign key into the
 * register's tables: modules talk through services). An enterprise's free places are one row it
 * confirms or changes; the board reads them beside the agreements in force.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table training_agreement (
      id serial primary key,
      organisation_id integer not null references organisation (id),
      enterprise_id integer not null,
      enterprise_orgnr text not null,
      enterprise_name text not null,
      diary_number text not null,
      municipality_code text not null check (municipality_code ~ '^[0-9]{4}$'),
      starts_on date not null,
      ends_on date not null,
      places integer not null check (places > 0 and places <= 1000),
      supervisors integer not null check (supervisors >= 0 and supervisors <= 1000),
      target_groups text[] not null default '{}',
      adaptations text[] not null default '{}',
      created_by integer references app_user (id) on delete set null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check (ends_on >= starts_on)
    )`.execute(db);
  await sql`create index training_agreement_organisation_idx on training_agreement (organisation_id)`.execute(db);
  await sql`create index training_agreement_enterprise_idx on training_agreement (enterprise_id)`.execute(db);
  await sql`create index training_agreement_period_idx on training_agreement (ends_on, starts_on)`.execute(db);
  await sql`
    create table training_capacity (
      enterprise_id integer primary key,
      free_places integer not null check (free_places >= 0 and free_places <= 10000),
      confirmed_at timestamptz not null,
      confirmed_by integer references app_user (id) on delete set null,
      via text not null
    )`.execute(db);
  // When the enterprise was last reminded by e-mail, so that the daily run asks at most once a month.
  await sql`
    create table training_place_reminder (
      enterprise_id integer primary key,
      sent_at timestamptz not null
    )`.execute(db);
}
