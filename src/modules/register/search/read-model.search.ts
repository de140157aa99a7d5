import { addMonthsToDate } from '../../../platform/calendar.js';
import { cpvPrefix } from '../../../platform/reference/cpv.js';
import { RESERVED_SHARE_RULE } from '../enterprise/rules.js';
import { rankHits, type ParsedQuery } from './fulltext.js';
import { compareCodePoints, type ModelDoc, type ReadModel } from './read-model.js';
import type { FacetRow, SummaryRow } from './search.repository.js';
import type { SearchCriteria } from './search.types.js';

/**
 * The directory's search answered from the read model: the same rows, counts and order as the SQL
 * in search.repository.ts (selectPage, selectFacets, countMatches…), which stays the reference the
 * tests hold this to.
 */
export interface ModelQuery {
  criteria: SearchCriteria;
  /** The normalised tsquery, or null for no words (or an org.nr). */
  text: ParsedQuery | null;
  orgnr: string | null;
  today: string;
}

type Filter = 'county' | 'municipality' | 'category' | 'cpv' | 'reservable' | 'certified' | 'hasTrainingPlaces';
const FILTERS: Filter[] = ['county', 'municipality', 'category', 'cpv', 'reservable', 'certified', 'hasTrainingPlaces'];
const BOOLEAN_FACETS = ['reservable', 'certified', 'hasTrainingPlaces'] as const;

// 4 kap. 18 §'s share as a whole-number ratio: 0.3 × total in floating point is 3.0000000000000004 for
// ten employees, where the database's numeric says three of ten is enough.
const SHARE_SCALE = 1000;
const SHARE_NEEDED = Math.round(RESERVED_SHARE_RULE.minShare * SHARE_SCALE);

type Predicate = (d: ModelDoc) => boolean;

function predicates(c: SearchCriteria, today: string): Record<Filter, Predicate> {
  const since = addMonthsToDate(today, -RESERVED_SHARE_RULE.maxReportAgeMonths);
  const prefix = c.cpv ? cpvPrefix(c.cpv) : '';
  return {
    county: (d) => d.area_counties.includes(c.county ?? ''),
    municipality: (d) => hasSorted(d.municipalities, c.municipality ?? ''),
    category: (d) => d.category_slugs.includes(c.category ?? ''),
    cpv: (d) => d.cpv_codes.some((code) => code.startsWith(prefix)),
    reservable: (d) =>
      d.employees_total !== null &&
      d.employees_target_group !== null &&
      d.employees_total > 0 &&
      d.employees_target_group * SHARE_SCALE >= SHARE_NEEDED * d.employees_total &&
      d.employees_reported_on !== null &&
      d.employees_reported_on >= since,
    certified: (d) => d.certified_until !== null && d.certified_until >= today,
    hasTrainingPlaces: (d) => d.training_free !== null && d.training_free > 0,
  };
}

function activeFilters(c: SearchCriteria): Filter[] {
  return FILTERS.filter((f) =>
    f === 'county' || f === 'municipality' || f === 'category' || f === 'cpv' ? c[f] !== null : c[f],
  );
}

function hasSorted(list: readonly string[], value: string): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const cmp = compareCodePoints(list[mid]!, value);
    if (cmp === 0) return true;
    if (cmp < 0) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

/** The slots the words (or org.nr) select before any filter: what the facets count over. */
function baseSlots(model: ReadModel, q: ModelQuery): { slots: number[]; lexemes: number[][] } {
  if (q.orgnr) {
    const slot = model.slotOfOrgnr(q.orgnr);
    return { slots: slot === undefined ? [] : [slot], lexemes: [] };
  }
  if (!q.text) {
    const slots: number[] = [];
    model.docs.forEach((d, slot) => {
      if (d) slots.push(slot);
    });
    return { slots, lexemes: [] };
  }
  const lexemes = model.operandLexemes(q.text);
  const mark = model.textMatches(q.text, lexemes);
  const slots: number[] = [];
  for (let i = 0; i < mark.length; i++) if (mark[i]) slots.push(i);
  return { slots, lexemes };
}

export interface ModelPage {
  rows: SummaryRow[];
  total: number;
  facets: FacetRow[];
}

/** A page of results with its total and the filter counts (each counted under every other filter in use). */
export function searchModel(model: ReadModel, q: ModelQuery): ModelPage {
  const c = q.criteria;
  const p = predicates(c, q.today);
  const active = activeFilters(c);
  const { slots, lexemes } = baseSlots(model, q);

  const matched: number[] = [];
  const counts = new Map<string, number>();
  const bump = (facet: string, value: string) => {
    const key = `${facet}\u0000${value}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const countyPrefix = c.county ?? '';
  for (const slot of slots) {
    const d = model.docs[slot]!;
    let failed: Filter | null = null;
    let failures = 0;
    for (const f of active) {
      if (!p[f](d)) {
        failed = f;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) matched.push(slot);
    if (failures === 0 || failed === 'county') for (const v of d.area_counties) bump('county', v);
    if (failures === 0 || failed === 'category') for (const v of d.category_slugs) bump('category', v);
    if (c.county && (failures === 0 || failed === 'municipality')) {
      for (const v of d.municipalities) if (v.startsWith(countyPrefix)) bump('municipality', v);
    }
    if (failures === 0) for (const f of BOOLEAN_FACETS) if (p[f](d)) bump(f, '1');
  }
  const facets: FacetRow[] = [...counts].map(([key, n]) => {
    const [facet, value] = key.split('\u0000') as [string, string];
    return { facet, value, n };
  });
  for (const f of BOOLEAN_FACETS) if (!counts.has(`${f}\u00001`)) facets.push({ facet: f, value: '1', n: 0 });

  const ordered = order(model, q, matched, lexemes);
  const offset = (c.page - 1) * c.pageSize;
  const rows = ordered.slice(offset, offset + c.pageSize).map(({ slot, rank }) => {
    const d = model.docs[slot]!;
    return {
      ...d,
      is_reservable: p.reservable(d),
      is_certified: p.certified(d),
      rank,
      total: matched.length,
    } satisfies SummaryRow & { rank: number };
  });
  return { rows, total: matched.length, facets };
}

/** The matches in the page's order: rank, newest or free places first, then sort_name and org.nr. */
function order(
  model: ReadModel,
  q: ModelQuery,
  matched: number[],
  lexemes: number[][],
): { slot: number; rank: number }[] {
  const { position, slots: byName } = model.nameOrder();
  const sort = q.criteria.sort === 'relevance' && !q.text ? 'name' : q.criteria.sort;
  if (sort === 'name') {
    // Many matches: walk the name order once instead of sorting them.
    if (matched.length > byName.length / 16) {
      const wanted = new Uint8Array(model.docs.length);
      for (const slot of matched) wanted[slot] = 1;
      const out: { slot: number; rank: number }[] = [];
      for (const slot of byName) if (wanted[slot]) out.push({ slot, rank: 0 });
      return out;
    }
    return matched.sort((a, b) => position[a]! - position[b]!).map((slot) => ({ slot, rank: 0 }));
  }
  if (sort === 'relevance' && q.text) {
    const wanted = new Uint8Array(model.docs.length);
    for (const slot of matched) wanted[slot] = 1;
    const hits = model.hits(lexemes, wanted);
    const text = q.text;
    return matched
      .map((slot) => ({ slot, rank: rankHits(hits.get(slot) ?? [], text) }))
      .sort((a, b) => b.rank - a.rank || position[a.slot]! - position[b.slot]!);
  }
  // Newest verified or most free places first, those without last (desc nulls last).
  const key = (d: ModelDoc) => (sort === 'newest' ? d.verified_us : sort === 'trainingPlaces' ? d.training_free : null);
  const keyed = matched.map((slot) => ({ slot, rank: 0, key: key(model.docs[slot]!) }));
  return keyed.sort(
    (a, b) =>
      (a.key === null ? (b.key === null ? 0 : 1) : b.key === null ? -1 : b.key - a.key) ||
      position[a.slot]! - position[b.slot]!,
  );
}

/** How many public enterprises meet the criteria's filters (no words): the category offer's counts. */
export function countModel(model: ReadModel, c: SearchCriteria, today: string, inCounties?: readonly string[]): number {
  return perCountyModel(model, c, today, inCounties).total;
}

/**
 * The same count, and with `counties`, only those delivering in one of them, with each one's own count
 * (an enterprise in two counts in each).
 */
export function perCountyModel(
  model: ReadModel,
  c: SearchCriteria,
  today: string,
  counties?: readonly string[],
): { total: number; perCounty: Map<string, number> } {
  const p = predicates(c, today);
  const active = activeFilters(c);
  const perCounty = new Map<string, number>();
  let total = 0;
  for (const d of model.docs) {
    if (!d || !active.every((f) => p[f](d))) continue;
    if (counties) {
      const inThem = d.area_counties.filter((x) => counties.includes(x));
      if (inThem.length === 0) continue;
      for (const x of inThem) perCounty.set(x, (perCounty.get(x) ?? 0) + 1);
    }
    total++;
  }
  return { total, perCounty };
}
