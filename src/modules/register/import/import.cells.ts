import {
  findCategoriesByName,
  SERVICE_CATEGORIES,
  type ServiceCategory,
} from '../../../platform/reference/categories.js';
import { normaliseCpv } from '../../../platform/reference/cpv.js';
import { lookupKey, resolveMunicipality, similarMunicipalityNames } from '../../../platform/reference/geo.js';
import { readPlaces } from '../../../platform/reference/places.js';
import { LEGAL_FORMS, type LegalForm, type OperatingArea } from '../enterprise/enterprise.types.js';
import { foldHeader } from './import.columns.js';
import { isIsoDate } from '../../../platform/calendar.js';
import { currentLanguage, type Language } from '../../../platform/i18n/language.js';
import { formatList } from '../../../platform/i18n/format.js';
import { importText } from './import.text.js';

/**
 * Reading cell values. Each reader returns the value or a message (in the language of the page,
 * import.sv.ts) that names what was wrong and shows a right example, since the reader of the
 * message is fixing a spreadsheet.
 */
const problemText = importText.problems;

export type Cell<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Cell<T> => ({ ok: true, value });

/**
 * Name lookups cost far more than the cells they read, and a file repeats the same few hundred
 * kommun and service names thousands of times, so answers are remembered (copied out, so a
 * caller that changes its value cannot change the next row's).
 */
function memoised<T>(read: (text: string) => Cell<T>, copy: (value: T) => T): (text: string) => Cell<T> {
  // One cache per language: a failure is a message in the language of the page that asked.
  const caches = new Map<Language, Map<string, Cell<T>>>();
  return (text) => {
    const language = currentLanguage();
    let cache = caches.get(language);
    if (!cache) caches.set(language, (cache = new Map()));
    let hit = cache.get(text);
    if (!hit) {
      hit = read(text);
      if (cache.size > 20000) cache.clear();
      cache.set(text, hit);
    }
    return hit.ok ? { ok: true, value: copy(hit.value) } : hit;
  };
}
const fail = <T>(message: string): Cell<T> => ({ ok: false, message });

/** Undoes the apostrophe export puts before cells that look like formulas. */
export function cleanCell(text: string): string {
  const t = text.replace(/\u00a0/g, ' ').trim();
  return /^'[=+\-@]/.test(t) ? t.slice(1) : t;
}

/** A list in one cell, for free text: only `;` and line breaks separate, as names may hold commas. */
export function splitText(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A list of codes or names: `;`, `,` and line breaks all separate. */
export function splitCodes(text: string): string[] {
  return text
    .split(/[;,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Words that make a number a guess ('ca 20', 'drygt 20', '20+', '15–20'): refused, since the
 * register shows the figure as a fact and computes the target-group share from it.
 */
const APPROXIMATE =
  /^(ca\.?|c:a|cirka|ungefär|ung\.?|runt|omkring|drygt|knappt|nästan|minst|max\.?|högst|över|under|fler än|färre än|mer än|mindre än)\s*\d|^[~≈<>]|\d\s*\+$|\d\s*(-|–|—|till)\s*\d/i;
/** Units people write after a count: '22 st', '3 pers.', '4 personer'. */
const UNIT = /(st\.?|stycken|styck|pers\.?|personer|platser)$/i;

export function readInt(text: string): Cell<number | null> {
  if (text === '') return ok(null);
  if (APPROXIMATE.test(text)) {
    const example = /\d[\d\s]*/.exec(text)?.[0].replace(/\s/g, '') ?? '12';
    return fail(problemText.approximate(text, example));
  }
  // '1 200' (thousands with a space), '22 st' and '12,0' (Excel's decimal comma) are whole numbers.
  const t = text
    .replace(/\s/g, '')
    .replace(UNIT, '')
    .replace(/[,.]0+$/, '');
  if (!/^-?\d+$/.test(t)) return fail(problemText.notInteger(text));
  return ok(Number(t));
}

/** 'ÅÅÅÅ-MM-DD', also '2026-3-1', '20260301' and Excel's '2026-03-01 00:00:00'. */
export const readDate = memoised(readDateUncached, (d) => d);

function readDateUncached(text: string): Cell<string | null> {
  if (text === '') return ok(null);
  const m = /^(\d{4})-?(\d{1,2})-?(\d{1,2})(?:[ T]00:00(?::00)?)?$/.exec(text);
  if (!m) return fail(problemText.notDate(text));
  // Lenient about how it is written, as strict as every other date about whether it exists.
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  if (!isIsoDate(date)) return fail(problemText.noSuchDate(text));
  return ok(date);
}

const LEGAL_FORM_WORDS = new Map<string, LegalForm>();
for (const [key, label] of Object.entries(LEGAL_FORMS) as [LegalForm, string][]) {
  LEGAL_FORM_WORDS.set(foldHeader(key), key);
  LEGAL_FORM_WORDS.set(foldHeader(label), key);
}
for (const [word, key] of [
  ['ek för', 'ekonomisk_forening'],
  ['ekonomisk', 'ekonomisk_forening'],
  ['kooperativ', 'ekonomisk_forening'],
  ['ideell', 'ideell_forening'],
  ['AB', 'aktiebolag'],
  ['AB svb', 'aktiebolag_svb'],
  ['AB (svb)', 'aktiebolag_svb'],
  ['svb', 'aktiebolag_svb'],
  ['Aktiebolag svb', 'aktiebolag_svb'],
  ['Aktiebolag (svb)', 'aktiebolag_svb'],
  ['Aktiebolag med särskild vinstutdelningsbegränsning', 'aktiebolag_svb'],
  ['Annan', 'annan'],
  ['Övrig', 'annan'],
  ['Economic association', 'ekonomisk_forening'],
  ['Cooperative', 'ekonomisk_forening'],
  ['Non-profit association', 'ideell_forening'],
  ['Limited company', 'aktiebolag'],
  ['Foundation', 'stiftelse'],
  ['Other', 'annan'],
] as [string, LegalForm][]) {
  LEGAL_FORM_WORDS.set(foldHeader(word), key);
}

export const readLegalForm = memoised(readLegalFormUncached, (f) => f);

function readLegalFormUncached(text: string): Cell<LegalForm | null> {
  if (text === '') return ok(null);
  const key = LEGAL_FORM_WORDS.get(foldHeader(text));
  return key ? ok(key) : fail(problemText.unknownLegalForm(text));
}

export const readMunicipality = memoised(readMunicipalityUncached, (code) => code);

function readMunicipalityUncached(text: string): Cell<string | null> {
  if (text === '') return ok(null);
  const m = resolveMunicipality(text);
  if (m) return ok(m.code);
  return fail(problemText.unknownMunicipality(text, eitherOf(similarMunicipalityNames(text))));
}

/** 'Borlänge eller Falun', or null when nothing is near. */
function eitherOf(names: readonly string[]): string | null {
  return names.length > 0 ? formatList(names, 'or') : null;
}

/** Kommuner or whole län; a kommun wins when a word could be both ('Gotland'), unless it says 'län'. */
export const readAreas = memoised(readAreasUncached, (areas) => areas.map((a) => ({ ...a })));

function readAreasUncached(text: string): Cell<OperatingArea[]> {
  const { places, unknown } = readPlaces(text);
  if (unknown.length > 0) {
    const named = unknown.map((u) => problemText.unknownArea(u.written, eitherOf(u.similar)));
    return fail(problemText.unknownAreas(named.join(', ')));
  }
  return ok(places);
}

/** A category named by slug, name or synonym; a word that names several is an error, not a guess. */
function findCategory(word: string): ServiceCategory | 'ambiguous' | undefined {
  let found = findCategoriesByName(word);
  // People write half a name ('Städning' for 'Städning och lokalvård'): match a part of one.
  if (found.length === 0) {
    const key = lookupKey(word);
    found = SERVICE_CATEGORIES.filter((c) => c.name.split(/,| och /).some((part) => lookupKey(part) === key));
  }
  if (found.length <= 1) return found[0];
  const key = lookupKey(word);
  return found.find((c) => lookupKey(c.name) === key || c.slug === key || lookupKey(c.nameEn) === key) ?? 'ambiguous';
}

export const readCategories = memoised(readCategoriesUncached, (slugs) => [...slugs]);

function readCategoriesUncached(text: string): Cell<string[]> {
  const slugs: string[] = [];
  const problems: string[] = [];
  for (const part of splitText(text)) {
    // Names may hold commas ('Återbruk, second hand och reparation'): try the longest run first.
    const pieces = part.split(',').map((s) => s.trim());
    for (let i = 0; i < pieces.length;) {
      let j = pieces.length;
      let hit: ServiceCategory | 'ambiguous' | undefined;
      for (; j > i; j--) if ((hit = findCategory(pieces.slice(i, j).join(', ')))) break;
      const word = pieces.slice(i, Math.max(j, i + 1)).join(', ');
      if (hit === 'ambiguous') problems.push(problemText.ambiguousCategory(word));
      else if (hit) slugs.push(hit.slug);
      else if (word !== '') problems.push(problemText.unknownCategory(word));
      i = Math.max(j, i + 1);
    }
  }
  if (problems.length > 0) {
    const list = SERVICE_CATEGORIES.slice(0, 4)
      .map((c) => c.name)
      .join(', ');
    return fail(problemText.categories(capitalise(problems.join('; ')), list));
  }
  return ok([...new Set(slugs)]);
}

export function readCpvCodes(text: string): Cell<string[]> {
  const codes: string[] = [];
  const bad: string[] = [];
  for (const token of splitCodes(text)) {
    const code = normaliseCpv(token);
    if (code) codes.push(code);
    else bad.push(token);
  }
  if (bad.length > 0) return fail(problemText.notCpv(bad.map((b) => `"${b}"`).join(', ')));
  return ok([...new Set(codes)]);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
