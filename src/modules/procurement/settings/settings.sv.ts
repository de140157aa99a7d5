import { formatInteger } from '../../../platform/i18n/format.js';

/** The administrator's page of procurement rules kept as data (Swedish, the source). */
export const settingsSv = {
  link: 'Regler för upphandling',
  linkText: 'Direktupphandlingsgränser per år och listan över välfärdstjänster för 19 kap. 25 a § LOU.',
  title: 'Regler för upphandling',
  lead: 'Beloppen och listan som kontrollerna läser när en inköpare skriver en upphandling. Ange alltid källan, så att en läsare kan kontrollera.',
  limits: {
    heading: 'Direktupphandlingsgränser',
    lead: 'En direktupphandling över årets gräns får en varning (aldrig ett stopp). Gränsen för sociala och andra särskilda tjänster (LOU bilaga 2) gäller när varje delområdes huvudkod finns på den listan.',
    caption: 'Gränser per år',
    columns: { year: 'År', kind: 'Slag', amount: 'Gräns (kr)', source: 'Källa', remove: 'Ta bort' },
    kinds: { social_services: 'Sociala och andra särskilda tjänster', general: 'Övriga varor och tjänster' },
    none: 'Inga gränser är inlagda.',
    remove: (year: number, kind: string) => `Ta bort ${year}, ${kind}`,
    addHeading: 'Lägg in eller ändra en gräns',
    year: 'År',
    kind: 'Slag',
    amount: 'Gräns i kronor',
    amountHint: 'Hela kronor, till exempel 8 513 250.',
    source: 'Källa',
    sourceHint:
      'Lag, förordning eller myndighetens sida, till exempel LOU 19 kap. och Upphandlingsmyndighetens beslut.',
    save: 'Spara gränsen',
  },
  nonProfit: {
    heading: 'Välfärdstjänster för idéburna organisationer (19 kap. 25 a § LOU)',
    lead: 'CPV-koder för de tjänster som får reserveras för idéburna organisationer. eForms har ingen lista för paragrafen; tomt betyder att kontrollen bara varnar.',
    codes: 'CPV-koder',
    codesHint: 'Åtta siffror, åtskilda med komma eller radbrytning.',
    source: 'Källa',
    sourceHint: 'Varifrån listan kommer, till exempel LOU bilaga 2a.',
    save: 'Spara listan',
    count: (n: number) => `${formatInteger(n)} ${n === 1 ? 'kod' : 'koder'} i listan.`,
    updated: (at: string, by: string) => `Senast ändrad ${at} av ${by}.`,
  },
  saved: 'Sparat.',
  errors: {
    year: 'Skriv ett år mellan 2000 och 2100.',
    kind: 'Välj slag.',
    amount: 'Skriv beloppet i hela kronor, till exempel 8 513 250.',
    source: 'Skriv källan.',
    tooLong: (max: number) => `Högst ${formatInteger(max)} tecken.`,
    cpvFormat: (text: string) => `”${text}” är ingen CPV-kod. En CPV-kod har åtta siffror.`,
    cpvUnknown: (code: string) => `Det finns ingen CPV-kod ${code} i CPV 2008.`,
  },
};
