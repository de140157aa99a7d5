import { swedishTimeToDate } from '../../../platform/calendar.js';
import type { Kysely } from 'kysely';
import type { PlatformDB } from '../../../platform/db/schema.js';
import { withProcurementTables } from '../db.js';
import { selectYearFigures } from './opportunity.figures.repository.js';
import type { OpportunityKind, OpportunityStatus } from './opportunity.types.js';

/**
 * What the procurement module tells others about a buyer organisation's procurements per year
 * (issue 12 §3: the goals the follow-up module measures). Counted in SQL, grouped by year.
 *
 * Which opportunities count: those published and not withdrawn — published, closed or awarded —
 * never drafts, and never cancelled ones (a cancelled procurement was not carried out). The year
 * is decided by `published_at` (the day it went out, in Swedish time), not by its deadline or
 * award. Reserved and split-into-lots count the procurements themselves — advertised and direct —
 * not entries in the yearly plan or requests for dialogue, which later become one of those.
 */
const FIGURE_STATUSES: readonly OpportunityStatus[] = ['published', 'closed', 'awarded'];
const PROCUREMENT_KINDS: readonly OpportunityKind[] = ['advertised', 'direct'];

export interface ProcurementYearFigures {
  year: number;
  /** Advertised procurements published in the year. */
  advertised: number;
  /** …of which at least one lot has an employment-promoting clause. */
  advertisedWithClause: number;
  /** Advertised or direct procurements with at least one reserved lot. */
  reserved: number;
  /** Advertised or direct procurements split into more than one lot. */
  splitIntoLots: number;
}

/** The figures for each of `years` (a year with nothing published gets zeros), in the order given. */
export async function procurementYearFigures(
  db: Kysely<PlatformDB>,
  organisationId: number,
  years: readonly number[],
): Promise<ProcurementYearFigures[]> {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const rows = await selectYearFigures(withProcurementTables(db), {
    organisationId,
    from: swedishTimeToDate(`${first}-01-01`, '00:00'),
    to: swedishTimeToDate(`${last + 1}-01-01`, '00:00'),
    statuses: FIGURE_STATUSES,
    counted: PROCUREMENT_KINDS,
  });
  const byYear = new Map(rows.map((r) => [r.year, r]));
  return years.map((year) => {
    const r = byYear.get(year);
    return {
      year,
      advertised: r?.advertised ?? 0,
      advertisedWithClause: r?.advertised_with_clause ?? 0,
      reserved: r?.reserved ?? 0,
      splitIntoLots: r?.split_into_lots ?? 0,
    };
  });
}
