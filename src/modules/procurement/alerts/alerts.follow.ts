import { categoryBySlug } from '../../../platform/reference/categories.js';
import { municipalitiesInCounty } from '../../../platform/reference/geo.js';
import { countiesOf } from '../opportunity/opportunity.format.js';
import type { Supplier } from '../../register/index.js';
import { byScore, matchLot, type LotMatch } from '../matching/match.score.js';
import type { Lot, Opportunity, OpportunityKind } from '../opportunity/opportunity.types.js';
import type { AlertRow } from './alerts.repository.js';

/** What an enterprise follows and how often (issue 11 §2). Without a row: its profile, daily. */
export interface AlertSettings {
  frequency: 'daily' | 'weekly' | 'off';
  follow: 'profile' | 'chosen';
  cpv: string[];
  categories: string[];
  countyCodes: string[];
  municipalityCodes: string[];
  words: string;
  /** Empty: all four. */
  kinds: OpportunityKind[];
}

export const DEFAULT_ALERT: AlertSettings = {
  frequency: 'daily',
  follow: 'profile',
  cpv: [],
  categories: [],
  countyCodes: [],
  municipalityCodes: [],
  words: '',
  kinds: [],
};

export function settingsOf(row: AlertRow | undefined): AlertSettings {
  if (!row) return DEFAULT_ALERT;
  return {
    frequency: row.frequency as AlertSettings['frequency'],
    follow: row.follow as AlertSettings['follow'],
    cpv: row.cpv,
    categories: row.categories,
    countyCodes: row.county_codes,
    municipalityCodes: row.municipality_codes,
    words: row.words,
    kinds: row.kinds as OpportunityKind[],
  };
}

/**
 * The enterprise as its alert sees it: its profile, or with the codes and places it chose in
 * place of the profile's (an empty choice keeps the profile's). Its figures, certificate and
 * freshness are its own either way.
 */
export function followedAs(supplier: Supplier, s: AlertSettings): Supplier {
  if (s.follow === 'profile') return supplier;
  const codes = [...s.cpv, ...s.categories.flatMap((slug) => categoryBySlug(slug)?.cpv ?? [])];
  const places = s.countyCodes.length > 0 || s.municipalityCodes.length > 0;
  const municipalities = new Set(s.municipalityCodes);
  for (const c of s.countyCodes) for (const m of municipalitiesInCounty(c)) municipalities.add(m.code);
  return {
    ...supplier,
    cpvCodes: codes.length > 0 ? [...new Set(codes)] : supplier.cpvCodes,
    deliversInCounties: places ? countiesOf(s) : supplier.deliversInCounties,
    deliversInMunicipalities: places ? [...municipalities] : supplier.deliversInMunicipalities,
  };
}

/** The chosen kinds and words: an opportunity of another kind, or without any of the words, is not told. */
export function passesFilters(o: Opportunity, s: AlertSettings): boolean {
  if (s.follow !== 'chosen') return true;
  if (s.kinds.length > 0 && !s.kinds.includes(o.kind)) return false;
  const words = s.words
    .toLocaleLowerCase('sv')
    .split(/[\s,]+/)
    .filter(Boolean);
  if (words.length === 0) return true;
  const text = [o.title, o.description, ...o.lots.flatMap((l) => [l.title, l.description])]
    .join(' ')
    .toLocaleLowerCase('sv');
  return words.some((w) => text.includes(w));
}

/** The lot of `o` the enterprise fits best, or null. */
export function bestLot(o: Opportunity, supplier: Supplier, today: string): { lot: Lot; match: LotMatch } | null {
  const found = o.lots.flatMap((lot) => {
    const match = matchLot(lot, supplier, today);
    return match ? [{ lot, match }] : [];
  });
  return found.sort((a, b) => byScore(a.match, b.match))[0] ?? null;
}
