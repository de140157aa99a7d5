import type { CurrentUser } from '../../../platform/auth/roles.js';
import { audit } from '../../../platform/audit/audit.service.js';
import { isoDate } from '../../../platform/calendar.js';
import type { AdaptationCode, TargetGroupCode } from '../agreement/agreement.choices.js';
import { selectAgreementsInForce, selectAgreementsOfEnterprise } from '../agreement/agreement.repository.js';
import { toAgreement } from '../agreement/agreement.service.js';
import { periodStatus, type Agreement } from '../agreement/agreement.types.js';
import type { FollowupContext } from '../db.js';
import { selectCapacities, upsertCapacity, type CapacityRow } from './capacity.repository.js';

/**
 * Days after which free places the enterprise has not confirmed show as uncertain ("osäker"):
 * issue 12 §4. A month is about how long a free place stays free in work training, and the
 * reminder goes out on the same beat (capacity.reminder.ts).
 */
export const UNCERTAIN_AFTER_DAYS = 30;
const DAY_MS = 86_400_000;

/** An enterprise's free places as it last said them, and whether that is too long ago to trust. */
export interface FreePlaces {
  free: number;
  confirmedAt: Date;
  uncertain: boolean;
}

/** One line of the capacity board: an enterprise with free places under agreements in force today. */
export interface BoardEntry {
  enterprise: { id: number; orgnr: string; name: string };
  municipalityCodes: string[];
  /** All places under its agreements in force, and the free ones among them. */
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

const freePlacesOf = (row: CapacityRow | undefined, now: Date): FreePlaces | null =>
  row ? { free: row.free_places, confirmedAt: row.confirmed_at, uncertain: isUncertain(row.confirmed_at, now) } : null;

const union = <T>(lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())];

/**
 * The board: every enterprise with free places (as it last said) under agreements in force today,
 * filtered by kommun, target group and adaptation (any of its agreements in force counts). Those
 * confirmed within UNCERTAIN_AFTER_DAYS first, then most free places, then by name. Agreements are
 * counted in hundreds, not tens of thousands, so they are grouped here rather than in SQL.
 */
export async function capacityBoard(ctx: FollowupContext, filter: BoardFilter = {}): Promise<BoardEntry[]> {
  const now = ctx.now();
  const inForce = (await selectAgreementsInForce(ctx.db, isoDate(now))).map(toAgreement);
  const byEnterprise = new Map<number, Agreement[]>();
  for (const a of inForce) byEnterprise.set(a.enterprise.id, [...(byEnterprise.get(a.enterprise.id) ?? []), a]);
  const capacities = new Map(
    (await selectCapacities(ctx.db, [...byEnterprise.keys()])).map((c) => [c.enterprise_id, c]),
  );
  const entries: BoardEntry[] = [];
  for (const [enterpriseId, agreements] of byEnterprise) {
    const freePlaces = freePlacesOf(capacities.get(enterpriseId), now);
    if (!freePlaces || freePlaces.free === 0) continue;
    const entry: BoardEntry = {
      // The latest agreement's name and org.nr: an enterprise that changed its name has it there.
      enterprise: agreements.reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a)).enterprise,
      municipalityCodes: union(agreements.map((a) => [a.municipalityCode])).sort(),
      places: agreements.reduce((sum, a) => sum + a.places, 0),
      freePlaces,
      targetGroups: union(agreements.map((a) => a.targetGroups)),
      adaptations: union(agreements.map((a) => a.adaptations)),
    };
    if (filter.municipalityCode && !entry.municipalityCodes.includes(filter.municipalityCode)) continue;
    if (filter.targetGroup && !entry.targetGroups.includes(filter.targetGroup)) continue;
    if (filter.adaptation && !entry.adaptations.includes(filter.adaptation)) continue;
    entries.push(entry);
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
  return { agreements, placesInForce, freePlaces: freePlacesOf(capacity, now) };
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
  const value = free === 'same' ? current.freePlaces?.free : free;
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
