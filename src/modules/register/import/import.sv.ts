import { formatInteger } from '../../../platform/i18n/format.js';
import type { ImportField } from './import.columns.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

/** Texts of the import page for coordinators (Swedish, the source). */
export const importSv = {
  upload: {
    title: 'Läs in företag från en fil',
    lead: 'Ladda upp en CSV- eller Excel-fil med ett företag per rad. Först visas vad som skulle hända och varje fel i filen. Ingenting läses in förrän du trycker på Importera.',
    columnsTitle: 'Hur filen ska se ut',
    columns: [
      'Rubrikerna står på första raden, på svenska eller engelska: till exempel Organisationsnummer (eller Org.nr), Namn, Företagsform, Kommun, Verksamhetsområde, Tjänster, CPV, Anställda, Anställda ur målgruppen, Rapporterat, Certifiering, Certifierad till, Arbetsträningsplatser, Lediga platser, E-post, Telefon, Webbplats, Adress, Postnummer, Ort, Beskrivning och Grundat.',
      'Kolumner med egna namn går bra: plattformen känner igen många vanliga namn (till exempel Org nummer, Verksam i, Varav från målgruppen), och i förhandsgranskningen väljer du vad de andra innehåller. Valet sparas till nästa fil med samma rubriker.',
      'Saknar filen en kolumn för vilket datum antalen anställda gäller anger du ett datum för hela filen i förhandsgranskningen.',
      'Listor i en cell skrivs med semikolon emellan, till exempel "Kiruna; Gällivare". Antal får skrivas som "22 st" eller "1 200", men inte ungefärligt ("ca 20").',
      'Företag känns igen på organisationsnumret: finns det redan uppdateras det, annars läggs det till. Kolumner som filen saknar lämnas orörda.',
      'En fil som exporterats från katalogen (Ladda ner som CSV eller Excel) går att rätta och läsa in igen.',
    ],
    file: (mb: number) => `Fil (CSV eller Excel, högst ${mb} MB)`,
    fileHint:
      'CSV-filer får vara semikolon- eller kommaavgränsade, i UTF-8 eller i Excels äldre teckenkodning. En Excel-fil läses från första bladet.',
    submit: 'Ladda upp och förhandsgranska',
    back: 'Tillbaka till samordningen',
  },
  errors: {
    noFile: 'Välj en fil att ladda upp.',
    wrongType: (name: string) => `Filen ${name} måste vara en CSV-fil (.csv) eller en Excel-fil (.xlsx).`,
    empty: (name: string) => `Filen ${name} är tom.`,
    tooLarge: (mb: number) => `Filen är för stor. Den får vara högst ${mb} MB. Dela upp den i flera filer.`,
    tooMany: 'Ladda upp en fil i taget.',
    notMultipart: 'Välj en fil i formuläret och försök igen.',
    notFound: 'Filen finns inte. Den kan ha laddats upp av någon annan. Ladda upp den igen.',
    hasErrors: (rows: number) =>
      `Filen har fel på ${n(rows, 'rad', 'rader')}. Rätta filen och ladda upp den igen, eller kryssa i rutan för att hoppa över raderna med fel.`,
  },
  preview: {
    title: (file: string) => `Förhandsgranskning av ${file}`,
    notYet: 'Ingenting är inläst än. Så här skulle det bli:',
    summary: 'Sammanfattning',
    rows: 'Rader i filen',
    created: 'Nya företag',
    updated: 'Ändrade företag',
    unchanged: 'Oförändrade företag',
    invalidRows: 'Rader med fel',
    errorsTitle: 'Fel i filen',
    errorsCaption: (count: number, rows: number) =>
      `${n(count, 'fel', 'fel')} på ${n(rows, 'rad', 'rader')}. Raden räknas som i Excel, med rubrikerna på rad 1.`,
    columns: { row: 'Rad', column: 'Kolumn', message: 'Vad som är fel' },
    rowLabel: (row: number) => `Rad ${row}`,
    importTitle: 'Läs in filen',
    importText:
      'Allt i filen läses in på en gång, eller ingenting. Varje företag som ändras får en ny version i historiken.',
    skip: (rows: number) =>
      rows === 1
        ? 'Hoppa över raden med fel och läs in resten'
        : `Hoppa över de ${formatInteger(rows)} raderna med fel och läs in resten`,
    skipHint: 'Raderna med fel läses inte in. Rätta dem i filen och läs in den igen senare.',
    attest: 'Jag har granskat filens företag mot de fyra ASF-kriterierna',
    attestHint:
      'Kryssa bara i om du själv har kontrollerat kriterierna för varje företag i filen. Då märks de som granskade av dig, och det står i händelseloggen. Annars visas nya företag som ”Importerad – ej granskad mot kriterierna” och hamnar i granskningskön.',
    submit: 'Importera',
    nothingToDo: 'Ingenting i filen skiljer sig från registret. Det finns inget att läsa in.',
    blocked: 'Filen kan inte läsas in som den är. Rätta felen ovan och ladda upp den igen.',
    blockedChoose:
      'Filen kan inte läsas in som den är. Rätta felen ovan: välj vad kolumnerna innehåller och förhandsgranska igen, eller rätta filen och ladda upp den igen.',
    choicesPending: 'Rätta valen för kolumner och datum ovan och förhandsgranska igen innan du läser in filen.',
    fileError: 'Filen gick inte att läsa',
    another: 'Ladda upp en annan fil',
  },
  choose: {
    title: 'Kolumner och datum',
    lead: 'Välj vad varje kolumn som plattformen inte känner igen innehåller, eller hoppa över den. Valen sparas och används nästa gång någon läser in en fil med samma rubriker.',
    legend: 'Vad innehåller kolumnerna?',
    column: (header: string) => `Kolumnen "${header}"`,
    samples: (values: string) => `Första värdena: ${values}.`,
    empty: 'Kolumnen är tom.',
    skip: 'Hoppa över (läs inte in kolumnen)',
    remembered: (by: string, at: string) =>
      `Valen kommer från en tidigare fil med samma rubriker. De gjordes av ${by} ${at}.`,
    formerUser: 'en användare som inte längre finns',
    date: 'Datum som antalen anställda gäller',
    dateHint:
      'Filen har ingen kolumn för vilket datum uppgifterna om anställda gäller. Ange ett datum för hela filen, ÅÅÅÅ-MM-DD, till exempel 2026-10-01.',
    dateMissing:
      'Raderna med antal anställda behöver ett datum, och filen har ingen kolumn för det. Ange ett datum för hela filen nedan.',
    dateUsed: (date: string) =>
      `Filen har ingen kolumn för vilket datum uppgifterna om anställda gäller. Alla rader läses med datumet ${date}.`,
    submit: 'Förhandsgranska med de här valen',
    fieldInvalid: 'Välj vad kolumnen innehåller, eller Hoppa över.',
    changed:
      'Valen för kolumnerna eller datumet har ändrats sedan du förhandsgranskade filen, kanske i en annan flik eller av en annan samordnare. Ingenting är inläst. Här är förhandsgranskningen med valen som gäller nu.',
  },
  /** What a column can be read as, in the preview's choice of field. */
  fields: {
    orgnr: 'Organisationsnummer',
    name: 'Namn',
    legalForm: 'Företagsform',
    municipality: 'Kommun (där företaget har sitt säte)',
    operatingAreas: 'Verksamhetsområde (kommuner och län där företaget levererar)',
    categories: 'Tjänster',
    cpv: 'CPV-koder',
    employees: 'Anställda (antal)',
    targetGroupEmployees: 'Anställda ur målgruppen (antal)',
    reportedOn: 'Rapporterat (datum som antalen anställda gäller)',
    targetGroups: 'Målgrupper',
    certification: 'Certifiering',
    certificationIssuer: 'Certifierad av',
    certifiedUntil: 'Certifierad till (datum)',
    trainingPlaces: 'Arbetsträningsplatser (antal)',
    freePlaces: 'Lediga arbetsträningsplatser (antal)',
    supervisors: 'Handledare (antal)',
    adaptations: 'Anpassningar',
    trainingTargetGroups: 'Målgrupper för arbetsträning',
    networks: 'Nätverk och medlemskap',
    email: 'E-post',
    phone: 'Telefon',
    website: 'Webbplats',
    street: 'Adress',
    postalCode: 'Postnummer',
    city: 'Ort',
    description: 'Beskrivning',
    foundedYear: 'Grundat (år)',
  } satisfies Record<ImportField, string>,
  /** What is wrong with a row or a cell of the file; each names the fault and shows a right example. */
  problems: {
    unclosedQuote: (row: number) =>
      `Filen går inte att läsa som CSV: ett citattecken på rad ${row} avslutas aldrig. Kontrollera citattecknen, eller spara filen på nytt från Excel som "CSV UTF-8".`,
    notExcel: 'Filen går inte att läsa som Excel-fil (.xlsx). Spara den på nytt från Excel, eller som CSV.',
    emptyFile: 'Filen är tom.',
    noSheet: 'Excel-filen har inget kalkylblad.',
    approximate: (text: string, example: string) =>
      `"${text}" är ett ungefärligt antal. Skriv det exakta antalet, till exempel ${example}: registret visar antalet som en uppgift om företaget och räknar andelen ur målgruppen ur det.`,
    notInteger: (text: string) => `"${text}" är inte ett heltal. Skriv bara siffror, till exempel 12.`,
    notDate: (text: string) => `"${text}" är inget datum. Skriv ÅÅÅÅ-MM-DD, till exempel 2026-03-31.`,
    noSuchDate: (text: string) => `Datumet ${text} finns inte.`,
    unknownLegalForm: (text: string) =>
      `Okänd företagsform "${text}". Skriv till exempel Ekonomisk förening, Ideell förening, Aktiebolag, Aktiebolag (svb), Stiftelse eller Annan form.`,
    unknownMunicipality: (text: string, guesses: string | null) =>
      guesses
        ? `Okänd kommun "${text}". Menade du ${guesses}?`
        : `Okänd kommun "${text}". Skriv kommunens namn, till exempel Kiruna, eller kommunkoden med fyra siffror.`,
    unknownArea: (text: string, guesses: string | null) =>
      guesses ? `"${text}" (menade du ${guesses}?)` : `"${text}"`,
    unknownAreas: (list: string) =>
      `Okänd kommun eller okänt län: ${list}. Skriv namn eller koder åtskilda med semikolon, till exempel Kiruna; Gällivare; Norrbottens län.`,
    ambiguousCategory: (word: string) => `"${word}" passar flera tjänster; skriv tjänstens namn`,
    unknownCategory: (word: string) => `okänd tjänst "${word}"`,
    categories: (problems: string, examples: string) =>
      `${problems}. Tjänster skrivs med namn åtskilda med semikolon, till exempel ${examples}.`,
    notCpv: (list: string) => `${list} är ingen CPV-kod. En CPV-kod har åtta siffror, till exempel 90910000.`,
    legalFormMissing:
      'Företagsform saknas. Skriv till exempel Ekonomisk förening, Ideell förening eller Aktiebolag (svb).',
    cpvWithoutCategory: (code: string) =>
      `CPV-koden ${code} hör inte till någon av plattformens tjänster. Fyll också i kolumnen Tjänster.`,
    employeesMissing: 'Antal anställda saknas. Det behövs när raden har uppgifter om målgruppen eller ett datum.',
    targetGroupMissing: 'Ange hur många av de anställda som kommer från målgruppen (0 om ingen).',
    figuresChanged: (earlier: string) =>
      `Antalet anställda har ändrats sedan uppgifterna från ${earlier}. Ange vilket datum de nya antalen gäller, till exempel 2026-03-31.`,
    reportedOnMissing: 'Ange vilket datum uppgifterna om anställda gäller, till exempel 2026-03-31.',
    moreIssuers: (issuers: number, certifications: number) =>
      `Fler utfärdare (${issuers}) än certifieringar (${certifications}). Skriv dem i samma ordning som certifieringarna, åtskilda med semikolon.`,
    moreDates: (dates: number, certifications: number) =>
      `Fler datum (${dates}) än certifieringar (${certifications}). Skriv dem i samma ordning som certifieringarna, åtskilda med semikolon.`,
    trainingPlacesMissing:
      'Ange antal arbetsträningsplatser när raden har lediga platser, handledare eller anpassningar.',
    valueMissing: 'Värdet saknas.',
    valueWrongForm: 'Värdet har fel form.',
    atLeast: (min: string) => `Minst ${min}.`,
    atMostValues: (max: string) => `Högst ${max} värden.`,
    atMostCharacters: (max: string) => `Högst ${max} tecken.`,
    atMost: (max: string) => `Högst ${max}.`,
    invalid: 'Värdet är ogiltigt.',
    orgnrMissing: 'Organisationsnummer saknas.',
    orgnrTwice: (orgnr: string, row: number) => `Organisationsnumret ${orgnr} finns redan på rad ${row} i filen.`,
    noOrgnrColumn:
      'Filen saknar kolumnen Organisationsnummer (eller Org.nr). Den behövs för att känna igen företagen. Kontrollera att rubrikerna står på första raden.',
    sameMeaning: (header: string, first: string) =>
      `Kolumnen "${header}" betyder samma sak som "${first}". Ta bort en av dem.`,
    noSuchColumn: (header: string, headers: string) =>
      `Filen har ingen kolumn "${header}". Rubrikerna i filen är ${headers}.`,
    chosenTwice: (header: string, field: string, first: string) =>
      `Kolumnen "${header}" är vald som ${field}, men kolumnen "${first}" läses redan som det. Välj något annat för "${header}", eller hoppa över den.`,
    dateColumnAndFileDate: (header: string) =>
      `Filen har redan kolumnen "${header}" med datumet för uppgifterna om anställda. Ett datum för hela filen används bara när en sådan kolumn saknas: ta bort datumet, eller hoppa över kolumnen.`,
    tooManyCells:
      'Raden har fler värden än filen har kolumner. Troligen innehåller en cell semikolon eller komma utan citattecken runt: skriv listor som "Kiruna; Gällivare".',
    fileDateForm: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-10-01.',
    fileDateNotInCalendar: (message: string) => `${message} Skriv ett datum som finns.`,
    fileDateInFuture: (date: string) =>
      `Datumet ${date} har inte kommit än. Ange det datum som antalen anställda gäller.`,
  },
  /** The command line's words about its options (asf import --kolumn, --rapporterat). */
  commandLine: {
    columnForm: (text: string) =>
      `--kolumn "${text}": skriv kolumnens rubrik, ett likhetstecken och vad kolumnen innehåller, till exempel --kolumn "Verksam i=Verksamhetsområde" eller --kolumn "Kontaktperson=hoppa över".`,
    notAField: (text: string, name: string, fields: string) =>
      `--kolumn "${text}": "${name}" är inget fält. Skriv något av ${fields} eller "hoppa över".`,
    firstValues: (values: string) => ` (första värdena: ${values})`,
    skippedColumn: (header: string, samples: string, example: string) =>
      `Kolumnen "${header}" känns inte igen och hoppades över${samples}. Säg vad den innehåller med --kolumn "${header}=<fält>", till exempel --kolumn "${header}=${example}", eller --kolumn "${header}=hoppa över".`,
    fileDate: (date: string) => `Uppgifterna om anställda gäller ${date} på alla rader (--rapporterat).`,
    dateMissing:
      'Filen har ingen kolumn för vilket datum uppgifterna om anställda gäller. Ange ett datum för hela filen med --rapporterat ÅÅÅÅ-MM-DD.',
  },
  result: {
    title: 'Filen är inläst',
    text: (created: number, updated: number, unchanged: number) =>
      `${n(created, 'nytt företag', 'nya företag')}, ${n(updated, 'ändrat', 'ändrade')} och ${n(unchanged, 'oförändrat', 'oförändrade')}.`,
    skipped: (rows: number) => `${n(rows, 'rad', 'rader')} med fel hoppades över.`,
    attested: 'Företagen är märkta som granskade mot de fyra kriterierna av dig.',
    unreviewed:
      'Nya företag visas som ”Importerad – ej granskad mot kriterierna” tills en samordnare har granskat dem.',
    queue: 'Till granskningskön',
    nothing: 'Ingenting behövde ändras: registret hade redan allt som står i filen.',
    directory: 'Se företagen i katalogen',
    another: 'Läs in en fil till',
  },
  already: {
    title: 'Filen är redan inläst',
    text: (file: string, at: string) =>
      `${file} lästes in ${at}. Samma fil läses inte in två gånger. Ladda upp den igen om du verkligen vill läsa in den på nytt.`,
  },
};
