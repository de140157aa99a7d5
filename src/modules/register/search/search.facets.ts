import { addMonthsToDate } from '../../../platform/calendar.js';
import type { RegisterDB } from '../db.js';
import { RESERVED_SHARE_RULE } from '../enterprise/rules.js';
import type { Kysely } from 'kysely';
import {
  readRegisterVersion,
  selectFacetBase,
  selectFacetSource,
  type FacetRow,
  type FacetSourceRow,
  type SearchSql,
} from './search.repository.js';

/**
 * The directory's filter counts, counted in this process (issue 11 §4). Counting them in SQL
 * unnested every text match's areas and categories: most of a new search's time (bench/explain.ts).
 * Here the database only names the matches (their ids), and the counts come from a compact copy
 * of what the filters read, per published enterprise, kept per process and reloaded whenever the
 * register's change counter moves: every write bumps it in the database, so no instance counts
 * from an old copy. The rule per facet is the SQL's: each value counted over the matches that
 * meet every other filter in use.
 */
interface Entry {
  counties: readonly string[];
  municipalities: readonly string[];
  categories: readonly string[];
  total: number | null;
  targetGroup: number | null;
  reportedOn: string | null;
  certifiedUntil: string | null;
  trainingFree: number | null;
}

interface Index {
  version: number;
  byId: Map<number, Entry>;
}

const indexes = new WeakMap<Kysely<RegisterDB>, Promise<Index>>();

function toEntry(r: FacetSourceRow): Entry {
  return {
    counties: r.area_counties,
    municipalities: r.area_municipalities,
    categories: r.category_slugs,
    total: r.employees_total,
    targetGroup: r.employees_target_group,
    reportedOn: r.employees_reported_on,
    certifiedUntil: r.certified_until,
    trainingFree: r.training_free,
  };
}

/** The copy for the register's current version; a reload is shared by the searches that wait for it. */
async function currentIndex(db: Kysely<RegisterDB>): Promise<Index> {
  const version = await readRegisterVersion(db);
  const held = indexes.get(db);
  if (held) {
    const index = await held;
    if (index.version === version) return index;
  }
  const loading = selectFacetSource(db).then((rows) => ({
    version,
    byId: new Map(rows.map((r) => [r.id, toEntry(r)])),
  }));
  indexes.set(db, loading);
  try {
    return await loading;
  } catch (e) {
    indexes.delete(db);
    throw e;
  }
}

type Filter = 'county' | 'municipality' | 'category' | 'cpv' | 'reservable' | 'certified' | 'hasTrainingPlaces';
const FILTERS: readonly Filter[] = [
  'county',
  'municipality',
  'category',
  'cpv',
  'reservable',
  'certified',
  'hasTrainingPlaces',
];

export async function countFacets(db: Kysely<RegisterDB>, s: SearchSql): Promise<FacetRow[]> {
  const [index, base] = await Promise.all([currentIndex(db), selectFacetBase(db, s)]);
  const c = s.criteria;
  const since = addMonthsToDate(s.today, -RESERVED_SHARE_RULE.maxReportAgeMonths);
  const on: Record<Filter, boolean> = {
    county: c.county !== null,
    municipality: c.municipality !== null,
    category: c.category !== null,
    cpv: c.cpv !== null,
    reservable: c.reservable,
    certified: c.certified,
    hasTrainingPlaces: c.hasTrainingPlaces,
  };
  const active = FILTERS.filter((f) => on[f]);
  const counts = {
    county: new Map<string, number>(),
    municipality: new Map<string, number>(),
    category: new Map<string, number>(),
  };
  const booleans = { reservable: 0, certified: 0, hasTrainingPlaces: 0 };
  const add = (m: Map<string, number>, v: string) => m.set(v, (m.get(v) ?? 0) + 1);
  const flags = {} as Record<Filter, boolean>;
  for (const row of base) {
    const e = index.byId.get(row.id);
    // Published after the copy was made: counted when the next search reloads it.
    if (!e) continue;
    flags.county = c.county !== null && e.counties.includes(c.county);
    flags.municipality = c.municipality !== null && e.municipalities.includes(c.municipality);
    flags.category = c.category !== null && e.categories.includes(c.category);
    flags.cpv = row.cpv;
    flags.reservable =
      e.total !== null &&
      e.total > 0 &&
      e.targetGroup !== null &&
      e.targetGroup >= RESERVED_SHARE_RULE.minShare * e.total &&
      e.reportedOn !== null &&
      e.reportedOn >= since;
    flags.certified = e.certifiedUntil !== null && e.certifiedUntil >= s.today;
    flags.hasTrainingPlaces = e.trainingFree !== null && e.trainingFree > 0;
    // How many active filters this row fails, and which one if only one: a facet counts the rows
    // that meet every other filter, so a row failing just its own filter still counts there.
    let failed = 0;
    let failedFilter: Filter | null = null;
    for (const f of active) {
      if (!flags[f]) {
        failed++;
        failedFilter = f;
      }
    }
    if (failed > 1) continue;
    const meetsAllBut = (f: Filter) => failed === 0 || failedFilter === f;
    if (meetsAllBut('county')) for (const v of e.counties) add(counts.county, v);
    if (meetsAllBut('category')) for (const v of e.categories) add(counts.category, v);
    if (c.county && meetsAllBut('municipality')) {
      for (const v of e.municipalities) if (v.startsWith(c.county)) add(counts.municipality, v);
    }
    for (const f of ['reservable', 'certified', 'hasTrainingPlaces'] as const) {
      if (flags[f] && meetsAllBut(f)) booleans[f]++;
    }
  }
  const rows: FacetRow[] = [];
  for (const facet of ['county', 'category', 'municipality'] as const) {
    for (const [value, n] of counts[facet]) rows.push({ facet, value, n });
  }
  for (const f of ['reservable', 'certified', 'hasTrainingPlaces'] as const)
    rows.push({ facet: f, value: '1', n: booleans[f] });
  return rows;
}
