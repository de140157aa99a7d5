import { audit } from '../../../platform/audit/audit.service.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { procurementYearFigures } from '../../procurement/index.js';
import type { FollowupContext } from '../db.js';
import {
  GOAL_METRICS,
  meets,
  verdictOf,
  type MetricId,
  type Outcome,
  type Verdict,
  type YearFigures,
} from './goal.metrics.js';
import {
  deleteTarget,
  selectIsPublic,
  selectOrganisationName,
  selectPersonsStarted,
  selectPublicOrganisations,
  selectTargets,
  upsertPublicity,
  upsertTarget,
} from './goal.repository.js';
import type { TargetInput } from './goal.schema.js';

/** How many years the pages show: this year and the four before it. */
export const YEARS_SHOWN = 5;

/** The years shown (oldest first) and the years whose targets the form sets (this and next). */
export function goalYears(thisYear: number): { shown: number[]; editable: number[] } {
  return {
    shown: Array.from({ length: YEARS_SHOWN }, (_, i) => thisYear - YEARS_SHOWN + 1 + i),
    editable: [thisYear, thisYear + 1],
  };
}

export interface MetricYear {
  year: number;
  target: number | null;
  outcome: Outcome;
  verdict: Verdict;
}

export interface GoalOverview {
  organisationId: number;
  organisationName: string;
  thisYear: number;
  isPublic: boolean;
  metrics: { id: MetricId; unit: 'share' | 'count'; years: MetricYear[] }[];
  /** Every target set for the years the form edits, by field: `clause_share_2027` → 40. */
  targets: Map<string, number>;
}

/**
 * An organisation's goals and outcomes: the targets it set, and each year's outcome counted from the
 * procurement module's figures (procurementYearFigures) and this module's reports, never stored.
 */
export async function goalOverview(
  ctx: FollowupContext,
  organisationId: number,
  thisYear: number,
): Promise<GoalOverview | null> {
  const { shown, editable } = goalYears(thisYear);
  const first = shown[0]!;
  const last = editable[editable.length - 1]!;
  const [name, isPublic, targets, procurement, started] = await Promise.all([
    selectOrganisationName(ctx.db, organisationId),
    selectIsPublic(ctx.db, organisationId),
    selectTargets(ctx.db, organisationId, { from: first, to: last }),
    procurementYearFigures(ctx.db, organisationId, shown),
    selectPersonsStarted(ctx.db, organisationId, { from: first, to: thisYear }),
  ]);
  if (name === undefined) return null;
  const startedByYear = new Map(started.map((r) => [r.year, r.started]));
  const figures: YearFigures[] = procurement.map((p) => ({ ...p, personsStarted: startedByYear.get(p.year) ?? 0 }));
  const targetOf = new Map(targets.map((t) => [`${t.metric}_${t.year}`, t.target]));
  return {
    organisationId,
    organisationName: name,
    thisYear,
    isPublic,
    metrics: GOAL_METRICS.map((m) => ({
      id: m.id,
      unit: m.unit,
      years: figures.map((f) => {
        const target = targetOf.get(`${m.id}_${f.year}`) ?? null;
        const outcome = m.outcome(f);
        return { year: f.year, target, outcome, verdict: verdictOf(meets(m, outcome, target), f.year, thisYear) };
      }),
    })),
    targets: targetOf,
  };
}

/**
 * Stores the targets of the form: a new or changed one set, an emptied one removed; what changed
 * goes to the audit log as one event. Returns how many changed.
 */
export async function saveTargets(
  ctx: FollowupContext,
  user: CurrentUser,
  organisationId: number,
  inputs: readonly TargetInput[],
  ip: string | null,
): Promise<number> {
  if (inputs.length === 0) return 0;
  const years = inputs.map((i) => i.year);
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.now();
    const before = await selectTargets(trx, organisationId, { from: Math.min(...years), to: Math.max(...years) });
    const had = new Map(before.map((t) => [`${t.metric}_${t.year}`, t.target]));
    const changes: Record<string, number | null> = {};
    for (const i of inputs) {
      const key = `${i.metric}_${i.year}`;
      const old = had.get(key) ?? null;
      if (old === i.target) continue;
      if (i.target === null) await deleteTarget(trx, organisationId, i.year, i.metric);
      else
        await upsertTarget(trx, {
          organisationId,
          year: i.year,
          metric: i.metric,
          target: i.target,
          setBy: user.id,
          at: now,
        });
      changes[key] = i.target;
    }
    const changed = Object.keys(changes).length;
    if (changed > 0)
      await audit(trx, {
        at: now,
        actor: user,
        action: 'goal_targets_changed',
        subject: `organisation:${organisationId}`,
        details: { goalTargets: changes },
        ip,
      });
    return changed;
  });
}

/** Turns the open page on or off for the organisation, in the audit log. */
export async function setPublicity(
  ctx: FollowupContext,
  user: CurrentUser,
  organisationId: number,
  isPublic: boolean,
  ip: string | null,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await upsertPublicity(trx, { organisationId, isPublic, by: user.id, at: ctx.now() });
    await audit(trx, {
      at: ctx.now(),
      actor: user,
      action: 'goal_publicity_changed',
      subject: `organisation:${organisationId}`,
      details: { goalsPublic: isPublic },
      ip,
    });
  });
}

export function publicOrganisations(ctx: FollowupContext): Promise<{ id: number; name: string }[]> {
  return selectPublicOrganisations(ctx.db);
}

/** The open figures of an organisation that chose to show them; null for any other. */
export async function openGoals(
  ctx: FollowupContext,
  organisationId: number,
  thisYear: number,
): Promise<GoalOverview | null> {
  if (!(await selectIsPublic(ctx.db, organisationId))) return null;
  return goalOverview(ctx, organisationId, thisYear);
}
