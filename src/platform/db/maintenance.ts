import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

/**
 * Planner statistics. PostgreSQL's autovacuum keeps them current on a server; PGlite runs in
 * single-user mode without it, and with no statistics the planner picked plans several times
 * slower for the directory search. Bulk writers (seed, import) call `analyze` when done.
 */
export async function analyze(db: Kysely<DB>): Promise<void> {
  await sql`analyze`.execute(db);
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
