import { createHash } from 'node:crypto';
import { cleanCell, readDate, type Cell } from './import.cells.js';
import {
  fieldForHeader,
  foldHeader,
  IMPORT_FIELDS,
  isExportOnlyColumn,
  primaryLabel,
  type ColumnChoice,
  type ColumnChoices,
  type ImportField,
} from './import.columns.js';
import type { ParsedTable } from './import.parse.js';
import type { ImportReport, ImportSettings, UnrecognisedColumn } from './import.types.js';
import { importText } from './import.text.js';

export type { ImportSettings, UnrecognisedColumn } from './import.types.js';

export const NO_SETTINGS: ImportSettings = { columns: [], reportedOn: null };

const SAMPLES = 3;
const SAMPLE_LENGTH = 60;

/** A header no name of IMPORT_COLUMNS matches (export's own extra columns aside). */
export function isUnrecognised(header: string): boolean {
  return header.trim() !== '' && !fieldForHeader(header) && !isExportOnlyColumn(header);
}

/** Every column not known by its name, with its first values and what it is read as. */
export function unrecognisedColumns(table: ParsedTable, choices: ColumnChoices): UnrecognisedColumn[] {
  const chosen = new Map(choices.map((c) => [foldHeader(c.header), c.field]));
  const out: UnrecognisedColumn[] = [];
  table.headers.forEach((header, index) => {
    if (!isUnrecognised(header)) return;
    const samples: string[] = [];
    for (const row of table.rows) {
      const value = cleanCell(row.cells[index] ?? '');
      if (value !== '' && !samples.includes(value)) samples.push(value);
      if (samples.length === SAMPLES) break;
    }
    const key = foldHeader(header);
    out.push({
      index,
      header,
      samples: samples.map((s) => (s.length > SAMPLE_LENGTH ? `${s.slice(0, SAMPLE_LENGTH - 1)}…` : s)),
      field: chosen.get(key) ?? null,
      chosen: chosen.has(key),
    });
  });
  return out;
}

/** What "skip this column" may be written as after the `=` of --kolumn. */
const SKIP_WORDS = new Set(['hoppaover', 'hoppa', 'skip', 'ingen', 'inget']);

/** The value "skip" takes in the preview's choice of field. */
export const SKIP = 'hoppa-over';

/** A field by any of its column names, or by its own key ('operatingAreas'); null for "hoppa över". */
export function fieldByName(name: string): ImportField | null | undefined {
  const key = foldHeader(name);
  if (SKIP_WORDS.has(key) || name === SKIP) return null;
  return fieldForHeader(name) ?? IMPORT_FIELDS.find((f) => foldHeader(f) === key);
}

/** `--kolumn "Verksam i=Verksamhetsområde"`: the header as the file writes it, `=`, and a field. */
export function parseColumnOption(text: string): Cell<ColumnChoice> {
  const at = text.lastIndexOf('=');
  const header = at < 0 ? '' : text.slice(0, at).trim();
  const name = at < 0 ? '' : text.slice(at + 1).trim();
  if (header === '' || name === '') {
    return { ok: false, message: importText.commandLine.columnForm(text) };
  }
  const field = fieldByName(name);
  if (field === undefined) {
    return {
      ok: false,
      message: importText.commandLine.notAField(text, name, IMPORT_FIELDS.map(primaryLabel).join(', ')),
    };
  }
  return { ok: true, value: { header, field } };
}

/** The date for a whole file: as a cell date, and not after today (the figures are a fact, not a plan). */
export function readReportedOnOption(text: string, today: string): Cell<string | null> {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  const r = readDate(t);
  // Written right but not in the calendar (2026-02-30): readDate says so; anything else gets the form.
  if (!r.ok && /^\d{4}-\d{1,2}-\d{1,2}$/.test(t))
    return { ok: false, message: importText.problems.fileDateNotInCalendar(r.message) };
  if (!r.ok || r.value === null) return { ok: false, message: importText.problems.fileDateForm };
  if (r.value > today) return { ok: false, message: importText.problems.fileDateInFuture(r.value) };
  return r;
}

/** --kolumn (any number) and --rapporterat as settings; every mistake in one message. */
export function settingsFromCommandLine(kolumn: unknown, rapporterat: unknown, today: string): Cell<ImportSettings> {
  const list = Array.isArray(kolumn) ? kolumn : typeof kolumn === 'string' ? [kolumn] : [];
  const columns = list.map((text) => parseColumnOption(String(text)));
  const reportedOn = readReportedOnOption(typeof rapporterat === 'string' ? rapporterat : '', today);
  const wrong = [...columns, reportedOn].flatMap((c) => (c.ok ? [] : [c.message]));
  if (!reportedOn.ok) wrong[wrong.length - 1] = `--rapporterat: ${reportedOn.message}`;
  if (wrong.length > 0) return { ok: false, message: wrong.join('\n') };
  return {
    ok: true,
    value: {
      columns: columns.flatMap((c) => (c.ok ? [c.value] : [])),
      reportedOn: reportedOn.ok ? reportedOn.value : null,
    },
  };
}

/**
 * The same settings give the same text, whatever order the choices were made in: the preview's
 * import form carries it, so that the import can refuse settings other than those previewed.
 */
export function settingsFingerprint(s: ImportSettings): string {
  const columns = s.columns
    .map((c) => [foldHeader(c.header), c.field] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256')
    .update(JSON.stringify({ columns, reportedOn: s.reportedOn }))
    .digest('base64url')
    .slice(0, 22);
}

/** Files with the same headers in any order and spelling (as folded) share remembered choices. */
export function headerSetKey(headers: readonly string[]): string {
  const set = [...new Set(headers.map(foldHeader).filter((h) => h !== ''))].sort();
  return createHash('sha256').update(set.join('\n')).digest('hex');
}

/** Settings as stored (JSON): only well-formed choices of fields that exist survive. */
export function settingsFromJson(json: unknown): ImportSettings {
  const o = (json ?? {}) as { columns?: unknown; reportedOn?: unknown };
  const columns = Array.isArray(o.columns)
    ? (o.columns as { header?: unknown; field?: unknown }[]).flatMap((c) =>
        typeof c.header === 'string' &&
        (c.field === null || (typeof c.field === 'string' && IMPORT_FIELDS.includes(c.field as ImportField)))
          ? [{ header: c.header, field: c.field as ImportField | null }]
          : [],
      )
    : [];
  const reportedOn = typeof o.reportedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(o.reportedOn) ? o.reportedOn : null;
  return { columns, reportedOn };
}

/**
 * What the command line says about columns and the date before the row errors: every column it
 * skipped with its first values and the --kolumn that would read it, the date it used for the
 * whole file, or the --rapporterat the file needs.
 */
export function commandLineNotes(report: ImportReport): string[] {
  const t = importText.commandLine;
  const lines: string[] = [];
  for (const c of report.columns.filter((c) => !c.chosen)) {
    const samples = c.samples.length > 0 ? t.firstValues(c.samples.map((s) => `"${s}"`).join(', ')) : '';
    lines.push(t.skippedColumn(c.header, samples, primaryLabel('operatingAreas')));
  }
  if (report.settings.reportedOn && !report.reportedOnColumn) lines.push(t.fileDate(report.settings.reportedOn));
  if (report.dateMissing) lines.push(t.dateMissing);
  return lines;
}
