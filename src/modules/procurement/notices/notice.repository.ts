import { sql, type Insertable } from 'kysely';
import type { ProcurementDb } from '../db.js';
import type {
  LotAwardTable,
  OpportunityChangeTable,
  OpportunityNoticeTable,
  OpportunityTable,
} from '../procurement.tables.js';

export async function insertNotice(
  db: ProcurementDb,
  row: {
    notice_id: string;
    version: string;
    procedure_id: string;
    opportunity_id: number | null;
    subtype: string;
    issue_date: string | null;
    imported_at: Date;
  },
): Promise<void> {
  await db.insertInto('opportunity_notice').values(row).execute();
}

/**
 * The opportunity a procedure became, locked until the transaction ends, and whether this notice
 * and version were read into it before (a notice is always recorded with its procedure's
 * opportunity, so a procedure without one has seen no notice). One statement: notices come in
 * thousands.
 */
export async function selectByProcedure(
  db: ProcurementDb,
  procedureId: string,
  notice: { id: string; version: string },
) {
  return db
    .selectFrom('opportunity')
    .select(['id', 'notice_stage'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('opportunity_notice')
            .select('notice_id')
            .where('notice_id', '=', notice.id)
            .where('version', '=', notice.version),
        )
        .as('seen'),
    )
    .select((eb) =>
      eb
        .selectFrom('opportunity_notice')
        .select((n) => n.fn.max('issue_date').as('latest'))
        .whereRef('opportunity_notice.opportunity_id', '=', 'opportunity.id')
        .as('latest_issue'),
    )
    .where('procedure_id', '=', procedureId)
    .forUpdate()
    .executeTakeFirst();
}

/** The notices on record and the opportunities' history entries for them, in one statement. */
export async function recordNotice(
  db: ProcurementDb,
  notices: Insertable<OpportunityNoticeTable> | Insertable<OpportunityNoticeTable>[],
  changes: Insertable<OpportunityChangeTable> | Insertable<OpportunityChangeTable>[],
): Promise<void> {
  await db
    .with('change', (cte) => cte.insertInto('opportunity_change').values(changes).returning('id'))
    .insertInto('opportunity_notice')
    .values(notices)
    .execute();
}

/** Of these procedures, those that have an opportunity already (one statement for a batch of notices). */
export async function knownProcedures(db: ProcurementDb, procedureIds: readonly string[]): Promise<Set<string>> {
  if (procedureIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('opportunity')
    .select('procedure_id')
    .where('procedure_id', 'in', [...procedureIds])
    .execute();
  return new Set(rows.map((r) => r.procedure_id!));
}

/** New opportunities of a batch of notices in one statement; the id each procedure got. */
export async function insertImported(
  db: ProcurementDb,
  rows: Insertable<OpportunityTable>[],
): Promise<Map<string, number>> {
  if (rows.length === 0) return new Map();
  const made = await db.insertInto('opportunity').values(rows).returning(['id', 'procedure_id']).execute();
  return new Map(made.map((r) => [r.procedure_id!, r.id]));
}

export async function deleteLots(db: ProcurementDb, opportunityId: number): Promise<void> {
  await db.deleteFrom('opportunity_lot').where('opportunity_id', '=', opportunityId).execute();
}

/** `work` under a savepoint of the transaction: whole, or rolled back to where it began. */
export async function underSavepoint<T>(trx: ProcurementDb, work: (trx: ProcurementDb) => Promise<T>): Promise<T> {
  await sql`savepoint notice`.execute(trx);
  try {
    const result = await work(trx);
    await sql`release savepoint notice`.execute(trx);
    return result;
  } catch (e) {
    await sql`rollback to savepoint notice`.execute(trx);
    await sql`release savepoint notice`.execute(trx);
    throw e;
  }
}

/** Who won each lot, as the latest award notice read says (a later notice replaces the row). */
export async function upsertAwards(db: ProcurementDb, rows: readonly Insertable<LotAwardTable>[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('lot_award')
    .values([...rows])
    .onConflict((oc) =>
      oc.columns(['opportunity_id', 'lot_position']).doUpdateSet((eb) => ({
        winners: eb.ref('excluded.winners'),
        value: eb.ref('excluded.value'),
        currency: eb.ref('excluded.currency'),
        concluded_on: eb.ref('excluded.concluded_on'),
        notice_id: eb.ref('excluded.notice_id'),
        recorded_at: eb.ref('excluded.recorded_at'),
      })),
    )
    .execute();
}

/** Lot positions by the notice's lot references, for one opportunity. */
export async function selectLotPositions(db: ProcurementDb, opportunityId: number): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('opportunity_lot')
    .select(['lot_ref', 'position'])
    .where('opportunity_id', '=', opportunityId)
    .execute();
  return new Map(rows.flatMap((r) => (r.lot_ref ? [[r.lot_ref, r.position] as const] : [])));
}
