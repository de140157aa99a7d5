import type { CurrentUser } from '../../../platform/auth/roles.js';
import { audit } from '../../../platform/audit/audit.service.js';
import { isoDate } from '../../../platform/calendar.js';
import type { AdaptationCode, TargetGroupCode } from '../agreement/agreement.choices.js';
import { selectAgreementsInForce, selectAgreementsOfEnterprise } from '../agreement/agreement.repository.js';
import { toAgreement } from '../agreement/agreement.service.js';
import { periodStatus, type Agreement } from '../agreement/agreement.types.js';
import { findSuppliers, supplierById } from '../../register/index.js';
import type { FollowupContext } from '../db.js';
import { selectCapacities, upsertCapacity, type CapacityRow } from './capacity.repository.js';

/**
 * Days after which free places the enterprise has not confirmed show as uncertain ("osäker"):
 * issue 12 §4. A month is about how long a free place stays free in work training, and the
 * reminder goes out on the same beat (capacity.reminder.ts).
 */
export const UNCERTAIN_AFTER_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * Why a number of free places is shown as uncertain: not confirmed for UNCERTAIN_AFTER_DAYS, or
 * more than the places under agreements in force today (an agreement ended or its places were
 * lowered after the enterprise said it).
 */
export type UncertainReason = 'not_confirmed' | 'more_than_places';

/** An enterprise's free places as it last said them, and whether (and why) they are not to be trusted. */
export interface FreePlaces {
  /** What the board shows: the number it said, at most the places under agreements in force today. */
  free: number;
  /** The number as the enterprise said it. */
  stated: number;
  confirmedAt: Date;
  uncertain: boolean;
  reasons: UncertainReason[];
}

/**
 * One line of the capacity board: a published enterprise with free places under agreements in
 * force today. Kommuner, target groups and adaptations are those of its agreements in force that
 * match the filters each on its own (all of them without filters).
 */
export interface BoardEntry {
  enterprise: { id: number; orgnr: string; name: string };
  municipalityCodes: string[];
  /** All places under its agreements in force (the free places are the enterprise's, not an agreement's). */
  places: number;
  freePlaces: FreePlaces;
  targetGroups: TargetGroupCode[];
  adaptations: AdaptationCode[];
}

export interface BoardFilter {
  municipalityCode?: string | undefined;
  targetGroup?: TargetGroupCode | undefined;
  adaptation?: AdaptationCode | undefined;
}

export function isUncertain(confirmedAt: Date, now: Date): boolean {
  return now.getTime() - confirmedAt.getTime() > UNCERTAIN_AFTER_DAYS * DAY_MS;
}

function freePlacesOf(row: CapacityRow | undefined, now: Date, placesInForce: number): FreePlaces | null {
  if (!row) return null;
  const reasons: UncertainReason[] = [];
  if (isUncertain(row.confirmed_at, now)) reasons.push('not_confirmed');
  if (row.free_places > placesInForce) reasons.push('more_than_places');
  return {
    free: Math.min(row.free_places, placesInForce),
    stated: row.free_places,
    confirmedAt: row.confirmed_at,
    uncertain: reasons.length > 0,
    reasons,
  };
}

/** Whether one agreement has all the filters: kommun, target group and adaptation. */
const matchesFilter = (a: Agreement, filter: BoardFilter): boolean =>
  (!filter.municipalityCode || a.municipalityCode === filter.municipalityCode) &&
  (!filter.targetGroup || a.targetGroups.includes(filter.targetGroup)) &&
  (!filter.adaptation || a.adaptations.includes(filter.adaptation));

const union = <T>(lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())];

/**
 * The board: every enterprise published in the register with free places (as it last said) under
 * agreements in force today, filtered by kommun, target group and adaptation: one agreement in
 * force must have all the chosen filters (Falun with adapted hours and Borlänge without is not
 * "Borlänge with adapted hours"). Free places are shown as at most the places in force. Those
 * sure first, then most free places, then by name. Agreements are counted in hundreds, not tens of
 * thousands, so they are grouped here rather than in SQL; the register is asked once for all.
 */
export async function capacityBoard(ctx: FollowupContext, filter: BoardFilter = {}): Promise<BoardEntry[]> {
  const now = ctx.now();
  const today = isoDate(now);
  const inForce = (await selectAgreementsInForce(ctx.db, today)).map(toAgreement);
  const byEnterprise = new Map<number, Agreement[]>();
  for (const a of inForce) byEnterprise.set(a.enterprise.id, [...(byEnterprise.get(a.enterprise.id) ?? []), a]);
  const ids = [...byEnterprise.keys()];
  const [capacityRows, published] = await Promise.all([
    selectCapacities(ctx.db, ids),
    ids.length === 0 ? [] : findSuppliers(ctx.db, { ids, today }),
  ]);
  const capacities = new Map(capacityRows.map((c) => [c.enterprise_id, c]));
  const publishedIds = new Set(published.map((s) => s.id));
  const entries: BoardEntry[] = [];
  for (const [enterpriseId, agreements] of byEnterprise) {
    if (!publishedIds.has(enterpriseId)) continue;
    const places = agreements.reduce((sum, a) => sum + a.places, 0);
    const freePlaces = freePlacesOf(capacities.get(enterpriseId), now, places);
    if (!freePlaces || freePlaces.free === 0) continue;
    const matching = agreements.filter((a) => matchesFilter(a, filter));
    if (matching.length === 0) continue;
    entries.push({
      // The latest agreement's name and org.nr: an enterprise that changed its name has it there.
      enterprise: agreements.reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a)).enterprise,
      municipalityCodes: union(matching.map((a) => [a.municipalityCode])).sort(),
      places,
      freePlaces,
      targetGroups: union(matching.map((a) => a.targetGroups)),
      adaptations: union(matching.map((a) => a.adaptations)),
    });
  }
  return entries.sort(
    (a, b) =>
      Number(a.freePlaces.uncertain) - Number(b.freePlaces.uncertain) ||
      b.freePlaces.free - a.freePlaces.free ||
      a.enterprise.name.localeCompare(b.enterprise.name, 'sv'),
  );
}

/** What the enterprise's own page and the e-mail link show: its agreements, places in force, free places. */
export interface EnterpriseCapacity {
  agreements: Agreement[];
  /** Places under agreements in force today: the most it can have free. */
  placesInForce: number;
  freePlaces: FreePlaces | null;
}

export async function capacityOfEnterprise(ctx: FollowupContext, enterpriseId: number): Promise<EnterpriseCapacity> {
  const now = ctx.now();
  const today = isoDate(now);
  const [rows, [capacity]] = await Promise.all([
    selectAgreementsOfEnterprise(ctx.db, enterpriseId),
    selectCapacities(ctx.db, [enterpriseId]),
  ]);
  const agreements = rows.map(toAgreement);
  const placesInForce = agreements
    .filter((a) => periodStatus(a, today) === 'current')
    .reduce((sum, a) => sum + a.places, 0);
  return { agreements, placesInForce, freePlaces: freePlacesOf(capacity, now, placesInForce) };
}

/**
 * Whether the enterprise is published in the register today: an archived or unpublished one is
 * not on the board, and its e-mailed link no longer updates anything.
 */
export async function isPublishedEnterprise(ctx: FollowupContext, enterpriseId: number): Promise<boolean> {
  return (await supplierById(ctx.db, enterpriseId, isoDate(ctx.now()))) !== null;
}

export type ConfirmProblem = 'no_agreement' | 'too_many' | 'nothing_to_confirm';
export type ConfirmOutcome = { ok: true; free: number } | { ok: false; problem: ConfirmProblem };

/**
 * The enterprise confirms its free places as they stand ('same') or gives a new number; either way
 * the date moves to now. At most the places under its agreements in force today, and only with one.
 */
export async function confirmFreePlaces(
  ctx: FollowupContext,
  enterpriseId: number,
  free: number | 'same',
  by: { user: CurrentUser } | { link: true },
): Promise<ConfirmOutcome> {
  const current = await capacityOfEnterprise(ctx, enterpriseId);
  if (current.placesInForce === 0) return { ok: false, problem: 'no_agreement' };
  const value = free === 'same' ? current.freePlaces?.stated : free;
  if (value === undefined) return { ok: false, problem: 'nothing_to_confirm' };
  if (value > current.placesInForce) return { ok: false, problem: 'too_many' };
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await upsertCapacity(trx, {
      enterprise_id: enterpriseId,
      free_places: value,
      confirmed_at: now,
      confirmed_by: 'user' in by ? by.user.id : null,
      via: 'user' in by ? 'page' : 'link',
    });
    await audit(trx, {
      at: now,
      actor: 'user' in by ? by.user : { system: 'E-postlänk' },
      action: 'training_places_confirmed',
      subject: current.agreements[0]?.enterprise.orgnr ?? String(enterpriseId),
      details: { freePlaces: value, freePlacesUnchanged: free === 'same' },
    });
  });
  return { ok: true, free: value };
}
