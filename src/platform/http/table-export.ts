import type { FastifyReply } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import { PassThrough } from 'node:stream';

/**
 * A table as a file people open in Excel: CSV as Swedish Excel reads it, and XLSX. Used by every
 * download (the register's directory, the market analysis).
 */
export type ExportCell = string | number | null;
export interface ExportTable {
  headers: string[];
  rows: ExportCell[][];
}

/**
 * A cell that starts like a formula (=, +, -, @) could run in Excel when the CSV is opened
 * (CSV injection), and the register holds text that others typed. Such cells get a leading
 * apostrophe, which Excel shows as text and import removes again. Numbers and phone numbers
 * (+46 70 …) are left alone.
 */
export function guardCell(value: string): string {
  if (!/^[=+\-@\t\r]/.test(value)) return value;
  if (/^[+-]?[\d\s()-]+$/.test(value)) return value;
  return `'${value}`;
}

/** UTF-8 with a byte order mark, `;` and CRLF: what Swedish Excel opens correctly by double-click. */
export function toCsv(table: ExportTable): string {
  const records = [table.headers, ...table.rows.map((r) => r.map((c) => (typeof c === 'string' ? guardCell(c) : c)))];
  return `\ufeff${stringify(records, { delimiter: ';', record_delimiter: '\r\n', cast: { number: (n) => String(n) } })}`;
}

/**
 * Streamed row by row: a workbook built in memory took over a gigabyte for 30 000 enterprises,
 * which a web process cannot afford. Cells are typed values, so no text becomes a formula.
 */
export async function toXlsx(table: ExportTable, sheetName = 'Företag'): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'ASF-plattformen';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.headers.map((h, i) => {
    const longest = Math.max(h.length, ...table.rows.slice(0, 200).map((r) => String(r[i] ?? '').length));
    return { header: h, key: String(i), width: Math.min(60, Math.max(10, longest + 2)) };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  for (const row of table.rows) sheet.addRow(row.map((c) => c ?? '')).commit();
  sheet.commit();
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

export type TableFormat = 'csv' | 'xlsx';
export const TABLE_CONTENT_TYPES: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Sends a table as a download named `name` (without extension) in the format asked for. */
export async function sendTable(
  reply: FastifyReply,
  table: ExportTable,
  format: TableFormat,
  name: string,
  sheetName: string,
): Promise<FastifyReply> {
  return reply
    .type(TABLE_CONTENT_TYPES[format])
    .header('Content-Disposition', `attachment; filename="${name}.${format}"`)
    .send(format === 'csv' ? toCsv(table) : await toXlsx(table, sheetName));
}
