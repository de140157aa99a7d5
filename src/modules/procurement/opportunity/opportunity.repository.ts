import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { ProcurementDb } from '../db.js';
import type { OpportunityChangeTable, OpportunityLotTable, OpportunityTable } from '../procurement.tables.js';

export type OpportunityRow = Selectable<OpportunityTable>;
export type LotRow = Selectable<OpportunityLotTable>;
export type ChangeRow = Selectable<OpportunityChangeTable>;
export type OpportunityValues = Updateable<OpportunityTable>;
export type LotValues = Omit<Insertable<OpportunityLotTable>, 'opportunity_id' | 'position'>;

export async function insertOpportunity(db: ProcurementDb, values: Insertable<OpportunityTable>): Promise<number> {
  const row = await db.insertInto('opportunity').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateOpportunity(db: ProcurementDb, id: number, values: OpportunityValues): Promise<void> {
  await db.updateTable('opportunity').set(values).where('id', '=', id).execute();
}

/** The opportunity, locked for the rest of the transaction when `forUpdate` (two tabs saving at once). */
export async function selectOpportunity(
  db: ProcurementDb,
  id: number,
  { forUpdate = false }: { forUpdate?: boolean } = {},
): Promise<OpportunityRow | undefined> {
  let q = db.selectFrom('opportunity').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Several opportunities by id, in no particular order. */
export async function selectOpportunities(db: ProcurementDb, ids: readonly number[]): Promise<OpportunityRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('opportunity')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

export async function selectLots(db: ProcurementDb, opportunityIds: readonly number[]): Promise<LotRow[]> {
  if (opportunityIds.length === 0) return [];
  return db
    .selectFrom('opportunity_lot')
    .selectAll()
    .where('opportunity_id', 'in', [...opportunityIds])
    .orderBy('opportunity_id')
    .orderBy('position')
    .execute();
}

export async function insertLot(db: ProcurementDb, opportunityId: number, values: LotValues): Promise<number> {
  const next = await db
    .selectFrom('opportunity_lot')
    .select(sql<number>`coalesce(max(position), 0) + 1`.as('position'))
    .where('opportunity_id', '=', opportunityId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('opportunity_lot')
    .values({ ...values, opportunity_id: opportunityId, position: Number(next.position) })
    .execute();
  return Number(next.position);
}

export async function updateLot(
  db: ProcurementDb,
  opportunityId: number,
  position: number,
  values: LotValues,
): Promise<void> {
  await db
    .updateTable('opportunity_lot')
    .set(values)
    .where('opportunity_id', '=', opportunityId)
    .where('position', '=', position)
    .execute();
}

/** Lots of a new or emptied opportunity, numbered 1, 2, 3 in one statement (notices bring many). */
export async function insertLots(db: ProcurementDb, opportunityId: number, lots: readonly LotValues[]): Promise<void> {
  await insertLotsOf(db, [{ opportunityId, lots }]);
}

/** The lots of several opportunities in one statement (a batch of imported notices), numbered 1, 2, 3 in each. */
export async function insertLotsOf(
  db: ProcurementDb,
  entries: readonly { opportunityId: number; lots: readonly LotValues[] }[],
): Promise<void> {
  const rows = entries.flatMap(({ opportunityId, lots }) =>
    lots.map((values, i) => ({ ...values, opportunity_id: opportunityId, position: i + 1 })),
  );
  if (rows.length === 0) return;
  await db.insertInto('opportunity_lot').values(rows).execute();
}

/** Removes a lot and closes the gap, so that the lots stay numbered 1, 2, 3 as readers count them. */
export async function deleteLot(db: ProcurementDb, opportunityId: number, position: number): Promise<boolean> {
  const gone = await db
    .deleteFrom('opportunity_lot')
    .where('opportunity_id', '=', opportunityId)
    .where('position', '=', position)
    .executeTakeFirst();
  if (Number(gone.numDeletedRows) === 0) return false;
  // Two steps through negative numbers: the unique (opportunity, position) is checked per row.
  await db
    .updateTable('opportunity_lot')
    .set({ position: sql`-(position - 1)` })
    .where('opportunity_id', '=', opportunityId)
    .where('position', '>', position)
    .execute();
  await db
    .updateTable('opportunity_lot')
    .set({ position: sql`-position` })
    .where('opportunity_id', '=', opportunityId)
    .where('position', '<', 0)
    .execute();
  return true;
}

export async function insertChange(db: ProcurementDb, values: Insertable<OpportunityChangeTable>): Promise<void> {
  await db.insertInto('opportunity_change').values(values).execute();
}

export async function selectChanges(db: ProcurementDb, opportunityId: number): Promise<ChangeRow[]> {
  return db
    .selectFrom('opportunity_change')
    .selectAll()
    .where('opportunity_id', '=', opportunityId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** A buyer's own: their organisation's and those they made (notices they read in); newest change first. */
export async function selectOwnOpportunities(
  db: ProcurementDb,
  owner: { organisationId: number | null; userId: number },
): Promise<OpportunityRow[]> {
  let q = db.selectFrom('opportunity').selectAll();
  q =
    owner.organisationId !== null
      ? q.where((eb) =>
          eb.or([eb('buyer_organisation_id', '=', owner.organisationId), eb('created_by', '=', owner.userId)]),
        )
      : q.where('created_by', '=', owner.userId);
  return q.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(500).execute();
}

export async function organisationName(db: ProcurementDb, id: number): Promise<string | null> {
  const row = await db.selectFrom('organisation').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? null;
}

/** What a person's account left in the opportunities: changes they made, and procurements naming them as contact. */
export async function personalDataOf(db: ProcurementDb, user: { id: number; email: string }) {
  const [changes, contacts] = await Promise.all([
    db
      .selectFrom('opportunity_change')
      .select(['opportunity_id', 'at', 'kind'])
      .where((eb) => eb.or([eb('actor_user_id', '=', user.id), eb('actor_label', 'like', `%<${user.email}>`)]))
      .orderBy('at')
      .execute(),
    db
      .selectFrom('opportunity')
      .select(['id', 'title', 'contact_name', 'contact_email', 'contact_phone'])
      .where('contact_email', '=', user.email)
      .execute(),
  ]);
  return { changes, contacts };
}

/** Keeps what happened, not who: the person's changes get `label`, and their name leaves the contact fields. */
export async function anonymisePerson(db: ProcurementDb, user: { id: number; email: string }, label: string) {
  await db
    .updateTable('opportunity_change')
    .set({ actor_label: label, actor_user_id: null })
    .where((eb) => eb.or([eb('actor_user_id', '=', user.id), eb('actor_label', 'like', `%<${user.email}>`)]))
    .execute();
  await db
    .updateTable('opportunity')
    .set({ contact_name: null, contact_email: null })
    .where('contact_email', '=', user.email)
    .execute();
  await db
    .updateTable('procurement_code_list')
    .set({ updated_by: label })
    .where('updated_by', 'like', `%<${user.email}>`)
    .execute();
}

/** The winners an award notice named, for these opportunities' lots. */
export async function selectLotAwards(db: ProcurementDb, opportunityIds: readonly number[]) {
  if (opportunityIds.length === 0) return [];
  return db
    .selectFrom('lot_award')
    .selectAll()
    .where('opportunity_id', 'in', [...opportunityIds])
    .execute();
}

/** The lots of an organisation's awarded opportunities as (opportunity, position), latest ended first. */
export async function selectAwardedLotKeys(
  db: ProcurementDb,
  organisationId: number,
  limit: number,
): Promise<{ opportunity_id: number; position: number }[]> {
  return db
    .selectFrom('opportunity as o')
    .innerJoin('opportunity_lot as l', 'l.opportunity_id', 'o.id')
    .select(['o.id as opportunity_id', 'l.position'])
    .where('o.buyer_organisation_id', '=', organisationId)
    .where('o.status', '=', 'awarded')
    .orderBy('o.closed_at', 'desc')
    .orderBy('o.id', 'desc')
    .orderBy('l.position')
    .limit(limit)
    .execute();
}
