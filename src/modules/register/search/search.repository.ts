import { sql, type RawBuilder } from 'kysely';
import { cpvPrefix } from '../../../platform/reference/cpv.js';
import { PUBLIC_STATUSES } from '../enterprise/enterprise.types.js';
import { RESERVED_SHARE_RULE } from '../enterprise/rules.js';
import { addMonthsToDate } from '../../../platform/calendar.js';
import type { SearchCriteria, Sort } from './search.types.js';
import type { RegisterDb } from '../db.js';

/** All SQL of the directory search. See search.service.ts for how a query is understood. */

export interface SearchSql {
  criteria: SearchCriteria;
  /** A to_tsquery('swedish', …) expression, or null for no text. */
  tsquery: string | null;
  /** An organisation number the query was (NNNNNN-NNNN): the one enterprise, instead of words. */
  orgnr?: string | null;
  today: string;
}

type Filter = 'county' | 'municipality' | 'category' | 'cpv' | 'reservable' | 'certified' | 'hasTrainingPlaces';
const FILTERS: Filter[] = ['county', 'municipality', 'category', 'cpv', 'reservable', 'certified', 'hasTrainingPlaces'];
const BOOLEAN_FACETS: Filter[] = ['reservable', 'certified', 'hasTrainingPlaces'];

/** Each filter's condition; facets need the boolean ones even when the filter is off. */
function predicates(c: SearchCriteria, today: string): Record<Filter, RawBuilder<boolean>> {
  const since = addMonthsToDate(today, -RESERVED_SHARE_RULE.maxReportAgeMonths);
  return {
    county: sql`area_counties @> array[${c.county ?? ''}]::text[]`,
    municipality: sql`area_municipalities @> array[${c.municipality ?? ''}]::text[]`,
    category: sql`category_slugs @> array[${c.category ?? ''}]::text[]`,
    cpv: sql`exists (select 1 from unnest(cpv_codes) as x(code) where x.code like ${c.cpv ? `${cpvPrefix(c.cpv)}%` : ''})`,
    reservable: sql`(employees_total > 0 and employees_target_group >= ${RESERVED_SHARE_RULE.minShare}::numeric * employees_total and employees_reported_on >= ${since}::date)`,
    certified: sql`(certified_until >= ${today}::date)`,
    hasTrainingPlaces: sql`(training_free > 0)`,
  };
}

function active(c: SearchCriteria): Record<Filter, boolean> {
  return {
    county: c.county !== null,
    municipality: c.municipality !== null,
    category: c.category !== null,
    cpv: c.cpv !== null,
    reservable: c.reservable,
    certified: c.certified,
    hasTrainingPlaces: c.hasTrainingPlaces,
  };
}

function baseWhere(s: SearchSql): RawBuilder<boolean> {
  const statuses = sql.join(PUBLIC_STATUSES.map((st) => sql.lit(st)));
  if (s.orgnr) return sql`status in (${statuses}) and orgnr = ${s.orgnr}`;
  return s.tsquery
    ? sql`status in (${statuses}) and search_document @@ to_tsquery('swedish', ${s.tsquery})`
    : sql`status in (${statuses})`;
}

// Every order ends in orgnr: names repeat, and without a unique last key OFFSET paging would
// show some enterprises twice and others never.
/** Public status, the text query and every active filter: what a row must meet to be a result. */
function matchConditions(s: SearchSql): RawBuilder<boolean>[] {
  const p = predicates(s.criteria, s.today);
  const on = active(s.criteria);
  return [baseWhere(s), ...FILTERS.filter((f) => on[f]).map((f) => p[f])];
}

// sort_name is made for byte order (sortKey puts å, ä, ö after z), and the read model orders by code
// point: "C" says so whatever collation the database was created with.
const ORDER: Record<Sort, RawBuilder<unknown>> = {
  relevance: sql`rank desc, sort_name collate "C" asc, orgnr collate "C" asc`,
  name: sql`sort_name collate "C" asc, orgnr collate "C" asc`,
  newest: sql`verified_at desc nulls last, sort_name collate "C" asc, orgnr collate "C" asc`,
  trainingPlaces: sql`training_free desc nulls last, sort_name collate "C" asc, orgnr collate "C" asc`,
};

export interface SummaryRow {
  orgnr: string;
  name: string;
  legal_form: string;
  city: string | null;
  municipality_code: string | null;
  county_code: string | null;
  area_counties: string[];
  category_slugs: string[];
  cpv_codes: string[];
  excerpt: string;
  employees_total: number | null;
  employees_target_group: number | null;
  is_reservable: boolean;
  is_certified: boolean;
  training_free: number | null;
  verified_at: Date | null;
  status: string;
  is_demo: boolean;
  total: number;
}

export async function selectPage(db: RegisterDb, s: SearchSql): Promise<SummaryRow[]> {
  const c = s.criteria;
  const p = predicates(c, s.today);
  const conditions = matchConditions(s);
  const rank = s.tsquery ? sql`ts_rank_cd(search_document, to_tsquery('swedish', ${s.tsquery}))` : sql`0`;
  const sort = c.sort === 'relevance' && !s.tsquery ? 'name' : c.sort;
  const { rows } = await sql<SummaryRow>`
    select orgnr, name, legal_form, city, municipality_code, county_code, area_counties, category_slugs, cpv_codes,
      left(description, 240) as excerpt, employees_total, employees_target_group,
      coalesce(${p.reservable}, false) as is_reservable, coalesce(${p.certified}, false) as is_certified,
      training_free, verified_at, status, is_demo,
      ${rank} as rank, count(*) over ()::int as total
    from enterprise
    where ${sql.join(conditions, sql` and `)}
    order by ${ORDER[sort]}
    limit ${c.pageSize} offset ${(c.page - 1) * c.pageSize}`.execute(db);
  return rows;
}

/** Every match's org.nr and name, by name, up to `limit`: no rank, excerpt or counts (a watched search). */
export async function selectMatchNames(
  db: RegisterDb,
  s: SearchSql,
  limit: number,
): Promise<{ orgnr: string; name: string }[]> {
  const { rows } = await sql<{ orgnr: string; name: string }>`
    select orgnr, name from enterprise
    where ${sql.join(matchConditions(s), sql` and `)}
    order by ${ORDER.name}
    limit ${limit}`.execute(db);
  return rows;
}

/** Cheap total for pages past the end, where the window count has no row to ride on. */
export async function countMatches(db: RegisterDb, s: SearchSql): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from enterprise where ${sql.join(matchConditions(s), sql` and `)}`.execute(db);
  return rows[0]?.n ?? 0;
}

/** Matches that deliver in any of these län (the category offer's count for the neighbours). */
export async function countMatchesInCounties(
  db: RegisterDb,
  s: SearchSql,
  counties: readonly string[],
): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from enterprise
    where ${sql.join(matchConditions(s), sql` and `)} and area_counties && ${[...counties]}::text[]`.execute(db);
  return rows[0]?.n ?? 0;
}

/** Matches per län among `counties` (an enterprise in two of them counts in each). */
export async function countMatchesPerCounty(
  db: RegisterDb,
  s: SearchSql,
  counties: readonly string[],
): Promise<{ county: string; n: number }[]> {
  const { rows } = await sql<{ county: string; n: number }>`
    select c as county, count(*)::int as n from enterprise, unnest(area_counties) c
    where ${sql.join(matchConditions(s), sql` and `)} and c = any(${[...counties]}::text[])
    group by c order by c`.execute(db);
  return rows;
}

export interface FacetRow {
  facet: string;
  value: string;
  n: number;
}

/**
 * Counts per filter value in one pass: each facet counts under every active filter but its own,
 * so the numbers say what choosing that value would give.
 */
export async function selectFacets(db: RegisterDb, s: SearchSql): Promise<FacetRow[]> {
  const c = s.criteria;
  const p = predicates(c, s.today);
  const on = active(c);
  const flag = (f: Filter) => (on[f] ? sql.id(`f_${f}`) : sql`true`);
  const allBut = (skip: Filter) => sql.join(FILTERS.filter((f) => f !== skip).map(flag), sql` and `);
  // Only the filters in use need a flag per row (the CPV one costs an unnest per row); the
  // boolean facets need theirs always, to count how many would match.
  const flagged = FILTERS.filter((f) => on[f] || BOOLEAN_FACETS.includes(f));
  const flags = sql.join(flagged.map((f) => sql`${p[f]} as ${sql.id(`f_${f}`)}`));
  const municipalityFacet = c.county
    ? sql`union all
      select 'municipality', v, count(*)::int from base cross join unnest(area_municipalities) as v
      where ${allBut('municipality')} and v like ${`${c.county}%`} group by v`
    : sql``;
  const booleanFacet = (f: Filter) =>
    sql`union all select ${f}, '1', count(*)::int from base where ${sql.id(`f_${f}`)} and ${allBut(f)}`;
  const { rows } = await sql<FacetRow>`
    with base as materialized (
      select area_counties, area_municipalities, category_slugs, ${flags}
      from enterprise where ${baseWhere(s)}
    )
    select 'county' as facet, v as value, count(*)::int as n from base cross join unnest(area_counties) as v
      where ${allBut('county')} group by v
    union all
    select 'category', v, count(*)::int from base cross join unnest(category_slugs) as v
      where ${allBut('category')} group by v
    ${municipalityFacet}
    ${booleanFacet('reservable')}
    ${booleanFacet('certified')}
    ${booleanFacet('hasTrainingPlaces')}`.execute(db);
  return rows;
}

export interface WordMatch {
  token: string;
  known: boolean;
  near: string[];
}

/** For each query word: is it (a prefix of) a known word, and which known words are nearest. */
export async function nearestWords(db: RegisterDb, tokens: string[]): Promise<WordMatch[]> {
  if (tokens.length === 0) return [];
  // The nearest words are looked up only for unknown words: most queries are spelled right.
  const { rows } = await sql<WordMatch>`
    select token, known,
      case when known then '{}'::text[] else array(
        select w.word from search_word w where w.word operator(public.%) token
        order by public.similarity(w.word, token) desc, w.word limit 3) end as near
    from (select t.token, exists (select 1 from search_word w where w.word like t.token || '%') as known
          from unnest(${tokens}::text[]) as t(token)) as k`.execute(db);
  return rows;
}

export async function countPublicEnterprises(db: RegisterDb): Promise<number> {
  const statuses = sql.join(PUBLIC_STATUSES.map((st) => sql.lit(st)));
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from enterprise where status in (${statuses})`.execute(db);
  return rows[0]?.n ?? 0;
}
