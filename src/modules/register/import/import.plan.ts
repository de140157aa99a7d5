import { cleanCell } from './import.cells.js';
import { columnLabel, mapColumns, primaryLabel, type ColumnMap } from './import.columns.js';
import { NO_SETTINGS, unrecognisedColumns, type ImportSettings } from './import.mapping.js';
import type { ParsedTable } from './import.parse.js';
import type { ImportProblem, ImportReport } from './import.types.js';
import { ORGNR_MESSAGES, parseOrgnr } from '../enterprise/orgnr.js';
import { importText } from './import.text.js';

const problemText = importText.problems;

/**
 * The first step of an import, before any row is read: which column is which (by name, or as the
 * user chose), whether the file can be read at all, and which org.nrs it names. The org.nrs
 * decide which rows are duplicates and which enterprises to load.
 */
export interface ImportPlan {
  map: ColumnMap;
  report: ImportReport;
  settings: ImportSettings;
  /** Row number → its valid, first-seen org.nr. */
  orgnrOf: Map<number, string>;
  /** The file itself is unusable (no org.nr column, a column twice): no row is looked at. */
  blocked: boolean;
}

export function planImport(table: ParsedTable, settings: ImportSettings = NO_SETTINGS): ImportPlan {
  const map = mapColumns(table.headers, settings.columns);
  const reportedOnColumn = map.header.reportedOn ?? null;
  const report: ImportReport = {
    total: table.rows.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    invalidRows: 0,
    invalid: checkColumns(map, table.headers, settings),
    ignoredColumns: map.unknown,
    columns: unrecognisedColumns(table, settings.columns),
    settings,
    reportedOnColumn,
    hasEmployeeColumns: map.index.employees !== undefined || map.index.targetGroupEmployees !== undefined,
    dateMissing: false,
    written: false,
  };
  const orgnrOf = new Map<number, string>();
  if (report.invalid.length > 0) {
    // Row 1 is the row with errors: the command line then says that nothing was written, and why.
    report.invalidRows = 1;
    return { map, report, settings, orgnrOf, blocked: true };
  }
  const firstRowOf = new Map<string, number>();
  const column = columnLabel(map, 'orgnr');
  for (const row of table.rows) {
    const text = cleanCell(row.cells[map.index.orgnr!] ?? '');
    const r = parseOrgnr(text);
    if (!r.ok) {
      const message = text === '' ? problemText.orgnrMissing : ORGNR_MESSAGES[r.error];
      report.invalid.push({ row: row.rowNumber, column, message });
    } else if (firstRowOf.has(r.value)) {
      const message = problemText.orgnrTwice(r.value, firstRowOf.get(r.value)!);
      report.invalid.push({ row: row.rowNumber, column, message });
    } else {
      firstRowOf.set(r.value, row.rowNumber);
      orgnrOf.set(row.rowNumber, r.value);
    }
  }
  return { map, report, settings, orgnrOf, blocked: false };
}

/**
 * Whether rows failed for want of the date of their employee figures in a file that has no column
 * for it, so that the user can be told how to give one date for the whole file.
 */
export function isDateMissing(plan: ImportPlan): boolean {
  const { map, report, settings } = plan;
  if (map.index.reportedOn !== undefined || settings.reportedOn) return false;
  const column = primaryLabel('reportedOn');
  return report.invalid.some((p) => p.row > 1 && p.column === column);
}

/** Problems with the file's columns as a whole, all on row 1: nothing is read from such a file. */
function checkColumns(map: ColumnMap, headers: readonly string[], settings: ImportSettings): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (map.index.orgnr === undefined) {
    problems.push({
      row: 1,
      column: primaryLabel('orgnr'),
      message: problemText.noOrgnrColumn,
    });
  }
  for (const d of map.duplicates.filter((d) => !d.chosen)) {
    problems.push({
      row: 1,
      column: d.header,
      message: problemText.sameMeaning(d.header, d.first),
    });
  }
  for (const header of map.unused) {
    problems.push({
      row: 1,
      column: header,
      message: problemText.noSuchColumn(
        header,
        headers
          .filter((h) => h.trim() !== '')
          .map((h) => `"${h}"`)
          .join(', '),
      ),
    });
  }
  for (const p of choiceProblems(map, settings)) problems.push({ row: 1, column: p.header, message: p.message });
  return problems;
}

/**
 * Problems the user's own choices make: a column chosen as a field another column already is
 * (`index` is the chosen column's place), and a date for the whole file beside a column of dates
 * (`index` null). The preview's form shows them at the choice that made them.
 */
export function choiceProblems(
  map: ColumnMap,
  settings: ImportSettings,
): { index: number | null; header: string; message: string }[] {
  const problems: { index: number | null; header: string; message: string }[] = map.duplicates
    .filter((d) => d.chosen)
    .map((d) => ({
      index: d.index,
      header: d.header,
      message: problemText.chosenTwice(d.header, primaryLabel(d.field), d.first),
    }));
  const dated = map.header.reportedOn;
  if (settings.reportedOn && dated) {
    problems.push({
      index: null,
      header: dated,
      message: problemText.dateColumnAndFileDate(dated),
    });
  }
  return problems;
}
