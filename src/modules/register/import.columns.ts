/**
 * The columns of an enterprise file, for both import and export. People name columns as they
 * like ("Org.nr", "Organisationsnummer", "organisation number"), so headers are compared in a
 * folded form: lower case, no diacritics, letters and digits only. The first Swedish name is the
 * one export writes, so an exported file can be imported again unchanged.
 */
export const IMPORT_COLUMNS = {
  orgnr: ['Organisationsnummer', 'Org.nr', 'Orgnr', 'Org nr', 'Organisationsnr', 'Organisation number', 'Org number', 'Registration number', 'Company number'],
  name: ['Namn', 'Företagsnamn', 'Företag', 'Företagets namn', 'Name', 'Company name', 'Enterprise name', 'Organisation name'],
  legalForm: ['Företagsform', 'Juridisk form', 'Bolagsform', 'Organisationsform', 'Associationsform', 'Legal form', 'Company type'],
  municipality: ['Kommun', 'Säte', 'Sätets kommun', 'Hemkommun', 'Kommunkod', 'Municipality', 'Municipality code', 'Seat'],
  operatingAreas: ['Verksamhetsområde', 'Verksamhetsområden', 'Levererar i', 'Leveransområde', 'Områden', 'Operating areas', 'Operating area', 'Delivers in', 'Areas'],
  categories: ['Tjänster', 'Kategorier', 'Tjänstekategorier', 'Erbjuder', 'Services', 'Categories', 'Service categories', 'Offerings'],
  cpv: ['CPV', 'CPV-koder', 'CPV-kod', 'CPV codes', 'CPV code'],
  employees: ['Anställda', 'Antal anställda', 'Anställda totalt', 'Employees', 'Number of employees', 'Employees total'],
  targetGroupEmployees: ['Anställda ur målgruppen', 'Anställda från målgruppen', 'Varav målgrupp', 'Target group employees', 'Employees from target group', 'Employees from the target group'],
  reportedOn: ['Rapporterat', 'Datum för uppgifter', 'Uppgifter per', 'Rapportdatum', 'Reported on', 'Reported', 'Report date'],
  targetGroups: ['Målgrupper', 'Målgrupp', 'Target groups', 'Target group'],
  certification: ['Certifiering', 'Certifieringar', 'Certifikat', 'Certification', 'Certifications'],
  certificationIssuer: ['Certifierad av', 'Utfärdare', 'Certification issuer', 'Issuer', 'Certified by'],
  certifiedUntil: ['Certifierad till', 'Certifiering giltig till', 'Giltig till', 'Valid until', 'Certified until', 'Certification valid until'],
  trainingPlaces: ['Arbetsträningsplatser', 'Antal arbetsträningsplatser', 'Praktikplatser', 'Training places', 'Work training places'],
  freePlaces: ['Lediga platser', 'Lediga arbetsträningsplatser', 'Free places', 'Free training places', 'Available places'],
  supervisors: ['Handledare', 'Antal handledare', 'Supervisors'],
  adaptations: ['Anpassningar', 'Adaptations'],
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
    if (!field) map.unknown.push(h);
    else if (map.index[field] !== undefined) map.duplicates.push({ header: h, first: map.header[field]! });
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
