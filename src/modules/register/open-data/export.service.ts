import type { ExportCell, ExportTable } from '../../../platform/http/table-export.js';
// exceljs is loaded only when an Excel file is read or written: it adds 0.4 s to every start.
import type { Kysely } from 'kysely';
import type { CpvLabel } from '../../../platform/reference/cpv.repository.js';
import { categoryBySlug } from '../../../platform/reference/categories.js';
import { shippedCpvByCode } from '../../../platform/reference/cpv.vocabulary.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import { toEnterpriseDetail, type EnterpriseDetail } from './enterprise.api.js';
import { toEnterprise } from '../enterprise/enterprise.service.js';
import { LEGAL_FORMS, type Enterprise } from '../enterprise/enterprise.types.js';
import { findAggregatesByOrgnrs } from '../enterprise/aggregates.repository.js';
import {
  EXPORT_ONLY_COLUMNS,
  IMPORT_COLUMNS,
  IMPORT_FIELDS,
  LIST_SEPARATOR,
  type ImportField,
} from '../import/import.columns.js';
import { isCertificationValid, isReservable, targetGroupShare } from '../enterprise/rules.js';
import { isoDate } from '../../../platform/calendar.js';
import { searchEnterprises } from '../search/search.service.js';
import type { SearchCriteria } from '../search/search.types.js';
import type { RegisterDB } from '../db.js';

/**
 * The register as a file: the directory's current result as CSV, XLSX or JSON. The flat files
 * use exactly the import's Swedish column names, so a coordinator can export, correct in Excel
 * and import again; a few computed columns for readers follow, which import skips.
 */

const list = (values: readonly (string | null)[]) =>
  values.length === 0 ? null : values.map((v) => v ?? '').join(LIST_SEPARATOR);

function areaName(a: Enterprise['operatingAreas'][number]): string {
  if (a.municipalityCode) return municipalityByCode(a.municipalityCode)?.shortName ?? a.municipalityCode;
  return countyByCode(a.countyCode)?.name ?? a.countyCode;
}

/** Each import field's cell for one enterprise. */
function fieldValues(e: Enterprise): Record<ImportField, ExportCell> {
  const seat = e.address.municipalityCode ? municipalityByCode(e.address.municipalityCode) : undefined;
  const t = e.trainingPlaces;
  return {
    orgnr: e.orgnr,
    name: e.name,
    legalForm: LEGAL_FORMS[e.legalForm] ?? e.legalForm,
    municipality: seat?.shortName ?? e.address.municipalityCode,
    operatingAreas: list(e.operatingAreas.map(areaName)),
    categories: list(e.offerings.map((o) => categoryBySlug(o.category)?.name ?? o.category)),
    cpv: list(e.offerings.flatMap((o) => o.cpv)),
    employees: e.employees?.total ?? null,
    targetGroupEmployees: e.employees?.targetGroup ?? null,
    reportedOn: e.employees?.reportedOn ?? null,
    targetGroups: list(e.targetGroups),
    certification: list(e.certifications.map((c) => c.name)),
    certificationIssuer: e.certifications.some((c) => c.issuer) ? list(e.certifications.map((c) => c.issuer)) : null,
    certifiedUntil: e.certifications.some((c) => c.validUntil) ? list(e.certifications.map((c) => c.validUntil)) : null,
    trainingPlaces: t?.capacity ?? null,
    freePlaces: t?.free ?? null,
    supervisors: t?.supervisors ?? null,
    adaptations: t?.adaptations ?? null,
    trainingTargetGroups: t ? list(t.targetGroups) : null,
    networks: list(e.networks),
    email: e.email,
    phone: e.phone,
    website: e.website,
    street: e.address.street,
    postalCode: e.address.postalCode,
    city: e.address.city,
    description: e.description || null,
    foundedYear: e.foundedYear,
  };
}

export function exportRows(enterprises: readonly Enterprise[], today: string = isoDate(new Date())): ExportTable {
  const headers = [...IMPORT_FIELDS.map((f) => IMPORT_COLUMNS[f][0]), ...Object.values(EXPORT_ONLY_COLUMNS)];
  const yesNo = (b: boolean) => (b ? 'ja' : 'nej');
  const rows = enterprises.map((e) => {
    const values = fieldValues(e);
    const share = targetGroupShare(e.employees);
    const seatCounty = e.address.municipalityCode ? countyByCode(e.address.municipalityCode.slice(0, 2)) : undefined;
    return [
      ...IMPORT_FIELDS.map((f) => values[f]),
      seatCounty?.name ?? null,
      share === null ? null : `${Math.round(share * 100)} %`,
      yesNo(isReservable(e.employees, today)),
      yesNo(e.certifications.some((c) => isCertificationValid(c, today))),
      e.verifiedAt ? isoDate(e.verifiedAt) : null,
      yesNo(e.isDemo),
    ];
  });
  return { headers, rows };
}

export interface JsonExport {
  generatedOn: string;
  total: number;
  items: EnterpriseDetail[];
}

/** The same shape as /api/v1/enterprises/{orgnr}, one per enterprise, for open-data users. */
export function toJson(enterprises: readonly Enterprise[], today: string = isoDate(new Date())): string {
  // Labels from the shipped subset (every category's codes), so export needs no extra query.
  const labels = new Map<string, CpvLabel>();
  for (const code of enterprises.flatMap((e) => e.offerings.flatMap((o) => o.cpv))) {
    const shipped = shippedCpvByCode(code);
    if (shipped) labels.set(code, { labelSv: shipped.labelSv, labelEn: shipped.labelEn });
  }
  const body: JsonExport = {
    generatedOn: today,
    total: enterprises.length,
    items: enterprises.map((e) => toEnterpriseDetail(e, today, labels)),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/**
 * Every enterprise the directory would show for these criteria, in the directory's order, up
 * to `limit`. One search for the whole list (so filters mean exactly what they mean on the
 * page, and no row can slip between pages whose order has ties), then the enterprises are
 * loaded in large batches.
 */
export async function collectForExport(
  db: Kysely<RegisterDB>,
  criteria: SearchCriteria,
  today: string,
  limit = 50000,
): Promise<Enterprise[]> {
  const result = await searchEnterprises(db, { ...criteria, page: 1, pageSize: limit }, today);
  const orgnrs = result.items.map((i) => i.orgnr);
  const aggregates = await findAggregatesByOrgnrs(db, orgnrs);
  const out: Enterprise[] = [];
  for (const o of orgnrs) {
    const agg = aggregates.get(o);
    if (agg) out.push(toEnterprise(agg));
  }
  return out;
}
