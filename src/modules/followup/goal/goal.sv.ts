/** The goal pages (/uppfoljning/mal, /mal): the metrics in words, the page, the form and its messages. */
export const goalSv = {
  nav: 'Mål',
  title: 'Mål och utfall',
  lead: 'Mål som er organisation sätter själv per år, och utfallet räknat ur plattformens egna uppgifter: upphandlingarna ni publicerat och rapporterna på era avtal.',
  noOrganisation:
    'Ditt konto hör inte till någon organisation, så det finns inga mål att visa. Be en administratör koppla kontot till en organisation.',
  noOrganisationTitle: 'Ingen organisation',
  metrics: {
    clause_share: {
      label: 'Andel annonserade upphandlingar med sysselsättningsfrämjande villkor',
      short: 'Andel med villkor',
      how: 'Annonserade upphandlingar publicerade under året där minst ett delområde har ett sysselsättningsfrämjande villkor, delat med alla annonserade upphandlingar publicerade under året.',
    },
    reserved_count: {
      label: 'Reserverade upphandlingar',
      short: 'Reserverade',
      how: 'Annonserade upphandlingar och direktupphandlingar publicerade under året med minst ett reserverat delområde.',
    },
    lots_count: {
      label: 'Upphandlingar uppdelade i delområden',
      short: 'Uppdelade',
      how: 'Annonserade upphandlingar och direktupphandlingar publicerade under året med mer än ett delområde.',
    },
    persons_started: {
      label: 'Personer som börjat genom villkor',
      short: 'Personer som börjat',
      how: 'Summan av antal som börjat i rapporterna på organisationens avtal, med rapportdatum under året och inom avtalets tid.',
    },
  },
  counting:
    'Räknas: upphandlingar som är publicerade, stängda eller tilldelade, under det år de publicerades. Utkast och avbrutna upphandlingar räknas inte.',
  columns: { year: 'År', target: 'Mål', outcome: 'Utfall', verdict: 'Uppfyllt' },
  caption: (label: string) => `${label} per år`,
  chartLabel: (label: string, years: string) => `Diagram: ${label}, ${years}. Siffrorna står i tabellen bredvid.`,
  chartTarget: 'Mål',
  noTarget: 'Inget mål',
  noOutcome: 'Inget annonserat',
  of: (part: string, whole: string) => `${part} av ${whole}`,
  verdict: { met: 'Ja', not_met: 'Nej', not_yet: 'Inte än', no_target: '–' },
  legend: { outcome: 'Staplar: utfall', target: 'Streck: mål' },
  form: {
    heading: 'Sätt mål',
    lead: 'Skriv ett mål per år. Lämna fältet tomt för inget mål. Andelar skrivs i procent, antal som heltal.',
    legend: (year: number) => `Mål för ${year}`,
    percentHint: 'Procent, 0–100.',
    countHint: 'Antal, ett heltal.',
    save: 'Spara målen',
    saved: 'Målen är sparade.',
  },
  publicity: {
    heading: 'Öppen sida',
    lead: 'Er organisation kan visa sina mål och utfall öppet för alla på sidan Mål för offentliga köpare. Det är frivilligt.',
    isPublic: 'Era siffror visas öppet.',
    isNotPublic: 'Era siffror visas inte öppet.',
    label: 'Visa våra mål och utfall öppet',
    save: 'Spara valet',
    savedOn: 'Era mål och utfall visas nu öppet.',
    savedOff: 'Era mål och utfall visas inte längre öppet.',
    link: 'Se den öppna sidan',
  },
  export: { heading: 'Ladda ner', csv: 'Tabellen som CSV', xlsx: 'Tabellen som Excel (XLSX)', sheet: 'Mål' },
  file: {
    organisation: 'Organisation',
    metric: 'Mått',
    unit: 'Enhet',
    part: 'Räknat',
    whole: 'Av',
    percent: 'procent',
    count: 'antal',
  },
  errors: {
    wholeNumber: 'Skriv ett heltal, eller lämna fältet tomt.',
    percent: 'Skriv en procentsats mellan 0 och 100, eller lämna fältet tomt.',
    tooBig: (max: string) => `Skriv ett antal mellan 0 och ${max}, eller lämna fältet tomt.`,
  },
  open: {
    title: 'Mål för offentliga köpare',
    lead: 'Organisationer som valt att visa sina mål för sysselsättningsfrämjande villkor, reserverade upphandlingar och delområden, och hur det gått. Utfallen räknas ur plattformens egna uppgifter.',
    pageLead:
      'Mål som organisationen satt själv per år, och utfallet räknat ur plattformens egna uppgifter: de upphandlingar den publicerat och rapporterna på dess avtal.',
    none: 'Ingen organisation visar sina mål öppet än.',
    pageTitle: (name: string) => `Mål för ${name}`,
    notPublicTitle: 'Målen visas inte öppet',
    notPublic:
      'Den här organisationen visar inte sina mål öppet, eller finns inte. Organisationer väljer själva om deras siffror ska synas här.',
    back: 'Alla organisationer med öppna mål',
  },
} as const;
