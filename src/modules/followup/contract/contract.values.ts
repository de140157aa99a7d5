import { periodEnd } from '../../../platform/calendar.js';
import type { FormValues } from '../../../platform/http/form.js';
import type { AwardedLot } from '../../procurement/index.js';
import { COMMITMENT_RULE } from '../commitment/commitment.rules.js';

/** The lot's name as the follow-up says it: the opportunity's title, and the lot's when it differs. */
export const lotName = (l: AwardedLot) =>
  l.title === l.opportunityTitle ? l.title : `${l.opportunityTitle}: ${l.title}`;

/**
 * The contract form filled in from an awarded lot: its title, planned start and length, value,
 * reservation, and its employment clause as the commitment (its first form; the buyer may pick
 * another). Only the supplier is left to write.
 */
export function valuesFromLot(l: AwardedLot): FormValues {
  const c = l.employmentClause;
  const v: FormValues = {
    opportunityId: String(l.opportunityId),
    lotPosition: String(l.position),
    title: lotName(l),
    starts: l.contractStart ?? '',
    ends: l.contractStart && l.contractMonths ? periodEnd(l.contractStart, l.contractMonths) : '',
    value: l.estimatedValue === null ? '' : String(Math.round(l.estimatedValue)),
    reservation: l.reservation ?? '',
    firstStart: String(COMMITMENT_RULE.firstStartWithinMonths),
    metShare: String(Math.round(COMMITMENT_RULE.metShare * 100)),
  };
  if (c) {
    v.requirement = c.requirement;
    v.commitmentForm = c.forms[0] ?? '';
    v.targetGroup = c.targetGroup;
    v.persons = c.persons === null ? '' : String(c.persons);
    v.months = c.months === null ? '' : String(c.months);
    if (c.firstStartWithinMonths !== null) v.firstStart = String(c.firstStartWithinMonths);
    if (c.metSharePercent !== null) v.metShare = String(c.metSharePercent);
  }
  return v;
}

/** An empty form with the rule's defaults. */
export const NEW_CONTRACT_VALUES: FormValues = {
  firstStart: String(COMMITMENT_RULE.firstStartWithinMonths),
  metShare: String(Math.round(COMMITMENT_RULE.metShare * 100)),
};
