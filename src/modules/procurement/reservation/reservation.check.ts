import { currentLanguage } from '../../../platform/i18n/language.js';
import { shippedCpvByCode } from '../../../platform/reference/cpv.vocabulary.js';
import { RESERVATION_RULES, type ReservationKind, type ReservationRule } from './reservation.rules.js';
import { reservationText } from './reservation.text.js';

/** What the rules look at on a lot. */
export interface LotReservation {
  reservation: ReservationKind | null;
  /** The buyer's reason for reserving, in plain words. */
  reason: string | null;
  mainCpv: string | null;
  additionalCpv: readonly string[];
  /** The contract period in months (BT-36), when known. */
  months: number | null;
}

export interface Finding {
  /** An error stops publishing; a warning is said and published past. */
  severity: 'error' | 'warning';
  field: 'reservation' | 'reason' | 'mainCpv' | 'additionalCpv' | 'months';
  message: string;
}

/**
 * Checks a lot against the rule of its reservation as the buyer writes it (issue 10 §2), on
 * `today` (ÅÅÅÅ-MM-DD). Every message names the paragraph. An imported notice is never refused
 * for a warning: the caller decides what an error means for a notice the buyer already published.
 */
export function checkReservation(
  lot: LotReservation,
  today: string,
  rules: Readonly<Record<ReservationKind, ReservationRule>> = RESERVATION_RULES,
): Finding[] {
  if (!lot.reservation) return [];
  const t = reservationText;
  const rule = rules[lot.reservation];
  const ref = rule.reference;
  const findings: Finding[] = [];
  const error = (field: Finding['field'], message: string) => findings.push({ severity: 'error', field, message });

  if (today < rule.validFrom) error('reservation', t.notYetValid(ref, rule.validFrom));
  if (!lot.reason?.trim()) error('reason', t.reasonMissing(ref));

  if (rule.mainCpv) {
    const allowed = new Set(rule.mainCpv.codes);
    if (!lot.mainCpv) error('mainCpv', t.mainCpvMissing(ref));
    else if (!allowed.has(lot.mainCpv))
      error(
        'mainCpv',
        t.mainCpvNotAllowed(
          named(lot.mainCpv),
          ref,
          rule.mainCpv.source[currentLanguage()],
          named(exampleOf(rule.mainCpv.codes)),
        ),
      );
    const off = lot.additionalCpv.filter((c) => !allowed.has(c));
    if (off.length > 0) {
      // Our stricter reading: eForms checks only the main code.
      findings.push({
        severity: 'warning',
        field: 'additionalCpv',
        message: t.additionalCpvOff(off.map(named).join(', '), ref),
      });
    }
  }

  if (rule.maxMonths !== null) {
    if (lot.months === null) error('months', t.monthsMissing(ref, rule.maxMonths / 12));
    else if (lot.months <= 0) error('months', t.monthsNotPositive);
    else if (lot.months > rule.maxMonths) error('months', t.monthsTooLong(lot.months, ref, rule.maxMonths));
  }
  return findings;
}

/** A code of the list to suggest: the broad social-services code when the list has it. */
function exampleOf(codes: readonly string[]): string {
  return codes.includes('85300000') ? '85300000' : codes[0]!;
}

/** '90910000 (Städning)': the code with its label in the page's language, when the code exists. */
function named(code: string): string {
  const c = shippedCpvByCode(code);
  if (!c) return code;
  return `${code} (${currentLanguage() === 'en' ? c.labelEn : c.labelSv})`;
}
