import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

/**
 * Planner statistics and GIN pending lists. PostgreSQL's autovacuum keeps both in order on a
 * server; PGlite runs in single-user mode without it. With no statistics the planner picked plans
 * several times slower for the directory search, and unmerged GIN pending lists are scanned
 * linearly by every search (measured at 30 000: text match 14–24 ms → 2–3 ms once merged).
 * Bulk writers (seed, import) call this when done.
 */
export async function analyze(db: Kysely<DB>): Promise<void> {
  await sql`vacuum analyze`.execute(db);
}

/** At start-up: analyse once if the register has never been analysed (a cheap catalogue look-up otherwise). */
export async function analyzeIfNeverAnalyzed(db: Kysely<DB>): Promise<boolean> {
  const { rows } = await sql<{ never: boolean }>`
    select coalesce((select reltuples < 0 from pg_class where oid = to_regclass('enterprise')), false) as never`.execute(
    db,
  );
  if (!rows[0]?.never) return false;
  await analyze(db);
  return true;
}
