import { cpvParentOf } from '../../../platform/reference/cpv.js';
import { shippedCpvByCode } from '../../../platform/reference/cpv.vocabulary.js';
import { municipalityByCode } from '../../../platform/reference/geo.js';
import type { ReservationKind } from '../reservation/reservation.rules.js';
import type { LotRow, LotValues, OpportunityRow, OpportunityValues } from './opportunity.repository.js';
import {
  answerMoments,
  type EmploymentClause,
  type Lot,
  type Opportunity,
  type OpportunityKind,
  type OpportunityStatus,
} from './opportunity.types.js';

/** Rows become domain types here, and domain types rows; nothing else reads a column name. */
export function toOpportunity(row: OpportunityRow, lots: readonly LotRow[]): Opportunity {
  return {
    id: row.id,
    kind: row.kind as OpportunityKind,
    status: row.status as OpportunityStatus,
    title: row.title,
    description: row.description,
    buyerOrganisationId: row.buyer_organisation_id,
    buyerName: row.buyer_name,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    expectedQuarter: row.expected_quarter,
    noticeUrl: row.notice_url,
    deadlineAt: row.deadline_at,
    deadlineZone: row.deadline_zone,
    meetingAt: row.meeting_at,
    meetingPlace: row.meeting_place,
    meetingLink: row.meeting_link,
    aimedAtLocal: row.aimed_at_local,
    noLotsReason: row.no_lots_reason,
    dialogueHeld: row.dialogue_held,
    noDialogueReason: row.no_dialogue_reason,
    source: row.source,
    countryCode: row.country_code,
    textLanguage: row.text_language,
    procedureId: row.procedure_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    closedAt: row.closed_at,
    closesAt: row.closes_at,
    lots: lots.filter((l) => l.opportunity_id === row.id).map(toLot),
  };
}

export function toLot(row: LotRow): Lot {
  return {
    id: row.id,
    position: row.position,
    lotRef: row.lot_ref,
    title: row.title,
    description: row.description,
    mainCpv: row.main_cpv,
    additionalCpv: row.additional_cpv,
    countyCodes: row.county_codes,
    municipalityCodes: row.municipality_codes,
    nutsCodes: row.nuts_codes,
    estimatedValue: row.estimated_value === null ? null : Number(row.estimated_value),
    currency: row.currency,
    contractMonths: row.contract_months,
    contractStart: row.contract_start,
    reservation: row.reservation as ReservationKind | null,
    reservationReason: row.reservation_reason,
    employmentClause: (row.employment_clause as EmploymentClause | null) ?? null,
    deadlineAt: row.deadline_at,
    deadlineZone: row.deadline_zone,
    smeSuitable: row.sme_suitable,
    socialObjective: row.social_objective,
  };
}

/** What a lot form or a notice decides about a lot. */
export type LotFacts = Omit<Lot, 'id' | 'position'>;

export function lotColumns(lot: LotFacts): LotValues {
  return {
    lot_ref: lot.lotRef,
    title: lot.title,
    description: lot.description,
    main_cpv: lot.mainCpv,
    additional_cpv: lot.additionalCpv,
    county_codes: lot.countyCodes,
    municipality_codes: lot.municipalityCodes,
    nuts_codes: lot.nutsCodes,
    estimated_value: lot.estimatedValue,
    currency: lot.currency,
    contract_months: lot.contractMonths,
    contract_start: lot.contractStart,
    reservation: lot.reservation,
    reservation_reason: lot.reservationReason,
    employment_clause: lot.employmentClause ? JSON.stringify(lot.employmentClause) : null,
    deadline_at: lot.deadlineAt,
    deadline_zone: lot.deadlineZone,
    sme_suitable: lot.smeSuitable,
    social_objective: lot.socialObjective,
  };
}

/**
 * The columns the public list filters on, kept from the lots on every save: every code with its
 * ancestors (a filter on a group finds the codes under it by one index key), the places with a
 * whole län kept apart (it counts for each of its kommuner), the reservations, and the first
 * and last deadline (for a dialogue, the meeting): sorted by the first, shown until the last.
 */
export function derivedColumns(
  o: Pick<Opportunity, 'kind' | 'deadlineAt' | 'meetingAt'>,
  lots: readonly LotFacts[],
): OpportunityValues {
  const codes = new Set<string>();
  const tree = new Set<string>();
  const counties = new Set<string>();
  const wholeCounties = new Set<string>();
  const municipalities = new Set<string>();
  const reservations = new Set<string>();
  for (const lot of lots) {
    for (const code of [lot.mainCpv, ...lot.additionalCpv]) {
      if (!code) continue;
      codes.add(code);
      for (let c: string | null = code; c; c = cpvParentOf(c, (x) => shippedCpvByCode(x) !== undefined)) tree.add(c);
    }
    for (const c of lot.countyCodes) {
      counties.add(c);
      wholeCounties.add(c);
    }
    for (const m of lot.municipalityCodes) {
      municipalities.add(m);
      const county = municipalityByCode(m)?.countyCode;
      if (county) counties.add(county);
    }
    if (lot.reservation) reservations.add(lot.reservation);
  }
  const times = answerMoments({ ...o, lots }).map((d) => d.getTime());
  const first = times.length > 0 ? new Date(Math.min(...times)) : null;
  const last = times.length > 0 ? new Date(Math.max(...times)) : null;
  return {
    cpv_codes: [...codes],
    cpv_tree: [...tree],
    county_codes: [...counties],
    whole_county_codes: [...wholeCounties],
    municipality_codes: [...municipalities],
    reservation_kinds: [...reservations],
    closes_at: first,
    open_until: last,
  };
}
