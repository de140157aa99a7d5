import { sql, type Kysely } from 'kysely';

/**
 * Interest and joint bids (issue 11 §3): an enterprise's interest in a lot, with a short message,
 * whether the buyer may see who it is and what it wrote, and whether it is open to a joint bid
 * (then the others open to one see it); and who comes to a dialogue meeting, with how many.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table lot_interest (
      id serial primary key,
      opportunity_id integer not null references opportunity (id) on delete cascade,
      lot_position integer not null,
      enterprise_id integer not null,
      message text not null default '',
      show_buyer boolean not null default true,
      joint_bid boolean not null default false,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (opportunity_id, lot_position, enterprise_id)
    )`.execute(db);
  await sql`create index lot_interest_enterprise on lot_interest (enterprise_id)`.execute(db);
  await sql`
    create table meeting_rsvp (
      opportunity_id integer not null references opportunity (id) on delete cascade,
      enterprise_id integer not null,
      persons integer not null,
      updated_at timestamptz not null,
      primary key (opportunity_id, enterprise_id)
    )`.execute(db);
}
