import type { ExportTable } from '../../../platform/http/table-export.js';
import { formatPercent } from '../../../platform/i18n/format.js';
import { matchReason, placeName, whereText } from './analysis.explain.js';
import type { MarketAnalysis } from './analysis.service.js';
import { analysisText } from './analysis.text.js';

/** The analysis's list as a table for CSV and XLSX, with the same reasons as the page. */
export function analysisTable(a: MarketAnalysis, countyCode: string | null): ExportTable {
  const t = analysisText.file;
  const place = placeName(a, countyCode);
  return {
    headers: [...t.headers],
    rows: a.suppliers.map((s) => [
      s.orgnr,
      s.name,
      s.cpv.map(matchReason).join('; '),
      whereText(s, a, place),
      s.targetGroupShare === null ? null : formatPercent(s.targetGroupShare),
      s.reportedOn,
      s.eligible ? t.yes : t.no,
      s.certified ? t.yes : t.no,
      s.freeTrainingPlaces,
    ]),
  };
}
