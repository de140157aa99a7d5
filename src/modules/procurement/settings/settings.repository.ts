import type { Selectable } from 'kysely';
import type { ProcurementDb } from '../db.js';
import type { ProcurementLimitTable } from '../procurement.tables.js';

export type LimitRow = Selectable<ProcurementLimitTable>;

export async function selectLimits(db: ProcurementDb): Promise<LimitRow[]> {
  return db.selectFrom('procurement_limit').selectAll().orderBy('year', 'desc').orderBy('kind').execute();
}

export async function upsertLimit(db: ProcurementDb, row: LimitRow): Promise<void> {
  await db
    .insertInto('procurement_limit')
    .values(row)
    .onConflict((c) => c.columns(['year', 'kind']).doUpdateSet({ amount_sek: row.amount_sek, source: row.source }))
    .execute();
}

export async function deleteLimit(db: ProcurementDb, year: number, kind: string): Promise<boolean> {
  const r = await db
    .deleteFrom('procurement_limit')
    .where('year', '=', year)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function selectCodeList(db: ProcurementDb, list: string) {
  return db.selectFrom('procurement_code_list').selectAll().where('list', '=', list).executeTakeFirst();
}

export async function updateCodeList(
  db: ProcurementDb,
  list: string,
  values: { codes: string[]; source: string; updatedAt: Date; updatedBy: string },
): Promise<void> {
  await db
    .insertInto('procurement_code_list')
    .values({
      list,
      codes: values.codes,
      source: values.source,
      updated_at: values.updatedAt,
      updated_by: values.updatedBy,
    })
    .onConflict((c) =>
      c.column('list').doUpdateSet({
        codes: values.codes,
        source: values.source,
        updated_at: values.updatedAt,
        updated_by: values.updatedBy,
      }),
    )
    .execute();
}
