import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { EnterpriseFacts, EnterpriseStatus, FactGroup, FactSource } from './enterprise.types.js';
import type { EnterpriseTable } from './register.tables.js';

/** All SQL of the enterprise register. Functions take the database (or a transaction) first. */

export interface SearchColumns {
  /** Text weighted A (name), B (categories and synonyms), C (the rest). */
  documentA: string;
  documentB: string;
  documentC: string;
  sortName: string;
  areaCounties: string[];
  areaMunicipalities: string[];
  categorySlugs: string[];
  cpvCodes: string[];
  certifiedUntil: string | null;
  words: string[];
}

export interface SaveMeta {
  status: EnterpriseStatus;
  isDemo: boolean;
  sources: Partial<Record<FactGroup, FactSource>>;
  verifiedAt: Date | null;
}

export type EnterpriseRow = Selectable<EnterpriseTable>;

export interface EnterpriseAggregate {
  row: EnterpriseRow;
  areas: { county_code: string; municipality_code: string | null }[];
  offerings: { category_slug: string; cpv_codes: string[]; description: string | null }[];
  certifications: { name: string; issuer: string | null; valid_until: string | null }[];
}

/** Inserts or updates by org.nr and replaces the child rows. Must run in a transaction. */
export async function upsertEnterprise(
  trx: Transaction<DB>,
  facts: EnterpriseFacts,
  meta: SaveMeta,
  search: SearchColumns,
): Promise<number> {
  const values = {
    orgnr: facts.orgnr,
    name: facts.name,
    legal_form: facts.legalForm,
    founded_year: facts.foundedYear,
    description: facts.description,
    website: facts.website,
    email: facts.email,
    phone: facts.phone,
    street_address: facts.address.street,
    postal_code: facts.address.postalCode,
    city: facts.address.city,
    municipality_code: facts.address.municipalityCode,
    county_code: facts.address.municipalityCode?.slice(0, 2) ?? null,
    employees_total: facts.employees?.total ?? null,
    employees_target_group: facts.employees?.targetGroup ?? null,
    employees_reported_on: facts.employees?.reportedOn ?? null,
    target_groups: facts.targetGroups,
    training_capacity: facts.trainingPlaces?.capacity ?? null,
    training_free: facts.trainingPlaces?.free ?? null,
    training_target_groups: facts.trainingPlaces?.targetGroups ?? [],
    training_adaptations: facts.trainingPlaces?.adaptations ?? null,
    training_supervisors: facts.trainingPlaces?.supervisors ?? null,
    networks: facts.networks,
    status: meta.status,
    is_demo: meta.isDemo,
    verified_at: meta.verifiedAt,
    sources: JSON.stringify(meta.sources) as unknown as Record<string, FactSource>,
    sort_name: search.sortName,
    search_document: sql`setweight(to_tsvector('swedish', ${search.documentA}), 'A')
      || setweight(to_tsvector('swedish', ${search.documentB}), 'B')
      || setweight(to_tsvector('swedish', ${search.documentC}), 'C')`,
    area_counties: search.areaCounties,
    area_municipalities: search.areaMunicipalities,
    category_slugs: search.categorySlugs,
    cpv_codes: search.cpvCodes,
    certified_until: search.certifiedUntil,
  };
  const { id } = await trx
    .insertInto('enterprise')
    .values(values)
    .onConflict((oc) => oc.column('orgnr').doUpdateSet({ ...values, updated_at: sql`now()` }))
    .returning('id')
    .executeTakeFirstOrThrow();

  await trx.deleteFrom('enterprise_area').where('enterprise_id', '=', id).execute();
  await trx.deleteFrom('enterprise_offering').where('enterprise_id', '=', id).execute();
  await trx.deleteFrom('enterprise_certification').where('enterprise_id', '=', id).execute();
  if (facts.operatingAreas.length > 0) {
    await trx
      .insertInto('enterprise_area')
      .values(
        facts.operatingAreas.map((a) => ({
          enterprise_id: id,
          county_code: a.countyCode,
          municipality_code: a.municipalityCode,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  if (facts.offerings.length > 0) {
    await trx
      .insertInto('enterprise_offering')
      .values(
        facts.offerings.map((o) => ({
          enterprise_id: id,
          category_slug: o.category,
          cpv_codes: o.cpv,
          description: o.description,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  if (facts.certifications.length > 0) {
    await trx
      .insertInto('enterprise_certification')
      .values(
        facts.certifications.map((c) => ({
          enterprise_id: id,
          name: c.name,
          issuer: c.issuer,
          valid_until: c.validUntil,
        })),
      )
      .execute();
  }
  if (search.words.length > 0) {
    await trx
      .insertInto('search_word')
      .values(search.words.map((word) => ({ word })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  return id;
}

export async function findAggregateByOrgnr(
  db: Kysely<DB>,
  orgnr: string,
): Promise<EnterpriseAggregate | undefined> {
  const row = await db.selectFrom('enterprise').selectAll().where('orgnr', '=', orgnr).executeTakeFirst();
  if (!row) return undefined;
  const [areas, offerings, certifications] = await Promise.all([
    db
      .selectFrom('enterprise_area')
      .select(['county_code', 'municipality_code'])
      .where('enterprise_id', '=', row.id)
      .orderBy('county_code')
      .orderBy('municipality_code')
      .execute(),
    db
      .selectFrom('enterprise_offering')
      .select(['category_slug', 'cpv_codes', 'description'])
      .where('enterprise_id', '=', row.id)
      .orderBy('category_slug')
      .execute(),
    db
      .selectFrom('enterprise_certification')
      .select(['name', 'issuer', 'valid_until'])
      .where('enterprise_id', '=', row.id)
      .orderBy('id')
      .execute(),
  ]);
  return { row, areas, offerings, certifications };
}

export async function countEnterprises(db: Kysely<DB>): Promise<number> {
  const r = await db
    .selectFrom('enterprise')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return r.n;
}

export async function existingOrgnrs(db: Kysely<DB>, orgnrs: string[]): Promise<Set<string>> {
  if (orgnrs.length === 0) return new Set();
  const rows = await db.selectFrom('enterprise').select('orgnr').where('orgnr', 'in', orgnrs).execute();
  return new Set(rows.map((r) => r.orgnr));
}
