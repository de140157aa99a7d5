import { currentLanguage } from '../../../platform/i18n/language.js';

/**
 * The fixed lists an agreement and the capacity board speak in: who the places are for, and how
 * the workplace adapts. Codes are stable (addresses, the API and stored rows use them); the labels
 * are what people read. A short list on purpose, so the board's filters find something: a new
 * entry is a line here.
 */
export interface Choice {
  code: string;
  sv: string;
  en: string;
}

export const TARGET_GROUPS = [
  { code: 'funktionsnedsattning', sv: 'Personer med funktionsnedsättning', en: 'People with disabilities' },
  { code: 'psykisk-ohalsa', sv: 'Personer med psykisk ohälsa', en: 'People with mental ill-health' },
  { code: 'langtidsarbetslosa', sv: 'Långtidsarbetslösa', en: 'Long-term unemployed' },
  { code: 'nyanlanda', sv: 'Nyanlända', en: 'Newly arrived' },
  { code: 'unga', sv: 'Unga som varken arbetar eller studerar', en: 'Young people not in work or education' },
  { code: 'missbruk', sv: 'Personer i missbruksrehabilitering', en: 'People in addiction recovery' },
  { code: 'kriminalvard', sv: 'Personer som avtjänat straff', en: 'People who have served a sentence' },
  { code: 'sjukskrivna', sv: 'Personer med långvarig sjukskrivning', en: 'People on long-term sick leave' },
] as const satisfies readonly Choice[];

export const ADAPTATIONS = [
  { code: 'anpassade-arbetstider', sv: 'Anpassade arbetstider', en: 'Adapted working hours' },
  { code: 'fysisk-tillganglighet', sv: 'Fysisk tillgänglighet', en: 'Physical accessibility' },
  { code: 'annat-sprak', sv: 'Stöd på annat språk än svenska', en: 'Support in a language other than Swedish' },
  { code: 'lugn-miljo', sv: 'Lugn arbetsmiljö', en: 'Quiet workplace' },
  { code: 'tat-handledning', sv: 'Handledare nära hela dagen', en: 'A supervisor close by all day' },
] as const satisfies readonly Choice[];

export type TargetGroupCode = (typeof TARGET_GROUPS)[number]['code'];
export type AdaptationCode = (typeof ADAPTATIONS)[number]['code'];

export const isTargetGroup = (code: string): code is TargetGroupCode => TARGET_GROUPS.some((c) => c.code === code);
export const isAdaptation = (code: string): code is AdaptationCode => ADAPTATIONS.some((c) => c.code === code);

/** A choice's label in the language of the request being answered (Swedish outside one). */
export function choiceLabel(list: readonly Choice[], code: string): string {
  const found = list.find((c) => c.code === code);
  if (!found) return code;
  return currentLanguage() === 'en' ? found.en : found.sv;
}

/** The list as options in the page's language. */
export function choiceOptions(list: readonly Choice[]): { value: string; label: string }[] {
  return list.map((c) => ({ value: c.code, label: choiceLabel(list, c.code) }));
}
