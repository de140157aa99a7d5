import type { ReservationKind } from '../reservation/reservation.rules.js';

/** The four kinds of opportunity (DESIGN §4, issue 10 §1). */
export const OPPORTUNITY_KINDS = ['planned', 'advertised', 'direct', 'dialogue'] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

export const OPPORTUNITY_STATUSES = ['draft', 'published', 'closed', 'awarded', 'cancelled'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];
/** What readers may see: everything but a draft. */
export const PUBLIC_OPPORTUNITY_STATUSES: readonly OpportunityStatus[] = [
  'published',
  'closed',
  'awarded',
  'cancelled',
];
/** Where a published opportunity can go, and back from closed to awarded. */
export const ENDING_STATUSES = ['closed', 'awarded', 'cancelled'] as const;
export type EndingStatus = (typeof ENDING_STATUSES)[number];

/** Where an opportunity may go from its status: any ending from published, awarded from closed. */
export function endingsFrom(status: OpportunityStatus): readonly EndingStatus[] {
  return status === 'published' ? ENDING_STATUSES : status === 'closed' ? ['awarded'] : [];
}

/** Awarded or cancelled: the opportunity is not changed any more. */
export function isFinal(status: OpportunityStatus): boolean {
  return status === 'awarded' || status === 'cancelled';
}

/**
 * The moments an opportunity can be answered until: its own and its lots' deadlines, and a
 * dialogue's meeting. The list sorts by the first and shows it until the last (derivedColumns);
 * past the last, nobody can answer it any more.
 */
export function answerMoments(o: {
  kind: OpportunityKind;
  deadlineAt: Date | null;
  meetingAt: Date | null;
  lots: readonly { deadlineAt: Date | null }[];
}): Date[] {
  return [...o.lots.map((l) => l.deadlineAt), o.deadlineAt, o.kind === 'dialogue' ? o.meetingAt : null].filter(
    (d): d is Date => d !== null,
  );
}

/** Published, and a deadline or meeting still ahead (or none set, as for a planned purchase). */
export function isAnswerable(o: Opportunity, now: Date): boolean {
  if (o.status !== 'published') return false;
  const times = answerMoments(o).map((d) => d.getTime());
  return times.length === 0 || Math.max(...times) >= now.getTime();
}

/** The employment-promoting clause of a lot (DESIGN §5: Upphandlingsmyndigheten's criterion, the Dalarna model). */
export const CLAUSE_REQUIREMENTS = ['dialogue', 'hard', 'award_bonus'] as const;
export type ClauseRequirement = (typeof CLAUSE_REQUIREMENTS)[number];
export const CLAUSE_FORMS = ['new_hire', 'placement', 'apl_lia'] as const;
export type ClauseForm = (typeof CLAUSE_FORMS)[number];

export interface EmploymentClause {
  requirement: ClauseRequirement;
  targetGroup: string;
  forms: ClauseForm[];
  persons: number | null;
  months: number | null;
  /** The first person starts within this many months of the contract's start. */
  firstStartWithinMonths: number | null;
  /** The commitment is met when this share (percent) of the agreed time is done. */
  metSharePercent: number | null;
}

export interface Place {
  /** Whole län. */
  countyCodes: string[];
  municipalityCodes: string[];
}

export interface Lot extends Place {
  id: number;
  position: number;
  lotRef: string | null;
  title: string;
  description: string;
  mainCpv: string | null;
  additionalCpv: string[];
  nutsCodes: string[];
  estimatedValue: number | null;
  currency: string;
  contractMonths: number | null;
  contractStart: string | null;
  reservation: ReservationKind | null;
  reservationReason: string | null;
  employmentClause: EmploymentClause | null;
  deadlineAt: Date | null;
  deadlineZone: string | null;
  smeSuitable: boolean | null;
  socialObjective: boolean | null;
}

export interface Opportunity {
  id: number;
  kind: OpportunityKind;
  status: OpportunityStatus;
  title: string;
  description: string;
  buyerOrganisationId: number | null;
  buyerName: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  /** '2027-2': the second quarter of 2027. */
  expectedQuarter: string | null;
  noticeUrl: string | null;
  deadlineAt: Date | null;
  deadlineZone: string | null;
  meetingAt: Date | null;
  meetingPlace: string | null;
  meetingLink: string | null;
  aimedAtLocal: boolean;
  noLotsReason: string | null;
  dialogueHeld: boolean | null;
  noDialogueReason: string | null;
  source: string;
  countryCode: string;
  /** The language the title and descriptions are written in (ISO 639-1). */
  textLanguage: string;
  procedureId: string | null;
  createdBy: number | null;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  closedAt: Date | null;
  /** The first deadline of the opportunity or its lots (for a dialogue: the meeting). */
  closesAt: Date | null;
  lots: Lot[];
}

/** One field a change moved, as readers see it in the history. */
export interface FieldChange {
  field: string;
  /** The lot's position, when the field is a lot's. */
  lot?: number;
  before: string | null;
  after: string | null;
}

export interface OpportunityChange {
  at: Date;
  actorLabel: string;
  kind: 'created' | 'published' | 'changed' | EndingStatus | 'notice';
  changes: FieldChange[];
}
