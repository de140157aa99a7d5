import { importText } from './import.text.js';

// exceljs is loaded only when an Excel file is read or written: it adds 0.4 s to every start.

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
    return decodeCp1252(b);
  }
}

// Windows-1252 is Latin-1 except for 0x80–0x9F (€, –, ”, …). Node 20's TextDecoder treats the
// label as plain Latin-1, so those 32 are mapped here (0 = unassigned, kept as is).
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
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
  const records = parseCsvText(text, detectDelimiter(text));
  return toTable(records.map((cells, i) => ({ rowNumber: i + 1, cells })));
}

/**
 * RFC 4180 records: quoted fields may hold delimiters, doubled quotes and line breaks; lines end
 * in CRLF, LF or CR. Forgiving where Excel users are (text after a closing quote is kept, a
 * quote inside an unquoted field is just a character) and strict only where guessing would
 * shift every later row: a quote that never closes. Written by hand because csv-parse took
 * seconds on a 30 000-row file, this takes a tenth of one; empty lines are kept as empty
 * records so that record numbers stay the row numbers Excel shows.
 */
export function parseCsvText(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const endOfField = (from: number) => {
    let k = from;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === d || c === 10 || c === 13) break;
      k++;
    }
    return k;
  };
  let row: string[] = [];
  let i = 0;
  while (i < n) {
    let field: string;
    if (text.charCodeAt(i) === 34) {
      let j = i + 1;
      field = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          throw new ImportFileError(importText.problems.unclosedQuote(records.length + 1));
        }
        field += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          field += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      const k = endOfField(j);
      field += text.slice(j, k);
      i = k;
    } else {
      const k = endOfField(i);
      field = text.slice(i, k);
      i = k;
    }
    row.push(field);
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      // A delimiter at the very end still means one more (empty) field.
      if (i === n) row.push('');
      continue;
    }
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    i++;
    records.push(row);
    row = [];
  }
  if (row.length > 0) records.push(row);
  return records;
}

export async function parseXlsx(bytes: Uint8Array): Promise<ParsedTable> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError(importText.problems.notExcel);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError(importText.problems.noSheet);
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
  if (headerIndex < 0) throw new ImportFileError(importText.problems.emptyFile);
  const headers = all[headerIndex]!.cells.map((h) => h.trim());
  // Trailing empty header cells come from columns Excel once formatted but that hold nothing.
  while (headers.length > 0 && headers.at(-1) === '') headers.pop();
  const rows = all.slice(headerIndex + 1).filter((r) => !isEmpty(r));
  return { headers, rows: rows.map((r) => ({ rowNumber: r.rowNumber, cells: r.cells.map((c) => c.trim()) })) };
}
