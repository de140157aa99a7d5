import type { Db } from '../db/schema.js';

/**
 * SQL for a user's own data that the other repositories lack: what a download of "all you keep
 * about me" reads, and what deleting an account must blank. Only the platform's tables: what the
 * modules keep comes through the account hooks (account-hooks.ts).
 */

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
