import { sql } from 'kysely';
import type { RegisterDb } from './db.js';

/**
 * SQL for what the register keeps about one user: the changes they made, the decisions they
 * took, and the labels that name them. Read for that user's own download, and blanked when they
 * delete their account (account-hooks.ts).
 */

export async function versionsByUser(db: RegisterDb, userId: number) {
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

export async function verificationsByUser(db: RegisterDb, userId: number) {
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

export async function anonymiseVerificationActor(db: RegisterDb, userId: number, label: string): Promise<void> {
  await db
    .updateTable('enterprise_verification')
    .set({ decided_by_label: label })
    .where('decided_by', '=', userId)
    .execute();
}

/**
 * actorLabel writes "Name <address>" or the bare address; such a label is found by the address
 * at the end (compared as text, so `_` and `%` in an address mean nothing special).
 */
function labelOf(column: string, email: string) {
  const tail = `<${email}>`;
  return sql<boolean>`(${sql.ref(column)} = ${email} or right(${sql.ref(column)}, ${tail.length}) = ${tail})`;
}

/** Who verified an enterprise is kept as text, not by user id. */
export async function anonymiseVerifiedBy(db: RegisterDb, email: string, label: string): Promise<void> {
  await db.updateTable('enterprise').set({ verified_by: label }).where(labelOf('verified_by', email)).execute();
}

/** Who reviewed a change is kept as text, not by user id. */
export async function anonymiseReviewedBy(db: RegisterDb, email: string, label: string): Promise<void> {
  await db
    .updateTable('enterprise_version')
    .set({ reviewed_by_label: label })
    .where(labelOf('reviewed_by_label', email))
    .execute();
}
