import type { ExportTable } from '../../../platform/http/table-export.js';
import type { GoalOverview } from './goal.service.js';
import { goalText } from './goal.text.js';

/**
 * The goal table as a file (CSV/XLSX): a row per metric and year, oldest first, with the target and
 * outcome as plain numbers (a share in percent, one decimal) so that a spreadsheet can count with them.
 */
export function goalTable(o: GoalOverview): ExportTable {
  const t = goalText;
  return {
    headers: [
      t.file.organisation,
      t.file.metric,
      t.file.unit,
      t.columns.year,
      t.columns.target,
      t.columns.outcome,
      t.file.part,
      t.file.whole,
      t.columns.verdict,
    ],
    rows: o.metrics.flatMap((m) =>
      m.years.map((y) => [
        o.organisationName,
        t.metrics[m.id].label,
        m.unit === 'share' ? t.file.percent : t.file.count,
        y.year,
        y.target,
        y.outcome.value === null
          ? null
          : m.unit === 'share'
            ? Math.round(y.outcome.value * 1000) / 10
            : y.outcome.value,
        y.outcome.of?.part ?? null,
        y.outcome.of?.whole ?? null,
        t.verdict[y.verdict],
      ]),
    ),
  };
}
