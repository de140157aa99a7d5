import type { FieldChange, Lot, Opportunity } from './opportunity.types.js';

type Value = string | null;
const iso = (d: Date | null): Value => (d ? d.toISOString() : null);
const list = (xs: readonly string[]): Value => (xs.length > 0 ? xs.join(', ') : null);
const num = (n: number | null): Value => (n === null ? null : String(n));

/** The fields readers see, as stored values (the history page formats them). */
const OPPORTUNITY_FIELDS: Record<string, (o: Opportunity) => Value> = {
  title: (o) => o.title,
  description: (o) => o.description || null,
  buyerName: (o) => o.buyerName,
  contactName: (o) => o.contactName,
  contactEmail: (o) => o.contactEmail,
  contactPhone: (o) => o.contactPhone,
  expectedQuarter: (o) => o.expectedQuarter,
  noticeUrl: (o) => o.noticeUrl,
  deadline: (o) => iso(o.deadlineAt),
  meeting: (o) => iso(o.meetingAt),
  meetingPlace: (o) => o.meetingPlace,
  meetingLink: (o) => o.meetingLink,
  aimedAtLocal: (o) => (o.aimedAtLocal ? 'true' : 'false'),
};

const LOT_FIELDS: Record<string, (l: Lot) => Value> = {
  lotTitle: (l) => l.title || null,
  lotDescription: (l) => l.description || null,
  mainCpv: (l) => l.mainCpv,
  additionalCpv: (l) => list(l.additionalCpv),
  place: (l) => list([...l.countyCodes, ...l.municipalityCodes]),
  estimatedValue: (l) => num(l.estimatedValue),
  contractMonths: (l) => num(l.contractMonths),
  contractStart: (l) => l.contractStart,
  reservation: (l) => l.reservation,
  reservationReason: (l) => l.reservationReason,
  employmentClause: (l) => (l.employmentClause ? JSON.stringify(l.employmentClause) : null),
  deadline: (l) => iso(l.deadlineAt),
};

/**
 * What moved between two versions of an opportunity, field by field, lots by their number: the
 * history readers see ("Sista dag för anbud: 15 mars → 22 mars"), and what alerts will tell.
 */
export function diffOpportunities(before: Opportunity, after: Opportunity): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, read] of Object.entries(OPPORTUNITY_FIELDS)) {
    const [b, a] = [read(before), read(after)];
    if (b !== a) changes.push({ field, before: b, after: a });
  }
  const positions = new Set([...before.lots, ...after.lots].map((l) => l.position));
  for (const position of [...positions].sort((x, y) => x - y)) {
    const b = before.lots.find((l) => l.position === position);
    const a = after.lots.find((l) => l.position === position);
    if (!b || !a) {
      changes.push({
        field: 'lot',
        lot: position,
        before: b ? b.title || '–' : null,
        after: a ? a.title || '–' : null,
      });
      continue;
    }
    for (const [field, read] of Object.entries(LOT_FIELDS)) {
      const [x, y] = [read(b), read(a)];
      if (x !== y) changes.push({ field, lot: position, before: x, after: y });
    }
  }
  return changes;
}
