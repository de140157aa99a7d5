import { isoDate } from '../../../platform/calendar.js';
import { formatInteger } from '../../../platform/i18n/format.js';
import { checkReservation, type Finding } from '../reservation/reservation.check.js';
import { RESERVATION_RULES, type ReservationKind, type ReservationRule } from '../reservation/reservation.rules.js';
import { SOCIAL_SERVICE_CPV } from '../reservation/social-service-cpv.js';
import type { LimitKind, ProcurementRules } from '../settings/settings.service.js';
import type { Opportunity } from './opportunity.types.js';
import { opportunityText } from './opportunity.text.js';

/** A finding on the opportunity (lot null) or on one of its lots. */
export interface CheckFinding extends Omit<Finding, 'field'> {
  lot: number | null;
  field: string;
}

/** The rules of the reservations with the administrator's list for 19 kap. 25 a §. */
export function reservationRules(rules: ProcurementRules): Record<ReservationKind, ReservationRule> {
  const { codes, source } = rules.nonProfitCpv;
  return {
    ...RESERVATION_RULES,
    non_profit: {
      ...RESERVATION_RULES.non_profit,
      mainCpv: codes.length > 0 ? { codes, source: { sv: source, en: source } } : null,
    },
  };
}

/** The findings of one lot's reservation, as the lot form shows them while the buyer writes. */
export function lotFindings(o: Opportunity, position: number, rules: ProcurementRules, now: Date): CheckFinding[] {
  const lot = o.lots.find((l) => l.position === position);
  if (!lot) return [];
  const t = opportunityText.checks;
  const found: CheckFinding[] = checkReservation(
    { ...lot, reason: lot.reservationReason, months: lot.contractMonths },
    isoDate(now),
    reservationRules(rules),
  ).map((f) => ({
    ...f,
    lot: position,
  }));
  if (lot.reservation === 'non_profit' && rules.nonProfitCpv.codes.length === 0) {
    found.push({ severity: 'warning', lot: position, field: 'reservation', message: t.nonProfitListEmpty });
  }
  return found;
}

/**
 * Everything that stops publishing (errors) or should be read first (warnings). A published
 * opportunity is checked the same way on every change, so it never becomes what could not be published.
 */
export function publishFindings(o: Opportunity, rules: ProcurementRules, now: Date): CheckFinding[] {
  const t = opportunityText.checks;
  const found: CheckFinding[] = [];
  const error = (field: string, message: string, lot: number | null = null) =>
    found.push({ severity: 'error', field, message, lot });

  if (!o.description.trim()) error('description', t.descriptionMissing);
  if (!o.buyerName.trim()) error('buyerName', t.buyerMissing);
  if (!o.contactEmail && !o.contactPhone) error('contactEmail', t.contactMissing);
  const future = (d: Date | null) => d !== null && d.getTime() > now.getTime();
  if (o.kind === 'planned' && !o.expectedQuarter) error('expectedYear', t.quarterMissing);
  if (o.kind === 'advertised' && !o.noticeUrl) error('noticeUrl', t.noticeUrlMissing);
  if (o.kind === 'advertised' || o.kind === 'direct') {
    if (!o.deadlineAt) error('deadlineDate', t.deadlineMissing);
    else if (!future(o.deadlineAt)) error('deadlineDate', t.deadlinePassed);
  }
  if (o.kind === 'dialogue') {
    if (!o.meetingAt) error('meetingDate', t.meetingMissing);
    else if (!future(o.meetingAt)) error('meetingDate', t.meetingPassed);
    if (!o.meetingPlace && !o.meetingLink) error('meetingPlace', t.meetingPlaceMissing);
  }

  if (o.lots.length === 0) error('lots', t.lotsMissing);
  for (const lot of o.lots) {
    if (o.lots.length > 1 && !lot.title.trim()) error('title', t.lotTitleMissing(lot.position), lot.position);
    if (!lot.mainCpv) error('mainCpv', t.lotCpvMissing(lot.position), lot.position);
    if (lot.countyCodes.length === 0 && lot.municipalityCodes.length === 0 && o.countryCode === 'SE') {
      error('place', t.lotPlaceMissing(lot.position), lot.position);
    }
    found.push(...lotFindings(o, lot.position, rules, now));
  }

  // Splitting into lots and a dialogue first are what let small enterprises bid (issue 10 §2).
  if ((o.kind === 'advertised' || o.kind === 'direct') && o.lots.length === 1 && !o.noLotsReason) {
    error('noLotsReason', t.noLotsReasonMissing);
  }
  if (o.kind === 'advertised') {
    if (o.dialogueHeld === null) error('dialogueHeld', t.dialogueQuestion);
    else if (!o.dialogueHeld && !o.noDialogueReason) error('noDialogueReason', t.noDialogueReasonMissing);
  }
  if (o.kind === 'direct') found.push(...directLimitFindings(o, rules, now));
  return found;
}

/** A direct procurement above the year's limit for its kind of service is warned about, never refused. */
function directLimitFindings(o: Opportunity, rules: ProcurementRules, now: Date): CheckFinding[] {
  const t = opportunityText.checks;
  const values = o.lots.map((l) => l.estimatedValue);
  if (values.length === 0 || values.some((v) => v === null)) return [];
  const total = values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  const social = new Set(SOCIAL_SERVICE_CPV);
  const kind: LimitKind = o.lots.every((l) => l.mainCpv && social.has(l.mainCpv)) ? 'social_services' : 'general';
  const year = Number(isoDate(now).slice(0, 4));
  const limit = rules.limit(year, kind);
  const warning = (message: string): CheckFinding => ({
    severity: 'warning',
    field: 'estimatedValue',
    lot: null,
    message,
  });
  if (limit === null) return [warning(t.limitUnknown(year, t.limitKinds[kind]))];
  if (total <= limit) return [];
  return [warning(t.limitExceeded(formatInteger(total), formatInteger(limit), year, t.limitKinds[kind]))];
}
