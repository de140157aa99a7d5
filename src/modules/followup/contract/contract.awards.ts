import { isoDate, periodEnd } from '../../../platform/calendar.js';
import { isUniqueViolation } from '../../../platform/db/errors.js';
import type { JobHandler } from '../../../platform/jobs/registry.js';
import { awardedLotsOfOpportunity, type AwardedLot, type LotAwardedEvent } from '../../procurement/index.js';
import { parseOrgnr, supplierByOrgnr, type Supplier } from '../../register/index.js';
import { COMMITMENT_RULE, type Commitment } from '../commitment/commitment.rules.js';
import { contextWithFollowupTables, type FollowupContext } from '../db.js';
import { selectContractIdForLot } from './contract.repository.js';
import { createContract } from './contract.service.js';
import { lotName } from './contract.values.js';

/** When a notice says nothing of the contract's length: a year, for the buyer to correct. */
const MONTHS_WHEN_UNKNOWN = 12;

/** A Swedish org.nr as notices write it: 556677-8899, 5566778899, or the VAT number SE556677889901. */
function swedishOrgnr(raw: string | null): string | null {
  if (!raw) return null;
  const direct = parseOrgnr(raw);
  if (direct.ok) return direct.value;
  const vat = /^SE(\d{10})01$/i.exec(raw.replace(/[\s-]/g, ''));
  const fromVat = vat ? parseOrgnr(vat[1]!) : null;
  return fromVat?.ok ? fromVat.value : null;
}

/** The clause of the lot as a commitment, when it says how many and for how long. */
function commitmentOf(l: AwardedLot): Commitment | null {
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
 * The contracts an award notice makes (issue 12 §1): for each lot it names a winner of, of a buyer
 * organisation on the platform, a contract with the winner (the register's enterprise when its
 * org.nr is there, so that it can report itself) and the lot's employment clause as the
 * commitment. A lot that has a contract already keeps it. Returns the ids made.
 */
export async function contractsFromAward(ctx: FollowupContext, opportunityId: number): Promise<number[]> {
  const today = isoDate(ctx.now());
  const made: number[] = [];
  for (const lot of await awardedLotsOfOpportunity(ctx.db, opportunityId)) {
    const award = lot.award;
    if (!award || award.winners.length === 0 || lot.buyerOrganisationId === null) continue;
    if ((await selectContractIdForLot(ctx.db, opportunityId, lot.position)) !== undefined) continue;
    let supplier: Supplier | null = null;
    for (const w of award.winners) {
      const orgnr = swedishOrgnr(w.orgnr);
      supplier = orgnr ? await supplierByOrgnr(ctx.db, orgnr, today) : null;
      if (supplier) break;
    }
    const starts = lot.contractStart ?? award.concludedOn ?? today;
    const commitment = commitmentOf(lot);
    try {
      made.push(
        await createContract(
          ctx,
          {
            buyerOrganisationId: lot.buyerOrganisationId,
            title: lotName(lot),
            opportunityId,
            lotPosition: lot.position,
            supplierEnterpriseId: supplier?.id ?? null,
            supplierName: supplier?.name ?? award.winners.map((w) => w.name).join(', '),
            starts,
            ends: periodEnd(starts, lot.contractMonths ?? MONTHS_WHEN_UNKNOWN),
            value: award.value?.amount ?? lot.estimatedValue,
            currency: award.value?.currency ?? lot.currency,
            reservation: lot.reservation,
            source: 'award_notice',
            commitments: commitment ? [commitment] : [],
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
