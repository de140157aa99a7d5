import { formatInteger } from '../../../platform/i18n/format.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

/** The market analysis page (Swedish, the source). */
export const analysisSv = {
  nav: 'Marknadsanalys',
  title: 'Marknadsanalys',
  lead: 'Se hur många arbetsintegrerande sociala företag i registret som kan leverera det ni tänker köpa, där det ska utföras, och hur många som kan delta i en reserverad upphandling. Sidan går att skriva ut och lägga i upphandlingens akt.',
  form: {
    heading: 'Vad och var',
    cpv: 'CPV-koder',
    cpvHint: 'Åtta siffror, flera åtskilda med komma, till exempel 90911200, 90919200. Hitta koder på ord nedan.',
    words: 'Hitta CPV-kod på ord',
    wordsHint: 'Till exempel städning av kontor eller catering.',
    find: 'Hitta koder',
    county: 'Län',
    municipality: 'Kommun (om det bara gäller en kommun)',
    anyCounty: 'Välj län',
    anyMunicipality: 'Hela länet',
    submit: 'Gör analysen',
    found: (count: number, words: string) => `${n(count, 'kod', 'koder')} med orden ”${words}”:`,
    foundNone: (words: string) => `Ingen CPV-kod har orden ”${words}”. Prova ett annat ord, eller en del av ett ord.`,
    foundMore: (shown: number) => `De ${formatInteger(shown)} första visas; skriv fler ord för att smalna av.`,
    add: (code: string) => `Lägg till ${code}`,
    added: 'tillagd',
  },
  errors: {
    cpvMissing: 'Skriv minst en CPV-kod, eller hitta en på ord.',
    cpvFormat: (text: string) => `”${text}” är ingen CPV-kod. En CPV-kod har åtta siffror, till exempel 90911200.`,
    cpvUnknown: (code: string) =>
      `Det finns ingen CPV-kod ${code} i CPV 2008. Kontrollera siffrorna, eller hitta koden på ord.`,
    cpvTooMany: (max: number) => `Högst ${max} CPV-koder i en analys.`,
    placeMissing: 'Välj län, och kommun om det bara gäller en kommun.',
    countyUnknown: 'Välj ett län i listan.',
    municipalityUnknown: 'Välj en kommun i listan.',
    municipalityOutside: (municipality: string, county: string) => `${municipality} ligger inte i ${county}.`,
  },
  result: {
    heading: (place: string) => `Marknadsanalys för ${place}`,
    madeOn: (date: string) => `Gjord ${date} ur ASF-plattformens register.`,
    asked: 'Efterfrågat',
    total: 'Kan leverera',
    eligible: 'Uppfyller 4 kap. 18 § LOU',
    eligibleHint: 'Minst 30 % av de anställda ur målgruppen, enligt uppgifter som är högst 12 månader gamla.',
    certified: 'Certifierade',
    training: 'Med lediga arbetsträningsplatser',
    enterprises: (count: number) => n(count, 'företag', 'företag'),
    recommendation: 'Bedömning',
    recommendMany: (count: number, place: string) =>
      `${n(count, 'företag', 'företag')} i ${place} uppfyller villkoren i 4 kap. 18 § LOU. Överväg att reservera upphandlingen eller ett delområde för arbetsintegrerande sociala företag.`,
    recommendOne: (place: string) =>
      `Bara ett företag i ${place} uppfyller villkoren i 4 kap. 18 § LOU. En reserverad upphandling kan få ett enda anbud; överväg en dialog med företagen eller ett mindre delområde.`,
    recommendNone: (total: number, place: string) =>
      total > 0
        ? `Inget av de ${n(total, 'företag', 'företag')} som kan leverera i ${place} uppfyller villkoren i 4 kap. 18 § LOU enligt aktuella uppgifter. En reservation skulle sannolikt inte få anbud; ett krav på sysselsättningsfrämjande åtgärder kan vara en väg.`
        : `Inget företag i registret levererar det efterfrågade i ${place}. Bredda området eller koderna, eller fråga samordnaren om företag som ännu inte finns i registret.`,
    perMunicipality: 'Per kommun',
    municipality: 'Kommun',
    list: 'Företagen',
    listCaption: 'Företag som kan leverera, med skälet',
    name: 'Företag',
    why: 'Varför',
    where: 'Levererar i',
    everywhere: (place: string) => `Hela ${place}`,
    reservation: '4 kap. 18 §',
    yes: (share: string, date: string) => `Ja (${share}, ${date})`,
    no: 'Nej',
    noFigures: 'Nej (uppgift saknas)',
    oldFigures: (share: string, date: string) => `Nej (${share}, ${date}: äldre än 12 månader)`,
    lowShare: (share: string, date: string) => `Nej (${share}, ${date})`,
    same: (code: string, label: string) => `${code} ${label}`,
    narrower: (offered: string, label: string, asked: string) => `${offered} ${label} (del av ${asked})`,
    broader: (offered: string, label: string, asked: string) => `${offered} ${label} (omfattar ${asked})`,
    firstShown: (shown: number, total: number) =>
      `De ${formatInteger(shown)} första av ${formatInteger(total)} visas här; hela listan finns i filerna nedan.`,
    downloads: 'Ladda ner listan',
    csv: 'CSV (Excel)',
    xlsx: 'Excel (xlsx)',
    print: 'Skriv ut sidan från webbläsaren för att spara analysen.',
  },
  file: {
    sheet: 'Marknadsanalys',
    headers: [
      'Organisationsnummer',
      'Företag',
      'CPV-matchning',
      'Levererar i',
      'Andel ur målgruppen',
      'Uppgifter från',
      'Uppfyller 4 kap. 18 §',
      'Certifierat',
      'Lediga arbetsträningsplatser',
    ],
    yes: 'ja',
    no: 'nej',
  },
};
