import { sql } from 'kysely';
import type { RegisterDb } from '../db.js';

export interface NewReport {
  enterpriseId: number;
  topic: string;
  message: string;
  reporterEmail: string | null;
  at: Date;
}

export interface ReportRow {
  id: number;
  orgnr: string;
  name: string;
  topic: string;
  message: string;
  reporterEmail: string | null;
  createdAt: Date;
  closedAt: Date | null;
  closedByName: string | null;
}

export async function insertReport(db: RegisterDb, r: NewReport): Promise<number> {
  const row = await db
    .insertInto('enterprise_error_report')
    .values({
      enterprise_id: r.enterpriseId,
      topic: r.topic,
      message: r.message,
      reporter_email: r.reporterEmail,
      created_at: r.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function countOpenReports(db: RegisterDb): Promise<number> {
  const row = await db
    .selectFrom('enterprise_error_report')
    .select(sql<string>`count(*)`.as('n'))
    .where('closed_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function reports(db: RegisterDb) {
  return db
    .selectFrom('enterprise_error_report as r')
    .innerJoin('enterprise as e', 'e.id', 'r.enterprise_id')
    .leftJoin('app_user as u', 'u.id', 'r.closed_by')
    .select([
      'r.id',
      'e.orgnr',
      'e.name',
      'r.topic',
      'r.message',
      'r.reporter_email as reporterEmail',
      'r.created_at as createdAt',
      'r.closed_at as closedAt',
      sql<string | null>`coalesce(u.name, u.email)`.as('closedByName'),
    ]);
}

/** Open reports, oldest first: the one waited longest is dealt with first. */
export async function listOpenReports(db: RegisterDb): Promise<ReportRow[]> {
  return reports(db).where('r.closed_at', 'is', null).orderBy('r.created_at').orderBy('r.id').execute();
}

/** One enterprise's open reports, oldest first (its page for coordinators). */
export async function listOpenReportsFor(db: RegisterDb, enterpriseId: number): Promise<ReportRow[]> {
  return reports(db)
    .where('r.closed_at', 'is', null)
    .where('r.enterprise_id', '=', enterpriseId)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
}

export async function listRecentlyClosedReports(db: RegisterDb, limit: number): Promise<ReportRow[]> {
  return reports(db)
    .where('r.closed_at', 'is not', null)
    .orderBy('r.closed_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * Retention (the privacy page says so): an address goes when its open report is a year old, and
 * a report 24 months after it was dealt with. Returns how many rows each step touched.
 */
export async function purgeReports(
  db: RegisterDb,
  emailsBefore: Date,
  closedBefore: Date,
): Promise<{ emails: number; reports: number }> {
  const emails = await db
    .updateTable('enterprise_error_report')
    .set({ reporter_email: null })
    .where('reporter_email', 'is not', null)
    .where('created_at', '<', emailsBefore)
    .executeTakeFirst();
  const reports = await db
    .deleteFrom('enterprise_error_report')
    .where('closed_at', '<', closedBefore)
    .executeTakeFirst();
  return { emails: Number(emails.numUpdatedRows), reports: Number(reports.numDeletedRows) };
}

/**
 * Closes an open report and forgets the reporter's address (kept only to answer). Returns the
 * closed report's enterprise org.nr, or undefined when there was no open report with that id.
 */
export async function closeReport(
  db: RegisterDb,
  id: number,
  userId: number,
  at: Date,
): Promise<{ orgnr: string; topic: string } | undefined> {
  const closed = await db
    .updateTable('enterprise_error_report')
    .set({ closed_at: at, closed_by: userId, reporter_email: null })
    .where('id', '=', id)
    .where('closed_at', 'is', null)
    .returning(['enterprise_id', 'topic'])
    .executeTakeFirst();
  if (!closed) return undefined;
  const e = await db
    .selectFrom('enterprise')
    .select('orgnr')
    .where('id', '=', closed.enterprise_id)
    .executeTakeFirstOrThrow();
  return { orgnr: e.orgnr, topic: closed.topic };
}
