import { formatDate, formatInteger } from '../../../platform/i18n/format.js';
import type { Catalogue } from '../../../platform/i18n/types.js';
import type { WatchMail, watchSv } from './watch.sv.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

export const watchEn: Catalogue<typeof watchSv> = {
  button: 'Watch this search',
  buttonHint: 'Get an e-mail when new enterprises match the search.',
  watched: 'You watch this search. We send an e-mail when new enterprises match it.',
  manage: 'Your watched searches',
  everything: 'All enterprises in the register',
  title: 'Watched searches',
  lead: 'We send an e-mail in the morning when new enterprises match a search you watch.',
  none: 'You watch no search. Search the enterprises and choose “Watch this search” below the results.',
  search: 'Search the enterprises',
  since: (date: Date) => `since ${formatDate(date)}`,
  open: 'Show the results',
  remove: (label: string) => `Stop watching ${label}`,
  removeShort: 'Stop watching',
  removed: 'The watch is removed.',
  notSearch: 'The search could not be read. Run it again and choose “Watch this search” again.',
  mail: (m: WatchMail) => ({
    subject: `${n(m.enterprises.length, 'new enterprise matches', 'new enterprises match')} your watched search`,
    text: [
      'Hello,',
      '',
      `${n(m.enterprises.length, 'new enterprise matches', 'new enterprises match')} the search ${m.label}:`,
      '',
      ...m.enterprises.slice(0, 50).map((e) => `- ${e.name}\n  ${e.url}`),
      ...(m.enterprises.length > 50 ? [`… and ${formatInteger(m.enterprises.length - 50)} more.`] : []),
      '',
      `All results: ${m.searchUrl}`,
      `Change or stop watching: ${m.manageUrl}`,
    ].join('\n'),
  }),
};
