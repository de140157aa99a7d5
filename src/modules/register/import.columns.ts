import { findCategoriesByName, SERVICE_CATEGORIES, type ServiceCategory } from '../../platform/reference/categories.js';
import { normaliseCpv } from '../../platform/reference/cpv.js';
import { lookupKey, resolveCounty, resolveMunicipality } from '../../platform/reference/geo.js';
import { LEGAL_FORMS, type LegalForm, type OperatingArea } from './enterprise.types.js';

/**
 * The columns of an enterprise file, for both import and export. People name columns as they
 * like ("Org.nr", "Organisationsnummer", "organisation number"), so headers are compared in a
 * folded form: lower case, no diacritics, letters and digits only. The first Swedish name is the
 * one export writes, so an exported file can be imported again unchanged; the order here is the
 * export's column order.
 */
// prettier-ignore
export const IMPORT_COLUMNS = {
  orgnr: ['Organisationsnummer', 'Org.nr', 'Orgnr', 'Org nr', 'Organisationsnr', 'Organisation number', 'Org number',
    'Registration number', 'Company number'],
  name: ['Namn', 'Företagsnamn', 'Företag', 'Företagets namn', 'Name', 'Company name', 'Enterprise name',
    'Organisation name'],
  legalForm: ['Företagsform', 'Juridisk form', 'Bolagsform', 'Organisationsform', 'Associationsform', 'Legal form',
    'Company type'],
  municipality: ['Kommun', 'Säte', 'Sätets kommun', 'Hemkommun', 'Kommunkod', 'Municipality', 'Municipality code',
    'Seat'],
  operatingAreas: ['Verksamhetsområde', 'Verksamhetsområden', 'Levererar i', 'Leveransområde', 'Områden',
    'Operating areas', 'Operating area', 'Delivers in', 'Areas'],
  categories: ['Tjänster', 'Kategorier', 'Tjänstekategorier', 'Erbjuder', 'Services', 'Categories',
    'Service categories', 'Offerings'],
  cpv: ['CPV', 'CPV-koder', 'CPV-kod', 'CPV codes', 'CPV code'],
  employees: ['Anställda', 'Antal anställda', 'Anställda totalt', 'Employees', 'Number of employees',
    'Employees total'],
  targetGroupEmployees: ['Anställda ur målgruppen', 'Anställda från målgruppen', 'Varav målgrupp',
    'Target group employees', 'Employees from target group', 'Employees from the target group'],
  reportedOn: ['Rapporterat', 'Datum för uppgifter', 'Uppgifter per', 'Rapportdatum', 'Reported on', 'Reported',
    'Report date'],
  targetGroups: ['Målgrupper', 'Målgrupp', 'Target groups', 'Target group'],
  certification: ['Certifiering', 'Certifieringar', 'Certifikat', 'Certification', 'Certifications'],
  certificationIssuer: ['Certifierad av', 'Utfärdare', 'Certification issuer', 'Issuer', 'Certified by'],
  certifiedUntil: ['Certifierad till', 'Certifiering giltig till', 'Giltig till', 'Valid until', 'Certified until',
    'Certification valid until'],
  trainingPlaces: ['Arbetsträningsplatser', 'Antal arbetsträningsplatser', 'Praktikplatser', 'Training places',
    'Work training places'],
  freePlaces: ['Lediga platser', 'Lediga arbetsträningsplatser', 'Free places', 'Free training places',
    'Available places'],
  supervisors: ['Handledare', 'Antal handledare', 'Supervisors'],
  adaptations: ['Anpassningar', 'Adaptations'],
  trainingTargetGroups: ['Målgrupper för arbetsträning', 'Training target groups'],
  networks: ['Nätverk', 'Nätverk och medlemskap', 'Networks', 'Memberships'],
  email: ['E-post', 'Epost', 'E-postadress', 'Mejl', 'Mail', 'Email', 'E-mail', 'Email address'],
  phone: ['Telefon', 'Telefonnummer', 'Tel', 'Phone', 'Telephone', 'Phone number'],
  website: ['Webbplats', 'Hemsida', 'Webbadress', 'Webb', 'Website', 'Web', 'URL', 'Homepage'],
  street: ['Adress', 'Besöksadress', 'Gatuadress', 'Address', 'Street', 'Street address', 'Visiting address'],
  postalCode: ['Postnummer', 'Postnr', 'Postal code', 'Zip', 'Zip code', 'Postcode'],
  city: ['Ort', 'Postort', 'Stad', 'City', 'Town'],
  description: ['Beskrivning', 'Om företaget', 'Verksamhet', 'Description', 'About'],
  foundedYear: ['Grundat', 'Grundades', 'Startår', 'Grundår', 'Founded', 'Year founded', 'Founded year'],
} as const satisfies Record<string, readonly [string, ...string[]]>;

export type ImportField = keyof typeof IMPORT_COLUMNS;
export const IMPORT_FIELDS = Object.keys(IMPORT_COLUMNS) as ImportField[];

/** The Swedish column name export writes and messages use when the file lacks the column. */
export function primaryLabel(field: ImportField): string {
  return IMPORT_COLUMNS[field][0];
}

/** 'Org.nr', 'ORG NR' and 'orgnr' all become 'orgnr'; 'Anställda' and 'anstallda' become 'anstallda'. */
export function foldHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const FIELD_BY_HEADER = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) {
  for (const name of IMPORT_COLUMNS[field]) FIELD_BY_HEADER.set(foldHeader(name), field);
}

export function fieldForHeader(header: string): ImportField | undefined {
  return FIELD_BY_HEADER.get(foldHeader(header));
}

export interface ColumnMap {
  /** Field → index of its column in the file. */
  index: Partial<Record<ImportField, number>>;
  /** Field → the header as written in the file, for messages. */
  header: Partial<Record<ImportField, string>>;
  /** Headers that match nothing; they are left out, and the user is told. */
  unknown: string[];
  /** Headers that name a field another column already named. */
  duplicates: { header: string; first: string }[];
}

export function mapColumns(headers: readonly string[]): ColumnMap {
  const map: ColumnMap = { index: {}, header: {}, unknown: [], duplicates: [] };
  headers.forEach((h, i) => {
    if (h.trim() === '') return;
    const field = fieldForHeader(h);
    if (!field) {
      if (!isExportOnlyColumn(h)) map.unknown.push(h);
    } else if (map.index[field] !== undefined) map.duplicates.push({ header: h, first: map.header[field]! });
    else {
      map.index[field] = i;
      map.header[field] = h;
    }
  });
  return map;
}

/** The column a message about a field belongs to: as the file wrote it, else its Swedish name. */
export function columnLabel(map: ColumnMap, field: ImportField): string {
  return map.header[field] ?? primaryLabel(field);
}

/** Lists in one cell (areas, services, CPV codes, certifications) are written with this. */
export const LIST_SEPARATOR = '; ';

/**
 * Columns export adds for people reading the file, computed from the others. Import knows them
 * and skips them quietly, so an exported file imports without complaints.
 */
export const EXPORT_ONLY_COLUMNS = {
  county: 'Län',
  share: 'Andel ur målgruppen',
  reservable: 'Reserverbar enligt LOU 4 kap. 18 §',
  certified: 'Giltig certifiering',
  verifiedAt: 'Senast verifierad',
  demo: 'Påhittade demodata',
} as const;

const EXPORT_ONLY = new Set(Object.values(EXPORT_ONLY_COLUMNS).map(foldHeader));

export function isExportOnlyColumn(header: string): boolean {
  return EXPORT_ONLY.has(foldHeader(header));
}

// ---------------------------------------------------------------------------------------------
// Reading cell values. Each reader returns the value or a Swedish message that names what was
// wrong and shows a right example, since the reader of the message is fixing a spreadsheet.

export type Cell<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Cell<T> => ({ ok: true, value });

/**
 * Name lookups cost far more than the cells they read, and a file repeats the same few hundred
 * kommun and service names thousands of times, so answers are remembered (copied out, so a
 * caller that changes its value cannot change the next row's).
 */
function memoised<T>(read: (text: string) => Cell<T>, copy: (value: T) => T): (text: string) => Cell<T> {
  const cache = new Map<string, Cell<T>>();
  return (text) => {
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

export function readInt(text: string): Cell<number | null> {
  if (text === '') return ok(null);
  // '1 200' (thousands with a space) and '12,0' (Excel's decimal comma) are both whole numbers.
  const t = text.replace(/\s/g, '').replace(/[,.]0+$/, '');
  if (!/^-?\d+$/.test(t)) return fail(`"${text}" är inte ett heltal. Skriv bara siffror, till exempel 12.`);
  return ok(Number(t));
}

/** 'ÅÅÅÅ-MM-DD', also '2026-3-1', '20260301' and Excel's '2026-03-01 00:00:00'. */
export const readDate = memoised(readDateUncached, (d) => d);

function readDateUncached(text: string): Cell<string | null> {
  if (text === '') return ok(null);
  const m = /^(\d{4})-?(\d{1,2})-?(\d{1,2})(?:[ T]00:00(?::00)?)?$/.exec(text);
  if (!m) return fail(`"${text}" är inget datum. Skriv ÅÅÅÅ-MM-DD, till exempel 2026-03-31.`);
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) return fail(`Datumet ${text} finns inte.`);
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
  return key
    ? ok(key)
    : fail(
        `Okänd företagsform "${text}". Skriv till exempel Ekonomisk förening, Ideell förening, Aktiebolag, Aktiebolag (svb), Stiftelse eller Annan form.`,
      );
}

export const readMunicipality = memoised(readMunicipalityUncached, (code) => code);

function readMunicipalityUncached(text: string): Cell<string | null> {
  if (text === '') return ok(null);
  const m = resolveMunicipality(text);
  return m
    ? ok(m.code)
    : fail(`Okänd kommun "${text}". Skriv kommunens namn, till exempel Kiruna, eller kommunkoden med fyra siffror.`);
}

/** Kommuner or whole län; a kommun wins when a word could be both ('Gotland'), unless it says 'län'. */
export const readAreas = memoised(readAreasUncached, (areas) => areas.map((a) => ({ ...a })));

function readAreasUncached(text: string): Cell<OperatingArea[]> {
  const areas: OperatingArea[] = [];
  const unknown: string[] = [];
  for (const token of splitCodes(text)) {
    const asCounty = /län$/i.test(token) || /^\d{1,2}$/.test(token);
    const m = asCounty ? undefined : resolveMunicipality(token);
    const c = m ? undefined : resolveCounty(token);
    if (m) areas.push({ countyCode: m.countyCode, municipalityCode: m.code });
    else if (c) areas.push({ countyCode: c.code, municipalityCode: null });
    else unknown.push(token);
  }
  if (unknown.length > 0) {
    return fail(
      `Okänd kommun eller okänt län: ${unknown.map((u) => `"${u}"`).join(', ')}. Skriv namn eller koder åtskilda med semikolon, till exempel Kiruna; Gällivare; Norrbottens län.`,
    );
  }
  return ok(areas);
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
      if (hit === 'ambiguous') problems.push(`"${word}" passar flera tjänster; skriv tjänstens namn`);
      else if (hit) slugs.push(hit.slug);
      else if (word !== '') problems.push(`okänd tjänst "${word}"`);
      i = Math.max(j, i + 1);
    }
  }
  if (problems.length > 0) {
    const list = SERVICE_CATEGORIES.slice(0, 4)
      .map((c) => c.name)
      .join(', ');
    return fail(
      `${capitalise(problems.join('; '))}. Tjänster skrivs med namn åtskilda med semikolon, till exempel ${list}.`,
    );
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
  if (bad.length > 0)
    return fail(
      `${bad.map((b) => `"${b}"`).join(', ')} är ingen CPV-kod. En CPV-kod har åtta siffror, till exempel 90910000.`,
    );
  return ok([...new Set(codes)]);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
