/**
 * The columns of an enterprise file, for both import and export. People name columns as they
 * like ("Org.nr", "Organisationsnummer", "organisation number"), so headers are compared in a
 * folded form: lower case, no diacritics, letters and digits only. The first Swedish name is the
 * one export writes, so an exported file can be imported again unchanged; the order here is the
 * export's column order. The names after the English ones are those found in coordinators' own
 * lists (issue 7); a name that could mean two things ("Inriktning", "Datum") is left out, and
 * the preview asks what it holds instead.
 */
// prettier-ignore
export const IMPORT_COLUMNS = {
  orgnr: ['Organisationsnummer', 'Org.nr', 'Orgnr', 'Org nr', 'Organisationsnr', 'Organisation number', 'Org number',
    'Registration number', 'Company number',
    'Org nummer'],
  name: ['Namn', 'Företagsnamn', 'Företag', 'Företagets namn', 'Name', 'Company name', 'Enterprise name',
    'Organisation name',
    'Namn på företaget', 'Verksamhetens namn', 'Organisationens namn', 'Socialt företag',
    'Arbetsintegrerande socialt företag', 'ASF'],
  legalForm: ['Företagsform', 'Juridisk form', 'Bolagsform', 'Organisationsform', 'Associationsform', 'Legal form',
    'Company type',
    'Företagstyp', 'Organisationstyp', 'Driftsform'],
  municipality: ['Kommun', 'Säte', 'Sätets kommun', 'Hemkommun', 'Kommunkod', 'Municipality', 'Municipality code',
    'Seat',
    'Säteskommun', 'Kommun (säte)', 'Kommunnamn', 'Hemort', 'Belägen i'],
  operatingAreas: ['Verksamhetsområde', 'Verksamhetsområden', 'Levererar i', 'Leveransområde', 'Områden',
    'Operating areas', 'Operating area', 'Delivers in', 'Areas',
    'Verksam i', 'Verksamma i', 'Verksam i kommun', 'Verksam i kommuner', 'Kommuner', 'Geografiskt område',
    'Geografiskt verksamhetsområde', 'Upptagningsområde', 'Levererar till', 'Arbetar i'],
  categories: ['Tjänster', 'Kategorier', 'Tjänstekategorier', 'Erbjuder', 'Services', 'Categories',
    'Service categories', 'Offerings',
    'Bransch', 'Branscher', 'Tjänsteområde', 'Tjänsteområden', 'Produkter och tjänster', 'Erbjudande',
    'Verksamhetsinriktning'],
  cpv: ['CPV', 'CPV-koder', 'CPV-kod', 'CPV codes', 'CPV code'],
  employees: ['Anställda', 'Antal anställda', 'Anställda totalt', 'Employees', 'Number of employees',
    'Employees total',
    'Antal anställda totalt', 'Totalt antal anställda', 'Anställda (antal)', 'Antal medarbetare', 'Medarbetare'],
  targetGroupEmployees: ['Anställda ur målgruppen', 'Anställda från målgruppen', 'Varav målgrupp',
    'Target group employees', 'Employees from target group', 'Employees from the target group',
    'Varav från målgruppen', 'Varav ur målgruppen', 'Varav i målgruppen', 'Varav målgruppen', 'Antal i målgruppen',
    'Antal ur målgruppen', 'Antal från målgruppen', 'Anställda i målgruppen', 'Antal anställda ur målgruppen',
    'Antal anställda från målgruppen', 'Målgruppsanställda'],
  reportedOn: ['Rapporterat', 'Datum för uppgifter', 'Uppgifter per', 'Rapportdatum', 'Reported on', 'Reported',
    'Report date',
    'Uppgifter från', 'Uppgifterna avser', 'Avser datum', 'Uppgiftsdatum', 'Datum för anställda', 'Anställda per'],
  targetGroups: ['Målgrupper', 'Målgrupp', 'Target groups', 'Target group'],
  certification: ['Certifiering', 'Certifieringar', 'Certifikat', 'Certification', 'Certifications'],
  certificationIssuer: ['Certifierad av', 'Utfärdare', 'Certification issuer', 'Issuer', 'Certified by'],
  certifiedUntil: ['Certifierad till', 'Certifiering giltig till', 'Giltig till', 'Valid until', 'Certified until',
    'Certification valid until'],
  trainingPlaces: ['Arbetsträningsplatser', 'Antal arbetsträningsplatser', 'Praktikplatser', 'Training places',
    'Work training places',
    'Platser för arbetsträning', 'Antal praktikplatser', 'Arbetsträning (platser)'],
  freePlaces: ['Lediga platser', 'Lediga arbetsträningsplatser', 'Free places', 'Free training places',
    'Available places',
    'Varav lediga', 'Lediga praktikplatser'],
  supervisors: ['Handledare', 'Antal handledare', 'Supervisors'],
  adaptations: ['Anpassningar', 'Adaptations'],
  trainingTargetGroups: ['Målgrupper för arbetsträning', 'Training target groups'],
  networks: ['Nätverk', 'Nätverk och medlemskap', 'Networks', 'Memberships',
    'Medlem i', 'Medlemskap'],
  email: ['E-post', 'Epost', 'E-postadress', 'Mejl', 'Mail', 'Email', 'E-mail', 'Email address',
    'Mejladress', 'Mailadress', 'Kontakt e-post'],
  phone: ['Telefon', 'Telefonnummer', 'Tel', 'Phone', 'Telephone', 'Phone number',
    'Tel.nr', 'Mobil', 'Mobilnummer'],
  website: ['Webbplats', 'Hemsida', 'Webbadress', 'Webb', 'Website', 'Web', 'URL', 'Homepage',
    'Webbsida', 'Www'],
  street: ['Adress', 'Besöksadress', 'Gatuadress', 'Address', 'Street', 'Street address', 'Visiting address',
    'Utdelningsadress'],
  postalCode: ['Postnummer', 'Postnr', 'Postal code', 'Zip', 'Zip code', 'Postcode'],
  city: ['Ort', 'Postort', 'Stad', 'City', 'Town'],
  description: ['Beskrivning', 'Om företaget', 'Verksamhet', 'Description', 'About',
    'Kort beskrivning', 'Verksamhetsbeskrivning', 'Beskrivning av verksamheten', 'Om oss'],
  foundedYear: ['Grundat', 'Grundades', 'Startår', 'Grundår', 'Founded', 'Year founded', 'Founded year',
    'Grundat år', 'Startade', 'Startades', 'Bildat', 'Bildades'],
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

/**
 * What the user said a column holds: a field, or null for "skip it". Headers are matched folded,
 * as names are. A choice wins over the names above, so a column can also be read as something
 * else than its name says.
 */
export interface ColumnChoice {
  header: string;
  field: ImportField | null;
}
export type ColumnChoices = readonly ColumnChoice[];

export interface ColumnMap {
  /** Field → index of its column in the file. */
  index: Partial<Record<ImportField, number>>;
  /** Field → the header as written in the file, for messages. */
  header: Partial<Record<ImportField, string>>;
  /** Headers that match nothing and were not chosen for anything; they are left out, and the user is told. */
  unknown: string[];
  /** Headers that name a field another column already named; `chosen` when the user named it so. */
  duplicates: { index: number; header: string; first: string; field: ImportField; chosen: boolean }[];
  /** Choices for headers the file does not have (a typo on the command line). */
  unused: string[];
}

/**
 * Headers → fields. Columns read by their names come first and the chosen ones after, so that a
 * choice naming a field the file already has is the one reported, not the file's own column.
 */
export function mapColumns(headers: readonly string[], choices: ColumnChoices = []): ColumnMap {
  const map: ColumnMap = { index: {}, header: {}, unknown: [], duplicates: [], unused: [] };
  const chosen = new Map(choices.map((c) => [foldHeader(c.header), c.field]));
  const folded = headers.map(foldHeader);
  const take = (field: ImportField, i: number, byChoice: boolean) => {
    const h = headers[i]!;
    if (map.index[field] !== undefined) {
      map.duplicates.push({ index: i, header: h, first: map.header[field]!, field, chosen: byChoice });
    } else {
      map.index[field] = i;
      map.header[field] = h;
    }
  };
  headers.forEach((h, i) => {
    if (h.trim() === '' || chosen.has(folded[i]!)) return;
    const field = fieldForHeader(h);
    if (field) take(field, i, false);
    else if (!isExportOnlyColumn(h)) map.unknown.push(h);
  });
  headers.forEach((h, i) => {
    const field = h.trim() === '' ? undefined : chosen.get(folded[i]!);
    if (field) take(field, i, true);
  });
  map.unused = choices.filter((c) => !folded.includes(foldHeader(c.header))).map((c) => c.header);
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
