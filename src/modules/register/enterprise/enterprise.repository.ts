import { sql, type RawBuilder, type Selectable, type Transaction } from 'kysely';
import type { EnterpriseFacts, EnterpriseStatus, FactGroup, FactSource } from './enterprise.types.js';
import type { EnterpriseTable } from '../register.tables.js';
import type { RegisterDB, RegisterDb } from '../db.js';

/** All SQL of the enterprise register. Functions take the database (or a transaction) first. */

export interface SearchColumns {
  /** Text weighted A (name), B (category names), C (synonyms and the rest). */
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
  trx: Transaction<RegisterDB>,
  facts: EnterpriseFacts,
  meta: SaveMeta,
  search: SearchColumns,
): Promise<number> {
  const values = {
    ...plainColumns({ facts, meta, search }),
    verified_at: meta.verifiedAt,
    sources: JSON.stringify(meta.sources) as unknown as Record<string, FactSource>,
    search_document: sql`setweight(to_tsvector('swedish', ${search.documentA}), 'A')
      || setweight(to_tsvector('swedish', ${search.documentB}), 'B')
      || setweight(to_tsvector('swedish', ${search.documentC}), 'C')`,
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

export async function findAggregateByOrgnr(db: RegisterDb, orgnr: string): Promise<EnterpriseAggregate | undefined> {
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

export async function countEnterprises(db: RegisterDb): Promise<number> {
  const r = await db
    .selectFrom('enterprise')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return r.n;
}

export interface BulkItem {
  facts: EnterpriseFacts;
  meta: SaveMeta;
  search: SearchColumns;
}

/** Columns the bulk path writes, with their SQL types for jsonb_to_recordset. */
const BULK_COLUMNS = {
  orgnr: 'text',
  name: 'text',
  legal_form: 'text',
  founded_year: 'int',
  description: 'text',
  website: 'text',
  email: 'text',
  phone: 'text',
  street_address: 'text',
  postal_code: 'text',
  city: 'text',
  municipality_code: 'text',
  county_code: 'text',
  employees_total: 'int',
  employees_target_group: 'int',
  employees_reported_on: 'date',
  target_groups: 'text[]',
  training_capacity: 'int',
  training_free: 'int',
  training_target_groups: 'text[]',
  training_adaptations: 'text',
  training_supervisors: 'int',
  networks: 'text[]',
  status: 'text',
  is_demo: 'boolean',
  verified_at: 'timestamptz',
  sources: 'jsonb',
  sort_name: 'text',
  area_counties: 'text[]',
  area_municipalities: 'text[]',
  category_slugs: 'text[]',
  cpv_codes: 'text[]',
  certified_until: 'date',
} as const;
const COLUMN_NAMES = Object.keys(BULK_COLUMNS);
/**
 * What the bulk write changes on an enterprise that exists: its facts, not its place in the
 * workflow. Status and verified_at belong to the coordinators' decisions and the yearly
 * confirmation (and is_demo to how it came in); an import that set them from the rows it read
 * earlier undid a decision or a lapse made meanwhile. A new enterprise gets them from the batch.
 */
const WORKFLOW_COLUMNS: readonly string[] = ['status', 'verified_at', 'is_demo'];
const UPDATED_COLUMNS = COLUMN_NAMES.filter((c) => !WORKFLOW_COLUMNS.includes(c));

type BulkRow = Record<keyof typeof BULK_COLUMNS | 'doc_a' | 'doc_b' | 'doc_c', unknown>;

function bulkRow(item: BulkItem): BulkRow {
  return {
    ...plainColumns(item),
    verified_at: item.meta.verifiedAt?.toISOString() ?? null,
    sources: item.meta.sources,
    doc_a: item.search.documentA,
    doc_b: item.search.documentB,
    doc_c: item.search.documentC,
  };
}

/** The enterprise columns that are plain values, the same for the single and the bulk write. */
function plainColumns({ facts, meta, search }: BulkItem) {
  return {
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
    sort_name: search.sortName,
    area_counties: search.areaCounties,
    area_municipalities: search.areaMunicipalities,
    category_slugs: search.categorySlugs,
    cpv_codes: search.cpvCodes,
    certified_until: search.certifiedUntil,
  };
}

/** `x(orgnr text, name text, …)`: the record shape jsonb_to_recordset reads a batch into. */
function recordShape(columns: Record<string, string>): RawBuilder<unknown> {
  return sql.raw(
    Object.entries(columns)
      .map(([c, t]) => `${c} ${t}`)
      .join(', '),
  );
}

/** A batch ready for the database: JSON text and plain strings, cheap to pass between threads. */
export interface PreparedBulk {
  count: number;
  enterprises: string;
  areas: string;
  offerings: string;
  certifications: string;
  words: string[];
}

/** The pure half of the bulk write, which import.worker.ts runs outside the database's thread. */
export function prepareBulk(items: readonly BulkItem[]): PreparedBulk {
  return {
    count: items.length,
    enterprises: JSON.stringify(items.map(bulkRow)),
    areas: JSON.stringify(
      items.flatMap(({ facts }) =>
        facts.operatingAreas.map((a) => ({ o: facts.orgnr, c: a.countyCode, m: a.municipalityCode })),
      ),
    ),
    offerings: JSON.stringify(
      items.flatMap(({ facts }) =>
        facts.offerings.map((o) => ({ o: facts.orgnr, c: o.category, p: o.cpv, d: o.description })),
      ),
    ),
    certifications: JSON.stringify(
      items.flatMap(({ facts }) =>
        facts.certifications.map((c) => ({ o: facts.orgnr, n: c.name, i: c.issuer, v: c.validUntil })),
      ),
    ),
    words: [...new Set(items.flatMap(({ search }) => search.words))],
  };
}

/**
 * Many enterprises in a few statements (seed, import): the same rows upsertEnterprise writes,
 * but each batch travels as JSON that PostgreSQL unpacks with jsonb_to_recordset, one statement
 * per table instead of eight per enterprise. That, not the SQL, is what makes 30 000 rows take
 * seconds rather than minutes on PGlite (and it avoids the protocol's limit of 65 535
 * parameters). `onConflict: 'skip'` leaves an existing org.nr untouched (seed); 'update'
 * rewrites its facts and child rows but not its workflow columns (import). Returns the org.nr actually written. Must run in a
 * transaction; batches of a few hundred keep progress reports lively.
 */
export async function upsertEnterprisesBulk(
  trx: Transaction<RegisterDB>,
  items: readonly BulkItem[],
  onConflict: 'skip' | 'update',
): Promise<string[]> {
  return items.length === 0 ? [] : writePreparedBulk(trx, prepareBulk(items), onConflict);
}

export async function writePreparedBulk(
  trx: Transaction<RegisterDB>,
  batch: PreparedBulk,
  onConflict: 'skip' | 'update',
): Promise<string[]> {
  if (batch.count === 0) return [];
  const columns = sql.raw(COLUMN_NAMES.join(', '));
  const conflict =
    onConflict === 'skip'
      ? sql`do nothing`
      : sql`do update set ${sql.raw(UPDATED_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', '))}, search_document = excluded.search_document, updated_at = now()`;
  const { rows: written } = await sql<{ id: number; orgnr: string; inserted: boolean }>`
    insert into enterprise (${columns}, search_document)
    select ${columns},
      setweight(to_tsvector('swedish', doc_a), 'A')
        || setweight(to_tsvector('swedish', doc_b), 'B')
        || setweight(to_tsvector('swedish', doc_c), 'C')
    from jsonb_to_recordset(${batch.enterprises}::jsonb)
      as x(${recordShape({ ...BULK_COLUMNS, doc_a: 'text', doc_b: 'text', doc_c: 'text' })})
    on conflict (orgnr) ${conflict}
    returning id, orgnr, (xmax = 0) as inserted`.execute(trx);
  if (written.length === 0) return [];

  // Only rows that existed have child rows to replace (xmax = 0 marks a fresh insert); skipping
  // the deletes for new enterprises keeps a first import from scanning ever larger tables.
  const updated = written.filter((r) => !r.inserted).map((r) => r.id);
  if (updated.length > 0) {
    await trx.deleteFrom('enterprise_area').where('enterprise_id', 'in', updated).execute();
    await trx.deleteFrom('enterprise_offering').where('enterprise_id', 'in', updated).execute();
    await trx.deleteFrom('enterprise_certification').where('enterprise_id', 'in', updated).execute();
  }
  // Child rows find their enterprise by org.nr; those the insert skipped get none.
  const only = written.length < batch.count ? sql`where x.o = any(${written.map((r) => r.orgnr)}::text[])` : sql``;
  await sql`insert into enterprise_area (enterprise_id, county_code, municipality_code)
    select e.id, x.c, x.m from jsonb_to_recordset(${batch.areas}::jsonb) as x(o text, c text, m text)
    join enterprise e on e.orgnr = x.o ${only}
    on conflict do nothing`.execute(trx);
  await sql`insert into enterprise_offering (enterprise_id, category_slug, cpv_codes, description)
    select e.id, x.c, x.p, x.d from jsonb_to_recordset(${batch.offerings}::jsonb) as x(o text, c text, p text[], d text)
    join enterprise e on e.orgnr = x.o ${only}
    on conflict do nothing`.execute(trx);
  // Certifications are read back in identity order, so they go in in the order listed.
  await sql`insert into enterprise_certification (enterprise_id, name, issuer, valid_until)
    select e.id, x.n, x.i, x.v
    from rows from (jsonb_to_recordset(${batch.certifications}::jsonb) as (o text, n text, i text, v date))
      with ordinality as x(o, n, i, v, k)
    join enterprise e on e.orgnr = x.o ${only}
    order by x.k`.execute(trx);
  if (batch.words.length > 0) {
    await sql`insert into search_word (word) select unnest(${batch.words}::text[]) on conflict do nothing`.execute(trx);
  }
  return written.map((r) => r.orgnr);
}

/**
 * Locks the enterprises with these org.nr until the transaction ends (call it in one: an import,
 * before it reads them), in id order so that two transactions locking overlapping sets queue instead of
 * deadlocking. Decisions, archiving and the yearly scan lock the row too, so they wait for the
 * import or the import for them; neither writes over the other from an older reading.
 */
export async function lockEnterprisesByOrgnrs(trx: RegisterDb, orgnrs: readonly string[]): Promise<void> {
  if (orgnrs.length === 0) return;
  await sql`select id from enterprise where orgnr = any(${orgnrs}::text[]) order by id for update`.execute(trx);
}

export async function findEnterpriseIdByOrgnr(db: RegisterDb, orgnr: string): Promise<number | undefined> {
  const row = await db.selectFrom('enterprise').select('id').where('orgnr', '=', orgnr).executeTakeFirst();
  return row?.id;
}

export async function enterpriseNamesByIds(
  db: RegisterDb,
  ids: readonly number[],
): Promise<{ id: number; name: string; orgnr: string }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('enterprise').select(['id', 'name', 'orgnr']).where('id', 'in', ids).execute();
}

export async function findEnterpriseRefByOrgnr(
  db: RegisterDb,
  orgnr: string,
): Promise<{ id: number; name: string } | undefined> {
  return db.selectFrom('enterprise').select(['id', 'name']).where('orgnr', '=', orgnr).executeTakeFirst();
}
