import type { Database, Session } from '../db/database.js';
import { SqlScriptError, statementsOf } from './sql-script.js';

/**
 * Loads a logical backup (dump.ts, or a plain pg_dump someone made) into an empty database, in
 * one transaction: a restore that fails half-way leaves the database as empty as it was.
 * Statements the target cannot take and does not need are passed over: settings it does not
 * know (a newer pg_dump writes `SET transaction_timeout`, which PostgreSQL 15 lacks) and
 * comments on extensions (only the extension's owner may write them).
 */
export interface RestoreResult {
  tables: number;
  rows: number;
  skipped: string[];
}

export class RestoreError extends Error {}

/** Statements sent at a time: large enough that a 30 000-enterprise backup goes in a few hundred round trips. */
const BATCH_CHARS = 1_000_000;

/**
 * Why a file cannot be a whole backup, before anything is loaded: not SQL at all, or cut short.
 * A dump cut between two statements would load without an error and leave a database without
 * its later tables, indexes and constraints, so the last line pg_dump writes must be there.
 */
export function notAWholeBackup(script: string, file: string): string | null {
  if (!/\b(CREATE TABLE|INSERT INTO)\b/.test(script)) {
    return `${file} ser inte ut som en säkerhetskopia: den innehåller inga tabeller eller rader.`;
  }
  if (!/^-- PostgreSQL database dump complete\s*$/m.test(script.slice(-2000))) {
    return `${file} är inte hel: den slutar innan säkerhetskopian var klar (sista raden från pg_dump, "PostgreSQL database dump complete", saknas). Den kan ha klippts av när den kopierades. Inget lästes in.`;
  }
  return null;
}

/** The tables already in the target's public schema (the one a dump fills). */
export async function existingTables(database: Database): Promise<string[]> {
  return database.session(async (s) =>
    (
      await s.query<{ name: string }>(
        `select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
      )
    ).map((r) => r.name),
  );
}

export interface RestoreScriptOptions {
  onProgress?: (done: number, total: number) => void;
  /**
   * Empties schema public first, in the same transaction as the load (DDL is transactional in
   * PostgreSQL): a restore that fails leaves what was there, not an empty database.
   */
  replacePublic?: boolean;
}

export async function restoreScript(
  database: Database,
  script: string,
  { onProgress, replacePublic = false }: RestoreScriptOptions = {},
): Promise<RestoreResult> {
  return database.session(async (s) => {
    const settings = new Set((await s.query<{ name: string }>('select name from pg_settings')).map((r) => r.name));
    const skipped: string[] = [];
    await s.exec('begin');
    try {
      if (replacePublic) await s.exec('drop schema public cascade; create schema public');
      let batch: string[] = [];
      let size = 0;
      let done = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        await runBatch(s, batch);
        done += size;
        onProgress?.(Math.min(done, script.length), script.length);
        batch = [];
        size = 0;
      };
      for (const statement of statementsOf(script)) {
        if (!wanted(statement, settings)) {
          skipped.push(firstLine(statement));
          continue;
        }
        batch.push(statement);
        size += statement.length;
        if (size >= BATCH_CHARS) await flush();
      }
      await flush();
      // Skipped statements and COPY rows read as INSERTs do not add up to the file's length.
      onProgress?.(script.length, script.length);
      const result = await countRows(s);
      await s.exec('commit');
      return { ...result, skipped };
    } catch (e) {
      await s.exec('rollback').catch(() => undefined);
      throw e instanceof SqlScriptError
        ? new RestoreError(`Återställningen avbröts: ${e.message}. Inget sparades.`)
        : e;
    }
  });
}

function wanted(statement: string, settings: ReadonlySet<string>): boolean {
  if (/^COMMENT\s+ON\s+EXTENSION\b/i.test(statement)) return false;
  const set = /^SET\s+(?:SESSION\s+|LOCAL\s+)?([A-Za-z_][\w.]*)/i.exec(statement);
  return !set || settings.has(set[1]!.toLowerCase()) || set[1]!.includes('.');
}

async function runBatch(s: Session, batch: string[]): Promise<void> {
  try {
    // The semicolon on a line of its own: a statement may end in a -- comment.
    await s.exec(batch.join('\n;\n'));
  } catch (e) {
    // Which of the batch failed: the database's message names the table or object.
    throw new RestoreError(
      `Återställningen avbröts: ${(e as Error).message}. Inget sparades. (Satserna började med: ${firstLine(batch[0]!)})`,
    );
  }
}

async function countRows(s: Session): Promise<Omit<RestoreResult, 'skipped'>> {
  const tables = await s.query<{ name: string }>(
    `select quote_ident(tablename) as name from pg_tables where schemaname = 'public'`,
  );
  if (tables.length === 0) return { tables: 0, rows: 0 };
  const counts = tables.map((t) => `(select count(*) from public.${t.name})`).join(' + ');
  const [row] = await s.query<{ rows: string | number }>(`select ${counts} as rows`);
  return { tables: tables.length, rows: Number(row?.rows ?? 0) };
}

function firstLine(statement: string): string {
  const line = statement.split('\n')[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
