import { currentLanguage } from '../../../platform/i18n/language.js';
import { formatDate, formatInteger, formatList, formatLongDateTime } from '../../../platform/i18n/format.js';
import { shippedCpvByCode } from '../../../platform/reference/cpv.vocabulary.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import { RESERVATION_RULES, type ReservationKind } from '../reservation/reservation.rules.js';
import type { EmploymentClause, Lot, Opportunity, Place } from './opportunity.types.js';
import { opportunityText } from './opportunity.text.js';

/**
 * An opportunity's facts as readers read them, the same on the list, the page, the feed, the
 * calendar and the downloads: one place says how a deadline, a place or a reservation is written.
 */

/** '90911200 Städning av byggnader' in the page's language (the code alone when unknown). */
export function cpvName(code: string): string {
  const c = shippedCpvByCode(code);
  if (!c) return code;
  return `${code} ${currentLanguage() === 'en' ? (c.labelEn ?? c.labelSv) : c.labelSv}`;
}

/** 'Dalarnas län, Gävle': whole län first, then kommuner. */
export function placeNames(place: Place): string[] {
  return [
    ...place.countyCodes.map((c) => countyByCode(c)?.name ?? c),
    ...place.municipalityCodes.map((m) => municipalityByCode(m)?.shortName ?? m),
  ];
}

/** 'Delområde 2: Förskolor i Falun' (the number alone when the lot has no title). */
export function lotHeading(lot: Pick<Lot, 'position' | 'title'>): string {
  return `${opportunityText.lotName(lot.position)}${lot.title ? `: ${lot.title}` : ''}`;
}

/** The län a place touches: its whole län and the län of each of its kommuner. */
export function countiesOf(place: Place): string[] {
  const counties = new Set(place.countyCodes);
  for (const m of place.municipalityCodes) {
    const county = municipalityByCode(m)?.countyCode;
    if (county) counties.add(county);
  }
  return [...counties];
}

/** Every place of every lot, once. */
export function opportunityPlaces(o: Opportunity): string[] {
  return [...new Set(o.lots.flatMap(placeNames))];
}

/** The lots' main codes, each once, in lot order. */
export function mainCodes(o: Opportunity): string[] {
  return [...new Set(o.lots.flatMap((l) => (l.mainCpv ? [l.mainCpv] : [])))];
}

/** Every code of every lot, main and additional, each once. */
export function allCodes(o: Opportunity): string[] {
  return [...new Set(o.lots.flatMap((l) => (l.mainCpv ? [l.mainCpv, ...l.additionalCpv] : l.additionalCpv)))];
}

/** The lots' reservations, each once, in lot order. */
export function reservationsOf(o: Opportunity): ReservationKind[] {
  return [...new Set(o.lots.flatMap((l) => (l.reservation ? [l.reservation] : [])))];
}

/** 'Reserverad enligt LOU 4 kap. 18 § första stycket 1'. */
export function reservationName(kind: ReservationKind): string {
  return opportunityText.reservedUnder(RESERVATION_RULES[kind].reference);
}

/** The date that matters for the kind: deadline, planned quarter or meeting, with its name. */
export function whenParts(o: Opportunity): { label: string; value: string } | null {
  const t = opportunityText;
  if (o.kind === 'planned') {
    if (!o.expectedQuarter) return null;
    const [year, quarter] = o.expectedQuarter.split('-');
    return { label: t.fields.expectedQuarter, value: t.quarter(year!, quarter!) };
  }
  if (o.kind === 'dialogue')
    return o.meetingAt ? { label: t.fields.meeting, value: formatLongDateTime(o.meetingAt) } : null;
  const deadline = o.closesAt ?? o.deadlineAt;
  if (!deadline) return null;
  return {
    label: o.kind === 'direct' ? t.fields.directDeadline : t.fields.deadline,
    value: formatLongDateTime(deadline),
  };
}

/** 'Sista dag för anbud: 15 mars 2027 kl. 12:00'. */
export function whenText(o: Opportunity): string | null {
  const w = whenParts(o);
  return w ? `${w.label}: ${w.value}` : null;
}

export function valueText(lot: Lot): string | null {
  if (lot.estimatedValue === null) return null;
  const amount = formatInteger(lot.estimatedValue);
  return lot.currency === 'SEK' ? opportunityText.kronor(amount) : `${amount} ${lot.currency}`;
}

export function periodText(lot: Lot): string | null {
  const parts = [
    lot.contractMonths !== null ? opportunityText.months(lot.contractMonths) : null,
    lot.contractStart ? opportunityText.fromDate(formatDate(lot.contractStart)) : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** 'Skall-krav: 2 personer ur målgruppen långtidsarbetslösa, nyanställning eller praktik, 6 månader …' */
export function clauseText(c: EmploymentClause): string {
  const t = opportunityText;
  const parts = [
    c.persons !== null ? t.persons(c.persons) : null,
    c.targetGroup ? t.clause.targetGroup(c.targetGroup) : null,
    c.forms.length > 0
      ? formatList(
          c.forms.map((f) => t.clauseForms[f].toLowerCase()),
          'or',
        )
      : null,
    c.months !== null ? t.clause.each(t.months(c.months)) : null,
    c.firstStartWithinMonths !== null ? t.clause.firstStart(c.firstStartWithinMonths) : null,
    c.metSharePercent !== null ? t.clause.met(c.metSharePercent) : null,
  ].filter((p): p is string => p !== null);
  return `${t.clauseRequirements[c.requirement]}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}
