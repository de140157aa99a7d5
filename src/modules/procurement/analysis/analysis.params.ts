import type { FieldError } from '../../../platform/http/errors.js';
import { normaliseCpv } from '../../../platform/reference/cpv.js';
import { shippedCpvByCode } from '../../../platform/reference/cpv.vocabulary.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import { analysisText } from './analysis.text.js';

export const ANALYSIS_PATH = '/upphandlingar/marknadsanalys';
const MAX_CODES = 20;

/** The form's fields as the address carries them (a GET form: the analysis can be linked and bookmarked). */
export interface AnalysisForm {
  /** As typed, for the form. */
  cpvText: string;
  codes: string[];
  words: string;
  countyCode: string | null;
  municipalityCode: string | null;
  /** The user asked for the analysis (the submit button), not only for codes. */
  wantsAnalysis: boolean;
  errors: FieldError[];
}

const text = (v: unknown) => (Array.isArray(v) ? v.join(', ') : typeof v === 'string' ? v : '').slice(0, 400).trim();

export function readAnalysisForm(query: Record<string, unknown>): AnalysisForm {
  const t = analysisText.errors;
  const errors: FieldError[] = [];
  const cpvText = text(query.cpv);
  const codes: string[] = [];
  for (const token of cpvText.split(/[\s,;]+/).filter(Boolean)) {
    const code = normaliseCpv(token);
    if (!code) errors.push({ field: 'cpv', message: t.cpvFormat(token) });
    else if (!shippedCpvByCode(code)) errors.push({ field: 'cpv', message: t.cpvUnknown(code) });
    else if (!codes.includes(code)) codes.push(code);
  }
  if (codes.length > MAX_CODES) errors.push({ field: 'cpv', message: t.cpvTooMany(MAX_CODES) });

  const county = text(query.lan);
  const municipality = text(query.kommun);
  const countyCode = county && countyByCode(county) ? county : null;
  if (county && !countyCode) errors.push({ field: 'lan', message: t.countyUnknown });
  const m = municipality ? municipalityByCode(municipality) : undefined;
  if (municipality && !m) errors.push({ field: 'kommun', message: t.municipalityUnknown });
  if (m && countyCode && m.countyCode !== countyCode) {
    errors.push({ field: 'kommun', message: t.municipalityOutside(m.name, countyByCode(countyCode)!.name) });
  }

  // Enter in a field presses the form's first button, "Hitta koder": with no words to look up,
  // that is a request for the analysis too.
  const wantsAnalysis = query.analys !== undefined || (query.hitta !== undefined && text(query.ord) === '');
  if (wantsAnalysis) {
    if (cpvText === '') errors.push({ field: 'cpv', message: t.cpvMissing });
    if (!countyCode && !m) errors.push({ field: 'lan', message: t.placeMissing });
  }
  return {
    cpvText,
    codes,
    words: text(query.ord).slice(0, 100),
    countyCode: countyCode ?? m?.countyCode ?? null,
    municipalityCode: m?.code ?? null,
    wantsAnalysis,
    // One message per field is enough: the first names what to fix first.
    errors: errors.filter((e, i) => errors.findIndex((o) => o.field === e.field) === i),
  };
}

/** The address of the form with `changes` (adding a code keeps everything else). */
export function analysisAddress(
  form: AnalysisForm,
  changes: { cpv?: string[]; analys?: boolean },
  suffix = '',
): string {
  const q = new URLSearchParams();
  const codes = changes.cpv ?? form.codes;
  if (codes.length > 0) q.set('cpv', codes.join(', '));
  if (form.countyCode) q.set('lan', form.countyCode);
  if (form.municipalityCode) q.set('kommun', form.municipalityCode);
  if (form.words && !changes.analys) q.set('ord', form.words);
  if (changes.analys) q.set('analys', '1');
  const s = q.toString();
  return `${ANALYSIS_PATH}${suffix}${s ? `?${s}` : ''}`;
}

/**
 * The analysis of a lot's codes where it is to be done (issue 10 §3, "also from a draft lot"): a
 * single kommun as itself, else the first län it touches (the analysis takes one place).
 */
export function analysisPathForLot(lot: {
  mainCpv: string | null;
  additionalCpv: readonly string[];
  countyCodes: readonly string[];
  municipalityCodes: readonly string[];
}): string | null {
  const codes = [lot.mainCpv, ...lot.additionalCpv].filter((c): c is string => c !== null).slice(0, MAX_CODES);
  const single = lot.countyCodes.length === 0 && lot.municipalityCodes.length === 1 ? lot.municipalityCodes[0]! : null;
  const county =
    lot.countyCodes[0] ?? (lot.municipalityCodes[0] ? municipalityByCode(lot.municipalityCodes[0])?.countyCode : null);
  if (codes.length === 0 || !county) return null;
  const q = new URLSearchParams({ cpv: codes.join(', '), lan: county });
  if (single) q.set('kommun', single);
  q.set('analys', '1');
  return `${ANALYSIS_PATH}?${q.toString()}`;
}
