import type { Selectable } from 'kysely';
import type { ProcurementDb } from '../db.js';
import type { LotInterestTable } from '../procurement.tables.js';

export type InterestRow = Selectable<LotInterestTable>;

export async function selectInterests(db: ProcurementDb, opportunityId: number): Promise<InterestRow[]> {
  return db
    .selectFrom('lot_interest')
    .selectAll()
    .where('opportunity_id', '=', opportunityId)
    .orderBy('lot_position')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Shows interest, or changes the message and choices of one already shown. */
export async function upsertInterest(
  db: ProcurementDb,
  row: {
    opportunity_id: number;
    lot_position: number;
    enterprise_id: number;
    message: string;
    show_buyer: boolean;
    joint_bid: boolean;
    at: Date;
  },
): Promise<void> {
  const { at, ...values } = row;
  await db
    .insertInto('lot_interest')
    .values({ ...values, created_at: at, updated_at: at })
    .onConflict((oc) =>
      oc.columns(['opportunity_id', 'lot_position', 'enterprise_id']).doUpdateSet({
        message: values.message,
        show_buyer: values.show_buyer,
        joint_bid: values.joint_bid,
        updated_at: at,
      }),
    )
    .execute();
}

export async function deleteInterest(
  db: ProcurementDb,
  key: { opportunityId: number; position: number; enterpriseId: number },
): Promise<void> {
  await db
    .deleteFrom('lot_interest')
    .where('opportunity_id', '=', key.opportunityId)
    .where('lot_position', '=', key.position)
    .where('enterprise_id', '=', key.enterpriseId)
    .execute();
}

export async function selectRsvps(db: ProcurementDb, opportunityId: number) {
  return db.selectFrom('meeting_rsvp').selectAll().where('opportunity_id', '=', opportunityId).execute();
}

/** Persons coming to the meeting; 0 removes the answer. */
export async function saveRsvp(
  db: ProcurementDb,
  row: { opportunityId: number; enterpriseId: number; persons: number; at: Date },
): Promise<void> {
  if (row.persons === 0) {
    await db
      .deleteFrom('meeting_rsvp')
      .where('opportunity_id', '=', row.opportunityId)
      .where('enterprise_id', '=', row.enterpriseId)
      .execute();
    return;
  }
  await db
    .insertInto('meeting_rsvp')
    .values({
      opportunity_id: row.opportunityId,
      enterprise_id: row.enterpriseId,
      persons: row.persons,
      updated_at: row.at,
    })
    .onConflict((oc) =>
      oc.columns(['opportunity_id', 'enterprise_id']).doUpdateSet({ persons: row.persons, updated_at: row.at }),
    )
    .execute();
}
