import { addMonthsToDate } from '../../../platform/calendar.js';
import { cpvPrefix } from '../../../platform/reference/cpv.js';
import { RESERVED_SHARE_RULE } from '../enterprise/rules.js';
import { rankHits, type ParsedQuery } from './fulltext.js';
import { compareCodePoints, intersect, type ModelDoc, type ReadModel, type SlotLists } from './read-model.js';
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
if (SHARE_NEEDED / SHARE_SCALE !== RESERVED_SHARE_RULE.minShare) {
  throw new Error(`4 kap. 18 §: andelen ${RESERVED_SHARE_RULE.minShare} har fler än tre decimaler; ändra SHARE_SCALE`);
}

/** Slots in slot order. */
type Slots = readonly number[] | Int32Array;

type Predicate = (d: ModelDoc, slot: number) => boolean;

function predicates(model: ReadModel, c: SearchCriteria, today: string): Record<Filter, Predicate> {
  const since = addMonthsToDate(today, -RESERVED_SHARE_RULE.maxReportAgeMonths);
  const prefix = c.cpv ? cpvPrefix(c.cpv) : '';
  // The chosen län and service as a mark per slot, from their lists: one look-up per enterprise.
  const inCounty = c.county ? model.filter('county', c.county).mark : null;
  const inCategory = c.category ? model.filter('category', c.category).mark : null;
  return {
    county: (_, slot) => inCounty?.[slot] === 1,
    municipality: (d) => hasSorted(d.municipalities, c.municipality ?? ''),
    category: (_, slot) => inCategory?.[slot] === 1,
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

/** Adds one to the count of each of a slot's values. */
function add(counts: Int32Array, lists: SlotLists, slot: number): void {
  const { starts, values } = lists;
  for (let i = starts[slot]!; i < starts[slot + 1]!; i++) counts[values[i]!]!++;
}

/** The first place in a sorted list whose value is not before `value`. */
function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareCodePoints(list[mid]!, value) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hasSorted(list: readonly string[], value: string): boolean {
  return list[lowerBound(list, value)] === value;
}

/** Every live slot, in slot order. */
function liveSlots(model: ReadModel): number[] {
  const slots: number[] = [];
  model.docs.forEach((d, slot) => {
    if (d) slots.push(slot);
  });
  return slots;
}

/** The slots the words (or org.nr) select before any filter: what the facets count over. */
function baseSlots(model: ReadModel, q: ModelQuery): { slots: Slots; lexemes: number[][] } {
  if (q.orgnr) {
    const slot = model.slotOfOrgnr(q.orgnr);
    return { slots: slot === undefined ? [] : [slot], lexemes: [] };
  }
  if (!q.text) return { slots: liveSlots(model), lexemes: [] };
  const lexemes = model.operandLexemes(q.text);
  return { slots: model.textMatches(q.text, lexemes), lexemes };
}

export interface ModelPage {
  rows: SummaryRow[];
  total: number;
  facets: FacetRow[];
}

/** A page of results with its total and the filter counts (each counted under every other filter in use). */
export function searchModel(model: ReadModel, q: ModelQuery): ModelPage {
  const c = q.criteria;
  const p = predicates(model, c, q.today);
  const active = activeFilters(c);
  const { slots, lexemes } = baseSlots(model, q);

  const matched: number[] = [];
  const { county, category, municipality } = model.values;
  const counts = {
    county: new Int32Array(county.names.length),
    category: new Int32Array(category.names.length),
    municipality: new Int32Array(municipality.names.length),
  };
  const booleans = { reservable: 0, certified: 0, hasTrainingPlaces: 0 };
  const checks = active.map((f) => p[f]);
  const countyAt = active.indexOf('county');
  const categoryAt = active.indexOf('category');
  const municipalityAt = active.indexOf('municipality');
  const docs = model.docs;
  const countyCounts = counts.county;
  const categoryCounts = counts.category;
  const { countyLists, categoryLists } = model;
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k]!;
    const d = docs[slot]!;
    // The one active filter a document fails, if only one: the facet of that filter still counts it.
    let failed = -1;
    let failures = 0;
    for (let j = 0; j < checks.length && failures < 2; j++) {
      if (!checks[j]!(d, slot)) {
        failed = j;
        failures++;
      }
    }
    if (failures > 1) continue;
    const all = failures === 0;
    if (all) matched.push(slot);
    if (all || failed === countyAt) add(countyCounts, countyLists, slot);
    if (all || failed === categoryAt) add(categoryCounts, categoryLists, slot);
    if (c.county && (all || failed === municipalityAt)) {
      // The kommuner of the chosen län: a run in the sorted list (their codes begin with the län's).
      for (let i = lowerBound(d.municipalities, c.county); i < d.municipalities.length; i++) {
        if (!d.municipalities[i]!.startsWith(c.county)) break;
        counts.municipality[d.municipalityIds[i]!]!++;
      }
    }
    if (all) {
      if (p.reservable(d, slot)) booleans.reservable++;
      if (p.certified(d, slot)) booleans.certified++;
      if (p.hasTrainingPlaces(d, slot)) booleans.hasTrainingPlaces++;
    }
  }
  const facets: FacetRow[] = [];
  for (const facet of ['county', 'category', 'municipality'] as const) {
    counts[facet].forEach((n, id) => {
      if (n > 0) facets.push({ facet, value: model.values[facet].names[id]!, n });
    });
  }
  for (const f of BOOLEAN_FACETS) facets.push({ facet: f, value: '1', n: booleans[f] });

  const ordered = order(model, q, matched, lexemes);
  const offset = (c.page - 1) * c.pageSize;
  const rows = ordered.slice(offset, offset + c.pageSize).map(({ slot, rank }) => {
    const d = model.docs[slot]!;
    return {
      ...d,
      is_reservable: p.reservable(d, slot),
      is_certified: p.certified(d, slot),
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
      const wanted = model.markOnly(matched);
      const out: { slot: number; rank: number }[] = [];
      for (const slot of byName) if (wanted(slot)) out.push({ slot, rank: 0 });
      return out;
    }
    return matched.sort((a, b) => position[a]! - position[b]!).map((slot) => ({ slot, rank: 0 }));
  }
  if (sort === 'relevance' && q.text) {
    const hits = model.hits(lexemes, model.markOnly(matched));
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

/**
 * The enterprises to look at for a count without words: the chosen service's and län's lists
 * intersected (both kept by the model), else all; the other filters are checked one by one.
 */
function candidates(model: ReadModel, c: SearchCriteria): Slots {
  const category = c.category ? model.filter('category', c.category).slots : null;
  const county = c.county ? model.filter('county', c.county).slots : null;
  if (category && county) return intersect(category, county);
  return category ?? county ?? liveSlots(model);
}

const NARROWED_BY_LISTS: readonly Filter[] = ['county', 'category'];

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
  const p = predicates(model, c, today);
  const checks = activeFilters(c)
    .filter((f) => !NARROWED_BY_LISTS.includes(f))
    .map((f) => p[f]);
  const marks = (counties ?? []).map((x) => ({ county: x, mark: model.filter('county', x).mark }));
  const perCounty = new Map<string, number>();
  let total = 0;
  for (const slot of candidates(model, c)) {
    const d = model.docs[slot]!;
    if (!checks.every((check) => check(d, slot))) continue;
    if (counties) {
      let inAny = false;
      for (const { county, mark } of marks) {
        if (mark[slot] !== 1) continue;
        inAny = true;
        perCounty.set(county, (perCounty.get(county) ?? 0) + 1);
      }
      if (!inAny) continue;
    }
    total++;
  }
  return { total, perCounty };
}
