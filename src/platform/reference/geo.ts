import { COUNTIES, MUNICIPALITIES } from './geo.data.js';

export { COUNTIES, MUNICIPALITIES };

/** A Swedish county (län), coded as by SCB. */
export interface County {
  /** Two-digit län code, e.g. '01'. */
  code: string;
  /** e.g. 'Stockholms län'. */
  name: string;
  /** e.g. 'Stockholm'. */
  shortName: string;
  /** NUTS 3 code, e.g. 'SE110'; län and NUTS 3 regions coincide in Sweden. */
  nuts3: string;
}

/** A Swedish municipality (kommun), coded as by SCB. */
export interface Municipality {
  /** Four-digit kommun code, e.g. '0114'; the first two digits are the län code. */
  code: string;
  /** e.g. 'Upplands Väsby kommun'. */
  name: string;
  /** e.g. 'Upplands Väsby'. */
  shortName: string;
  countyCode: string;
  /** NUTS 3 code of the county the municipality lies in. */
  nuts3: string;
}

const countiesByCode = new Map(COUNTIES.map((c) => [c.code, c]));
const municipalitiesByCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));
const municipalitiesByCounty = new Map<string, Municipality[]>();
for (const m of MUNICIPALITIES) {
  const list = municipalitiesByCounty.get(m.countyCode) ?? [];
  list.push(m);
  municipalitiesByCounty.set(m.countyCode, list);
}

export function countyByCode(code: string): County | undefined {
  return countiesByCode.get(code);
}

export function municipalityByCode(code: string): Municipality | undefined {
  return municipalitiesByCode.get(code);
}

/** Municipalities of a county in code order; empty for an unknown county. */
export function municipalitiesInCounty(countyCode: string): readonly Municipality[] {
  return municipalitiesByCounty.get(countyCode) ?? [];
}

/** True for the code of an existing län (format alone is not enough: '02' is not a län). */
export function isCountyCode(code: string): boolean {
  return countiesByCode.has(code);
}

/** True for the code of an existing kommun. */
export function isMunicipalityCode(code: string): boolean {
  return municipalitiesByCode.has(code);
}

/**
 * The form names are compared in: case, Unicode composition, dashes and spacing differ between
 * what people type and what registers hold ('Upplands-Bro', 'upplands bro', 'UPPLANDS–BRO').
 */
export function lookupKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('sv-SE')
    .replace(/[-\u2010-\u2015]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Drops diacritics so that 'Upplands Vasby' (a keyboard without å, ä, ö) still finds the kommun. */
function foldKey(key: string): string {
  return key.normalize('NFD').replace(/\p{M}/gu, '');
}

interface NameIndex<T> {
  exact: Map<string, T | null>;
  folded: Map<string, T | null>;
}

// A key shared by two different items maps to null, so an ambiguous name finds nothing rather than
// the wrong place.
function addKey<T>(map: Map<string, T | null>, key: string, item: T): void {
  const existing = map.get(key);
  if (existing === undefined) map.set(key, item);
  else if (existing !== item) map.set(key, null);
}

function buildIndex<T>(items: readonly T[], namesOf: (item: T) => string[]): NameIndex<T> {
  const index: NameIndex<T> = { exact: new Map(), folded: new Map() };
  for (const item of items) {
    for (const name of namesOf(item)) {
      const key = lookupKey(name);
      addKey(index.exact, key, item);
      addKey(index.folded, foldKey(key), item);
    }
  }
  return index;
}

function lookup<T>(index: NameIndex<T>, text: string): T | undefined {
  const key = lookupKey(text);
  if (key === '') return undefined;
  const exact = index.exact.get(key);
  if (exact !== undefined) return exact ?? undefined;
  return index.folded.get(foldKey(key)) ?? undefined;
}

// Names in everyday and official use that the uniform '<name> kommun' / '<name>s län' pattern does
// not produce.
const MUNICIPALITY_ALIASES: Record<string, string[]> = {
  '0980': ['Region Gotland'],
};
const COUNTY_ALIASES: Record<string, string[]> = {
  '04': ['Region Sörmland', 'Sörmland', 'Sörmlands län'],
  '23': ['Region Jämtland Härjedalen', 'Jämtland Härjedalen'],
};

function withoutSuffix(name: string, suffix: string): string {
  return name.endsWith(suffix) ? name.slice(0, -suffix.length) : name;
}

const municipalityIndex = buildIndex(MUNICIPALITIES, (m) => {
  // 'Stockholms kommun' → 'Stockholms', which also gives the legal form 'Stockholms stad'.
  const genitive = withoutSuffix(m.name, ' kommun');
  return [
    m.name,
    m.shortName,
    genitive,
    `${genitive} stad`,
    `${m.shortName} kommun`,
    ...(MUNICIPALITY_ALIASES[m.code] ?? []),
  ];
});

const countyIndex = buildIndex(COUNTIES, (c) => {
  const genitive = withoutSuffix(c.name, ' län');
  return [
    c.name,
    c.shortName,
    genitive,
    `${c.shortName} län`,
    // Counties are run by regions, and buyers often write the region's name.
    `Region ${c.shortName}`,
    `${genitive}regionen`,
    ...(COUNTY_ALIASES[c.code] ?? []),
  ];
});

/**
 * Finds a kommun by the name people write: 'Upplands Väsby', 'Upplands Väsby kommun',
 * 'Stockholms stad', 'upplands vasby'. Case-insensitive; undefined when unknown or ambiguous.
 */
export function findMunicipalityByName(name: string): Municipality | undefined {
  return lookup(municipalityIndex, name);
}

/**
 * Finds a län by the name people write: 'Stockholms län', 'Stockholm', 'Region Stockholm',
 * 'Västra Götalandsregionen'. Case-insensitive; undefined when unknown or ambiguous.
 */
export function findCountyByName(name: string): County | undefined {
  return lookup(countyIndex, name);
}

/**
 * Resolves a cell of an imported file that holds either a kommun code or a name. Spreadsheets drop
 * leading zeros, so '114' is read as '0114'.
 */
export function resolveMunicipality(input: string): Municipality | undefined {
  const text = input.trim();
  if (/^\d{3,4}$/.test(text)) return municipalityByCode(text.padStart(4, '0'));
  return findMunicipalityByName(text);
}

/** As resolveMunicipality, for a län code ('1' → '01') or name. */
export function resolveCounty(input: string): County | undefined {
  const text = input.trim();
  if (/^\d{1,2}$/.test(text)) return countyByCode(text.padStart(2, '0'));
  return findCountyByName(text);
}

// ---------------------------------------------------------------------------------------------
// Suggestions for a name that matched nothing: a typo ('Borlänga') or a part ('Upplands').

/** A name as suggestions compare it: folded, without ' kommun', ' stad' or ' län' at the end. */
function suggestionKey(name: string): string {
  return foldKey(lookupKey(name).replace(/ (kommun|stad|län)$/, ''));
}

/** The names closest to `text`, at most three: those fewest edits away, else those it begins. */
function nearestNames(text: string, names: readonly { name: string; key: string }[]): string[] {
  const key = suggestionKey(text);
  if (key.length < 3) return [];
  const allowed = key.length < 5 ? 1 : key.length < 9 ? 2 : 3;
  let best = allowed;
  let found: string[] = [];
  for (const n of names) {
    const d = editDistance(key, n.key, best);
    if (d > best) continue;
    if (d < best || found.length === 0) [best, found] = [d, [n.name]];
    else if (d === best && !found.includes(n.name)) found.push(n.name);
  }
  if (found.length === 0 && key.length >= 4) {
    found = names.filter((n) => n.key.startsWith(key)).map((n) => n.name);
  }
  return found.length <= 3 ? found : [];
}

/**
 * Edits (insert, delete, change, swap two neighbours) between two words; any count above
 * `limit` is reported as `limit + 1`, which lets most names stop after a row or two.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev] = [prev, row];
  }
  return Math.min(prev[b.length]!, limit + 1);
}

const withKey = (name: string) => ({ name, key: suggestionKey(name) });
const MUNICIPALITY_NAMES = MUNICIPALITIES.map((m) => withKey(m.shortName));
const AREA_NAMES = [...MUNICIPALITY_NAMES, ...COUNTIES.map((c) => withKey(c.name))];

/** Kommuner whose names are nearest to one that matched none: 'Borlänga' → ['Borlänge']. */
export function similarMunicipalityNames(text: string): string[] {
  return nearestNames(text, MUNICIPALITY_NAMES);
}

/** As similarMunicipalityNames, among kommuner and län: 'Dalarns län' → ['Dalarnas län']. */
export function similarAreaNames(text: string): string[] {
  return nearestNames(text, AREA_NAMES);
}
