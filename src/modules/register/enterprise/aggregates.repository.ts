import { sql } from 'kysely';
import type { EnterpriseAggregate, EnterpriseRow } from './enterprise.repository.js';
import type { RegisterDb } from '../db.js';

/**
 * Loads many enterprises at once (export, and import's comparison with what is stored): four
 * queries for any number of org.nr instead of four per enterprise. Child rows come in the same
 * order findAggregateByOrgnr gives them, so the domain objects are identical either way. The
 * keys travel as one array parameter: thousands of separate parameters cost seconds to plan.
 */
const CHUNK = 5000;

/** The columns toEnterprise reads; the search's derived columns are large and not needed here. */
// prettier-ignore
const ROW_COLUMNS = [
  'id', 'orgnr', 'name', 'legal_form', 'founded_year', 'description', 'website', 'email', 'phone', 'street_address',
  'postal_code', 'city', 'municipality_code', 'county_code', 'employees_total', 'employees_target_group',
  'employees_reported_on', 'target_groups', 'training_capacity', 'training_free', 'training_target_groups',
  'training_adaptations', 'training_supervisors', 'networks', 'status', 'verified_at', 'verified_by', 'is_demo',
  'sources', 'created_at', 'updated_at', 'confirmed_at', 'submitted_at', 'reminded_at', 'reminder_count',
  'archived_at', 'archived_reason', 'registration_step',
] as const satisfies readonly (keyof EnterpriseRow)[];
const LEFT_OUT = {
  search_document: null,
  sort_name: '',
  area_counties: [],
  area_municipalities: [],
  category_slugs: [],
  cpv_codes: [],
  certified_until: null,
};

export async function findAggregatesByOrgnrs(
  db: RegisterDb,
  orgnrs: readonly string[],
): Promise<Map<string, EnterpriseAggregate>> {
  const out = new Map<string, EnterpriseAggregate>();
  for (let i = 0; i < orgnrs.length; i += CHUNK) {
    const part = orgnrs.slice(i, i + CHUNK);
    const rows: EnterpriseRow[] = (
      await db
        .selectFrom('enterprise')
        .select(ROW_COLUMNS)
        .where(sql<boolean>`orgnr = any(${part}::text[])`)
        .execute()
    ).map((r) => ({ ...r, ...LEFT_OUT }));
    if (rows.length === 0) continue;
    const ids = rows.map((r) => r.id);
    const [areas, offerings, certifications] = await Promise.all([
      db
        .selectFrom('enterprise_area')
        .select(['enterprise_id', 'county_code', 'municipality_code'])
        .where(sql<boolean>`enterprise_id = any(${ids}::int[])`)
        .orderBy('enterprise_id')
        .orderBy('county_code')
        .orderBy('municipality_code')
        .execute(),
      db
        .selectFrom('enterprise_offering')
        .select(['enterprise_id', 'category_slug', 'cpv_codes', 'description'])
        .where(sql<boolean>`enterprise_id = any(${ids}::int[])`)
        .orderBy('enterprise_id')
        .orderBy('category_slug')
        .execute(),
      db
        .selectFrom('enterprise_certification')
        .select(['enterprise_id', 'name', 'issuer', 'valid_until'])
        .where(sql<boolean>`enterprise_id = any(${ids}::int[])`)
        .orderBy('enterprise_id')
        .orderBy('id')
        .execute(),
    ]);
    const byId = new Map<number, EnterpriseAggregate>();
    for (const row of rows) {
      const agg: EnterpriseAggregate = { row, areas: [], offerings: [], certifications: [] };
      byId.set(row.id, agg);
      out.set(row.orgnr, agg);
    }
    for (const { enterprise_id, ...a } of areas) byId.get(enterprise_id)?.areas.push(a);
    for (const { enterprise_id, ...o } of offerings) byId.get(enterprise_id)?.offerings.push(o);
    for (const { enterprise_id, ...c } of certifications) byId.get(enterprise_id)?.certifications.push(c);
  }
  return out;
}
