import { formatInteger } from '../../../platform/i18n/format.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

/** The capacity board, the enterprise's update of its free places, the e-mail link and the reminder. */
export const capacitySv = {
  footer: 'Lediga arbetsträningsplatser',
  board: {
    title: 'Lediga arbetsträningsplatser',
    lead: 'Platser som är lediga nu hos arbetsintegrerande sociala företag med en arbetsträningsöverenskommelse. Företagen uppdaterar själva antalet.',
    uncertainExplained: (days: number) =>
      `”Osäker” betyder att företaget inte har bekräftat antalet på mer än ${days} dagar, eller att det har uppgett fler lediga platser än dess överenskommelser har i dag. Fråga företaget innan du räknar med platsen.`,
    results: 'Lediga platser nu',
    filters: 'Filtrera',
    municipality: 'Kommun',
    anyMunicipality: 'Alla kommuner',
    targetGroup: 'Målgrupp',
    anyTargetGroup: 'Alla målgrupper',
    adaptation: 'Anpassning',
    anyAdaptation: 'Alla anpassningar',
    apply: 'Visa platser',
    clear: 'Rensa filtren',
    count: (count: number) => n(count, 'företag har', 'företag har') + ' lediga platser',
    none: 'Inga lediga platser matchar filtren just nu.',
    free: (free: number, places: number) => `${n(free, 'ledig plats', 'lediga platser')} av ${formatInteger(places)}`,
    confirmed: (date: string) => `Bekräftat ${date}`,
    uncertain: 'Osäker',
    uncertainReason: {
      not_confirmed: (days: number) => `Antalet har inte bekräftats på mer än ${days} dagar.`,
      more_than_places: (stated: number, places: number) =>
        `Företaget uppgav ${n(stated, 'ledig plats', 'lediga platser')}, men dess överenskommelser som gäller i dag har ${n(places, 'plats', 'platser')}.`,
    },
    municipalities: 'Kommun',
    targetGroups: 'Målgrupper',
    adaptations: 'Anpassningar',
    profile: 'Företagets profil',
    badParameter: 'Ett filter har ett värde som inte finns. Välj i listorna.',
    api: 'Samma uppgifter som öppna data',
  },
  section: {
    heading: 'Lediga arbetsträningsplatser',
    lead: (places: number) =>
      `Ni har ${n(places, 'arbetsträningsplats', 'arbetsträningsplatser')} i överenskommelser som gäller i dag. Hur många är lediga nu?`,
    notInForce: 'Ingen av era arbetsträningsöverenskommelser gäller i dag.',
    now: (free: number, date: string) => `Enligt er: ${n(free, 'ledig plats', 'lediga platser')}, bekräftat ${date}.`,
    never: 'Ni har inte uppgett lediga platser än. Det syns på kapacitetstavlan först när ni har gjort det.',
    uncertain: (days: number) => `Visas som osäker på kapacitetstavlan: inte bekräftat på mer än ${days} dagar.`,
    tooMany: (places: number) =>
      `Visas som osäker på kapacitetstavlan: det är fler än de ${formatInteger(places)} platserna i era överenskommelser som gäller i dag. Skriv hur många som är lediga nu.`,
    same: 'Stämmer fortfarande',
    orChange: 'Har antalet ändrats? Skriv det nya:',
    free: 'Lediga platser nu',
    save: 'Spara antalet',
    saved: (free: number) => `Sparat: ${n(free, 'ledig plats', 'lediga platser')}. Tack!`,
    agreements: 'Era överenskommelser',
    agreement: (organisation: string, dnr: string, starts: string, ends: string, places: number) =>
      `${organisation}, Dnr ${dnr}, ${starts}–${ends}, ${n(places, 'plats', 'platser')}`,
    back: 'Tillbaka till Mitt företag',
    title: 'Lediga arbetsträningsplatser',
  },
  link: {
    title: 'Uppdatera lediga arbetsträningsplatser',
    lead: (name: string) => `För ${name}. Ingen inloggning behövs: länken i e-postmeddelandet är nyckeln.`,
    invalid:
      'Länken är ogiltig eller har gått ut. Logga in och uppdatera under Mitt företag, eller vänta på nästa påminnelse.',
    signIn: 'Logga in',
    unpublished:
      'Företaget finns inte längre publicerat i registret, så dess lediga platser visas inte på kapacitetstavlan och kan inte uppdateras via länken. Hör av er till den som administrerar registret om det är fel.',
  },
  errors: {
    free: 'Skriv antalet lediga platser som ett heltal, 0 eller mer.',
    no_agreement:
      'Ni har ingen arbetsträningsöverenskommelse som gäller i dag, så det finns inga platser att uppdatera.',
    too_many: (places: number) =>
      `Ni kan ha högst ${formatInteger(places)} lediga platser: så många har era överenskommelser som gäller i dag.`,
    nothing_to_confirm: 'Det finns inget antal att bekräfta än. Skriv hur många platser som är lediga.',
  },
  mail: {
    subject: 'Stämmer era lediga arbetsträningsplatser?',
    greeting: 'Hej,',
    lead: (name: string, places: number) =>
      `${name} har ${n(places, 'arbetsträningsplats', 'arbetsträningsplatser')} i överenskommelser som gäller i dag.`,
    now: (free: number, date: string) => `Senast sa ni ${n(free, 'ledig plats', 'lediga platser')} (${date}).`,
    never: 'Ni har inte uppgett hur många som är lediga.',
    why: (days: number) =>
      `Samordnare letar platser på kapacitetstavlan. Ett antal som inte bekräftats på ${days} dagar visas som osäkert.`,
    link: (url: string) => `Bekräfta eller ändra med två klick, utan inloggning: ${url}`,
    footer: 'Meddelandet kommer från ASF-plattformen.',
  },
} as const;
