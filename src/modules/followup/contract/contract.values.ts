import { periodEnd } from '../../../platform/calendar.js';
import type { FormValues } from '../../../platform/http/form.js';
import type { AwardedLot } from '../../procurement/index.js';
import { parseOrgnr } from '../../register/index.js';
import { COMMITMENT_RULE } from '../commitment/commitment.rules.js';

/** A Swedish org.nr as notices write it: 556677-8899, 5566778899, or the VAT number SE556677889901. */
export function swedishOrgnr(raw: string | null): string | null {
  if (!raw) return null;
  const direct = parseOrgnr(raw);
  if (direct.ok) return direct.value;
  const vat = /^SE(\d{10})01$/i.exec(raw.replace(/[\s-]/g, ''));
  const fromVat = vat ? parseOrgnr(vat[1]!) : null;
  return fromVat?.ok ? fromVat.value : null;
}

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
  // What an award notice said: the one winner (by org.nr when Swedish, else by name), value, date.
  const winners = l.award?.winners ?? [];
  const winnerOrgnr = winners.length === 1 ? swedishOrgnr(winners[0]!.orgnr) : null;
  const starts = l.contractStart ?? l.award?.concludedOn ?? null;
  const value = l.award?.value?.currency === 'SEK' ? l.award.value.amount : l.estimatedValue;
  const v: FormValues = {
    opportunityId: String(l.opportunityId),
    lotPosition: String(l.position),
    title: lotName(l),
    supplierOrgnr: winnerOrgnr ?? '',
    supplierName: winnerOrgnr ? '' : winners.map((w) => w.name).join(', '),
    starts: starts ?? '',
    ends: starts && l.contractMonths ? periodEnd(starts, l.contractMonths) : '',
    value: value === null ? '' : String(Math.round(value)),
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
