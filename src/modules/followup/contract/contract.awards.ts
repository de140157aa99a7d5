import { isoDate, periodEnd } from '../../../platform/calendar.js';
import { isUniqueViolation } from '../../../platform/db/errors.js';
import type { JobHandler } from '../../../platform/jobs/registry.js';
import { awardedLotsOfOpportunity, type AwardedLot, type LotAwardedEvent } from '../../procurement/index.js';
import { supplierByOrgnr } from '../../register/index.js';
import { COMMITMENT_RULE, type Commitment } from '../commitment/commitment.rules.js';
import { contextWithFollowupTables, type FollowupContext } from '../db.js';
import { selectContractOfLot, updateContract } from './contract.repository.js';
import { createContract } from './contract.service.js';
import { lotName, swedishOrgnr } from './contract.values.js';

/** When a notice says nothing of the contract's length: a year (the page shows the dates). */
const MONTHS_WHEN_UNKNOWN = 12;

/** The clause of the lot as a commitment, when it says how many and for how long. */
export function commitmentOf(l: AwardedLot): Commitment | null {
  const c = l.employmentClause;
  if (!c || c.persons === null || c.months === null || c.persons < 1 || c.months < 1) return null;
  return {
    form: c.forms[0] ?? 'new_hire',
    requirement: c.requirement,
    targetGroup: c.targetGroup,
    persons: c.persons,
    months: c.months,
    firstStartWithinMonths: c.firstStartWithinMonths ?? COMMITMENT_RULE.firstStartWithinMonths,
    metShare: c.metSharePercent === null ? COMMITMENT_RULE.metShare : c.metSharePercent / 100,
  };
}

/**
 * The contracts an award notice makes (issue 12 §1), for lots of a buyer organisation on the
 * platform whose award is plain: one winner, and an employment clause that says how many and for
 * how long. Anything else — several winners (a framework with more than one supplier), no clause —
 * the buyer makes on /uppfoljning from the lot with the winner filled in, since only they know
 * what was agreed with whom. A contract made from an earlier award notice that nobody has
 * reported against yet takes a later notice's winner, value and dates. Returns the ids made.
 */
export async function contractsFromAward(ctx: FollowupContext, opportunityId: number): Promise<number[]> {
  const today = isoDate(ctx.now());
  const made: number[] = [];
  for (const lot of await awardedLotsOfOpportunity(ctx.db, opportunityId)) {
    const award = lot.award;
    if (!award || award.winners.length !== 1 || lot.buyerOrganisationId === null) continue;
    const commitment = commitmentOf(lot);
    if (!commitment) continue;
    const [winner] = award.winners;
    const orgnr = swedishOrgnr(winner!.orgnr);
    const supplier = orgnr ? await supplierByOrgnr(ctx.db, orgnr, today) : null;
    const starts = lot.contractStart ?? award.concludedOn ?? today;
    const facts = {
      supplierEnterpriseId: supplier?.id ?? null,
      supplierName: supplier?.name ?? winner!.name,
      starts,
      ends: periodEnd(starts, lot.contractMonths ?? MONTHS_WHEN_UNKNOWN),
      value: award.value?.amount ?? lot.estimatedValue,
      currency: award.value?.currency ?? lot.currency,
    };
    const existing = await selectContractOfLot(ctx.db, opportunityId, lot.position);
    if (existing) {
      if (existing.source === 'award_notice' && existing.reports === 0)
        await updateContract(ctx.db, existing.id, {
          supplier_enterprise_id: facts.supplierEnterpriseId,
          supplier_name: facts.supplierName,
          starts_on: facts.starts,
          ends_on: facts.ends,
          value: facts.value,
          currency: facts.currency,
        });
      continue;
    }
    try {
      made.push(
        await createContract(
          ctx,
          {
            buyerOrganisationId: lot.buyerOrganisationId,
            title: lotName(lot),
            opportunityId,
            lotPosition: lot.position,
            ...facts,
            reservation: lot.reservation,
            source: 'award_notice',
            commitments: [commitment],
          },
          null,
        ),
      );
    } catch (e) {
      // The buyer made it by hand in the same moment: theirs stands.
      if (!isUniqueViolation(e)) throw e;
    }
  }
  return made;
}

/** The listener of procurement's 'procurement.lot_awarded' event (a job, after the notice is committed). */
export const onLotAwarded: JobHandler = async (platformCtx, payload) => {
  const { opportunityId } = payload as unknown as LotAwardedEvent;
  await contractsFromAward(contextWithFollowupTables(platformCtx), opportunityId);
};
