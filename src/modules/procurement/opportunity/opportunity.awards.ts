import type { Kysely } from 'kysely';
import type { PlatformDB } from '../../../platform/db/schema.js';
import { withProcurementTables } from '../db.js';
import type { ReservationKind } from '../reservation/reservation.rules.js';
import { selectAwardedIds } from './opportunity.repository.js';
import { loadOpportunities, loadOpportunity } from './opportunity.service.js';
import type { EmploymentClause, Opportunity } from './opportunity.types.js';

/**
 * Awarded lots as other modules read them: the follow-up module makes a contract of each, with the
 * lot's employment clause as the contract's commitment. Read through this service (procurement's
 * index.ts), never from procurement's tables.
 */
export interface AwardedLot {
  opportunityId: number;
  opportunityTitle: string;
  buyerOrganisationId: number | null;
  position: number;
  title: string;
  /** 'YYYY-MM-DD' the contract is planned to start, when the lot says. */
  contractStart: string | null;
  contractMonths: number | null;
  estimatedValue: number | null;
  currency: string;
  reservation: ReservationKind | null;
  employmentClause: EmploymentClause | null;
}

/** How many awarded opportunities a buyer's follow-up looks back over. */
const AWARDED_LOOKBACK = 200;

/** An organisation's awarded opportunities, lot by lot, latest awarded first. */
export async function awardedLotsOf(db: Kysely<PlatformDB>, organisationId: number): Promise<AwardedLot[]> {
  const pdb = withProcurementTables(db);
  const ids = await selectAwardedIds(pdb, organisationId, AWARDED_LOOKBACK);
  const byId = new Map((await loadOpportunities(pdb, ids)).map((o) => [o.id, o]));
  return ids.flatMap((id) => {
    const o = byId.get(id);
    return o ? lotsOf(o) : [];
  });
}

/** One awarded lot, or null when the opportunity is not awarded or has no such lot. */
export async function awardedLot(
  db: Kysely<PlatformDB>,
  opportunityId: number,
  position: number,
): Promise<AwardedLot | null> {
  const o = await loadOpportunity(withProcurementTables(db), opportunityId);
  if (!o || o.status !== 'awarded') return null;
  return lotsOf(o).find((l) => l.position === position) ?? null;
}

function lotsOf(o: Opportunity): AwardedLot[] {
  return o.lots.map((l) => ({
    opportunityId: o.id,
    opportunityTitle: o.title,
    buyerOrganisationId: o.buyerOrganisationId,
    position: l.position,
    title: l.title,
    contractStart: l.contractStart,
    contractMonths: l.contractMonths,
    estimatedValue: l.estimatedValue,
    currency: l.currency,
    reservation: l.reservation,
    employmentClause: l.employmentClause,
  }));
}
