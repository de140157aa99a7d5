import { z } from 'zod';
import { formatInteger } from '../../../platform/i18n/format.js';
import { GOAL_METRICS, type Metric, type MetricId } from './goal.metrics.js';
import { goalText } from './goal.text.js';

/** The form field of a metric's target for a year: `clause_share_2027`. */
export function targetField(metric: MetricId, year: number): string {
  return `${metric}_${year}`;
}

/**
 * A target as typed: empty is no target; a share in whole percent 0–100 ('50', '50 %'); a count a
 * whole number 0–max ('1 000' with a space is a thousand).
 */
function targetInput(metric: Metric) {
  return z
    .unknown()
    .optional()
    .transform((input, ctx) => {
      // A field sent twice (a crafted form) reads as its first value, like formValues shows it back.
      const raw = Array.isArray(input) ? input[0] : input;
      const s = (typeof raw === 'string' ? raw : '')
        .replace(/[\s\u00a0\u202f]/g, '')
        .replace(metric.unit === 'share' ? /%$/ : /$^/, '');
      if (s === '') return null;
      const t = goalText.errors;
      if (!/^\d{1,7}$/.test(s)) {
        ctx.addIssue({ code: 'custom', message: metric.unit === 'share' ? t.percent : t.wholeNumber });
        return z.NEVER;
      }
      const n = Number(s);
      if (n > metric.max) {
        ctx.addIssue({
          code: 'custom',
          message: metric.unit === 'share' ? t.percent : t.tooBig(formatInteger(metric.max)),
        });
        return z.NEVER;
      }
      return n;
    });
}

export interface TargetInput {
  year: number;
  metric: MetricId;
  /** null: no target (an earlier one is removed). */
  target: number | null;
}

/** The targets form for `years`: one field per metric and year. */
export function targetsSchema(years: readonly number[]) {
  const shape: Record<string, ReturnType<typeof targetInput>> = {};
  for (const year of years) for (const m of GOAL_METRICS) shape[targetField(m.id, year)] = targetInput(m);
  return z
    .object(shape)
    .transform((v): TargetInput[] =>
      years.flatMap((year) =>
        GOAL_METRICS.map((m) => ({ year, metric: m.id, target: v[targetField(m.id, year)] ?? null })),
      ),
    );
}

/** The open-page choice: the box ticked or not. */
export const publicitySchema = z.object({ public: z.string().optional() }).transform((v) => v.public === '1');
