import type { ExportTable } from '../../../platform/http/table-export.js';
import { reservationText } from '../../procurement/index.js';
import { commitmentText } from '../commitment/commitment.text.js';
import { reasonText } from './commitment.views.js';
import { contractText } from './contract.text.js';
import type { ContractFollowUp } from './contract.types.js';

/**
 * Contracts and commitments as one table, a row per commitment (a contract without one gets a
 * row of its own), for the buyer's CSV and XLSX: counts and dates, as on the page.
 */
export function contractsTable(items: readonly ContractFollowUp[]): ExportTable {
  const h = contractText.exportColumns;
  const rows: ExportTable['rows'] = [];
  for (const { contract: c, commitments } of items) {
    const reservation = c.reservation ? reservationText.kinds[c.reservation] : h.notReserved;
    const base = [
      c.id,
      c.title,
      c.supplierName,
      c.starts,
      c.ends,
      c.value,
      c.value === null ? '' : c.currency,
      reservation,
    ];
    if (commitments.length === 0) rows.push([...base, ...Array<null>(13).fill(null)]);
    for (const m of commitments) {
      const k = m.commitment;
      const x = m.verdict.totals;
      rows.push([
        ...base,
        contractText.forms[k.form],
        contractText.requirements[k.requirement],
        k.targetGroup,
        k.persons,
        k.months,
        m.firstStartBy,
        Math.round(k.metShare * 100),
        x.offered,
        x.started,
        x.completed,
        x.becameEmployment,
        x.personMonths,
        `${commitmentText.status[m.verdict.status]}: ${reasonText(m.verdict)}`,
      ]);
    }
  }
  return {
    headers: [
      h.id,
      h.title,
      h.supplier,
      h.starts,
      h.ends,
      h.value,
      h.currency,
      h.reservation,
      h.form,
      h.requirement,
      h.targetGroup,
      h.persons,
      h.months,
      h.firstStartBy,
      h.metSharePercent,
      h.offered,
      h.started,
      h.completed,
      h.becameEmployment,
      h.personMonths,
      h.status,
    ],
    rows,
  };
}
