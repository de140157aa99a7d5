/**
 * The goals an organisation can set itself (issue 12 §3; DESIGN §5: Upphandlingscenter Falun
 * Borlänge, employment clauses in ≥ 50 % of advertised procurements and ≥ 5 reserved procurements a
 * year; Stockholm, ≥ 3 reserved and ≥ 3 split into lots) as data: each metric, its unit, and how
 * its outcome for a year follows from the platform's own figures. The words for each (label, how
 * it is counted) are in goal.sv.ts / goal.en.ts under the same id.
 *
 * The procurement figures come from the procurement module (procurementYearFigures: published,
 * closed or awarded opportunities, the year of publication in Swedish time); persons started from
 * this module's reports (the sum of `started` reported in the year, within the contract's period).
 */
export interface YearFigures {
  year: number;
  advertised: number;
  advertisedWithClause: number;
  reserved: number;
  splitIntoLots: number;
  personsStarted: number;
}

export type MetricUnit = 'share' | 'count';

/** An outcome: a count, or a share as a fraction of a whole (null when there is nothing to divide by). */
export interface Outcome {
  value: number | null;
  /** For a share: what was counted and out of how many (3 of 5). */
  of?: { part: number; whole: number };
}

export interface Metric {
  id: string;
  unit: MetricUnit;
  /** The highest target the form takes: 100 for a percent; a count a year no organisation would pass. */
  max: number;
  outcome(f: YearFigures): Outcome;
}

export const GOAL_METRICS = [
  {
    id: 'clause_share',
    unit: 'share',
    max: 100,
    outcome: (f) =>
      f.advertised === 0
        ? { value: null, of: { part: 0, whole: 0 } }
        : { value: f.advertisedWithClause / f.advertised, of: { part: f.advertisedWithClause, whole: f.advertised } },
  },
  { id: 'reserved_count', unit: 'count', max: 10_000, outcome: (f) => ({ value: f.reserved }) },
  { id: 'lots_count', unit: 'count', max: 10_000, outcome: (f) => ({ value: f.splitIntoLots }) },
  { id: 'persons_started', unit: 'count', max: 100_000, outcome: (f) => ({ value: f.personsStarted }) },
] as const satisfies readonly Metric[];

export type MetricId = (typeof GOAL_METRICS)[number]['id'];
export const METRIC_IDS: readonly MetricId[] = GOAL_METRICS.map((m) => m.id);

export function isMetricId(s: string): s is MetricId {
  return (METRIC_IDS as readonly string[]).includes(s);
}

/**
 * Whether an outcome reaches a target (a share's target in whole percent: 3 of 5 is 60 % and meets
 * 60, counted in whole numbers, never in floating point). No target, no verdict; a share with nothing
 * advertised has not met anything.
 */
export function meets(metric: Metric, outcome: Outcome, target: number | null): boolean | null {
  if (target === null) return null;
  if (metric.unit === 'share') {
    if (!outcome.of || outcome.of.whole === 0) return target === 0;
    return outcome.of.part * 100 >= target * outcome.of.whole;
  }
  return (outcome.value ?? 0) >= target;
}

/** A year's verdict: met, not met, or (the year still running) not yet. */
export type Verdict = 'met' | 'not_met' | 'not_yet' | 'no_target';

export function verdictOf(met: boolean | null, year: number, thisYear: number): Verdict {
  if (met === null) return 'no_target';
  if (met) return 'met';
  return year >= thisYear ? 'not_yet' : 'not_met';
}
