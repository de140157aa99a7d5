import { formatInteger } from '../../../platform/i18n/format.js';
import type { Catalogue } from '../../../platform/i18n/types.js';
import type { noticeSv } from './notice.sv.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

export const noticeEn: Catalogue<typeof noticeSv> = {
  refused: {
    not_xml: (_detail: string) =>
      `not a readable XML file (it is broken, cut short or in another format). Nothing from the file was saved.`,
    not_eforms: (detail: string) =>
      `not an eForms notice, the fields ${detail} are missing. Nothing from the file was saved.`,
    not_procurement: (subtype: string) =>
      `the notice type ${subtype} is not a procurement (a company register notice, say). Nothing from the file was saved.`,
    not_yours: (title: string) =>
      `the procurement "${title}" already exists and belongs to someone else; only who read it in, their organisation or an administrator can update it. Nothing from the file was saved.`,
    invalid: (detail: string) => `a value in the notice cannot be saved (${detail}). Nothing from the file was saved.`,
    unreadable: () => `the file could not be read. Nothing from the file was saved.`,
  },
  outcome: {
    created: 'new procurement',
    updated: 'updated the procurement',
    unchanged: 'already read, nothing changed',
    older: 'older than what is already there, kept without change',
    skipped: (country: string) => `skipped (country ${country})`,
  },
  summary: (counts: {
    created: number;
    updated: number;
    unchanged: number;
    older: number;
    skipped: number;
    refused: number;
  }) =>
    [
      n(counts.created, 'new procurement', 'new procurements'),
      `${formatInteger(counts.updated)} updated`,
      `${formatInteger(counts.unchanged)} already read`,
      counts.older > 0 ? `${formatInteger(counts.older)} older notices` : null,
      counts.skipped > 0 ? `${formatInteger(counts.skipped)} from other countries` : null,
      n(counts.refused, 'file with errors', 'files with errors'),
    ]
      .filter(Boolean)
      .join(', ') + '.',
  progress: (done: number, total: number) => `Reading notices: ${formatInteger(done)} of ${formatInteger(total)}`,
  rate: (count: number, seconds: string, perSecond: string) =>
    `${n(count, 'notice', 'notices')} in ${seconds} s (${perSecond} notices per second).`,
  back: 'My procurements',
  none: (path: string) => `No files in ${path}.`,
  page: {
    title: 'Read notices (eForms)',
    lead: 'Read procurement notices in the eForms format, as published in TED and Swedish notice databases. Each procurement becomes an opportunity in the list; a later notice of the same procurement (the same procedure id, BT-04) updates it, and an award notice closes it.',
    files: 'Notice files (XML)',
    filesHint: 'One or more files at once, at most 200 and 20 MB together.',
    country: 'Only notices from Sweden',
    submit: 'Read',
    resultHeading: 'Result',
    view: 'View',
    noFiles: 'Choose at least one XML file.',
    tooMany: 'Too many files at once: at most 200.',
    tooLarge: 'The files are too large: at most 20 MB together.',
    edit: 'Change',
    columns: { file: 'File', outcome: 'What happened' },
  },
};
