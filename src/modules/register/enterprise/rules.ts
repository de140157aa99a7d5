import type { Certification, Employees } from './enterprise.types.js';
import { addMonthsToDate } from '../../../platform/calendar.js';

/**
 * The LOU 4 kap. 18 § indicator as data, not literals: the share of employees from the target
 * group that reserved participation requires, and how fresh the reported figures must be for
 * the register to vouch for it.
 */
export const RESERVED_SHARE_RULE = {
  minShare: 0.3,
  maxReportAgeMonths: 12,
  source: 'Lag (2016:1145) om offentlig upphandling, 4 kap. 18 §',
  validFrom: '2017-01-01',
} as const;

export function targetGroupShare(employees: Pick<Employees, 'total' | 'targetGroup'> | null): number | null {
  if (!employees || employees.total <= 0) return null;
  return employees.targetGroup / employees.total;
}

export function isReservable(employees: Employees | null, today: string): boolean {
  const share = targetGroupShare(employees);
  if (share === null || !employees) return false;
  return (
    share >= RESERVED_SHARE_RULE.minShare &&
    employees.reportedOn >= addMonthsToDate(today, -RESERVED_SHARE_RULE.maxReportAgeMonths)
  );
}

/** A certification counts while its valid-until date has not passed (no date = no expiry). */
export function isCertificationValid(c: Certification, today: string): boolean {
  return c.validUntil === null || c.validUntil >= today;
}

/** The latest valid-until of the certifications, for the denormalised filter column. */
export function certifiedUntil(certs: readonly Certification[]): string | null {
  if (certs.length === 0) return null;
  if (certs.some((c) => c.validUntil === null)) return '9999-12-31';
  return (
    certs
      .map((c) => c.validUntil as string)
      .sort()
      .at(-1) ?? null
  );
}
