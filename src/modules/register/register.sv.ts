/** Register texts in Swedish, the source of truth for the English catalogue. */
export const registerSv = {
  errors: {
    enterpriseNotFound: 'Företaget finns inte i registret.',
    /** An administrator links an editor's account to an org.nr the register lacks. */
    noEnterpriseForAccount: 'Det finns inget företag med det organisationsnumret i registret. Lägg in företaget först.',
    invalidParameters: 'En eller flera parametrar har ogiltiga värden.',
    orgnrFormat: 'Organisationsnumret ska ha tio siffror, till exempel 556677-8899.',
    orgnrChecksum:
      'Organisationsnumret stämmer inte: kontrollsiffran (den sista) är fel. Kontrollera att du skrivit av det rätt.',
    orgnrPersonal:
      'Det här ser ut som ett personnummer. Registret tar bara juridiska personer (föreningar, aktiebolag, stiftelser) med organisationsnummer.',
  },
  /** The directory's and the API's search parameters (search.params.ts); the rest are the platform's api texts. */
  searchParams: {
    unknownMunicipality: 'Okänd kommun. Ange kommunkoden med fyra siffror, till exempel 0180 för Stockholm.',
    municipalityNotInCounty: (name: string) => `${name} ligger inte i det valda länet.`,
    unknownCategory: 'Okänd tjänstekategori.',
    yesOrNothing: 'Ange 1 för ja eller utelämna värdet.',
    unknownSort: (choices: string) => `Okänd sortering. Välj en av: ${choices}.`,
  },
  /** The facts schema's messages (enterprise.schema.ts), shown to whoever typed or imported the value. */
  facts: {
    tooLong: (max: number) => `Högst ${max} tecken.`,
    descriptionTooLong: 'Beskrivningen får ha högst 4 000 tecken.',
    notInteger: (what: string) => `${what} ska vara ett heltal.`,
    negative: (what: string) => `${what} kan inte vara negativt.`,
    tooLarge: (what: string) => `${what} verkar orimligt stort.`,
    counts: {
      employees: 'Antal anställda',
      targetGroup: 'Antal anställda ur målgruppen',
      capacity: 'Antal arbetsträningsplatser',
      free: 'Lediga platser',
      supervisors: 'Antal handledare',
    },
    dateFormat: 'Datum ska skrivas ÅÅÅÅ-MM-DD, till exempel 2026-03-31.',
    noSuchDate: 'Datumet finns inte.',
    municipalityCode: 'Okänd kommunkod (fyra siffror, till exempel 0180).',
    countyCode: 'Okänd länskod (två siffror, till exempel 01).',
    cpvCode: 'CPV-koden ska ha åtta siffror, till exempel 90910000.',
    cpvUnknown: (code: string) => `Det finns ingen CPV-kod ${code} i CPV 2008. Kontrollera siffrorna.`,
    nameMissing: 'Namnet måste anges.',
    legalForm: 'Okänd företagsform.',
    yearNotInteger: 'Året ska vara ett heltal.',
    yearTooEarly: 'Året verkar för tidigt.',
    yearTooLate: 'Året verkar för sent.',
    website: 'Webbadressen ser inte ut som en adress, till exempel https://exempel.se.',
    email: 'E-postadressen ser inte rätt ut, till exempel info@exempel.se.',
    postalCode: 'Postnumret ska ha fem siffror.',
    category: 'Okänd tjänstekategori.',
    targetGroupAboveTotal: 'Anställda ur målgruppen kan inte vara fler än alla anställda.',
    freeAboveCapacity: 'Lediga platser kan inte vara fler än alla platser.',
    municipalityNotInCounty: 'Kommunen ligger inte i det länet.',
  },
  nav: {
    start: 'Start',
    enterprises: 'Hitta företag',
    myEnterprise: 'Mitt företag',
    coordination: 'Samordning',
    register: 'Registrera ert företag',
    coordinators: 'Samordnare i regionen',
  },
  /** The link wherever a page says "Kontakta samordnaren". */
  findCoordinator: 'Hitta samordnaren för ert område',
  /** Names shown on pages; the API and the exports keep the Swedish names of enterprise.types.ts. */
  legalForms: {
    ekonomisk_forening: 'Ekonomisk förening',
    ideell_forening: 'Ideell förening',
    aktiebolag: 'Aktiebolag',
    aktiebolag_svb: 'Aktiebolag med särskild vinstutdelningsbegränsning (svb)',
    stiftelse: 'Stiftelse',
    annan: 'Annan form',
  },
  factSources: {
    import: 'Import från fil',
    enterprise: 'Företaget självt',
    coordinator: 'Samordnare',
    demo: 'Påhittade demodata',
  },
};
