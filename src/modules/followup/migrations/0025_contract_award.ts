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
  await sql`
    create table commitment_reminder (
      commitment_id integer not null references contract_commitment (id),
      kind text not null,
      sent_at timestamptz not null,
      primary key (commitment_id, kind)
    )`.execute(db);
}
