import type { AppContext } from '../context.js';
import { audit } from '../audit/audit.service.js';
import { baseUrl } from '../config/config.js';
import { AppError } from '../http/errors.js';
import { queueMail } from '../mail/mail.service.js';
import { authText as t } from './auth.text.js';
import { checkLink, consumeLink, issueLink, linkMessage, type LinkPurpose } from './links.js';
import { burnVerifyTime, hashPassword, verifyPassword } from './password.js';
import type { CurrentUser } from './roles.js';
import { toCurrentUser } from './session.js';
import {
  countAdmins,
  deleteSessionsOfUser,
  expireOneTimeTokens,
  findUserByEmail,
  findUserById,
  insertSignInAttempt,
  lockSignInAddress,
  markSignInSucceeded,
  insertUser,
  recentFailures,
  updateUser,
} from './user.repository.js';

/**
 * Sign-in with back-off: after five failed attempts for an address, each further try must wait
 * (1, 2, 4 … up to 15 minutes); many failures from one IP address stop that address for a while.
 * A wrong address and a wrong password get the same answer and take the same time.
 */
const WINDOW_MS = 15 * 60_000;
const FREE_TRIES = 5;
const MAX_WAIT_MS = 15 * 60_000;
const IP_LIMIT = 30;

export function waitAfterFailures(count: number): number {
  if (count < FREE_TRIES) return 0;
  return Math.min(60_000 * 2 ** (count - FREE_TRIES), MAX_WAIT_MS);
}

/**
 * Takes a place for one password check, or refuses with how long to wait. The attempt is
 * written as failed before the (slow) check and turned into a success after it, under a lock
 * per address: guesses sent in parallel are counted like guesses sent one after the other.
 */
export async function reserveAttempt(
  ctx: AppContext,
  email: string,
  ip: string,
  tooMany = t.signIn.tooMany,
): Promise<number> {
  const now = ctx.now();
  const since = new Date(now.getTime() - WINDOW_MS);
  return ctx.db.transaction().execute(async (trx) => {
    await lockSignInAddress(trx, email);
    const byEmail = await recentFailures(trx, { email }, since);
    const byIp = await recentFailures(trx, { ip }, since);
    const wait = waitAfterFailures(byEmail.count);
    const readyAt = byEmail.last ? byEmail.last.getTime() + wait : 0;
    if ((wait > 0 && readyAt > now.getTime()) || byIp.count >= IP_LIMIT) {
      const minutes = Math.max(1, Math.ceil((byIp.count >= IP_LIMIT ? WINDOW_MS : readyAt - now.getTime()) / 60_000));
      throw new AppError('too_many_attempts', tooMany(minutes));
    }
    return insertSignInAttempt(trx, { email, ip, at: now, succeeded: false });
  });
}

export async function signIn(
  ctx: AppContext,
  input: { email: string; password: string; ip: string },
): Promise<CurrentUser> {
  const now = ctx.now();
  const attempt = await reserveAttempt(ctx, input.email, input.ip);
  const user = await findUserByEmail(ctx.db, input.email);
  const ok = user?.password_hash
    ? await verifyPassword(user.password_hash, input.password)
    : (await burnVerifyTime(input.password), false);
  if (!ok || !user || user.disabled_at) {
    await audit(ctx.db, {
      at: now,
      actor: null,
      action: 'sign_in_failed',
      subject: input.email,
      ip: input.ip,
      details: { reason: !user ? 'unknown_email' : user.disabled_at ? 'disabled' : 'wrong_password' },
    });
    throw new AppError('invalid_form', t.signIn.wrong, [{ field: 'email', message: t.signIn.wrong }]);
  }
  await markSignInSucceeded(ctx.db, attempt);
  await updateUser(ctx.db, user.id, { last_sign_in_at: now });
  const current = toCurrentUser(user);
  await audit(ctx.db, { at: now, actor: current, action: 'sign_in', subject: user.email, ip: input.ip });
  return current;
}

export async function requireLink(ctx: AppContext, purpose: LinkPurpose, token: string) {
  const check = await checkLink(ctx, purpose, token);
  if (!check.ok) throw new AppError('link_invalid', linkMessage(check.reason));
  return check;
}

/** The link `npm start` prints while there is no admin: a new one at every start, the old ones void. */
export async function firstAdminLink(ctx: AppContext): Promise<string | null> {
  if ((await countAdmins(ctx.db)) > 0) return null;
  const now = ctx.now();
  await expireOneTimeTokens(ctx.db, 'first_admin', null, now);
  const { path } = await issueLink(ctx.db, now, 'first_admin', null);
  return `${baseUrl(ctx.config)}${path}`;
}

export async function createFirstAdmin(
  ctx: AppContext,
  token: string,
  input: { email: string; name: string; password: string },
): Promise<CurrentUser> {
  const link = await requireLink(ctx, 'first_admin', token);
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await consumeLink(trx, link.tokenHash, now)) || (await countAdmins(trx)) > 0) {
      throw new AppError('link_invalid', linkMessage('used'));
    }
    if (await findUserByEmail(trx, input.email)) {
      throw new AppError('conflict', t.firstAdmin.emailTaken, [{ field: 'email', message: t.firstAdmin.emailTaken }]);
    }
    const id = await insertUser(trx, {
      email: input.email,
      name: input.name,
      role: 'admin',
      passwordHash,
      organisationId: null,
      enterpriseId: null,
      emailConfirmedAt: null,
      createdAt: now,
    });
    const user = toCurrentUser((await findUserById(trx, id))!);
    await audit(trx, {
      at: now,
      actor: user,
      action: 'user_created',
      subject: input.email,
      details: { role: 'admin', via: 'first_admin_link' },
    });
    return user;
  });
}

/** Always answers the same, so the form cannot be used to find out who has an account. */
export async function requestPasswordReset(ctx: AppContext, email: string, ip: string): Promise<void> {
  const user = await findUserByEmail(ctx.db, email);
  const now = ctx.now();
  await audit(ctx.db, {
    at: now,
    actor: null,
    action: 'password_reset_requested',
    subject: email,
    ip,
    details: { known: !!user },
  });
  if (!user || user.disabled_at) return;
  await ctx.db.transaction().execute(async (trx) => {
    await expireOneTimeTokens(trx, 'password_reset', user.id, now);
    const { path } = await issueLink(trx, now, 'password_reset', user.id);
    await queueMail(trx, now, {
      to: user.email,
      subject: t.reset.mailSubject,
      text: t.reset.mailText(`${baseUrl(ctx.config)}${path}`),
    });
  });
}

/**
 * Sets a password through an e-mailed link (password reset or invitation). Every other session
 * of the user ends: whoever knew the old password is signed out.
 */
export async function setPasswordByLink(
  ctx: AppContext,
  purpose: 'password_reset' | 'invite',
  token: string,
  input: { password: string; name?: string },
): Promise<CurrentUser> {
  const link = await requireLink(ctx, purpose, token);
  const user = link.user!;
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await consumeLink(trx, link.tokenHash, now))) throw new AppError('link_invalid', linkMessage('used'));
    await updateUser(trx, user.id, {
      password_hash: passwordHash,
      // Following a link sent to the address shows that the address works.
      email_confirmed_at: user.email_confirmed_at ?? now,
      ...(input.name ? { name: input.name } : {}),
    });
    await deleteSessionsOfUser(trx, user.id);
    const current = toCurrentUser((await findUserById(trx, user.id))!);
    await audit(trx, {
      at: now,
      actor: current,
      action: 'password_changed',
      subject: user.email,
      details: { via: purpose },
    });
    return current;
  });
}
