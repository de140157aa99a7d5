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
  problems: {
    unclosedQuote: (row: number) =>
      `The file cannot be read as CSV: a quotation mark on row ${row} is never closed. Check the quotation marks, or save the file again from Excel as "CSV UTF-8".`,
    notExcel: 'The file cannot be read as an Excel file (.xlsx). Save it again from Excel, or as CSV.',
    emptyFile: 'The file is empty.',
    noSheet: 'The Excel file has no worksheet.',
    approximate: (text: string, example: string) =>
      `"${text}" is an approximate number. Write the exact number, for example ${example}: the register shows the number as a fact about the enterprise and computes the target-group share from it.`,
    notInteger: (text: string) => `"${text}" is not a whole number. Write digits only, for example 12.`,
    notDate: (text: string) => `"${text}" is not a date. Write YYYY-MM-DD, for example 2026-03-31.`,
    noSuchDate: (text: string) => `The date ${text} does not exist.`,
    unknownLegalForm: (text: string) =>
      `Unknown legal form "${text}". Write for example Ekonomisk förening, Ideell förening, Aktiebolag, Aktiebolag (svb), Stiftelse or Annan form.`,
    unknownMunicipality: (text: string, guesses: string | null) =>
      guesses
        ? `Unknown municipality "${text}". Did you mean ${guesses}?`
        : `Unknown municipality "${text}". Write the municipality's name, for example Kiruna, or its four-digit code.`,
    unknownArea: (text: string, guesses: string | null) =>
      guesses ? `"${text}" (did you mean ${guesses}?)` : `"${text}"`,
    unknownAreas: (list: string) =>
      `Unknown municipality or county: ${list}. Write names or codes separated by semicolons, for example Kiruna; Gällivare; Norrbottens län.`,
    ambiguousCategory: (word: string) => `"${word}" fits several services; write the service's name`,
    unknownCategory: (word: string) => `unknown service "${word}"`,
    categories: (problems: string, examples: string) =>
      `${problems}. Write services by name separated by semicolons, for example ${examples}.`,
    notCpv: (list: string) => `${list} is not a CPV code. A CPV code has eight digits, for example 90910000.`,
    legalFormMissing:
      'Legal form is missing. Write for example Ekonomisk förening, Ideell förening or Aktiebolag (svb).',
    cpvWithoutCategory: (code: string) =>
      `The CPV code ${code} belongs to none of the platform's services. Fill in the Services column too.`,
    employeesMissing: 'Number of employees is missing. It is needed when the row has target-group figures or a date.',
    targetGroupMissing: 'Give how many of the employees come from the target group (0 if none).',
    figuresChanged: (earlier: string) =>
      `The number of employees has changed since the figures of ${earlier}. Give the date the new figures apply to, for example 2026-03-31.`,
    reportedOnMissing: 'Give the date the employee figures apply to, for example 2026-03-31.',
    moreIssuers: (issuers: number, certifications: number) =>
      `More issuers (${issuers}) than certifications (${certifications}). Write them in the same order as the certifications, separated by semicolons.`,
    moreDates: (dates: number, certifications: number) =>
      `More dates (${dates}) than certifications (${certifications}). Write them in the same order as the certifications, separated by semicolons.`,
    trainingPlacesMissing:
      'Give the number of work-training places when the row has free places, supervisors or adaptations.',
    valueMissing: 'The value is missing.',
    valueWrongForm: 'The value has the wrong form.',
    atLeast: (min: string) => `At least ${min}.`,
    atMostValues: (max: string) => `At most ${max} values.`,
    atMostCharacters: (max: string) => `At most ${max} characters.`,
    atMost: (max: string) => `At most ${max}.`,
    invalid: 'The value is not valid.',
    orgnrMissing: 'Organisation number is missing.',
    orgnrTwice: (orgnr: string, row: number) =>
      `The organisation number ${orgnr} is already on row ${row} of the file.`,
    noOrgnrColumn:
      'The file has no Organisationsnummer (or Org.nr) column. It is needed to recognise the enterprises. Check that the headers are on the first row.',
    sameMeaning: (header: string, first: string) =>
      `The column "${header}" means the same as "${first}". Remove one of them.`,
    noSuchColumn: (header: string, headers: string) =>
      `The file has no column "${header}". The file's headers are ${headers}.`,
    chosenTwice: (header: string, field: string, first: string) =>
      `The column "${header}" is chosen as ${field}, but the column "${first}" is already read as that. Choose something else for "${header}", or skip it.`,
    dateColumnAndFileDate: (header: string) =>
      `The file already has the column "${header}" with the date of the employee figures. A date for the whole file is used only when there is no such column: remove the date, or skip the column.`,
    tooManyCells:
      'The row has more values than the file has columns. A cell probably holds a semicolon or comma without quotes around it: write lists as "Kiruna; Gällivare".',
    fileDateForm: 'Write the date as YYYY-MM-DD, for example 2026-10-01.',
    fileDateNotInCalendar: (message: string) => `${message} Write a date that exists.`,
    fileDateInFuture: (date: string) =>
      `The date ${date} has not come yet. Give the date the employee figures apply to.`,
  },
  commandLine: {
    columnForm: (text: string) =>
      `--kolumn "${text}": write the column's header, an equals sign and what the column holds, for example --kolumn "Verksam i=Verksamhetsområde" or --kolumn "Kontaktperson=hoppa över".`,
    notAField: (text: string, name: string, fields: string) =>
      `--kolumn "${text}": "${name}" is not a field. Write one of ${fields} or "hoppa över".`,
    firstValues: (values: string) => ` (first values: ${values})`,
    skippedColumn: (header: string, samples: string, example: string) =>
      `The column "${header}" is not recognised and was skipped${samples}. Say what it holds with --kolumn "${header}=<field>", for example --kolumn "${header}=${example}", or --kolumn "${header}=hoppa över".`,
    fileDate: (date: string) => `The employee figures apply to ${date} on every row (--rapporterat).`,
    dateMissing:
      'The file has no column for the date the employee figures apply to. Give a date for the whole file with --rapporterat YYYY-MM-DD.',
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
