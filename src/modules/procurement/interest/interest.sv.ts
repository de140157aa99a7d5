import { formatInteger, formatPercent } from '../../../platform/i18n/format.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

export interface ContactMail {
  sender: string;
  senderOrgnr: string;
  replyTo: string;
  title: string;
  position: number;
  message: string;
  opportunityUrl: string;
  interestUrl: string;
}

/** Interest, joint bids and the dialogue meeting (Swedish, the source; the e-mail always Swedish). */
export const interestSv = {
  title: (title: string) => `Intresse: ${title}`,
  lead: 'Visa köparen att ni är intresserade av ett delområde, och om ni kan tänka er att lämna ett gemensamt anbud med andra företag.',
  back: 'Tillbaka till möjligheterna',
  show: 'Visa intresse för upphandlingen',
  notPublished: 'När ert företag är publicerat i registret kan ni visa intresse här.',
  closedTitle: 'Möjligheten finns inte',
  closed:
    'Den här möjligheten finns inte, eller går inte längre att svara på. Se Möjligheter för er under Mitt företag.',
  yours: 'Ni har visat intresse.',
  message: 'Kort meddelande till köparen (frivilligt)',
  messageHint: 'Till exempel vad ni kan leverera och hur många ni kan anställa. Högst 500 tecken.',
  showBuyer: 'Köparen får se vårt namn och meddelande',
  showBuyerHint: 'Utan det ser köparen bara hur många som är intresserade.',
  jointBid: 'Vi är öppna för ett gemensamt anbud',
  jointBidHint: 'Andra intresserade som också är öppna för det ser då ert företag och kan skriva till er här.',
  save: 'Visa intresse',
  update: 'Spara ändringarna',
  withdraw: 'Ta tillbaka intresset',
  notices: {
    saved: 'Ert intresse är sparat.',
    withdrawn: 'Intresset är borttaget.',
    sent: 'Meddelandet är skickat.',
    answered: 'Svaret om mötet är sparat.',
  },
  partners: 'Andra som är öppna för ett gemensamt anbud',
  noPartners: 'Inga andra har ännu sagt att de är öppna för ett gemensamt anbud på det här delområdet.',
  contact: (name: string) => `Skriv till ${name}`,
  contactHint: 'Meddelandet går med e-post till företagets redaktörer, med er e-postadress så att de kan svara.',
  send: 'Skicka',
  joint: {
    heading: 'Om ni går ihop',
    caption: 'Vad ni täcker tillsammans',
    columns: { name: 'Företag', codes: 'CPV-koder', places: 'Orter', employees: 'Anställda (i målgruppen)' },
    together: 'Tillsammans',
    none: '–',
    employees: (total: number, target: number) => `${formatInteger(total)} (${formatInteger(target)})`,
    noFigures: 'uppgifter saknas eller är äldre än 12 månader',
    codes: (covered: number, asked: number) => `${formatInteger(covered)} av ${formatInteger(asked)} koder`,
    places: (covered: number, asked: number) => `${formatInteger(covered)} av ${formatInteger(asked)} orter`,
    share: (share: number, members: number) =>
      `Tillsammans ${formatPercent(share)} i målgruppen, enligt uppgifter högst 12 månader gamla från ${n(members, 'företag', 'företag')}.`,
    noShare: 'Inget av företagen har uppgifter om anställda från de senaste 12 månaderna.',
    buyersCall:
      'Om en grupp av leverantörer tillsammans uppfyller villkoren i 4 kap. 18 § LOU avgör den upphandlande myndigheten. Siffran är företagens egna uppgifter.',
  },
  meeting: {
    heading: 'Mötet',
    when: (when: string) => `Dialogmöte ${when}.`,
    persons: 'Hur många kommer från er?',
    personsHint: '0 om ingen kommer.',
    save: 'Svara',
    answered: (persons: number) => `Ni har anmält ${n(persons, 'person', 'personer')}.`,
    calendar: 'Lägg mötet i kalendern (iCal)',
  },
  errors: {
    persons: 'Skriv ett antal mellan 0 och 20.',
    contact: 'Skriv ett meddelande, högst 2 000 tecken.',
    notPartner: 'Det företaget är inte längre öppet för ett gemensamt anbud på delområdet.',
  },
  buyer: {
    heading: 'Intresse',
    none: 'Inget företag har visat intresse än.',
    count: (total: number, joint: number) =>
      `${n(total, 'företag har', 'företag har')} visat intresse, ${formatInteger(joint)} av dem öppna för ett gemensamt anbud.`,
    hidden: (count: number) => `${n(count, 'företag', 'företag')} vill inte visa sitt namn.`,
    jointBadge: 'öppen för gemensamt anbud',
    meeting: (enterprises: number, persons: number) =>
      `Anmälda till mötet: ${n(enterprises, 'företag', 'företag')}, ${n(persons, 'person', 'personer')}.`,
  },
  mail: {
    contact: (m: ContactMail) => ({
      subject: `${m.sender} vill diskutera ett gemensamt anbud`,
      text: [
        'Hej!',
        '',
        `${m.sender} (${m.senderOrgnr}) har också visat intresse för delområde ${m.position} i ”${m.title}” och är öppet för ett gemensamt anbud, liksom ni.`,
        '',
        'Meddelande:',
        m.message,
        '',
        `Svara till: ${m.replyTo}`,
        `Upphandlingen: ${m.opportunityUrl}`,
        '',
        `Ni får det här för att ni har sagt att ni är öppna för ett gemensamt anbud. Ändra det här: ${m.interestUrl}`,
      ].join('\n'),
    }),
  },
};
