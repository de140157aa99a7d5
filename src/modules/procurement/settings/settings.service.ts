import type { ProcurementDb } from '../db.js';
import { selectCodeList, selectLimits } from './settings.repository.js';

/** What an administrator keeps as data: the direct-procurement limits per year and kind, and the 25 a § list. */
export interface ProcurementRules {
  /** Direct-procurement limit in kronor, by year and kind. */
  limit: (year: number, kind: LimitKind) => number | null;
  nonProfitCpv: { codes: readonly string[]; source: string };
}
/** LOU's limits differ for social and other specific services (bilaga 2) and the rest. */
export type LimitKind = 'social_services' | 'general';

export const LIMIT_KINDS: readonly LimitKind[] = ['social_services', 'general'];
export const NON_PROFIT_LIST = 'non_profit';

/** The limits and the 19 kap. 25 a § list as the checks read them, from what the administrator keeps. */
export async function loadProcurementRules(db: ProcurementDb): Promise<ProcurementRules> {
  const [limits, list] = await Promise.all([selectLimits(db), selectCodeList(db, NON_PROFIT_LIST)]);
  const byKey = new Map(limits.map((l) => [`${l.year}:${l.kind}`, Number(l.amount_sek)]));
  return {
    limit: (year, kind) => byKey.get(`${year}:${kind}`) ?? null,
    nonProfitCpv: { codes: list?.codes ?? [], source: list?.source ?? '' },
  };
}
