import { formatInteger } from '../../platform/i18n/format.js';
import type { Catalogue } from '../../platform/i18n/types.js';
import type { importSv } from './import.sv.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

export const importEn: Catalogue<typeof importSv> = {
  upload: {
    title: 'Import enterprises from a file',
    lead: 'Upload a CSV or Excel file with one enterprise per row. First you see what would happen and every error in the file. Nothing is imported until you press Import.',
    columnsTitle: 'What the file should look like',
    columns: [
      'The headers are on the first row, in Swedish or English: for example Organisationsnummer (or Org.nr), Namn, Företagsform, Kommun, Verksamhetsområde, Tjänster, CPV, Anställda, Anställda ur målgruppen, Rapporterat, Certifiering, Certifierad till, Arbetsträningsplatser, Lediga platser, E-post, Telefon, Webbplats, Adress, Postnummer, Ort, Beskrivning and Grundat.',
      'Lists in a cell are separated by semicolons, for example "Kiruna; Gällivare".',
      'Enterprises are recognised by their organisation number: an existing one is updated, otherwise it is added. Columns the file lacks are left untouched.',
      'A file exported from the directory (Download as CSV or Excel) can be corrected and imported again.',
    ],
    file: (mb: number) => `File (CSV or Excel, at most ${mb} MB)`,
    fileHint:
      "CSV files may be separated by semicolons or commas, in UTF-8 or Excel's older encoding. An Excel file is read from its first sheet.",
    submit: 'Upload and preview',
    back: 'Back to coordination',
  },
  errors: {
    noFile: 'Choose a file to upload.',
    wrongType: (name: string) => `The file ${name} must be a CSV file (.csv) or an Excel file (.xlsx).`,
    empty: (name: string) => `The file ${name} is empty.`,
    tooLarge: (mb: number) => `The file is too large. It may be at most ${mb} MB. Split it into several files.`,
    tooMany: 'Upload one file at a time.',
    notMultipart: 'Choose a file in the form and try again.',
    notFound: 'The file does not exist. It may have been uploaded by someone else. Upload it again.',
    hasErrors: (rows: number) =>
      `The file has errors on ${n(rows, 'row', 'rows')}. Correct the file and upload it again, or tick the box to skip the rows with errors.`,
  },
  preview: {
    title: (file: string) => `Preview of ${file}`,
    notYet: 'Nothing has been imported yet. This is what would happen:',
    summary: 'Summary',
    rows: 'Rows in the file',
    created: 'New enterprises',
    updated: 'Changed enterprises',
    unchanged: 'Unchanged enterprises',
    invalidRows: 'Rows with errors',
    ignored: (columns: string) => `Columns that are not recognised and are skipped: ${columns}.`,
    errorsTitle: 'Errors in the file',
    errorsCaption: (count: number, rows: number) =>
      `${n(count, 'error', 'errors')} on ${n(rows, 'row', 'rows')}. Rows are counted as in Excel, with the headers on row 1.`,
    columns: { row: 'Row', column: 'Column', message: 'What is wrong' },
    rowLabel: (row: number) => `Row ${row}`,
    importTitle: 'Import the file',
    importText:
      'Everything in the file is imported at once, or nothing. Every enterprise that changes gets a new version in the history.',
    skip: (rows: number) => `Skip the ${n(rows, 'row', 'rows')} with errors and import the rest`,
    skipHint: 'The rows with errors are not imported. Correct them in the file and import it again later.',
    submit: 'Import',
    nothingToDo: 'Nothing in the file differs from the register. There is nothing to import.',
    blocked: 'The file cannot be imported as it is. Correct the errors above and upload it again.',
    fileError: 'The file could not be read',
    another: 'Upload another file',
  },
  result: {
    title: 'The file is imported',
    text: (created: number, updated: number, unchanged: number) =>
      `${n(created, 'new enterprise', 'new enterprises')}, ${formatInteger(updated)} changed and ${formatInteger(unchanged)} unchanged.`,
    skipped: (rows: number) => `${n(rows, 'row', 'rows')} with errors were skipped.`,
    nothing: 'Nothing needed to change: the register already had everything in the file.',
    directory: 'See the enterprises in the directory',
    another: 'Import another file',
  },
  already: {
    title: 'The file is already imported',
    text: (file: string, at: string) =>
      `${file} was imported ${at}. The same file is not imported twice. Upload it again if you really want to import it anew.`,
  },
};
