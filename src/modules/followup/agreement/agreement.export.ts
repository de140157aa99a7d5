import type { ExportTable } from '../../../platform/http/table-export.js';
import { municipalityByCode } from '../../../platform/reference/geo.js';
import { ADAPTATIONS, choiceLabel, TARGET_GROUPS } from './agreement.choices.js';
import { agreementText } from './agreement.text.js';
import { periodStatus, type Agreement } from './agreement.types.js';

/** The agreements as a table for CSV and XLSX: one row each, dates as ISO, lists joined by "; ". */
export function agreementTable(agreements: readonly Agreement[], today: string): ExportTable {
  const c = agreementText.columns;
  return {
    headers: [
      c.diaryNumber,
      c.organisation,
      c.enterprise,
      c.orgnr,
      c.municipality,
      c.starts,
      c.ends,
      c.status,
      c.places,
      c.supervisors,
      c.targetGroups,
      c.adaptations,
    ],
    rows: agreements.map((a) => [
      a.diaryNumber,
      a.organisationName,
      a.enterprise.name,
      a.enterprise.orgnr,
      municipalityByCode(a.municipalityCode)?.shortName ?? a.municipalityCode,
      a.starts,
      a.ends,
      agreementText.periodStatus[periodStatus(a, today)],
      a.places,
      a.supervisors,
      a.targetGroups.map((g) => choiceLabel(TARGET_GROUPS, g)).join('; '),
      a.adaptations.map((g) => choiceLabel(ADAPTATIONS, g)).join('; '),
    ]),
  };
}
