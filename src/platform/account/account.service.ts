import { auditEventsAbout } from '../admin/admin.repository.js';
import { getAdminUser, type AdminUser } from '../admin/admin.service.js';
import { anonymiseActor } from '../audit/audit.repository.js';
import { audit } from '../audit/audit.service.js';
import { reserveAttempt } from '../auth/auth.service.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import type { CurrentUser } from '../auth/roles.js';
import {
  countAdmins,
  deleteSignInAttemptsOf,
  deleteUserRow,
  findUserById,
  markSignInSucceeded,
  updateUser,
} from '../auth/user.repository.js';
import type { AppContext } from '../context.js';
import { AppError } from '../http/errors.js';
import {
  anonymiseAuditSubject,
  deleteHandledMailTo,
  deleteOtherSessions,
  mailsTo,
  sessionsOfUser,
  signInAttemptsOf,
} from './account.repository.js';
import { accountText as t } from './account.text.js';

/**
 * A user's own account (issue 3 §9): see it, change name and password, download everything kept
 * about them, and delete it. Deleting keeps the history of what happened (the audit log, the
 * register's versions) but no longer says who: the user's name and address are replaced by
 * "Raderad användare" everywhere they were written.
 */
export async function ownAccount(ctx: AppContext, user: CurrentUser): Promise<AdminUser> {
  return getAdminUser(ctx, user.id);
}

export async function changeName(ctx: AppContext, user: CurrentUser, name: string, ip: string): Promise<void> {
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { name });
    await audit(trx, { at: now, actor: user, action: 'user_name_changed', subject: user.email, ip });
  });
}

/**
 * A wrong current password counts as a failed sign-in for the address: someone at an unlocked
 * computer cannot guess it here faster than at the sign-in page.
 */
async function checkPassword(ctx: AppContext, user: CurrentUser, password: string, ip: string, field: string) {
  let attempt: number;
  try {
    attempt = await reserveAttempt(
      ctx,
      user.email,
      ip,
      (minutes: number) =>
        `För många felaktiga lösenord. Vänta ${minutes} ${minutes === 1 ? 'minut' : 'minuter'} och försök igen.`,
    );
  } catch (e) {
    if (e instanceof AppError) throw new AppError(e.id, e.message, [{ field, message: e.message }]);
    throw e;
  }
  const row = await findUserById(ctx.db, user.id);
  const ok = row?.password_hash ? await verifyPassword(row.password_hash, password) : false;
  if (!ok) throw new AppError('invalid_form', t.errors.wrongPassword, [{ field, message: t.errors.wrongPassword }]);
  await markSignInSucceeded(ctx.db, attempt);
}

/** New password; every other session ends (whoever knew the old one is signed out). */
export async function changePassword(
  ctx: AppContext,
  user: CurrentUser,
  input: { current: string; password: string },
  keepSession: string | null,
  ip: string,
): Promise<void> {
  await checkPassword(ctx, user, input.current, ip, 'current');
  if (input.current === input.password) {
    throw new AppError('invalid_form', t.errors.samePassword, [{ field: 'password', message: t.errors.samePassword }]);
  }
  const hash = await hashPassword(input.password);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { password_hash: hash });
    await deleteOtherSessions(trx, user.id, keepSession);
    await audit(trx, {
      at: now,
      actor: user,
      action: 'password_changed',
      subject: user.email,
      ip,
      details: { via: 'account' },
    });
  });
}

/**
 * Everything kept about the user, as one document: the account (never the password hash),
 * what the audit log says they did or was done to them, sign-in attempts, sessions, mail sent to
 * them, and what each module keeps (the register: changes they made, decisions, uploaded files).
 */
export async function personalData(ctx: AppContext, user: CurrentUser, ip: string): Promise<Record<string, unknown>> {
  const account = await getAdminUser(ctx, user.id);
  const subject = { id: user.id, email: user.email };
  const [events, attempts, sessions, mail, fromModules] = await Promise.all([
    auditEventsAbout(ctx.db, user.id, user.email, 100_000),
    signInAttemptsOf(ctx.db, user.email),
    sessionsOfUser(ctx.db, user.id),
    mailsTo(ctx.db, user.email),
    Promise.all(ctx.accountHooks.personalData.map(async (d) => [d.key, await d.collect(ctx.db, subject)] as const)),
  ]);
  const now = ctx.now();
  await audit(ctx.db, { at: now, actor: user, action: 'user_data_exported', subject: user.email, ip });
  return {
    about:
      'Allt ASF-plattformen sparar om dig. Lösenordet finns inte med: det sparas bara som ett hashvärde. E-postmeddelandenas text är utelämnad eftersom den kan innehålla länkar som fortfarande fungerar.',
    generatedAt: now.toISOString(),
    account: {
      email: account.email,
      name: account.name,
      role: account.role,
      state: account.state,
      organisation: account.organisation?.name ?? null,
      enterprise: account.enterprise ? { name: account.enterprise.name, orgnr: account.enterprise.orgnr } : null,
      createdAt: account.createdAt.toISOString(),
      lastSignInAt: account.lastSignInAt?.toISOString() ?? null,
    },
    auditEvents: events.map((e) => ({
      at: e.at.toISOString(),
      action: e.action,
      actor: e.actor_label,
      subject: e.subject,
      ip: e.ip,
      details: e.details,
    })),
    signInAttempts: attempts.map((a) => ({ at: a.at.toISOString(), ip: a.ip, succeeded: a.succeeded })),
    sessions: sessions.map((s) => ({
      createdAt: s.created_at.toISOString(),
      lastSeenAt: s.last_seen_at.toISOString(),
      expiresAt: s.expires_at.toISOString(),
    })),
    mail: mail.map((m) => ({
      createdAt: m.created_at.toISOString(),
      subject: m.subject,
      status: m.status,
      sentAt: m.sent_at?.toISOString() ?? null,
    })),
    ...Object.fromEntries(fromModules),
  };
}

/**
 * Deletes the account. The last admin may not (nobody could then invite anyone). The log of the
 * deletion itself names no one.
 */
export async function deleteAccount(ctx: AppContext, user: CurrentUser, password: string, ip: string): Promise<void> {
  await checkPassword(ctx, user, password, ip, 'password');
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    if (user.role === 'admin' && (await countAdmins(trx)) <= 1) {
      throw new AppError('conflict', t.errors.lastAdmin, [{ field: 'confirm', message: t.errors.lastAdmin }]);
    }
    await anonymiseActor(trx, user.id, t.anonymised);
    await anonymiseAuditSubject(trx, user.email, t.anonymised);
    for (const data of ctx.accountHooks.personalData) {
      await data.anonymise(trx, { id: user.id, email: user.email }, t.anonymised);
    }
    await deleteHandledMailTo(trx, user.email);
    await deleteSignInAttemptsOf(trx, user.email);
    // Sessions and one-time links go with the row (on delete cascade).
    await deleteUserRow(trx, user.id);
    await audit(trx, {
      at: now,
      actor: { system: t.anonymised },
      action: 'user_deleted',
      subject: null,
      details: { role: user.role },
    });
  });
}
