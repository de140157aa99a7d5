import type { ProcurementDb } from '../db.js';

export async function selectNotice(db: ProcurementDb, noticeId: string, version: string) {
  return db
    .selectFrom('opportunity_notice')
    .select(['opportunity_id'])
    .where('notice_id', '=', noticeId)
    .where('version', '=', version)
    .executeTakeFirst();
}

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

/** The opportunity a procedure became, locked until the transaction ends. */
export async function selectByProcedure(db: ProcurementDb, procedureId: string) {
  return db
    .selectFrom('opportunity')
    .select(['id', 'notice_stage'])
    .where('procedure_id', '=', procedureId)
    .forUpdate()
    .executeTakeFirst();
}

export async function deleteLots(db: ProcurementDb, opportunityId: number): Promise<void> {
  await db.deleteFrom('opportunity_lot').where('opportunity_id', '=', opportunityId).execute();
}

/** The notices an opportunity was made from, oldest first. */
export async function noticesOf(db: ProcurementDb, opportunityId: number) {
  return db
    .selectFrom('opportunity_notice')
    .select(['notice_id', 'version', 'subtype', 'issue_date'])
    .where('opportunity_id', '=', opportunityId)
    .orderBy('imported_at')
    .execute();
}
