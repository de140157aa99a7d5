import { sql } from 'kysely';
import type { ProcurementDb } from '../db.js';
import type { OpportunityRow } from '../opportunity/opportunity.repository.js';

/**
 * Swedish opportunities still open for answers (published, last deadline not passed) with a lot
 * coded so that an enterprise's codes answer it: a lot code among `codes` (the enterprise's codes
 * and their ancestors: the same code, or one it does part of), or with one of `treeCodes` among
 * its ancestors (a narrower code under one the enterprise offers). The GIN indexes of the list
 * answer both. Only where the enterprise delivers, or with no place named. The soonest deadline first.
 */
export async function selectOpenAnswerable(
  db: ProcurementDb,
  q: {
    codes: readonly string[];
    treeCodes: readonly string[];
    /** Where the enterprise delivers: a lot in one of these kommuner, or in a whole län of these, or with no place. */
    municipalities: readonly string[];
    counties: readonly string[];
    now: Date;
    limit: number;
  },
): Promise<OpportunityRow[]> {
  if (q.codes.length === 0 && q.treeCodes.length === 0) return [];
  return (
    db
      .selectFrom('opportunity')
      .selectAll()
      .where('status', '=', 'published')
      .where('country_code', '=', 'SE')
      .where((eb) => eb.or([eb('open_until', 'is', null), eb('open_until', '>=', q.now)]))
      .where(sql<boolean>`(cpv_codes && ${[...q.codes]}::text[] or cpv_tree && ${[...q.treeCodes]}::text[])`)
      // Where it delivers, told apart per lot later (match.score.ts): a lot in its kommuner or whole
      // län, or a lot with no place (anywhere).
      .where(
        sql<boolean>`(municipality_codes && ${[...q.municipalities]}::text[] or whole_county_codes && ${[...q.counties]}::text[] or exists (select 1 from opportunity_lot l where l.opportunity_id = opportunity.id and cardinality(l.county_codes) = 0 and cardinality(l.municipality_codes) = 0))`,
      )
      .orderBy(sql`closes_at asc nulls last`)
      .orderBy('id', 'desc')
      .limit(q.limit)
      .execute()
  );
}

/** Ids of the Swedish opportunities still open for answers, after `afterId`, in id order: the re-match reads them a batch at a time. */
export async function selectOpenIds(db: ProcurementDb, now: Date, afterId: number, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('opportunity')
    .select('id')
    .where('status', '=', 'published')
    .where('country_code', '=', 'SE')
    .where((eb) => eb.or([eb('open_until', 'is', null), eb('open_until', '>=', now)]))
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}
