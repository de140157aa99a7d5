import type { FieldError } from '../../../platform/http/errors.js';
import { firstParam, readInt, type RawQuery } from '../../../platform/http/query.js';
import { platformText } from '../../../platform/i18n/platform.text.js';
import { isMunicipalityCode } from '../../../platform/reference/geo.js';
import { isAdaptation, isTargetGroup } from '../agreement/agreement.choices.js';
import type { BoardFilter } from './capacity.service.js';

/** The board's parameters by their names on the page (Swedish) and in the API (English). */
const NAMES = {
  page: { municipality: 'kommun', targetGroup: 'malgrupp', adaptation: 'anpassning', page: 'sida', pageSize: '' },
  api: {
    municipality: 'municipality',
    targetGroup: 'targetGroup',
    adaptation: 'adaptation',
    page: 'page',
    pageSize: 'pageSize',
  },
} as const;

export const PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface BoardQuery extends BoardFilter {
  page: number;
  pageSize: number;
}

/**
 * The filter as asked for, with each bad value named under the parameter the client used (and
 * left out of the filter). `message` is the one sentence a bad value gets.
 */
export function readBoardQuery(
  raw: RawQuery,
  style: keyof typeof NAMES,
  message: string,
): { query: BoardQuery; errors: FieldError[] } {
  const names = NAMES[style];
  const errors: FieldError[] = [];
  const code = <T extends string>(name: string, known: (v: string) => v is T): T | undefined => {
    const v = firstParam(raw, name);
    if (v === undefined || v === '') return undefined;
    if (known(v)) return v;
    errors.push({ field: name, message });
    return undefined;
  };
  const int = (name: string, max: number, fallback: number): number => {
    if (name === '') return fallback;
    const v = readInt(firstParam(raw, name), 1, max);
    const api = platformText.api;
    if (v === 'bad')
      errors.push({ field: name, message: name === names.page ? api.pageNumber(max) : api.pageSize(max) });
    return typeof v === 'number' ? v : fallback;
  };
  const query: BoardQuery = {
    municipalityCode: code(names.municipality, (v): v is string => isMunicipalityCode(v)),
    targetGroup: code(names.targetGroup, isTargetGroup),
    adaptation: code(names.adaptation, isAdaptation),
    page: int(names.page, 100_000, 1),
    pageSize: int(names.pageSize, MAX_PAGE_SIZE, PAGE_SIZE),
  };
  return { query, errors };
}

/** The page's address for a query (the filters, and the page when past the first). */
export function boardQueryString(q: BoardQuery, page = q.page): string {
  const params = new URLSearchParams();
  if (q.municipalityCode) params.set('kommun', q.municipalityCode);
  if (q.targetGroup) params.set('malgrupp', q.targetGroup);
  if (q.adaptation) params.set('anpassning', q.adaptation);
  if (page > 1) params.set('sida', String(page));
  const s = params.toString();
  return s ? `?${s}` : '';
}
