import { sql, type Insertable, type Selectable } from 'kysely';
import type { ProcurementDb } from '../db.js';
import type { MatchAlertSentTable, MatchAlertTable } from '../procurement.tables.js';

export type AlertRow = Selectable<MatchAlertTable>;
export type AlertValues = Omit<Insertable<MatchAlertTable>, 'enterprise_id' | 'updated_at'>;

export async function selectAlerts(db: ProcurementDb, enterpriseIds: readonly number[]): Promise<AlertRow[]> {
  if (enterpriseIds.length === 0) return [];
  return db
    .selectFrom('match_alert')
    .selectAll()
    .where('enterprise_id', 'in', [...enterpriseIds])
    .execute();
}

/** The enterprises that follow chosen codes, places, words or kinds rather than their profile, and hear anything. */
export async function selectChosenAlerts(db: ProcurementDb): Promise<AlertRow[]> {
  return db
    .selectFrom('match_alert')
    .selectAll()
    .where('follow', '=', 'chosen')
    .where('frequency', '!=', 'off')
    .execute();
}

/** A settings row for each enterprise that has none (its profile, daily), for a change to update. */
export async function ensureAlerts(db: ProcurementDb, enterpriseIds: readonly number[], now: Date): Promise<void> {
  if (enterpriseIds.length === 0) return;
  await db
    .insertInto('match_alert')
    .values(enterpriseIds.map((id) => ({ enterprise_id: id, updated_at: now })))
    .onConflict((oc) => oc.column('enterprise_id').doNothing())
    .execute();
}

/** The enterprises already told of an opportunity (a move is news only to them). */
export async function selectToldOf(db: ProcurementDb, opportunityId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom('match_alert_sent')
    .select('enterprise_id')
    .distinct()
    .where('opportunity_id', '=', opportunityId)
    .execute();
  return new Set(rows.map((r) => r.enterprise_id));
}

export async function updateAlert(
  db: ProcurementDb,
  enterpriseId: number,
  values: Partial<AlertValues>,
  now: Date,
): Promise<void> {
  await db
    .updateTable('match_alert')
    .set({ ...values, updated_at: now })
    .where('enterprise_id', '=', enterpriseId)
    .execute();
}

/** The matches not told before, recorded; returns those that were new (a second telling records nothing). */
export async function insertSent(
  db: ProcurementDb,
  rows: readonly Insertable<MatchAlertSentTable>[],
): Promise<{ id: number; enterprise_id: number; opportunity_id: number; key: string; urgent: boolean }[]> {
  if (rows.length === 0) return [];
  return db
    .insertInto('match_alert_sent')
    .values([...rows])
    .onConflict((oc) => oc.columns(['enterprise_id', 'opportunity_id', 'key']).doNothing())
    .returning(['id', 'enterprise_id', 'opportunity_id', 'key', 'urgent'])
    .execute();
}

/** Marks told; returns the ids that were still waiting (another run may have taken some). */
export async function markSent(db: ProcurementDb, ids: readonly number[], now: Date): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .updateTable('match_alert_sent')
    .set({ sent_at: now })
    .where('id', 'in', [...ids])
    .where('sent_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Everything waiting for the enterprise's digest, marked told without a message (it stopped the alerts). */
export async function markWaitingSent(db: ProcurementDb, enterpriseId: number, now: Date): Promise<void> {
  await db
    .updateTable('match_alert_sent')
    .set({ sent_at: now })
    .where('enterprise_id', '=', enterpriseId)
    .where('sent_at', 'is', null)
    .execute();
}

/** What waits for a digest, for enterprises on these frequencies (no settings row = daily). */
export async function selectWaiting(db: ProcurementDb, frequencies: readonly string[]) {
  return db
    .selectFrom('match_alert_sent as s')
    .leftJoin('match_alert as a', 'a.enterprise_id', 's.enterprise_id')
    .select(['s.id', 's.enterprise_id', 's.opportunity_id', 's.key', 's.score'])
    .where('s.sent_at', 'is', null)
    .where(sql<string>`coalesce(a.frequency, 'daily')`, 'in', [...frequencies])
    .orderBy('s.enterprise_id')
    .orderBy('s.id')
    .execute();
}

/** For each enterprise, the opportunities it was told of that are still open and close before `until`. */
export async function selectClosingSoon(db: ProcurementDb, enterpriseIds: readonly number[], now: Date, until: Date) {
  if (enterpriseIds.length === 0) return [];
  return db
    .selectFrom('match_alert_sent as s')
    .innerJoin('opportunity as o', 'o.id', 's.opportunity_id')
    .select(['s.enterprise_id', 's.opportunity_id'])
    .distinct()
    .where('s.enterprise_id', 'in', [...enterpriseIds])
    .where('o.status', '=', 'published')
    .where('o.closes_at', '>=', now)
    .where('o.closes_at', '<', until)
    .execute();
}

/** Where the last nightly re-match stood; undefined before the first. */
export async function selectRematchState(db: ProcurementDb): Promise<{ position: string; at: Date } | undefined> {
  const row = await db.selectFrom('match_rematch').select(['register_position', 'at']).executeTakeFirst();
  return row ? { position: row.register_position, at: new Date(row.at) } : undefined;
}

export async function saveRematchState(db: ProcurementDb, position: string, at: Date): Promise<void> {
  await db
    .insertInto('match_rematch')
    .values({ register_position: position, at })
    .onConflict((oc) => oc.column('id').doUpdateSet({ register_position: position, at }))
    .execute();
}

/** Enterprises whose alert choice changed after `since`. */
export async function selectAlertsChangedSince(db: ProcurementDb, since: Date): Promise<number[]> {
  const rows = await db.selectFrom('match_alert').select('enterprise_id').where('updated_at', '>', since).execute();
  return rows.map((r) => r.enterprise_id);
}
