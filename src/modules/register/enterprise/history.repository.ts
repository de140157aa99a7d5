import { sql, type Selectable } from 'kysely';
import type { EnterpriseVersionTable } from '../register.tables.js';
import type { RegisterDb } from '../db.js';

/** All SQL of enterprise history: versions, the coordinators' change feed, and status changes. */
export type VersionRow = Selectable<EnterpriseVersionTable>;

export interface NewVersion {
  enterpriseId: number;
  at: Date;
  actorUserId: number | null;
  actorLabel: string;
  action: string;
  statusBefore: string | null;
  statusAfter: string | null;
  before: unknown;
  after: unknown;
  flaggedFields: string[];
}

function toRow(v: NewVersion) {
  return {
    enterprise_id: v.enterpriseId,
    at: v.at,
    actor_user_id: v.actorUserId,
    actor_label: v.actorLabel,
    action: v.action,
    status_before: v.statusBefore,
    status_after: v.statusAfter,
    before: v.before === null || v.before === undefined ? null : JSON.stringify(v.before),
    after: v.after === null || v.after === undefined ? null : JSON.stringify(v.after),
    flagged_fields: v.flaggedFields,
  };
}

export async function insertVersion(db: RegisterDb, v: NewVersion): Promise<number> {
  const { id } = await db.insertInto('enterprise_version').values(toRow(v)).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Many versions in one statement per thousand (file imports). */
export async function insertVersions(db: RegisterDb, versions: readonly NewVersion[]): Promise<void> {
  for (let i = 0; i < versions.length; i += 1000) {
    await db
      .insertInto('enterprise_version')
      .values(versions.slice(i, i + 1000).map(toRow))
      .execute();
  }
}

export async function listVersionsOf(db: RegisterDb, enterpriseId: number, limit = 100): Promise<VersionRow[]> {
  return db
    .selectFrom('enterprise_version')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function findVersion(db: RegisterDb, id: number): Promise<VersionRow | undefined> {
  return db.selectFrom('enterprise_version').selectAll().where('id', '=', id).executeTakeFirst();
}

export type ChangeRow = VersionRow & { orgnr: string; name: string };

/** The coordinators' feed: changes to facts, newest first; optionally only flagged and not yet reviewed. */
export async function listChanges(
  db: RegisterDb,
  filter: { flaggedOnly: boolean; unreviewedOnly: boolean; offset: number; limit: number },
): Promise<{ rows: ChangeRow[]; total: number }> {
  let q = db
    .selectFrom('enterprise_version')
    .innerJoin('enterprise', 'enterprise.id', 'enterprise_version.enterprise_id')
    .where('enterprise_version.after', 'is not', null)
    .where('enterprise_version.before', 'is not', null);
  if (filter.flaggedOnly) q = q.where(sql<boolean>`cardinality(enterprise_version.flagged_fields) > 0`);
  if (filter.unreviewedOnly) q = q.where('enterprise_version.reviewed_at', 'is', null);
  const [rows, count] = await Promise.all([
    q
      .selectAll('enterprise_version')
      .select(['enterprise.orgnr', 'enterprise.name'])
      .orderBy('enterprise_version.at', 'desc')
      .orderBy('enterprise_version.id', 'desc')
      .offset(filter.offset)
      .limit(filter.limit)
      .execute(),
    q.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function markVersionReviewed(db: RegisterDb, id: number, at: Date, label: string): Promise<void> {
  await db
    .updateTable('enterprise_version')
    .set({ reviewed_at: at, reviewed_by_label: label })
    .where('id', '=', id)
    .execute();
}

export async function markVersionReverted(
  db: RegisterDb,
  id: number,
  byVersion: number,
  at: Date,
  label: string,
): Promise<void> {
  await db
    .updateTable('enterprise_version')
    .set({ reverted_by_version: byVersion, reviewed_at: at, reviewed_by_label: label })
    .where('id', '=', id)
    .execute();
}

/** When a user deletes their data, their versions keep what changed but no longer who. */
export async function anonymiseVersionActor(db: RegisterDb, userId: number, label: string): Promise<void> {
  await db.updateTable('enterprise_version').set({ actor_label: label }).where('actor_user_id', '=', userId).execute();
}

/** Status and workflow columns of an enterprise; only the ones given change. */
export interface WorkflowPatch {
  status?: string;
  verified_at?: Date | null;
  verified_by?: string | null;
  confirmed_at?: Date | null;
  submitted_at?: Date | null;
  reminded_at?: Date | null;
  reminder_count?: number;
  archived_at?: Date | null;
  archived_reason?: string | null;
  registration_step?: number;
}

export async function updateWorkflow(db: RegisterDb, enterpriseId: number, patch: WorkflowPatch): Promise<void> {
  if (Object.keys(patch).length === 0) return;
  await db.updateTable('enterprise').set(patch).where('id', '=', enterpriseId).execute();
}
