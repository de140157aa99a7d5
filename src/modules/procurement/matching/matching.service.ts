import { isoDate } from '../../../platform/calendar.js';
import { cpvLevel, cpvParentOf } from '../../../platform/reference/cpv.js';
import { findSuppliers, supplierById, type Supplier } from '../../register/index.js';
import { BROADEST_COUNTED_LEVEL, cpvQueryCodes } from '../analysis/analysis.match.js';
import type { ProcurementContext } from '../db.js';
import { countiesOf } from '../opportunity/opportunity.format.js';
import { selectLots } from '../opportunity/opportunity.repository.js';
import { toOpportunity } from '../opportunity/opportunity.rows.js';
import type { Lot, Opportunity } from '../opportunity/opportunity.types.js';
import { byScore, lotCodes, matchLot, type LotMatch } from './match.score.js';
import { selectOpenAnswerable } from './matching.repository.js';

/**
 * Matching (issue 11 §1) over the register's read face (supply/), both ways: the enterprises
 * that fit each lot of an opportunity, for its buyer; and the open opportunities that fit an
 * enterprise, for "Möjligheter för er". Both score with match.score.ts, so a buyer and an
 * enterprise see the same match with the same reasons.
 */
export interface LotMatches {
  lot: Lot;
  matches: LotMatch[];
}

export async function matchesForOpportunity(ctx: ProcurementContext, o: Opportunity): Promise<LotMatches[]> {
  const today = isoDate(ctx.now());
  return Promise.all(o.lots.map(async (lot) => ({ lot, matches: await matchesForLot(ctx, lot, today) })));
}

async function matchesForLot(ctx: ProcurementContext, lot: Lot, today: string): Promise<LotMatch[]> {
  const codes = lotCodes(lot);
  if (codes.length === 0) return [];
  // The register is asked by the lot's län (those delivering anywhere in them); the kommun is told apart here.
  const counties = countiesOf(lot);
  const suppliers = await findSuppliers(ctx.db, {
    cpvCodes: cpvQueryCodes(codes),
    ...(counties.length > 0 ? { countyCodes: counties } : {}),
    today,
  });
  return suppliers.flatMap((s) => matchLot(lot, s, today) ?? []).sort(byScore);
}

export interface OpportunityMatch {
  opportunity: Opportunity;
  /** The lots the enterprise fits, best first. */
  lots: { lot: Lot; match: LotMatch }[];
  /** The best lot's score. */
  score: number;
}

/** How many open opportunities are read for one enterprise: more than any page shows. */
const ANSWERABLE_LIMIT = 500;

/**
 * The open opportunities with a lot this enterprise fits, best first (the soonest deadline first
 * among equals); null when the enterprise is not published (the register shows only those).
 */
export async function opportunitiesFor(
  ctx: ProcurementContext,
  enterpriseId: number,
): Promise<OpportunityMatch[] | null> {
  const today = isoDate(ctx.now());
  const supplier = await supplierById(ctx.db, enterpriseId, today);
  if (!supplier) return null;
  const rows = await selectOpenAnswerable(ctx.db, {
    ...answerableBy(supplier),
    municipalities: supplier.deliversInMunicipalities,
    counties: supplier.deliversInCounties,
    now: ctx.now(),
    limit: ANSWERABLE_LIMIT,
  });
  const lots = await selectLots(
    ctx.db,
    rows.map((r) => r.id),
  );
  const out: OpportunityMatch[] = [];
  for (const row of rows) {
    const opportunity = toOpportunity(row, lots);
    const fitting = opportunity.lots
      .flatMap((lot) => {
        const match = matchLot(lot, supplier, today);
        return match ? [{ lot, match }] : [];
      })
      .sort((a, b) => byScore(a.match, b.match));
    if (fitting.length > 0) out.push({ opportunity, lots: fitting, score: fitting[0]!.match.score });
  }
  // A stable sort: among equal scores the soonest deadline stays first, as the rows came.
  return out.sort((a, b) => b.score - a.score);
}

/**
 * The lot codes an enterprise's codes answer (analysis.match.ts, the other way round): each code
 * and its ancestors (the same code, or a wider one it does part of); and, for codes at class level
 * or below, any code under them (found by the lots' stored ancestors, `treeCodes`).
 */
export function answerableBy(supplier: Pick<Supplier, 'cpvCodes'>): { codes: string[]; treeCodes: string[] } {
  const codes = new Set<string>();
  const treeCodes = new Set<string>();
  for (const code of supplier.cpvCodes) {
    for (let c: string | null = code; c; c = cpvParentOf(c)) codes.add(c);
    if (cpvLevel(code) >= BROADEST_COUNTED_LEVEL) treeCodes.add(code);
  }
  return { codes: [...codes].sort(), treeCodes: [...treeCodes].sort() };
}
