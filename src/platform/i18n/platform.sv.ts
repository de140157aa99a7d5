/** Platform texts in Swedish, the source of truth. Other catalogues must match this shape. */
export const platformSv = {
  siteName: 'ASF-plattformen',
  tagline: 'En väg in till arbetsintegrerande sociala företag',
  /** The language switch, written in the language it leads to. */
  otherLanguage: 'In English',
  /** The title of page 2, 3 … of a list. */
  pagedTitle: (title: string, page: string) => `${title}, sida ${page}`,
  /** Said above the API reference on a page in another language; empty in Swedish. */
  apiDocsLanguage: '',
  skipLink: 'Hoppa till innehållet',
  nav: {
    label: 'Huvudmeny',
    api: 'Öppna data och API',
    admin: 'Administration',
  },
  account: {
    signIn: 'Logga in',
    signOut: 'Logga ut',
    myAccount: 'Mitt konto',
  },
  // True whether or not real enterprises have been added beside the made-up ones.
  demoBanner:
    'Demoversion: företag märkta ”Påhittat exempel” är påhittade. Deras uppgifter gäller inga verkliga företag.',
  footer: {
    about: 'ASF-plattformen samlar arbetsintegrerande sociala företag i regionen.',
    openData: 'Öppna data (API)',
    apiDocs: 'API-dokumentation',
    privacy: 'Personuppgifter och integritet',
    runBy: 'Plattformen drivs av',
    contact: 'Kontakt',
    phone: 'Telefon',
    accessibility: 'Tillgänglighetsredogörelse',
    example: 'Namnet och kontakten ovan är exempel: den som driver plattformen har ännu inte fyllt i sina egna.',
    exampleAdmin:
      'Till dig som är administratör: ange dem i inställningarna OPERATOR_NAME, OPERATOR_EMAIL och OPERATOR_PHONE.',
    linksLabel: 'Om webbplatsen',
  },
  errors: {
    notFoundTitle: 'Sidan finns inte',
    notFoundText: 'Vi hittar ingen sida på den adressen. Kontrollera adressen eller börja om från startsidan.',
    serverTitle: 'Något gick fel hos oss',
    serverText: 'Försök igen om en stund. Felet är loggat.',
    unavailableTitle: 'Tjänsten är inte tillgänglig just nu',
    unavailableText: 'Vi når inte databasen för tillfället, oftast bara under några sekunder. Försök igen om en stund.',
    backToStart: 'Till startsidan',
    summaryTitle: 'Det finns fel att rätta',
    /** Read by screen readers before a field's message. */
    fieldPrefix: 'Fel: ',
    formExpired: 'Formuläret har gått ut. Ladda om sidan och försök igen.',
    tooManyAttempts: (minutes: number) =>
      `Du har försökt många gånger på kort tid. Vänta ${minutes} ${minutes === 1 ? 'minut' : 'minuter'} och försök igen.`,
  },
  /** Messages of the JSON API (and of requests that never reach a page). */
  api: {
    notFound: 'Det finns ingen resurs på den adressen.',
    tooLarge: 'Förfrågan är för stor.',
    methodNotAllowed: 'Metoden stöds inte här.',
    invalidRequest: 'Förfrågan kunde inte tolkas.',
    invalidParameters: 'En eller flera parametrar har ogiltiga värden.',
    invalidValue: 'Ogiltigt värde.',
    unknownCounty: 'Okänt län. Ange länskoden med två siffror, till exempel 01 för Stockholms län.',
    cpvCode: 'CPV-koden ska ha åtta siffror, till exempel 90910000.',
    queryTooLong: (max: number) => `Söktexten får vara högst ${max} tecken.`,
    pageNumber: (max: number) => `Sidnumret ska vara ett heltal från 1 till ${max}.`,
    pageSize: (max: number) => `Antal per sida ska vara ett heltal från 1 till ${max}.`,
  },
  pagination: {
    label: 'Sidor',
    previous: 'Föregående',
    next: 'Nästa',
    page: (n: number) => `Sida ${n}`,
    current: (n: number, of: number) => `Sida ${n} av ${of}`,
  },
};
