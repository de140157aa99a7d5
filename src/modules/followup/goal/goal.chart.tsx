import { formatInteger, formatPercent } from '../../../platform/i18n/format.js';
import type { MetricYear } from './goal.service.js';
import { goalText } from './goal.text.js';

/** Where a metric's numbers are drawn: the bar's value, the target in the same unit (a share as 0–1). */
export function chartValue(unit: 'share' | 'count', y: MetricYear): { outcome: number | null; target: number | null } {
  return { outcome: y.outcome.value, target: y.target === null ? null : unit === 'share' ? y.target / 100 : y.target };
}

/** A round top for the scale: 1, 2, 5, 10, 20, 50 … at or above `n`. */
export function niceMax(n: number): number {
  if (n <= 1) return 1;
  const step = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 5, 10]) if (m * step >= n) return m * step;
  return 10 * step;
}

const W = 360;
const H = 200;
const PAD = { left: 54, right: 8, top: 18, bottom: 26 };

/**
 * A metric's outcome per year as bars, with each year's target as a line across its bar: plain SVG
 * drawn on the server, no script. A picture with a name (role="img", its <title>); the numbers
 * themselves are in the table beside it, for screen readers and print.
 */
export function GoalChart({
  id,
  label,
  unit,
  years,
}: {
  id: string;
  label: string;
  unit: 'share' | 'count';
  years: readonly MetricYear[];
}) {
  const t = goalText;
  const values = years.map((y) => chartValue(unit, y));
  const top = unit === 'share' ? 1 : niceMax(Math.max(1, ...values.flatMap((v) => [v.outcome ?? 0, v.target ?? 0])));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, years.length);
  const barW = slot * 0.56;
  const yOf = (v: number) => PAD.top + plotH - (Math.min(v, top) / top) * plotH;
  const fmt = (v: number) => (unit === 'share' ? formatPercent(v) : formatInteger(v));
  const span = years.length > 0 ? `${years[0]!.year}–${years[years.length - 1]!.year}` : '';
  return (
    <svg
      class="goal-chart"
      role="img"
      aria-labelledby={`${id}-titel`}
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-titel`}>{t.chartLabel(label, span)}</title>
      <line class="axis" x1={PAD.left} x2={W - PAD.right} y1={yOf(0)} y2={yOf(0)} />
      <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={yOf(top)} y2={yOf(top)} />
      <text class="tick" x={PAD.left - 6} y={yOf(0) + 4} text-anchor="end">
        {fmt(0)}
      </text>
      <text class="tick" x={PAD.left - 6} y={yOf(top) + 4} text-anchor="end">
        {fmt(top)}
      </text>
      {years.map((y, i) => {
        const v = values[i]!;
        const x = PAD.left + i * slot + (slot - barW) / 2;
        const h = v.outcome === null ? 0 : yOf(0) - yOf(v.outcome);
        return (
          <g key={y.year}>
            {h > 0 && <rect class="bar" x={x} y={yOf(0) - h} width={barW} height={h} />}
            <text class="value" x={x + barW / 2} y={Math.max(PAD.top - 4, yOf(0) - h - 5)} text-anchor="middle">
              {v.outcome === null ? '–' : fmt(v.outcome)}
            </text>
            {v.target !== null && (
              <line class="target" x1={x - 6} x2={x + barW + 6} y1={yOf(v.target)} y2={yOf(v.target)} />
            )}
            <text class="year" x={x + barW / 2} y={H - 8} text-anchor="middle">
              {y.year}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
