import type { LegalForm } from '../enterprise/enterprise.types.js';

export const SORTS = ['relevance', 'name', 'newest', 'trainingPlaces'] as const;
export type Sort = (typeof SORTS)[number];

/** A directory search, whichever surface (page, API, export) it came from. */
export interface SearchCriteria {
  q: string;
  county: string | null;
  municipality: string | null;
  category: string | null;
  cpv: string | null;
  reservable: boolean;
  certified: boolean;
  hasTrainingPlaces: boolean;
  sort: Sort;
  page: number;
  pageSize: number;
}

export const DEFAULT_CRITERIA: SearchCriteria = {
  q: '',
  county: null,
  municipality: null,
  category: null,
  cpv: null,
  reservable: false,
  certified: false,
  hasTrainingPlaces: false,
  sort: 'relevance',
  page: 1,
  pageSize: 20,
};

export interface EnterpriseSummary {
  orgnr: string;
  name: string;
  legalForm: LegalForm;
  city: string | null;
  municipalityCode: string | null;
  countyCode: string | null;
  areaCounties: string[];
  categories: string[];
  excerpt: string;
  employeesTotal: number | null;
  targetGroupShare: number | null;
  reservable: boolean;
  certified: boolean;
  trainingPlacesFree: number | null;
  verifiedAt: Date | null;
  status: string;
  isDemo: boolean;
  /** Why the hit matched the query's words (empty without words); see search.explain.ts. */
  matched: MatchReason[];
}

/** One reason a hit matched, for the sentence under it on the page. */
export type MatchReason =
  | { kind: 'name'; words: string[] }
  | { kind: 'category'; slug: string }
  | { kind: 'synonym'; slug: string; synonym: string }
  | { kind: 'cpv'; code: string }
  | { kind: 'place'; place: string }
  | { kind: 'text'; words: string[] }
  | { kind: 'orgnr' };

export interface FacetValue {
  value: string;
  count: number;
}

export interface Facets {
  county: FacetValue[];
  /** Only when a county is chosen: 290 kommuner at once help nobody. */
  municipality: FacetValue[];
  category: FacetValue[];
  reservable: number;
  certified: number;
  hasTrainingPlaces: number;
}

export interface SearchResult {
  items: EnterpriseSummary[];
  total: number;
  page: number;
  pageSize: number;
  facets: Facets;
  /** The words the query was widened to (typo corrections), to say so on the page. */
  corrections: { from: string; to: string[] }[];
  /** Services the query's words name, offered as the filter they probably meant. */
  suggestions: CategorySuggestion[];
}

/**
 * "Menar du tjänsten Städning och lokalvård? 0 i Dalarnas län — 14 i grannlänen": the service
 * as a filter instead of words, counted under the other filters in use, and where else it is.
 */
export interface CategorySuggestion {
  slug: string;
  /** In the chosen kommun or län, or the whole country when none is chosen. */
  count: number;
  /** With a län chosen: how many in its neighbouring län (the whole country for Gotland). */
  elsewhere: {
    where: 'neighbours' | 'country';
    count: number;
    /** With none in the chosen place: the neighbouring län that have any, each with its count, as links. */
    counties?: { code: string; count: number }[];
  } | null;
}
