import type { FieldError } from '../../../platform/http/errors.js';
import { firstParam, readFlag, readInt } from '../../../platform/http/query.js';
import { platformText } from '../../../platform/i18n/platform.text.js';
import { isCpvCode, normaliseCpv } from '../../../platform/reference/cpv.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import { OPPORTUNITY_KINDS, type OpportunityKind } from '../opportunity/opportunity.types.js';
import { listingText } from './listing.text.js';

/**
 * The list's query parameters, Swedish on the pages and in the feed, English in the API
 * (DESIGN §8), read into one OpportunityQuery. A bad value never fails the whole list: it is
 * reported under the name the client used and the filter is left out.
 */
export const OPPORTUNITY_SORTS = ['deadline', 'newest'] as const;
export type OpportunitySort = (typeof OPPORTUNITY_SORTS)[number];

export interface OpportunityQuery {
  kind: OpportunityKind | null;
  /** Finds the code and every code under it. */
  cpv: string | null;
  county: string | null;
  municipality: string | null;
  reserved: boolean;
  closesWithinDays: number | null;
  /** The start of the buying organisation's name ('Falu' finds Falu kommun). */
  buyer: string | null;
  /** ISO 3166-1 alpha-2; null for every country. */
  country: string | null;
  sort: OpportunitySort;
  page: number;
  pageSize: number;
}

export const DEFAULT_OPPORTUNITY_QUERY: OpportunityQuery = {
  kind: null,
  cpv: null,
  county: null,
  municipality: null,
  reserved: false,
  closesWithinDays: null,
  buyer: null,
  country: null,
  sort: 'deadline',
  page: 1,
  pageSize: 20,
};

type Names = Record<Exclude<keyof OpportunityQuery, never>, string>;

export const OPPORTUNITY_PAGE_PARAMS: Names = {
  kind: 'typ',
  cpv: 'cpv',
  county: 'lan',
  municipality: 'kommun',
  reserved: 'reserverad',
  closesWithinDays: 'stanger_inom',
  buyer: 'kopare',
  country: 'land',
  sort: 'sortering',
  page: 'sida',
  pageSize: 'antal',
};

export const OPPORTUNITY_API_PARAMS: Names = {
  kind: 'kind',
  cpv: 'cpv',
  county: 'county',
  municipality: 'municipality',
  reserved: 'reserved',
  closesWithinDays: 'closesWithinDays',
  buyer: 'buyer',
  country: 'country',
  sort: 'sort',
  page: 'page',
  pageSize: 'pageSize',
};

/** Kind and sort names on the Swedish pages; the API uses the English ones. */
export const PAGE_KINDS: Record<OpportunityKind, string> = {
  planned: 'planerad',
  advertised: 'annonserad',
  direct: 'direkt',
  dialogue: 'dialog',
};
export const PAGE_SORTS: Record<OpportunitySort, string> = { deadline: 'sista-dag', newest: 'nyast' };
const IDENTITY_KINDS = Object.fromEntries(OPPORTUNITY_KINDS.map((k) => [k, k])) as Record<OpportunityKind, string>;
const IDENTITY_SORTS: Record<OpportunitySort, string> = { deadline: 'deadline', newest: 'newest' };

export interface ParamStyle {
  names: Names;
  kinds: Record<OpportunityKind, string>;
  sorts: Record<OpportunitySort, string>;
}
export const PAGE_STYLE: ParamStyle = { names: OPPORTUNITY_PAGE_PARAMS, kinds: PAGE_KINDS, sorts: PAGE_SORTS };
export const API_STYLE: ParamStyle = { names: OPPORTUNITY_API_PARAMS, kinds: IDENTITY_KINDS, sorts: IDENTITY_SORTS };

export const MAX_PAGE_SIZE = 100;
export const MAX_PAGE = 10000;
/** Control characters (NUL above all) are never part of a value and PostgreSQL refuses them in text. */
const first = (raw: Record<string, unknown>, name: string) =>
  firstParam(raw, name)
    ?.replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim();

export function readOpportunityQuery(
  raw: Record<string, unknown>,
  style: ParamStyle,
): { query: OpportunityQuery; errors: FieldError[] } {
  const t = listingText.params;
  const api = platformText.api;
  const { names } = style;
  const errors: FieldError[] = [];
  const q: OpportunityQuery = { ...DEFAULT_OPPORTUNITY_QUERY };
  const bad = (key: keyof Names, message: string) => errors.push({ field: names[key], message });

  const kind = first(raw, names.kind);
  if (kind) {
    const found = OPPORTUNITY_KINDS.find((k) => style.kinds[k] === kind);
    if (found) q.kind = found;
    else bad('kind', t.unknownKind(OPPORTUNITY_KINDS.map((k) => style.kinds[k]).join(', ')));
  }
  const cpv = first(raw, names.cpv);
  if (cpv) {
    if (isCpvCode(cpv)) q.cpv = normaliseCpv(cpv) ?? cpv;
    else bad('cpv', api.cpvCode);
  }
  const county = first(raw, names.county);
  if (county) {
    if (countyByCode(county)) q.county = county;
    else bad('county', api.unknownCounty);
  }
  const municipality = first(raw, names.municipality);
  if (municipality) {
    const m = municipalityByCode(municipality);
    if (!m) bad('municipality', t.unknownMunicipality);
    else if (q.county && m.countyCode !== q.county) bad('municipality', t.municipalityNotInCounty(m.shortName));
    else q.municipality = municipality;
  }
  const reserved = first(raw, names.reserved);
  if (reserved !== undefined) {
    const flag = readFlag(reserved);
    if (flag === 'bad') bad('reserved', t.yesOrNothing);
    else q.reserved = flag;
  }
  const days = readInt(first(raw, names.closesWithinDays), 1, 366);
  if (days === 'bad') bad('closesWithinDays', t.days);
  else if (days !== undefined) q.closesWithinDays = days;
  const buyer = first(raw, names.buyer);
  if (buyer) {
    if (buyer.length > 200) bad('buyer', api.queryTooLong(200));
    else q.buyer = buyer;
  }
  const country = first(raw, names.country);
  if (country) {
    if (/^[A-Za-z]{2}$/.test(country)) q.country = country.toUpperCase();
    else bad('country', t.country);
  }
  const sort = first(raw, names.sort);
  if (sort) {
    const found = OPPORTUNITY_SORTS.find((s) => style.sorts[s] === sort);
    if (found) q.sort = found;
    else bad('sort', t.unknownSort(OPPORTUNITY_SORTS.map((s) => style.sorts[s]).join(', ')));
  }
  const page = readInt(first(raw, names.page), 1, MAX_PAGE);
  if (page === 'bad') bad('page', api.pageNumber(MAX_PAGE));
  else if (page !== undefined) q.page = page;
  const pageSize = readInt(first(raw, names.pageSize), 1, MAX_PAGE_SIZE);
  if (pageSize === 'bad') bad('pageSize', api.pageSize(MAX_PAGE_SIZE));
  else if (pageSize !== undefined) q.pageSize = pageSize;
  return { query: q, errors };
}

/** The query string of a query (`?typ=annonserad&lan=20`), for links that keep the reader's choices. */
export function opportunityQueryString(
  q: OpportunityQuery,
  style: ParamStyle,
  options: { paging?: boolean } = {},
): string {
  const { names } = style;
  const p = new URLSearchParams();
  if (q.kind) p.set(names.kind, style.kinds[q.kind]);
  if (q.cpv) p.set(names.cpv, q.cpv);
  if (q.county) p.set(names.county, q.county);
  if (q.municipality) p.set(names.municipality, q.municipality);
  if (q.reserved) p.set(names.reserved, '1');
  if (q.closesWithinDays !== null) p.set(names.closesWithinDays, String(q.closesWithinDays));
  if (q.buyer) p.set(names.buyer, q.buyer);
  if (q.country) p.set(names.country, q.country);
  if (q.sort !== DEFAULT_OPPORTUNITY_QUERY.sort) p.set(names.sort, style.sorts[q.sort]);
  if (options.paging !== false) {
    if (q.page !== 1) p.set(names.page, String(q.page));
    if (q.pageSize !== DEFAULT_OPPORTUNITY_QUERY.pageSize) p.set(names.pageSize, String(q.pageSize));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}
