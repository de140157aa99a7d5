import type { Transaction } from 'kysely';
import type { Actor } from '../../../platform/audit/audit.service.js';
import type { RegisterDB } from '../db.js';
import type { ColumnChoices, ImportField } from './import.columns.js';
import type { FileFormat } from './import.parse.js';

/** What an import is asked to do and what it reports; shared by the plan, the mapping and the service. */
export interface ImportProblem {
  /** Row in the spreadsheet, the header being row 1. */
  row: number;
  /** The column's header as written in the file (or its Swedish name if the file lacks it). */
  column: string;
  message: string;
}

export interface ImportReport {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows that had problems (and were not written). */
  invalidRows: number;
  invalid: ImportProblem[];
  /** Headers that match no known column and that nobody chose a field for; their contents were not read. */
  ignoredColumns: string[];
  /** Every column not known by its name, with its first values and what it was read as. */
  columns: UnrecognisedColumn[];
  /** The column choices and the date for the whole file that the file was read with. */
  settings: ImportSettings;
  /** The column the date of the employee figures was read from; null when the file has none. */
  reportedOnColumn: string | null;
  /** The file has a column of employee figures (total or from the target group). */
  hasEmployeeColumns: boolean;
  /** Rows lacked the date of their employee figures, the file has no column for it and none was given. */
  dateMissing: boolean;
  /** False for a dry run, and when problems stopped the file. */
  written: boolean;
}

export interface ImportOptions {
  dryRun: boolean;
  skipInvalid: boolean;
  source: 'import';
  /** 'YYYY-MM-DD'. */
  today: string;
  /** Shown on profiles as where the facts came from, e.g. the file's name. */
  note?: string;
  now?: Date;
  onProgress?: (done: number, total: number, phase: 'kontroll' | 'skrivning') => void;
  /** Who imports, for the versions and the audit log; the command line when left out. */
  actor?: Actor;
  /**
   * The importing coordinator attests that the four ASF criteria were checked for the file's
   * enterprises (issue 9 §2): they are marked reviewed by them, and the audit log says so.
   * Without it new enterprises are "imported, not reviewed" and wait in the coordinators' queue.
   */
  criteriaAttested?: boolean;
  /** The importer's address (browser imports), for the audit log. */
  ip?: string | null;
  /** The file's format, for the audit log. */
  format?: FileFormat;
  /** What unrecognised columns hold, and one date for the employee figures (issue 7 §5). */
  settings?: ImportSettings;
  /**
   * Settings that depend on the file's headers (the browser import's remembered choices): asked
   * once the file is read, before any row is; they replace `settings`. Throwing stops the import.
   */
  chooseSettings?: (headers: readonly string[]) => Promise<ImportSettings>;
  /**
   * Runs first in the transaction that writes the file (not for a dry run). The browser import
   * claims its uploaded file here, so that two clicks cannot import it twice; throwing stops
   * the import and nothing is written.
   */
  inTransaction?: (trx: Transaction<RegisterDB>) => Promise<void>;
  /** Aborted: the import stops between two batches and writes nothing (report.cancelled). */
  signal?: AbortSignal | undefined;
}

/**
 * How a file is read beyond its own headers (issue 7 §5): what its unrecognised columns hold,
 * and one date for the employee figures of a file that has no column for it. The command line
 * takes them as --kolumn and --rapporterat; the browser import as a form in the preview, kept per
 * upload and remembered for the next file with the same headers.
 */
export interface ImportSettings {
  columns: ColumnChoices;
  /** 'YYYY-MM-DD' the employee figures of every row refer to; only for a file without that column. */
  reportedOn: string | null;
}

/** A column the platform does not know by its name, as the preview lists it. */
export interface UnrecognisedColumn {
  /** Its place among the file's headers (0 = first). */
  index: number;
  header: string;
  /** The first few different values in it, to tell what it holds. */
  samples: string[];
  /** What it is read as: a field, or null when it is skipped. */
  field: ImportField | null;
  /** Whether someone chose that (else it is skipped because nobody said what it holds). */
  chosen: boolean;
}
