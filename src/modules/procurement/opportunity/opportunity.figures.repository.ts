import { sql } from 'kysely';
import { SWEDISH_TIME_ZONE } from '../../../platform/calendar.js';
import type { ProcurementDb } from '../db.js';

/** The SQL of the yearly figures (opportunity.figures.ts): one grouped query, never every opportunity. */

export interface YearFiguresRow {
  year: number;
  advertised: number;
  advertised_with_clause: number;
  reserved: number;
  split_into_lots: number;
}

/**
 * Per year (the year of `published_at` in Swedish time) of the organisation's opportunities of
 * `kinds` published in [from, to) with a status of `statuses`: how many were advertised, advertised
 * with an employment clause in a lot, had a reserved lot, had more than one lot.
 */
export async function selectYearFigures(
  db: ProcurementDb,
  q: { organisationId: number; from: Date; to: Date; statuses: readonly string[]; counted: readonly string[] },
): Promise<YearFiguresRow[]> {
  const { rows } = await sql<YearFiguresRow>`
    select
      extract(year from o.published_at at time zone ${SWEDISH_TIME_ZONE})::int as year,
      (count(*) filter (where o.kind = 'advertised'))::int as advertised,
      (count(*) filter (where o.kind = 'advertised' and exists (
        select 1 from opportunity_lot l
        where l.opportunity_id = o.id and jsonb_typeof(l.employment_clause) = 'object'
      )))::int as advertised_with_clause,
      (count(*) filter (where o.kind in (${sql.join(q.counted)}) and cardinality(o.reservation_kinds) > 0))::int as reserved,
      (count(*) filter (where o.kind in (${sql.join(q.counted)}) and (
        select count(*) from opportunity_lot l where l.opportunity_id = o.id
      ) > 1))::int as split_into_lots
    from opportunity o
    where o.buyer_organisation_id = ${q.organisationId}
      and o.status in (${sql.join(q.statuses)})
      and o.published_at >= ${q.from}
      and o.published_at < ${q.to}
    group by 1
    order by 1`.execute(db);
  return rows;
}
