import { formatInteger } from '../../platform/i18n/format.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

/** Texts of the import page for coordinators (Swedish, the source). */
export const importSv = {
  upload: {
    title: 'Läs in företag från en fil',
    lead: 'Ladda upp en CSV- eller Excel-fil med ett företag per rad. Först visas vad som skulle hända och varje fel i filen. Ingenting läses in förrän du trycker på Importera.',
    columnsTitle: 'Hur filen ska se ut',
    columns: [
      'Rubrikerna står på första raden, på svenska eller engelska: till exempel Organisationsnummer (eller Org.nr), Namn, Företagsform, Kommun, Verksamhetsområde, Tjänster, CPV, Anställda, Anställda ur målgruppen, Rapporterat, Certifiering, Certifierad till, Arbetsträningsplatser, Lediga platser, E-post, Telefon, Webbplats, Adress, Postnummer, Ort, Beskrivning och Grundat.',
      'Listor i en cell skrivs med semikolon emellan, till exempel "Kiruna; Gällivare".',
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
    ignored: (columns: string) => `Kolumner som inte känns igen och hoppas över: ${columns}.`,
    errorsTitle: 'Fel i filen',
    errorsCaption: (count: number, rows: number) =>
      `${n(count, 'fel', 'fel')} på ${n(rows, 'rad', 'rader')}. Raden räknas som i Excel, med rubrikerna på rad 1.`,
    columns: { row: 'Rad', column: 'Kolumn', message: 'Vad som är fel' },
    rowLabel: (row: number) => `Rad ${row}`,
    importTitle: 'Läs in filen',
    importText:
      'Allt i filen läses in på en gång, eller ingenting. Varje företag som ändras får en ny version i historiken.',
    skip: (rows: number) => `Hoppa över ${n(rows, 'raden', 'raderna')} med fel och läs in resten`,
    skipHint: 'Raderna med fel läses inte in. Rätta dem i filen och läs in den igen senare.',
    submit: 'Importera',
    nothingToDo: 'Ingenting i filen skiljer sig från registret. Det finns inget att läsa in.',
    blocked: 'Filen kan inte läsas in som den är. Rätta felen ovan och ladda upp den igen.',
    fileError: 'Filen gick inte att läsa',
    another: 'Ladda upp en annan fil',
  },
  result: {
    title: 'Filen är inläst',
    text: (created: number, updated: number, unchanged: number) =>
      `${n(created, 'nytt företag', 'nya företag')}, ${n(updated, 'ändrat', 'ändrade')} och ${n(unchanged, 'oförändrat', 'oförändrade')}.`,
    skipped: (rows: number) => `${n(rows, 'rad', 'rader')} med fel hoppades över.`,
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
