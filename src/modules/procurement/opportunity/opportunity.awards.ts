import type { Kysely } from 'kysely';
import type { PlatformDB } from '../../../platform/db/schema.js';
import { withProcurementTables } from '../db.js';
import type { ReservationKind } from '../reservation/reservation.rules.js';
import { selectAwardedLotKeys, selectLotAwards } from './opportunity.repository.js';
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
  /** What an award notice said of it (notices/); null when the buyer marked it awarded by hand. */
  award: {
    winners: { name: string; orgnr: string | null }[];
    value: { amount: number; currency: string } | null;
    concludedOn: string | null;
    noticeId: string;
  } | null;
}

type Award = AwardedLot['award'];

/** How many awarded lots a buyer's follow-up looks back over. */
const AWARDED_LOOKBACK = 500;

/**
 * An organisation's awarded lots, latest awarded first, but those in `except` ('opportunity:position':
 * the follow-up's lots that have a contract): the first `limit`, and how many there are. Only the
 * opportunities of the lots returned are read whole.
 */
export async function awardedLotsOf(
  db: Kysely<PlatformDB>,
  organisationId: number,
  { except = new Set(), limit = AWARDED_LOOKBACK }: { except?: ReadonlySet<string>; limit?: number } = {},
): Promise<{ lots: AwardedLot[]; total: number }> {
  const pdb = withProcurementTables(db);
  const key = (opportunityId: number, position: number) => `${opportunityId}:${position}`;
  const left = (await selectAwardedLotKeys(pdb, organisationId, AWARDED_LOOKBACK)).filter(
    (k) => !except.has(key(k.opportunity_id, k.position)),
  );
  const wanted = left.slice(0, limit);
  const ids = [...new Set(wanted.map((k) => k.opportunity_id))];
  if (ids.length === 0) return { lots: [], total: left.length };
  const byId = new Map((await loadOpportunities(pdb, ids)).map((o) => [o.id, o]));
  const awards = await awardsOf(db, ids);
  const keep = new Set(wanted.map((k) => key(k.opportunity_id, k.position)));
  const lots = ids.flatMap((id) => {
    const o = byId.get(id);
    return o ? lotsOf(o, awards).filter((l) => keep.has(key(l.opportunityId, l.position))) : [];
  });
  return { lots, total: left.length };
}

/** One awarded lot, or null when the opportunity is not awarded or has no such lot. */
export async function awardedLot(
  db: Kysely<PlatformDB>,
  opportunityId: number,
  position: number,
): Promise<AwardedLot | null> {
  const o = await loadOpportunity(withProcurementTables(db), opportunityId);
  if (!o || o.status !== 'awarded') return null;
  return lotsOf(o, await awardsOf(db, [o.id])).find((l) => l.position === position) ?? null;
}

/** The award notices' word on these opportunities' lots, by 'opportunity:position'. */
async function awardsOf(db: Kysely<PlatformDB>, ids: readonly number[]): Promise<Map<string, Award>> {
  const rows = await selectLotAwards(withProcurementTables(db), ids);
  return new Map(
    rows.map((r) => [
      `${r.opportunity_id}:${r.lot_position}`,
      {
        winners: r.winners,
        value: r.value === null || r.currency === null ? null : { amount: Number(r.value), currency: r.currency },
        concludedOn: r.concluded_on,
        noticeId: r.notice_id,
      },
    ]),
  );
}

function lotsOf(o: Opportunity, awards: Map<string, Award>): AwardedLot[] {
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
    award: awards.get(`${o.id}:${l.position}`) ?? null,
  }));
}

/** The lots of one awarded opportunity (none when it is not awarded). */
export async function awardedLotsOfOpportunity(db: Kysely<PlatformDB>, opportunityId: number): Promise<AwardedLot[]> {
  const o = await loadOpportunity(withProcurementTables(db), opportunityId);
  if (!o || o.status !== 'awarded') return [];
  return lotsOf(o, await awardsOf(db, [o.id]));
}
