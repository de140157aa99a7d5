import type { Kysely } from 'kysely';
import type { PlatformDB } from '../../../platform/db/schema.js';
import { municipalitiesInCounty, municipalityByCode } from '../../../platform/reference/geo.js';
import { supplierBatches, type Supplier } from '../../register/index.js';
import { cpvMatches, cpvQueryCodes, type CpvMatch } from './analysis.match.js';

/**
 * A market analysis (issue 10 §3): which enterprises in the register could deliver what a buyer
 * asks for, where, and how many of them meet the conditions of a reservation under LOU 4 kap.
 * 18 § on figures at most 12 months old. Computed over the register's read face in batches, so
 * that 30 000 enterprises are never held at once.
 */
export interface AnalysisQuery {
  /** The lot's CPV codes, main and additional (eight digits). */
  cpv: readonly string[];
  /** Where the contract is performed: kommun codes (a län given as all its kommuner). */
  municipalityCodes: readonly string[];
  /** The län, when the place is a whole län: the register is then asked by län, which is faster. */
  countyCode?: string | null;
  /** 'YYYY-MM-DD', Swedish time: the date the analysis is made and eligibility judged on. */
  today: string;
}

export interface AnalysedSupplier {
  orgnr: string;
  name: string;
  /** Why it counts: each asked code with the offered code that answers it. */
  cpv: CpvMatch[];
  /** The asked kommuner it delivers in. */
  municipalities: string[];
  eligible: boolean;
  targetGroupShare: number | null;
  reportedOn: string | null;
  certified: boolean;
  freeTrainingPlaces: number;
}

export interface MarketAnalysis {
  query: AnalysisQuery;
  suppliers: AnalysedSupplier[];
  /** Enterprises that could deliver, and how many of them meet 4 kap. 18 §. */
  total: number;
  eligible: number;
  certified: number;
  withFreeTrainingPlaces: number;
  /** Per asked kommun, in the order asked: how many deliver there, and how many are eligible. */
  perMunicipality: { code: string; name: string; total: number; eligible: number }[];
}

/** The kommuner of a place: a län's all, or the kommuner themselves. */
export function municipalitiesOf(place: { countyCode?: string | null; municipalityCodes?: readonly string[] }) {
  if (place.municipalityCodes && place.municipalityCodes.length > 0) return [...place.municipalityCodes];
  return place.countyCode ? municipalitiesInCounty(place.countyCode).map((m) => m.code) : [];
}

export async function analyseMarket(db: Kysely<PlatformDB>, query: AnalysisQuery): Promise<MarketAnalysis> {
  const asked = new Set(query.municipalityCodes);
  const suppliers: AnalysedSupplier[] = [];
  const batches = supplierBatches(db, {
    cpvCodes: cpvQueryCodes(query.cpv),
    ...(query.countyCode ? { countyCodes: [query.countyCode] } : { municipalityCodes: query.municipalityCodes }),
    today: query.today,
  });
  for await (const batch of batches) {
    for (const s of batch) {
      const cpv = cpvMatches(query.cpv, s.cpvCodes);
      if (cpv.length === 0) continue;
      suppliers.push(analysed(s, cpv, asked, query.today));
    }
  }
  suppliers.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const perMunicipality = query.municipalityCodes.map((code) => {
    const here = suppliers.filter((s) => s.municipalities.includes(code));
    return {
      code,
      name: municipalityByCode(code)?.name ?? code,
      total: here.length,
      eligible: here.filter((s) => s.eligible).length,
    };
  });
  return {
    query,
    suppliers,
    total: suppliers.length,
    eligible: suppliers.filter((s) => s.eligible).length,
    certified: suppliers.filter((s) => s.certified).length,
    withFreeTrainingPlaces: suppliers.filter((s) => s.freeTrainingPlaces > 0).length,
    perMunicipality,
  };
}

function analysed(s: Supplier, cpv: CpvMatch[], asked: ReadonlySet<string>, today: string): AnalysedSupplier {
  return {
    orgnr: s.orgnr,
    name: s.name,
    cpv,
    municipalities: s.deliversInMunicipalities.filter((m) => asked.has(m)),
    eligible: s.reservation.eligible,
    targetGroupShare: s.reservation.targetGroupShare,
    reportedOn: s.reservation.reportedOn,
    certified: s.certifiedUntil !== null && s.certifiedUntil >= today,
    freeTrainingPlaces: s.freeTrainingPlaces ?? 0,
  };
}

/**
 * Who could deliver each lot, per kommun of its place (a whole län as its kommuner), by lot
 * number: the buyer's overview shows it beside the question whether to split the procurement.
 */
export async function analyseLots(
  db: Kysely<PlatformDB>,
  lots: readonly {
    position: number;
    mainCpv: string | null;
    additionalCpv: readonly string[];
    countyCodes: readonly string[];
    municipalityCodes: readonly string[];
  }[],
  today: string,
): Promise<Map<number, MarketAnalysis>> {
  const out = new Map<number, MarketAnalysis>();
  for (const lot of lots) {
    const cpv = [lot.mainCpv, ...lot.additionalCpv].filter((c): c is string => c !== null);
    const municipalities = [
      ...lot.countyCodes.flatMap((c) => municipalitiesOf({ countyCode: c })),
      ...lot.municipalityCodes,
    ];
    if (cpv.length === 0 || municipalities.length === 0) continue;
    out.set(lot.position, await analyseMarket(db, { cpv, municipalityCodes: [...new Set(municipalities)], today }));
  }
  return out;
}
