import { sql, type Selectable } from 'kysely';
import type { AppUserTable } from '../db/platform.tables.js';
import type { Db } from '../db/schema.js';
import type { AuditRow } from '../audit/audit.repository.js';

/**
 * SQL of the admin pages that the account and audit repositories do not already have: counts
 * for the start page, and users with the organisation they belong to. The name of an editor's
 * enterprise is the register's to tell (account-hooks.ts), not read from its table here.
 */

export interface AdminCounts {
  users: number;
  activeUsers: number;
  pendingUsers: number;
  organisations: number;
  auditEvents: number;
  mailPending: number;
  mailFailed: number;
}

export async function adminCounts(db: Db, auditSince: Date): Promise<AdminCounts> {
  const { rows } = await sql<{
    users: number;
    active: number;
    pending: number;
    organisations: number;
    audit: number;
    mail_pending: number;
    mail_failed: number;
  }>`select
      (select count(*)::int from app_user) as users,
      (select count(*)::int from app_user where disabled_at is null and password_hash is not null) as active,
      (select count(*)::int from app_user where disabled_at is null and password_hash is null) as pending,
      (select count(*)::int from organisation) as organisations,
      (select count(*)::int from audit_event where at >= ${auditSince}) as audit,
      (select count(*)::int from mail_outbox where status = 'pending') as mail_pending,
      (select count(*)::int from mail_outbox where status = 'failed') as mail_failed`.execute(db);
  const r = rows[0]!;
  return {
    users: Number(r.users),
    activeUsers: Number(r.active),
    pendingUsers: Number(r.pending),
    organisations: Number(r.organisations),
    auditEvents: Number(r.audit),
    mailPending: Number(r.mail_pending),
    mailFailed: Number(r.mail_failed),
  };
}

export type AdminUserRow = Omit<Selectable<AppUserTable>, 'password_hash'> & {
  has_password: boolean;
  organisation_name: string | null;
};

function usersQuery(db: Db) {
  return db
    .selectFrom('app_user')
    .leftJoin('organisation', 'organisation.id', 'app_user.organisation_id')
    .select([
      'app_user.id',
      'app_user.email',
      'app_user.name',
      'app_user.role',
      'app_user.organisation_id',
      'app_user.enterprise_id',
      'app_user.email_confirmed_at',
      'app_user.disabled_at',
      'app_user.last_sign_in_at',
      'app_user.created_at',
      sql<boolean>`app_user.password_hash is not null`.as('has_password'),
      'organisation.name as organisation_name',
    ]);
}

export async function listUsersForAdmin(db: Db): Promise<AdminUserRow[]> {
  return usersQuery(db).orderBy('app_user.email').execute();
}

export async function findUserForAdmin(db: Db, id: number): Promise<AdminUserRow | undefined> {
  return usersQuery(db).where('app_user.id', '=', id).executeTakeFirst();
}

export type OrganisationWithCount = {
  id: number;
  name: string;
  kind: string;
  county_code: string | null;
  municipality_code: string | null;
  created_at: Date;
  users: number;
};

export async function listOrganisationsWithCounts(db: Db): Promise<OrganisationWithCount[]> {
  const rows = await db
    .selectFrom('organisation')
    .leftJoin('app_user', 'app_user.organisation_id', 'organisation.id')
    .select([
      'organisation.id',
      'organisation.name',
      'organisation.kind',
      'organisation.county_code',
      'organisation.municipality_code',
      'organisation.created_at',
      sql<number>`count(app_user.id)::int`.as('users'),
    ])
    .groupBy('organisation.id')
    .orderBy('organisation.name')
    .execute();
  return rows.map((r) => ({ ...r, users: Number(r.users) }));
}

/** What the log says a user did or what was done to them (subject is their address), newest first. */
export async function auditEventsAbout(db: Db, userId: number, email: string, limit: number): Promise<AuditRow[]> {
  return db
    .selectFrom('audit_event')
    .selectAll()
    .where((eb) => eb.or([eb('actor_user_id', '=', userId), eb('subject', '=', email)]))
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
