import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/**
 * Reads the spreadsheets coordinators actually have into one shape: a header and rows of text
 * cells, each row with the number the user sees in Excel (header = row 1), so that every
 * problem can be reported where the user will look for it.
 */
export interface ParsedRow {
  /** The row number in the spreadsheet, counting the header row as 1. */
  rowNumber: number;
  cells: string[];
}

export interface ParsedTable {
  headers: string[];
  rows: ParsedRow[];
}

/** A file that cannot be read at all; the message is Swedish and meant for the user. */
export class ImportFileError extends Error {}

export type FileFormat = 'csv' | 'xlsx';

export function formatOf(fileName: string): FileFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return undefined;
}

export async function parseImportFile(bytes: Uint8Array, format: FileFormat): Promise<ParsedTable> {
  return format === 'csv' ? parseCsvBytes(bytes) : parseXlsx(bytes);
}

/**
 * Text of a CSV file. Swedish Excel saves "CSV (semikolonavgränsad)" in Windows-1252, newer
 * versions and other tools in UTF-8 (often with a byte order mark). Bytes that are not valid
 * UTF-8 can only be the old code page, so that is the fallback.
 */
export function decodeText(bytes: Uint8Array): string {
  let b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return new TextDecoder('windows-1252').decode(b);
  }
}

/** The delimiter that occurs most often outside quotes on the header line: `;`, `,` or tab. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0] ?? [';', 0];
  return n > 0 ? best : ';';
}

export function parseCsvBytes(bytes: Uint8Array): ParsedTable {
  const text = decodeText(bytes);
  let records: string[][];
  try {
    records = parseCsv(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      // Empty lines are kept (and skipped below) so that record numbers stay the row numbers Excel shows.
      skip_empty_lines: false,
    }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new ImportFileError(
      `Filen går inte att läsa som CSV${line ? ` (fel nära rad ${line})` : ''}. Kontrollera att citattecken är parade, eller spara filen på nytt från Excel som "CSV UTF-8".`,
    );
  }
  return toTable(records.map((cells, i) => ({ rowNumber: i + 1, cells })));
}

export async function parseXlsx(bytes: Uint8Array): Promise<ParsedTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError('Filen går inte att läsa som Excel-fil (.xlsx). Spara den på nytt från Excel, eller som CSV.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError('Excel-filen har inget kalkylblad.');
  const rows: ParsedRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    // row.values is 1-based with a hole at index 0.
    const values = row.values as unknown[];
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
    rows.push({ rowNumber, cells });
  });
  return toTable(rows);
}

/** A cell as the text the user sees, whatever type Excel stored it as. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  // Date cells: exceljs gives the calendar date at midnight UTC.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return '';
  }
  return String(value);
}

/** The first non-empty row is the header; rows with nothing in them are dropped but keep the numbering. */
function toTable(all: ParsedRow[]): ParsedTable {
  const isEmpty = (r: ParsedRow) => r.cells.every((c) => c.trim() === '');
  const headerIndex = all.findIndex((r) => !isEmpty(r));
  if (headerIndex < 0) throw new ImportFileError('Filen är tom.');
  const headers = all[headerIndex]!.cells.map((h) => h.trim());
  // Trailing empty header cells come from columns Excel once formatted but that hold nothing.
  while (headers.length > 0 && headers.at(-1) === '') headers.pop();
  const rows = all.slice(headerIndex + 1).filter((r) => !isEmpty(r));
  return { headers, rows: rows.map((r) => ({ rowNumber: r.rowNumber, cells: r.cells.map((c) => c.trim()) })) };
}
