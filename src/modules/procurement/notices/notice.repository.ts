import { sql, type Insertable } from 'kysely';
import type { ProcurementDb } from '../db.js';
import type { OpportunityChangeTable, OpportunityNoticeTable } from '../procurement.tables.js';

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

/** The notice on record and the opportunity's history entry for it, in one statement. */
export async function recordNotice(
  db: ProcurementDb,
  notice: Insertable<OpportunityNoticeTable>,
  change: Insertable<OpportunityChangeTable>,
): Promise<void> {
  await db
    .with('change', (cte) => cte.insertInto('opportunity_change').values(change).returning('id'))
    .insertInto('opportunity_notice')
    .values(notice)
    .execute();
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
