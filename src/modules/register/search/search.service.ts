import type { Kysely } from 'kysely';
import type { LegalForm } from '../enterprise/enterprise.types.js';
import { targetGroupShare } from '../enterprise/rules.js';
import { tokenize } from '../enterprise/search-columns.js';
import { swedishWordsForEnglish } from '../../../platform/reference/categories.js';
import {
  countMatches,
  countPublicEnterprises,
  nearestWords,
  selectFacets,
  selectMatchNames,
  selectPage,
  countMatchesInCounties,
  countMatchesPerCounty,
  type FacetRow,
  type SummaryRow,
  type WordMatch,
} from './search.repository.js';
import { suggestCategories, type FilterCounts } from './search.suggest.js';
import { explainMatch, type QueryWord } from './search.explain.js';
import type { Facets, SearchCriteria, SearchResult } from './search.types.js';
import type { RegisterDB } from '../db.js';

const MAX_TOKENS = 8;
const MIN_PREFIX_LENGTH = 3;

/**
 * How a Swedish query is understood:
 * - stemming: the Swedish snowball stemmer on both sides, so "städningar" meets "städning";
 * - prefixes: "fastighet" finds "fastighetsskötsel" (compounds are everywhere in Swedish);
 * - synonyms: each profile's text holds its categories' synonyms, so "lokalvård" finds cleaning;
 * - typos: a word that no profile contains is widened to the nearest words that do
 *   (trigram similarity), so "fastighetsskotsel" finds "fastighetsskötsel".
 */
export async function searchEnterprises(
  db: Kysely<RegisterDB>,
  criteria: SearchCriteria,
  today: string,
): Promise<SearchResult> {
  const orgnr = orgnrInQuery(criteria.q);
  const { tsquery, corrections, words } = orgnr
    ? { tsquery: null, corrections: [], words: [] }
    : await understandQuery((tokens) => nearestWords(db, tokens), criteria.q);
  const s = { criteria, tsquery, today, orgnr };
  const [rows, facetRows, suggestions] = await Promise.all([
    selectPage(db, s),
    selectFacets(db, s),
    suggestCategories(sqlCounts(db, today), criteria, words),
  ]);
  const total = rows[0]?.total ?? (criteria.page > 1 ? await countMatches(db, s) : 0);
  return {
    items: rows.map((r) => {
      const summary = toSummary(r);
      summary.matched = orgnr ? [{ kind: 'orgnr' }] : explainMatch({ ...summary, cpvCodes: r.cpv_codes }, words);
      return summary;
    }),
    total,
    page: criteria.page,
    pageSize: criteria.pageSize,
    facets: toFacets(facetRows),
    corrections,
    suggestions,
  };
}

/**
 * The enterprises a search finds (org.nr and name, by name, up to `limit`), read the way
 * searchEnterprises reads the query, without its page, counts or suggestions.
 */
export async function matchingEnterprises(
  db: Kysely<RegisterDB>,
  criteria: SearchCriteria,
  today: string,
  limit: number,
): Promise<{ orgnr: string; name: string }[]> {
  const orgnr = orgnrInQuery(criteria.q);
  const tsquery = orgnr ? null : (await understandQuery((tokens) => nearestWords(db, tokens), criteria.q)).tsquery;
  return selectMatchNames(db, { criteria, tsquery, today, orgnr }, limit);
}

/** Which known words each query word is (a prefix of), and the nearest known ones when none. */
export type WordLookup = (tokens: string[]) => Promise<WordMatch[]>;

export async function understandQuery(
  lookup: WordLookup,
  q: string,
): Promise<{ tsquery: string | null; corrections: SearchResult['corrections']; words: QueryWord[] }> {
  const tokens = [...new Set(tokenize(q))].slice(0, MAX_TOKENS).map((t) => t.slice(0, 60));
  if (tokens.length === 0) return { tsquery: null, corrections: [], words: [] };
  const matches = await lookup(tokens.filter((t) => t.length >= MIN_PREFIX_LENGTH));
  const byToken = new Map(matches.map((m) => [m.token, m]));
  const corrections: SearchResult['corrections'] = [];
  // Each word's alternatives: for an English word of a service's name ('cleaning'), the Swedish
  // name's words, which find the Swedish profiles; else, for a word no profile has, the nearest
  // words that some do (a typo, said as a correction).
  const words = tokens.map((token) => {
    const m = byToken.get(token);
    const swedish = m?.known ? [] : swedishWordsForEnglish(token);
    const alternatives = swedish.length > 0 ? swedish : m && !m.known ? m.near : [];
    return { token, alternatives, typo: swedish.length === 0 && alternatives.length > 0 };
  });
  const term = (w: string) => (w.length >= MIN_PREFIX_LENGTH ? `${w}:*` : w);
  const clauses = words.map(({ token, alternatives, typo }) => {
    if (alternatives.length === 0) return term(token);
    if (typo) corrections.push({ from: token, to: alternatives });
    return `(${[token, ...alternatives].map(term).join(' | ')})`;
  });
  // Tokens hold only letters and digits, so they cannot break the tsquery syntax.
  return {
    tsquery: clauses.join(' & '),
    corrections,
    words: words.map(({ token, alternatives }) => ({ token, alternatives })),
  };
}

/**
 * An organisation number typed in the search box, with or without hyphen, 10 digits or 12 (with
 * the 16 or century prefix): buyers copy it from their own systems. Null for anything else.
 */
export function orgnrInQuery(q: string): string | null {
  const digits = q.replace(/[\s\u00a0-]/g, '');
  const ten = /^\d{10}$/.test(digits) ? digits : /^(16|19|20)\d{10}$/.test(digits) ? digits.slice(2) : null;
  return ten ? `${ten.slice(0, 6)}-${ten.slice(6)}` : null;
}

export function toSummary(r: SummaryRow): SearchResult['items'][number] {
  return {
    orgnr: r.orgnr,
    name: r.name,
    legalForm: r.legal_form as LegalForm,
    city: r.city,
    municipalityCode: r.municipality_code,
    countyCode: r.county_code,
    areaCounties: r.area_counties,
    categories: r.category_slugs,
    excerpt: r.excerpt,
    employeesTotal: r.employees_total,
    targetGroupShare:
      r.employees_total !== null && r.employees_target_group !== null
        ? targetGroupShare({ total: r.employees_total, targetGroup: r.employees_target_group })
        : null,
    reservable: r.is_reservable,
    certified: r.is_certified,
    trainingPlacesFree: r.training_free,
    verifiedAt: r.verified_at,
    status: r.status,
    isDemo: r.is_demo,
    matched: [],
  };
}

export function toFacets(rows: FacetRow[]): Facets {
  const facets: Facets = {
    county: [],
    municipality: [],
    category: [],
    reservable: 0,
    certified: 0,
    hasTrainingPlaces: 0,
  };
  for (const r of rows) {
    if (r.facet === 'county' || r.facet === 'municipality' || r.facet === 'category') {
      facets[r.facet].push({ value: r.value, count: r.n });
    } else if (r.facet === 'reservable' || r.facet === 'certified' || r.facet === 'hasTrainingPlaces') {
      facets[r.facet] = r.n;
    }
  }
  for (const list of [facets.county, facets.municipality, facets.category])
    list.sort((a, b) => a.value.localeCompare(b.value));
  return facets;
}

export function countPublic(db: Kysely<RegisterDB>): Promise<number> {
  return countPublicEnterprises(db);
}

/** The category offer's counts from the database. */
function sqlCounts(db: Kysely<RegisterDB>, today: string): FilterCounts {
  const s = (criteria: SearchCriteria) => ({ criteria, tsquery: null, today });
  return {
    count: (criteria) => countMatches(db, s(criteria)),
    inCounties: (criteria, counties) => countMatchesInCounties(db, s(criteria), counties),
    perCounty: (criteria, counties) => countMatchesPerCounty(db, s(criteria), counties),
  };
}
