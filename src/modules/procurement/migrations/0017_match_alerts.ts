import { sql, type Kysely } from 'kysely';

/**
 * Alerts (issue 11 §2). `match_alert`: what an enterprise follows and how often, once it has
 * changed that or stopped them (until then it follows its own profile, daily). The one-click
 * unsubscribe address is signed (alerts.links.ts), so no table holds a key that stops anyone's mail. `match_alert_sent`: each new or changed match told to an
 * enterprise, once: the unique key makes a second telling do nothing, after a restart or with two
 * workers. `sent_at` is null while it waits for the digest.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table match_alert (
      enterprise_id integer primary key,
      frequency text not null default 'daily',
      follow text not null default 'profile',
      cpv text[] not null default '{}',
      categories text[] not null default '{}',
      county_codes text[] not null default '{}',
      municipality_codes text[] not null default '{}',
      words text not null default '',
      kinds text[] not null default '{}',
      updated_at timestamptz not null
    )`.execute(db);
  await sql`
    create table match_alert_sent (
      id serial primary key,
      enterprise_id integer not null,
      opportunity_id integer not null references opportunity (id) on delete cascade,
      key text not null,
      urgent boolean not null,
      score integer not null,
      created_at timestamptz not null,
      sent_at timestamptz,
      unique (enterprise_id, opportunity_id, key)
    )`.execute(db);
  await sql`create index match_alert_sent_waiting on match_alert_sent (enterprise_id) where sent_at is null`.execute(
    db,
  );
}
