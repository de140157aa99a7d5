import { sql, type Kysely } from 'kysely';

/**
 * Who won a lot, as an award notice says (issue 12 §1): the winning organisations with their
 * company ids, the value and the conclusion date. One row per lot, the latest notice's; the
 * follow-up module makes a contract of it (it hears of it through the 'procurement.lot_awarded'
 * event and reads it through procurement's services).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table lot_award (
      opportunity_id integer not null references opportunity (id) on delete cascade,
      lot_position integer not null,
      winners jsonb not null,
      value numeric(16, 2),
      currency text,
      concluded_on date,
      notice_id text not null,
      recorded_at timestamptz not null,
      primary key (opportunity_id, lot_position)
    )`.execute(db);
}
