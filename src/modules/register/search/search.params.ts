import { categoryBySlug } from '../../../platform/reference/categories.js';
import { isCpvCode, normaliseCpv } from '../../../platform/reference/cpv.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import type { FieldError } from '../../../platform/http/errors.js';
import { firstParam, readFlag, readInt, type RawQuery } from '../../../platform/http/query.js';
import { DEFAULT_CRITERIA, SORTS, type SearchCriteria, type Sort } from './search.types.js';
import { platformText } from '../../../platform/i18n/platform.text.js';
import { registerText } from '../register.text.js';

const api = platformText.api;
const t = registerText.searchParams;

/**
 * The directory's query parameters, in Swedish on the pages and in English in the API
 * (DESIGN §8), read into one SearchCriteria. A bad value never fails the whole search: it is
 * reported as a FieldError under the name the client used, and the filter is left out.
 */
export interface ParamNames {
  q: string;
  county: string;
  municipality: string;
  category: string;
  cpv: string;
  reservable: string;
  certified: string;
  hasTrainingPlaces: string;
  sort: string;
  page: string;
  pageSize: string;
}

export const PAGE_PARAMS: ParamNames = {
  q: 'q',
  county: 'lan',
  municipality: 'kommun',
  category: 'kategori',
  cpv: 'cpv',
  reservable: 'reserverbar',
  certified: 'certifierad',
  hasTrainingPlaces: 'arbetstraning',
  sort: 'sortering',
  page: 'sida',
  pageSize: 'antal',
};

export const API_PARAMS: ParamNames = {
  q: 'q',
  county: 'county',
  municipality: 'municipality',
  category: 'category',
  cpv: 'cpv',
  reservable: 'reservable',
  certified: 'certified',
  hasTrainingPlaces: 'hasTrainingPlaces',
  sort: 'sort',
  page: 'page',
  pageSize: 'pageSize',
};

/** Sort names on the Swedish pages. */
export const PAGE_SORTS: Record<Sort, string> = {
  relevance: 'relevans',
  name: 'namn',
  newest: 'senast-verifierade',
  trainingPlaces: 'lediga-platser',
};

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE_SIZE = 100;
export const MAX_PAGE = 10000;

type Raw = RawQuery;
const first = firstParam;

export function readSearchParams(
  raw: Raw,
  names: ParamNames,
  sortNames: Record<Sort, string> = {
    relevance: 'relevance',
    name: 'name',
    newest: 'newest',
    trainingPlaces: 'trainingPlaces',
  },
): { criteria: SearchCriteria; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const c: SearchCriteria = { ...DEFAULT_CRITERIA };
  const bad = (key: keyof ParamNames, message: string) => errors.push({ field: names[key], message });

  // Control characters (NUL above all) can never be part of a real search and PostgreSQL
  // refuses them in text; they go before anything else sees the query.
  const q = (first(raw, names.q) ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  if (q.length > MAX_QUERY_LENGTH) bad('q', api.queryTooLong(MAX_QUERY_LENGTH));
  else c.q = q;

  const county = first(raw, names.county);
  if (county) {
    if (countyByCode(county)) c.county = county;
    else bad('county', api.unknownCounty);
  }
  const municipality = first(raw, names.municipality);
  if (municipality) {
    const m = municipalityByCode(municipality);
    if (!m) bad('municipality', t.unknownMunicipality);
    else if (c.county && m.countyCode !== c.county) bad('municipality', t.municipalityNotInCounty(m.shortName));
    else c.municipality = municipality;
  }
  const category = first(raw, names.category);
  if (category) {
    if (categoryBySlug(category)) c.category = category;
    else bad('category', t.unknownCategory);
  }
  const cpv = first(raw, names.cpv);
  if (cpv) {
    if (isCpvCode(cpv)) c.cpv = normaliseCpv(cpv) ?? cpv;
    else bad('cpv', api.cpvCode);
  }

  for (const key of ['reservable', 'certified', 'hasTrainingPlaces'] as const) {
    const v = first(raw, names[key]);
    if (v === undefined) continue;
    const flag = readFlag(v);
    if (flag === 'bad') bad(key, t.yesOrNothing);
    else if (flag) c[key] = true;
  }

  const sort = first(raw, names.sort);
  if (sort) {
    const found = SORTS.find((s) => sortNames[s] === sort);
    if (found) c.sort = found;
    else bad('sort', t.unknownSort(SORTS.map((s) => sortNames[s]).join(', ')));
  }

  const page = readInt(first(raw, names.page), 1, MAX_PAGE);
  if (page === 'bad') bad('page', api.pageNumber(MAX_PAGE));
  else if (page !== undefined) c.page = page;
  const pageSize = readInt(first(raw, names.pageSize), 1, MAX_PAGE_SIZE);
  if (pageSize === 'bad') bad('pageSize', api.pageSize(MAX_PAGE_SIZE));
  else if (pageSize !== undefined) c.pageSize = pageSize;

  return { criteria: c, errors };
}

/** The query string for a criteria set, for links that keep the user's choices. */
export function toQueryString(c: SearchCriteria, names: ParamNames, sortNames: Record<Sort, string>): string {
  const p = new URLSearchParams();
  if (c.q) p.set(names.q, c.q);
  if (c.county) p.set(names.county, c.county);
  if (c.municipality) p.set(names.municipality, c.municipality);
  if (c.category) p.set(names.category, c.category);
  if (c.cpv) p.set(names.cpv, c.cpv);
  if (c.reservable) p.set(names.reservable, '1');
  if (c.certified) p.set(names.certified, '1');
  if (c.hasTrainingPlaces) p.set(names.hasTrainingPlaces, '1');
  if (c.sort !== DEFAULT_CRITERIA.sort) p.set(names.sort, sortNames[c.sort]);
  if (c.page !== 1) p.set(names.page, String(c.page));
  if (c.pageSize !== DEFAULT_CRITERIA.pageSize) p.set(names.pageSize, String(c.pageSize));
  const s = p.toString();
  return s ? `?${s}` : '';
}
