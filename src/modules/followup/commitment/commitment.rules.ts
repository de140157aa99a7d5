import { addMonthsToDate } from '../../../platform/calendar.js';

/**
 * The employment-promoting clause as data (DESIGN §5; Upphandlingsmyndigheten's criterion and the
 * Dalarna model in the seeds: "Erbjuda minst 1 ny person … yrkespraktik under ca 3–6 månader, eller
 * nyanställa minst en person", also APL/LIA places for pupils), and how a commitment's status follows
 * from it, the contract's dates and the counts reported — never from anything about a person.
 */
export const COMMITMENT_FORMS = ['new_hire', 'placement', 'apl_lia'] as const;
export type CommitmentForm = (typeof COMMITMENT_FORMS)[number];

/** How the clause was used in the procurement: a dialogue requirement, a hard requirement, or a bonus in the evaluation. */
export const REQUIREMENT_KINDS = ['dialogue', 'hard', 'award_bonus'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

/** The follow-up rule's defaults, with where they come from; each commitment may set its own. */
export const COMMITMENT_RULE = {
  /** The first person starts within this many months of the contract's start. */
  firstStartWithinMonths: 6,
  /** Met when this share of the agreed time (persons × months) is done. */
  metShare: 0.75,
  /** "At risk" this many days before the first-start deadline while nobody has started… */
  warnDaysBeforeFirstStart: 30,
  /** …and this many days before the contract ends while the time done is short. */
  warnDaysBeforeEnd: 90,
  source: 'Upphandlingsmyndigheten, kriterium för sysselsättningsfrämjande villkor; Upphandlingscenter Falun Borlänge',
} as const;

export interface Commitment {
  form: CommitmentForm;
  requirement: RequirementKind;
  targetGroup: string;
  persons: number;
  /** Months per person (a placement of about 3–6 months; a new hire's months of employment). */
  months: number;
  firstStartWithinMonths: number;
  /** 0–1, e.g. 0.75. */
  metShare: number;
}

/**
 * One report: what happened, as counts, on a day. Reports add up. A start counts towards the
 * first-start deadline by this date, so it is the day it happened, not the day it was written down.
 */
export interface FulfilmentReport {
  /** 'YYYY-MM-DD': the day it happened (a start: the day the person started). */
  on: string;
  offered: number;
  started: number;
  completed: number;
  becameEmployment: number;
  /** Months of work or placement done in the period, all persons together. */
  personMonths: number;
}

/** In the order a buyer reads them: what needs a look first. */
export const COMMITMENT_STATUSES = ['at_risk', 'missed', 'on_track', 'met'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export interface StatusVerdict {
  status: CommitmentStatus;
  /** Why, as facts a page can put in words. */
  reason:
    | { kind: 'met'; done: number; agreed: number }
    | { kind: 'no_start_by'; deadline: string }
    | { kind: 'first_start_due'; deadline: string }
    | { kind: 'short_at_end'; done: number; needed: number; ends: string }
    | { kind: 'ended_short'; done: number; needed: number; ended: string }
    | { kind: 'on_track'; done: number; needed: number; started: number };
  totals: Omit<FulfilmentReport, 'on'>;
}

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/** Everything reported, added up (months in hundredths: 0.1 + 0.2 is 0.3 here). */
export function totalsOf(reports: readonly FulfilmentReport[]): StatusVerdict['totals'] {
  const t = { offered: 0, started: 0, completed: 0, becameEmployment: 0, personMonths: 0 };
  let hundredths = 0;
  for (const r of reports) {
    t.offered += r.offered;
    t.started += r.started;
    t.completed += r.completed;
    t.becameEmployment += r.becameEmployment;
    hundredths += Math.round(r.personMonths * 100);
  }
  return { ...t, personMonths: hundredths / 100 };
}

/** The person-months that meet the commitment: the share of persons × months (0.75 × 1 × 6 = 4.5). */
export function personMonthsNeeded(c: Pick<Commitment, 'persons' | 'months' | 'metShare'>): number {
  return (Math.round(c.metShare * 1000) * c.persons * c.months) / 1000;
}

/** Whether `done` person-months meet it, in thousandths: 0.75 × 3 in floating point is not 2.25 exactly. */
function isMet(done: number, c: Pick<Commitment, 'persons' | 'months' | 'metShare'>): boolean {
  return Math.round(done * 1000) >= Math.round(c.metShare * 1000) * c.persons * c.months;
}

/** What counts of a commitment's reports on a day: their totals and the first start. */
export interface CommitmentSummary {
  totals: StatusVerdict['totals'];
  /** The day the first person started, null before anyone has. */
  firstStartOn: string | null;
}

/**
 * What happened within the contract's period and by the day asked about: work after the end does
 * not make up for it. (The follow-up list gets the same from SQL, contract.repository.ts.)
 */
export function summarise(
  reports: readonly FulfilmentReport[],
  contract: { starts: string; ends: string },
  today: string,
): CommitmentSummary {
  const counted = reports.filter((r) => r.on >= contract.starts && r.on <= contract.ends && r.on <= today);
  let firstStartOn: string | null = null;
  for (const r of counted) if (r.started > 0 && (firstStartOn === null || r.on < firstStartOn)) firstStartOn = r.on;
  return { totals: totalsOf(counted), firstStartOn };
}

/**
 * The status on `today` of a commitment in a contract running `starts`–`ends` ('YYYY-MM-DD'):
 * met when the time done reaches the share; missed when nobody had started by the first-start
 * deadline, or when the contract ended short; at risk close to either; else on track.
 */
export function commitmentStatus(
  c: Commitment,
  contract: { starts: string; ends: string },
  reports: readonly FulfilmentReport[],
  today: string,
): StatusVerdict {
  return statusFrom(c, contract, summarise(reports, contract, today), today);
}

/** The status from what counts (summarise): the rule itself. */
export function statusFrom(
  c: Commitment,
  contract: { starts: string; ends: string },
  { totals, firstStartOn }: CommitmentSummary,
  today: string,
): StatusVerdict {
  const needed = personMonthsNeeded(c);
  const done = totals.personMonths;
  if (isMet(done, c)) return { status: 'met', reason: { kind: 'met', done, agreed: c.persons * c.months }, totals };
  const deadline = firstStartDeadline(c, contract);
  const startedByDeadline = firstStartOn !== null && firstStartOn <= deadline;
  if (today > deadline && !startedByDeadline)
    return { status: 'missed', reason: { kind: 'no_start_by', deadline }, totals };
  if (today > contract.ends)
    return { status: 'missed', reason: { kind: 'ended_short', done, needed, ended: contract.ends }, totals };
  if (totals.started === 0 && days(today, deadline) <= COMMITMENT_RULE.warnDaysBeforeFirstStart) {
    return { status: 'at_risk', reason: { kind: 'first_start_due', deadline }, totals };
  }
  if (days(today, contract.ends) <= COMMITMENT_RULE.warnDaysBeforeEnd) {
    return { status: 'at_risk', reason: { kind: 'short_at_end', done, needed, ends: contract.ends }, totals };
  }
  return { status: 'on_track', reason: { kind: 'on_track', done, needed, started: totals.started }, totals };
}

/** The day by which the first person must have started. */
export function firstStartDeadline(
  c: Pick<Commitment, 'firstStartWithinMonths'>,
  contract: { starts: string },
): string {
  return addMonthsToDate(contract.starts, c.firstStartWithinMonths);
}
