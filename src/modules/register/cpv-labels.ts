import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { categoryBySlug } from '../../platform/reference/categories.js';
import { SHIPPED_CPV } from '../../platform/reference/cpv.js';
import { cpvLabelsFromTable } from '../../platform/reference/cpv-lookup.repository.js';
import type { Enterprise } from './enterprise.types.js';

const SHIPPED = new Map(SHIPPED_CPV.map((c) => [c.code, c.labelSv]));

/**
 * Swedish labels for the CPV codes on a profile: the shipped ones always, the rest from the
 * full list once `asf import cpv` has loaded it.
 */
export async function cpvLabels(db: Kysely<DB>, e: Enterprise): Promise<Map<string, string>> {
  const codes = [...new Set(e.offerings.flatMap((o) => [...(categoryBySlug(o.category)?.cpv ?? []), ...o.cpv]))];
  const labels = new Map<string, string>();
  const missing: string[] = [];
  for (const c of codes) {
    const l = SHIPPED.get(c);
    if (l) labels.set(c, l);
    else missing.push(c);
  }
  for (const [code, label] of await cpvLabelsFromTable(db, missing)) labels.set(code, label);
  return labels;
}
