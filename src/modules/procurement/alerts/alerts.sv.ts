import { formatInteger } from '../../../platform/i18n/format.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

/** Alerts: the e-mails (always in Swedish), the settings page and the unsubscribe page. */
export const alertsSv = {
  mail: {
    urgentSubject: (title: string) => `Stänger snart: ${title}`,
    movedSubject: (title: string) => `Ny sista dag: ${title}`,
    digestSubject: (count: number) => `${n(count, 'ny möjlighet', 'nya möjligheter')} för er`,
    greeting: 'Hej!',
    urgentLead: (enterprise: string) =>
      `En möjlighet som passar ${enterprise} stänger inom sju dagar. Vi skickar den direkt i stället för att vänta på sammanfattningen.`,
    movedLead: (enterprise: string) =>
      `Sista dagen har ändrats för en möjlighet som passar ${enterprise}. Så här ser den ut nu:`,
    digestLead: (enterprise: string) => `Här är det nya som passar ${enterprise} sedan förra sammanfattningen.`,
    closingSoon: 'STÄNGER INOM 7 DAGAR',
    fresh: 'NYA',
    moved: 'ÄNDRAD SISTA DAG',
    why: 'Varför',
    settings: (url: string) => `Ändra vad ni följer och hur ofta: ${url}`,
    unsubscribe: (url: string) => `Vill ni inte få fler sådana meddelanden? Avsluta med ett klick: ${url}`,
    footer: 'Meddelandet kommer från ASF-plattformen. Bevakningen är gratis.',
  },
  section: {
    heading: 'Bevakning',
    now: (how: string, what: string) => `Nu: ${how.toLocaleLowerCase('sv')}; ${what.toLocaleLowerCase('sv')}.`,
    change: 'Ändra vad ni följer och hur ofta',
  },
  settings: {
    title: 'Bevakning',
    lead: 'Vi skickar e-post när en upphandling, direktupphandling, ett planerat köp eller en dialog passar er. Det som stänger inom sju dagar skickas direkt, resten i en sammanfattning.',
    link: 'Bevakning: vad ni följer och hur ofta',
    back: 'Tillbaka till Mitt företag',
    frequency: 'Hur ofta',
    frequencies: {
      daily: 'En sammanfattning varje morgon',
      weekly: 'En sammanfattning varje måndag',
      off: 'Inga meddelanden',
    },
    follow: 'Vad ni följer',
    follows: {
      profile: 'Det ni erbjuder och där ni levererar, enligt er profil',
      chosen: 'Det jag väljer här',
    },
    chosenHint: 'Fyll i det ni vill följa. Tomma fält begränsar inget.',
    cpv: 'CPV-koder',
    cpvHint: 'Åtta siffror, flera åtskilda med komma. Underkoder och närmast överordnade koder räknas också.',
    categories: 'Tjänster',
    places: 'Kommuner och län',
    placesHint: 'Till exempel Falun, Borlänge eller Dalarnas län. Tomt: där ni levererar enligt profilen.',
    words: 'Ord i rubriken eller beskrivningen',
    wordsHint: 'Ett eller flera ord; en möjlighet räknas om den har något av dem.',
    kinds: 'Slag',
    kindsHint: 'Inget valt: alla fyra.',
    save: 'Spara bevakningen',
    saved: 'Bevakningen är sparad.',
    recipients: (count: number) =>
      count === 0
        ? 'Ingen redaktör med bekräftad e-postadress finns för företaget, så inget kan skickas än.'
        : `Meddelandena går till ${n(count, 'redaktör', 'redaktörer')} med bekräftad e-postadress.`,
  },
  errors: {
    cpv: (text: string) => `”${text}” är ingen CPV-kod. En CPV-kod har åtta siffror, till exempel 90911200.`,
    place: (text: string) => `Hittar ingen kommun eller inget län som heter ”${text}”.`,
    chosenEmpty: 'Välj minst en CPV-kod, tjänst, ort, ett ord eller ett slag att följa, eller följ er profil.',
  },
  unsubscribe: {
    title: 'Avsluta bevakningen',
    lead: (enterprise: string) => `Vill ni sluta få e-post om möjligheter för ${enterprise}?`,
    button: 'Avsluta bevakningen',
    done: (enterprise: string) =>
      `Klart. ${enterprise} får inga fler meddelanden om möjligheter. Redaktörerna kan slå på bevakningen igen under Mitt företag.`,
    unknown: 'Länken gäller inte. Den kan vara ofullständig; kopiera hela länken från meddelandet.',
  },
};
