import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

/**
 * SQL for a user's own data that the other repositories lack: what a download of "all you keep
 * about me" reads, and what deleting an account must blank. Versions and verifications are the
 * register's tables; they are read here by user id only, for the one person they are about.
 */
type Db = Kysely<DB> | Transaction<DB>;

export async function sessionsOfUser(db: Db, userId: number) {
  // Never the token hashes: the file may end up anywhere, and a hash opens nothing, but why risk it.
  return db
    .selectFrom('user_session')
    .select(['created_at', 'last_seen_at', 'expires_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Ends every session of the user but the one making the request (after a password change). */
export async function deleteOtherSessions(db: Db, userId: number, keepTokenHash: string | null): Promise<void> {
  let q = db.deleteFrom('user_session').where('user_id', '=', userId);
  if (keepTokenHash) q = q.where('token_hash', '<>', keepTokenHash);
  await q.execute();
}

export async function signInAttemptsOf(db: Db, email: string) {
  return db
    .selectFrom('sign_in_attempt')
    .select(['at', 'ip', 'succeeded'])
    .where('email', '=', email)
    .orderBy('at', 'desc')
    .execute();
}

export async function versionsByUser(db: Db, userId: number) {
  return db
    .selectFrom('enterprise_version')
    .innerJoin('enterprise', 'enterprise.id', 'enterprise_version.enterprise_id')
    .select([
      'enterprise_version.at',
      'enterprise_version.action',
      'enterprise.orgnr',
      'enterprise.name',
      'enterprise_version.status_before',
      'enterprise_version.status_after',
      'enterprise_version.before',
      'enterprise_version.after',
    ])
    .where('enterprise_version.actor_user_id', '=', userId)
    .orderBy('enterprise_version.at', 'desc')
    .execute();
}

export async function verificationsByUser(db: Db, userId: number) {
  return db
    .selectFrom('enterprise_verification')
    .innerJoin('enterprise', 'enterprise.id', 'enterprise_verification.enterprise_id')
    .select([
      'enterprise_verification.decided_at',
      'enterprise_verification.decision',
      'enterprise.orgnr',
      'enterprise.name',
      'enterprise_verification.message',
    ])
    .where('enterprise_verification.decided_by', '=', userId)
    .orderBy('enterprise_verification.decided_at', 'desc')
    .execute();
}

/** Mail to the address; the text is left out (it may hold a link that still works). */
export async function mailsTo(db: Db, email: string) {
  return db
    .selectFrom('mail_outbox')
    .select(['created_at', 'subject', 'status', 'sent_at'])
    .where('to_address', '=', email)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Events about the user (their address as subject) keep what happened but no longer to whom. */
export async function anonymiseAuditSubject(db: Db, email: string, label: string): Promise<void> {
  await db.updateTable('audit_event').set({ subject: label }).where('subject', '=', email).execute();
}

export async function anonymiseVerificationActor(db: Db, userId: number, label: string): Promise<void> {
  await db
    .updateTable('enterprise_verification')
    .set({ decided_by_label: label })
    .where('decided_by', '=', userId)
    .execute();
}

/**
 * Mail already handled (sent, kept or failed) to the address goes, as the nightly purge would
 * take it later. Mail still waiting is left to its sending job.
 */
export async function deleteHandledMailTo(db: Db, email: string): Promise<void> {
  await db
    .deleteFrom('mail_outbox')
    .where('to_address', '=', email)
    .where('status', 'in', ['sent', 'kept', 'failed'])
    .execute();
}

/**
 * Labels written as text rather than by user id: who verified an enterprise and who reviewed a
 * change. actorLabel writes them as "Name <address>" or the bare address, so they are found by
 * the address at the end (compared as text, so `_` and `%` in an address mean nothing special).
 */
export async function anonymiseLabelsOf(db: Db, email: string, label: string): Promise<void> {
  const tail = `<${email}>`;
  const matches = (column: string) =>
    sql<boolean>`(${sql.ref(column)} = ${email} or right(${sql.ref(column)}, ${tail.length}) = ${tail})`;
  await db.updateTable('enterprise').set({ verified_by: label }).where(matches('verified_by')).execute();
  await db
    .updateTable('enterprise_version')
    .set({ reviewed_by_label: label })
    .where(matches('reviewed_by_label'))
    .execute();
}
