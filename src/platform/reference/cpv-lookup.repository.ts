import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/** Swedish labels from the full CPV list (loaded by `asf import cpv`); empty until then. */
export async function cpvLabelsFromTable(db: Kysely<DB>, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('cpv_code').select(['code', 'label_sv']).where('code', 'in', codes).execute();
  return new Map(rows.map((r) => [r.code, r.label_sv]));
}
