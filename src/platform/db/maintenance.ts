import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from './database.js';
import type { PlatformDB } from './schema.js';

/**
 * Planner statistics and GIN pending lists. PostgreSQL's autovacuum keeps both in order on a
 * server; PGlite runs in single-user mode without it. With no statistics the planner picked plans
 * several times slower for the directory search, and unmerged GIN pending lists are scanned
 * linearly by every search (measured at 30 000: text match 14–24 ms → 2–3 ms once merged).
 * Bulk writers (seed, import) call this when done.
 */
export async function analyze(db: Kysely<PlatformDB>, kind: DatabaseKind): Promise<void> {
  await sql`vacuum analyze`.execute(db);
  if (kind === 'pglite') await checkpoint(db);
}

/**
 * Writes what the embedded database has in memory to its files and starts its write-ahead log
 * afresh. PGlite has no background checkpointer, so without this a crash (kill -9, a power cut)
 * replays every write since the last orderly shutdown at the next start: 24 s after a 30 000-row
 * import, measured. Bulk writers call it when done (through analyze) and the server calls it
 * when writes have happened (checkpointer.ts). Not on PostgreSQL, which has its own.
 */
export async function checkpoint(db: Kysely<PlatformDB>): Promise<void> {
  await sql`checkpoint`.execute(db);
}

/**
 * At start-up: analyse once if one of `tables` (the modules' `bulkTables`) has never been
 * analysed; a cheap catalogue look-up otherwise.
 */
export async function analyzeIfNeverAnalyzed(
  db: Kysely<PlatformDB>,
  kind: DatabaseKind,
  tables: readonly string[],
): Promise<boolean> {
  if (tables.length === 0) return false;
  const { rows } = await sql<{ never: boolean }>`
    select coalesce(bool_or(reltuples < 0), false) as never from pg_class
    where oid in (${sql.join(tables.map((t) => sql`to_regclass(${t})`))})`.execute(db);
  if (!rows[0]?.never) return false;
  await analyze(db, kind);
  return true;
}
