import { sql, type Selectable } from 'kysely';
import type { Db } from '../db/schema.js';
import type { AuditEventTable } from '../db/platform.tables.js';

export type AuditRow = Selectable<AuditEventTable>;

export async function insertAuditEvent(
  db: Db,
  e: {
    at: Date;
    actorUserId: number | null;
    actorLabel: string;
    action: string;
    subject: string | null;
    details: Record<string, unknown>;
    ip: string | null;
  },
): Promise<void> {
  await db
    .insertInto('audit_event')
    .values({
      at: e.at,
      actor_user_id: e.actorUserId,
      actor_label: e.actorLabel,
      action: e.action,
      subject: e.subject,
      details: JSON.stringify(e.details),
      ip: e.ip,
    })
    .execute();
}

export async function listAuditEvents(
  db: Db,
  filter: { action?: string; offset: number; limit: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  let q = db.selectFrom('audit_event');
  if (filter.action) q = q.where('action', '=', filter.action);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').offset(filter.offset).limit(filter.limit).execute(),
    q.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** When a user deletes their data, the log keeps what happened but no longer who. */
export async function anonymiseActor(db: Db, userId: number, label: string): Promise<void> {
  await db.updateTable('audit_event').set({ actor_label: label }).where('actor_user_id', '=', userId).execute();
}

export async function auditEventsOfUser(db: Db, userId: number): Promise<AuditRow[]> {
  return db.selectFrom('audit_event').selectAll().where('actor_user_id', '=', userId).orderBy('at', 'desc').execute();
}
