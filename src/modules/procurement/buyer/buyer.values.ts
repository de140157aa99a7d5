import { swedishDateAndTime } from '../../../platform/calendar.js';
import type { FormValues } from '../../../platform/http/form.js';
import { placeNames } from '../opportunity/opportunity.format.js';
import type { Lot, Opportunity } from '../opportunity/opportunity.types.js';

/** A saved opportunity as its form's fields hold it, for the form's first showing. */
export function basicsValues(o: Opportunity): FormValues {
  const deadline = o.deadlineAt ? swedishDateAndTime(o.deadlineAt) : null;
  const meeting = o.meetingAt ? swedishDateAndTime(o.meetingAt) : null;
  const [year, quarter] = o.expectedQuarter?.split('-') ?? [];
  return {
    kind: o.kind,
    title: o.title,
    description: o.description,
    buyerName: o.buyerName,
    contactName: o.contactName ?? '',
    contactEmail: o.contactEmail ?? '',
    contactPhone: o.contactPhone ?? '',
    expectedYear: year ?? '',
    expectedQuarter: quarter ?? '',
    noticeUrl: o.noticeUrl ?? '',
    deadlineDate: deadline?.date ?? '',
    deadlineTime: deadline?.time ?? '',
    meetingDate: meeting?.date ?? '',
    meetingTime: meeting?.time ?? '',
    meetingPlace: o.meetingPlace ?? '',
    meetingLink: o.meetingLink ?? '',
    aimedAtLocal: o.aimedAtLocal ? '1' : '',
  };
}

export function lotValues(lot: Lot): FormValues {
  const c = lot.employmentClause;
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    title: lot.title,
    description: lot.description,
    mainCpv: lot.mainCpv ?? '',
    additionalCpv: lot.additionalCpv.join(', '),
    // Written back as the buyer reads them: 'Dalarnas län, Gävle'.
    place: placeNames(lot).join(', '),
    estimatedValue: n(lot.estimatedValue),
    contractMonths: n(lot.contractMonths),
    contractStart: lot.contractStart ?? '',
    reservation: lot.reservation ?? '',
    reservationReason: lot.reservationReason ?? '',
    clauseRequirement: c?.requirement ?? '',
    clauseTargetGroup: c?.targetGroup ?? '',
    clauseForms: c?.forms ?? [],
    clausePersons: n(c?.persons),
    clauseMonths: n(c?.months),
    clauseFirstStart: n(c?.firstStartWithinMonths),
    clauseMetShare: n(c?.metSharePercent),
  };
}

/** One field's value as a string (the first of a repeated one). */
export const one = (values: FormValues, field: string): string => {
  const v = values[field];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};
export const many = (values: FormValues, field: string): string[] => {
  const v = values[field];
  return Array.isArray(v) ? v : v ? [v] : [];
};

/**
 * The lot form after one of the CPV finder's buttons: the code as the main code, or added to the
 * others (once, and not beside itself as main). Nothing is saved yet.
 */
export function withPickedCode(values: FormValues): FormValues {
  const main = one(values, 'useMain');
  if (main) return { ...values, mainCpv: main };
  const picked = one(values, 'addCpv');
  const codes = one(values, 'additionalCpv')
    .split(/[\s,;]+/)
    .filter(Boolean);
  if (!codes.includes(picked) && picked !== one(values, 'mainCpv').trim()) codes.push(picked);
  return { ...values, additionalCpv: codes.join(', ') };
}
