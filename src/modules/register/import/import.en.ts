import { formatInteger } from '../../../platform/i18n/format.js';
import type { Catalogue } from '../../../platform/i18n/types.js';
import type { importSv } from './import.sv.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

export const importEn: Catalogue<typeof importSv> = {
  upload: {
    title: 'Import enterprises from a file',
    lead: 'Upload a CSV or Excel file with one enterprise per row. First you see what would happen and every error in the file. Nothing is imported until you press Import.',
    columnsTitle: 'What the file should look like',
    columns: [
      'The headers are on the first row, in Swedish or English: for example Organisation number (or Org.nr), Name, Legal form, Municipality, Operating areas, Services, CPV, Employees, Employees from the target group, Reported on, Certification, Certified until, Work training places, Free places, E-mail, Phone, Website, Address, Postal code, City, Description and Founded. A file exported from the directory has the Swedish headers and reads in as it is.',
      'Columns with names of their own are fine: the platform recognises many common names (for example Org number, Delivers in, Company name), and in the preview you choose what the others hold. The choice is saved for the next file with the same headers.',
      'If the file has no column for the date the employee figures refer to, you give one date for the whole file in the preview.',
      'Lists in a cell are separated by semicolons, for example "Kiruna; Gällivare". Counts may be written "22 st" or "1 200", but not approximately ("ca 20").',
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
    errorsTitle: 'Errors in the file',
    errorsCaption: (count: number, rows: number) =>
      `${n(count, 'error', 'errors')} on ${n(rows, 'row', 'rows')}. Rows are counted as in Excel, with the headers on row 1.`,
    columns: { row: 'Row', column: 'Column', message: 'What is wrong' },
    rowLabel: (row: number) => `Row ${row}`,
    importTitle: 'Import the file',
    importText:
      'Everything in the file is imported at once, or nothing. Every enterprise that changes gets a new version in the history.',
    skip: (rows: number) =>
      rows === 1
        ? 'Skip the row with errors and import the rest'
        : `Skip the ${formatInteger(rows)} rows with errors and import the rest`,
    skipHint: 'The rows with errors are not imported. Correct them in the file and import it again later.',
    attest: 'I have reviewed the enterprises in the file against the four ASF criteria',
    attestHint:
      'Tick only if you have checked the criteria for every enterprise in the file yourself. They are then marked as reviewed by you, and the audit log says so. Otherwise new enterprises show as “Imported – not reviewed against the criteria” and go into the review queue.',
    submit: 'Import',
    nothingToDo: 'Nothing in the file differs from the register. There is nothing to import.',
    blocked: 'The file cannot be imported as it is. Correct the errors above and upload it again.',
    blockedChoose:
      'The file cannot be imported as it is. Correct the errors above: choose what the columns hold and preview again, or correct the file and upload it again.',
    choicesPending: 'Correct the choices for columns and date above and preview again before you import the file.',
    fileError: 'The file could not be read',
    another: 'Upload another file',
  },
  choose: {
    title: 'Columns and date',
    lead: 'Choose what each column the platform does not recognise holds, or skip it. The choices are saved and used the next time anyone imports a file with the same headers.',
    legend: 'What do the columns hold?',
    column: (header: string) => `The column "${header}"`,
    samples: (values: string) => `First values: ${values}.`,
    empty: 'The column is empty.',
    skip: 'Skip (do not import the column)',
    remembered: (by: string, at: string) =>
      `The choices come from an earlier file with the same headers. They were made by ${by} ${at}.`,
    formerUser: 'a user who no longer exists',
    date: 'Date the employee figures refer to',
    dateHint:
      'The file has no column for the date the employee figures refer to. Give one date for the whole file, YYYY-MM-DD, for example 2026-10-01.',
    dateMissing:
      'The rows with employee figures need a date, and the file has no column for it. Give one date for the whole file below.',
    dateUsed: (date: string) =>
      `The file has no column for the date the employee figures refer to. Every row is read with the date ${date}.`,
    submit: 'Preview with these choices',
    fieldInvalid: 'Choose what the column holds, or Skip.',
    changed:
      'The choices for the columns or the date have changed since you previewed the file, perhaps in another tab or by another coordinator. Nothing has been imported. This is the preview with the choices that apply now.',
  },
  fields: {
    orgnr: 'Organisation number',
    name: 'Name',
    legalForm: 'Legal form',
    municipality: 'Municipality (where the enterprise has its seat)',
    operatingAreas: 'Operating area (municipalities and counties the enterprise delivers in)',
    categories: 'Services',
    cpv: 'CPV codes',
    employees: 'Employees (number)',
    targetGroupEmployees: 'Employees from the target group (number)',
    reportedOn: 'Reported on (date the employee figures refer to)',
    targetGroups: 'Target groups',
    certification: 'Certification',
    certificationIssuer: 'Certified by',
    certifiedUntil: 'Certified until (date)',
    trainingPlaces: 'Work training places (number)',
    freePlaces: 'Free work training places (number)',
    supervisors: 'Supervisors (number)',
    adaptations: 'Adaptations',
    trainingTargetGroups: 'Target groups for work training',
    networks: 'Networks and memberships',
    email: 'E-mail',
    phone: 'Phone',
    website: 'Website',
    street: 'Address',
    postalCode: 'Postal code',
    city: 'Town',
    description: 'Description',
    foundedYear: 'Founded (year)',
  },
  result: {
    title: 'The file is imported',
    text: (created: number, updated: number, unchanged: number) =>
      `${n(created, 'new enterprise', 'new enterprises')}, ${formatInteger(updated)} changed and ${formatInteger(unchanged)} unchanged.`,
    skipped: (rows: number) => `${n(rows, 'row', 'rows')} with errors were skipped.`,
    attested: 'The enterprises are marked as reviewed against the four criteria by you.',
    unreviewed:
      'New enterprises show as “Imported – not reviewed against the criteria” until a coordinator has reviewed them.',
    queue: 'To the review queue',
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
