import { formatDate, formatInteger } from '../../../platform/i18n/format.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

export interface WatchMail {
  label: string;
  enterprises: { name: string; url: string }[];
  searchUrl: string;
  manageUrl: string;
}

/** "Bevaka sökningen" (Swedish, the source; the e-mail always Swedish). */
export const watchSv = {
  button: 'Bevaka sökningen',
  buttonHint: 'Få e-post när nya företag matchar sökningen.',
  watched: 'Ni bevakar sökningen. Vi skickar e-post när nya företag matchar den.',
  manage: 'Era bevakningar',
  everything: 'Alla företag i registret',
  title: 'Bevakade sökningar',
  lead: 'Vi skickar e-post på morgonen när nya företag matchar en sökning ni bevakar.',
  none: 'Ni bevakar ingen sökning. Sök bland företagen och välj ”Bevaka sökningen” under träffarna.',
  search: 'Sök bland företagen',
  since: (date: Date) => `sedan ${formatDate(date)}`,
  open: 'Visa träffarna',
  remove: (label: string) => `Sluta bevaka ${label}`,
  removeShort: 'Sluta bevaka',
  removed: 'Bevakningen är borttagen.',
  notSearch: 'Sökningen kunde inte läsas. Gör om den och välj ”Bevaka sökningen” igen.',
  mail: (m: WatchMail) => ({
    subject: `${n(m.enterprises.length, 'nytt företag', 'nya företag')} matchar er bevakade sökning`,
    text: [
      'Hej!',
      '',
      `${n(m.enterprises.length, 'nytt företag', 'nya företag')} matchar sökningen ${m.label}:`,
      '',
      ...m.enterprises.slice(0, 50).map((e) => `- ${e.name}\n  ${e.url}`),
      ...(m.enterprises.length > 50 ? [`… och ${formatInteger(m.enterprises.length - 50)} till.`] : []),
      '',
      `Alla träffar: ${m.searchUrl}`,
      `Ändra eller sluta bevaka: ${m.manageUrl}`,
    ].join('\n'),
  }),
};
