import { actorLabel, audit } from '../../../platform/audit/audit.service.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import type { ProcurementContext, ProcurementDb } from '../db.js';
import {
  deleteLimit,
  selectCodeList,
  selectLimits,
  updateCodeList,
  upsertLimit,
  type LimitRow,
} from './settings.repository.js';

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
export const SETTINGS_PATH = '/admin/upphandling';

/** What the settings page shows. */
export async function settingsOverview(db: ProcurementDb) {
  const [limits, list] = await Promise.all([selectLimits(db), selectCodeList(db, NON_PROFIT_LIST)]);
  return {
    limits,
    nonProfit: {
      codes: list?.codes ?? [],
      source: list?.source ?? '',
      updatedAt: list?.updated_by ? list.updated_at : null,
      updatedBy: list?.updated_by ?? null,
    },
  };
}

/** Records or changes a limit, in the audit log with what it became. */
export async function saveLimit(ctx: ProcurementContext, user: CurrentUser, row: LimitRow, ip: string) {
  await ctx.db.transaction().execute(async (trx) => {
    await upsertLimit(trx, row);
    await audit(trx, {
      at: ctx.now(),
      actor: user,
      action: 'procurement_rules_changed',
      subject: `limit:${row.year}:${row.kind}`,
      details: { amount: row.amount_sek },
      ip,
    });
  });
}

export async function removeLimit(ctx: ProcurementContext, user: CurrentUser, year: number, kind: string, ip: string) {
  await ctx.db.transaction().execute(async (trx) => {
    if (await deleteLimit(trx, year, kind)) {
      await audit(trx, {
        at: ctx.now(),
        actor: user,
        action: 'procurement_rules_changed',
        subject: `limit:${year}:${kind}`,
        details: { removed: true },
        ip,
      });
    }
  });
}

export async function saveNonProfitList(
  ctx: ProcurementContext,
  user: CurrentUser,
  list: { codes: string[]; source: string },
  ip: string,
) {
  await ctx.db.transaction().execute(async (trx) => {
    await updateCodeList(trx, NON_PROFIT_LIST, { ...list, updatedAt: ctx.now(), updatedBy: actorLabel(user) });
    await audit(trx, {
      at: ctx.now(),
      actor: user,
      action: 'procurement_rules_changed',
      subject: `list:${NON_PROFIT_LIST}`,
      details: { codes: list.codes.length },
      ip,
    });
  });
}

/** The limits and the 19 kap. 25 a § list as the checks read them, from what the administrator keeps. */
export async function loadProcurementRules(db: ProcurementDb): Promise<ProcurementRules> {
  const [limits, list] = await Promise.all([selectLimits(db), selectCodeList(db, NON_PROFIT_LIST)]);
  const byKey = new Map(limits.map((l) => [`${l.year}:${l.kind}`, Number(l.amount_sek)]));
  return {
    limit: (year, kind) => byKey.get(`${year}:${kind}`) ?? null,
    nonProfitCpv: { codes: list?.codes ?? [], source: list?.source ?? '' },
  };
}
