import { formatInteger } from '../../../platform/i18n/format.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

/** Alerts: the e-mails (always in Swedish), the settings page and the unsubscribe page. */
export const alertsSv = {
  mail: {
    urgentSubject: (title: string) => `Stänger snart: ${title}`,
    movedSubject: (title: string) => `Ny sista dag: ${title}`,
    meetingSoonSubject: (title: string) => `Dialogmöte snart: ${title}`,
    meetingMovedSubject: (title: string) => `Ny tid för mötet: ${title}`,
    digestSubject: (count: number) => `${n(count, 'ny möjlighet', 'nya möjligheter')} för er`,
    greeting: 'Hej!',
    urgentLead: (enterprise: string) =>
      `En möjlighet som passar ${enterprise} stänger inom sju dagar. Vi skickar den direkt i stället för att vänta på sammanfattningen.`,
    movedLead: (enterprise: string) =>
      `Sista dagen har ändrats för en möjlighet som passar ${enterprise}. Så här ser den ut nu:`,
    meetingSoonLead: (enterprise: string) =>
      `En marknadsdialog som passar ${enterprise} har sitt möte inom sju dagar. Vi skickar den direkt i stället för att vänta på sammanfattningen.`,
    meetingMovedLead: (enterprise: string) =>
      `Mötet har fått en ny tid i en marknadsdialog som passar ${enterprise}. Så här ser den ut nu:`,
    digestLead: (enterprise: string) => `Här är det nya som passar ${enterprise}.`,
    closingSoon: 'STÄNGER INOM 7 DAGAR',
    fresh: 'NYA',
    moved: 'ÄNDRAD SISTA DAG ELLER MÖTESTID',
    why: 'Varför',
    settings: (url: string) => `Ändra vad ni följer och hur ofta: ${url}`,
    unsubscribe: (url: string) => `Vill ni inte få fler sådana meddelanden? Avsluta bevakningen: ${url}`,
    footer: 'Meddelandet kommer från ASF-plattformen. Bevakningen är gratis.',
  },
  section: {
    heading: 'Bevakning',
    now: (how: string) => `Hur ofta: ${how}.`,
    follows: {
      profile: 'Ni följer det ni erbjuder och där ni levererar, enligt er profil.',
      chosen: 'Ni följer de koder, tjänster, orter, ord och slag ni har valt.',
    },
    change: 'Ändra vad ni följer och hur ofta',
  },
  settings: {
    title: 'Bevakning',
    lead: 'Vi skickar e-post när en upphandling, direktupphandling, ett planerat köp eller en dialog passar er. Det som stänger inom sju dagar skickas direkt, resten i en sammanfattning.',
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
      chosen: 'Det ni väljer nedan',
    },
    chosenLegend: 'Om ni väljer själva',
    chosenHint:
      'Gäller bara när ni valt ”Det ni väljer nedan”. En möjlighet ska passa allt ni fyllt i: en av koderna eller tjänsterna, en av orterna, något av orden och ett av slagen. Ett tomt fält begränsar inget; utan orter gäller orterna i er profil.',
    cpv: 'CPV-koder',
    cpvHint: 'Åtta siffror, flera åtskilda med komma. Underkoder och närmast överordnade koder räknas också.',
    categories: 'Tjänster',
    places: 'Kommuner och län',
    placesHint: 'Till exempel Falun, Borlänge eller Dalarnas län.',
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
    choose: 'Välj ett av alternativen.',
    chosenEmpty: 'Välj minst en CPV-kod, tjänst, ort, ett ord eller ett slag att följa, eller följ er profil.',
  },
  unsubscribe: {
    title: 'Avsluta bevakningen',
    lead: (enterprise: string) =>
      `Vill ni sluta få e-post om möjligheter för ${enterprise}? Det gäller alla företagets redaktörer. Vill ni bara få färre, välj en sammanfattning i veckan under Bevakning i stället.`,
    button: 'Avsluta bevakningen',
    done: (enterprise: string) => `Klart. ${enterprise} får inga fler meddelanden om möjligheter.`,
    again: 'Slå på bevakningen igen eller välj hur ofta (kräver inloggning)',
    settings: 'Välj hur ofta i stället (kräver inloggning)',
    unknown: 'Länken gäller inte. Den kan vara ofullständig; kopiera hela länken från meddelandet.',
  },
};
