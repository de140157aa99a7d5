import { audit } from '../../../platform/audit/audit.service.js';
import { checkLink, consumeLink, issueLink, type LinkCheck } from '../../../platform/auth/links.js';
import { hashPassword } from '../../../platform/auth/password.js';
import { toCurrentUser } from '../../../platform/auth/session.js';
import {
  expireOneTimeTokens,
  findUserByEmail,
  findUserById,
  insertUser,
  updateUser,
} from '../../../platform/auth/user.repository.js';
import { baseUrl } from '../../../platform/config/config.js';
import { queueMail } from '../../../platform/mail/mail.service.js';
import { upsertEnterprise } from '../enterprise/enterprise.repository.js';
import { enterpriseIdByOrgnr } from '../enterprise/enterprise.service.js';
import { emptyFacts, type EnterpriseFacts } from '../enterprise/enterprise.types.js';
import { insertVersion } from '../enterprise/history.repository.js';
import { claimOrgnr } from './registration.repository.js';
import type { RegistrationInput } from './registration.schema.js';
import { registrationText as t } from './registration.text.js';
import { buildSearchColumns } from '../enterprise/search-columns.js';
import type { RegisterContext } from '../db.js';

/**
 * An enterprise registers itself: a draft enterprise and its first editor, created together. The
 * editor may sign in at once, but the address must be confirmed before anything is sent in.
 */
export type RegistrationResult = { ok: true; email: string } | { ok: false; problem: 'orgnr_taken' | 'email_taken' };

/** The facts of a new draft: only what the form asked; the guided steps fill in the rest. */
function draftFacts(orgnr: string, name: string): EnterpriseFacts {
  // The real form is asked in step 1; until then 'annan' is the honest answer.
  return { ...emptyFacts(orgnr), name, legalForm: 'annan' };
}

export async function registerEnterprise(
  ctx: RegisterContext,
  input: RegistrationInput,
  ip: string,
): Promise<RegistrationResult> {
  // Cheap checks first, so a taken number or address does not cost a password hash.
  if ((await enterpriseIdByOrgnr(ctx.db, input.orgnr)) !== undefined) return { ok: false, problem: 'orgnr_taken' };
  if (await findUserByEmail(ctx.db, input.email)) return { ok: false, problem: 'email_taken' };
  const passwordHash = await hashPassword(input.password);

  try {
    return await createDraftAndEditor(ctx, input, passwordHash, ip);
  } catch (e) {
    // Two registrations with one address at the same moment: the unique index on app_user.email
    // lets one through, and the other gets the same answer as if it had come second.
    if ((e as { code?: unknown }).code === UNIQUE_VIOLATION) return { ok: false, problem: 'email_taken' };
    throw e;
  }
}

const UNIQUE_VIOLATION = '23505';

async function createDraftAndEditor(
  ctx: RegisterContext,
  input: RegistrationInput,
  passwordHash: string,
  ip: string,
): Promise<RegistrationResult> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx): Promise<RegistrationResult> => {
    // Checked again inside the transaction: another registration may have come in meanwhile.
    if (await findUserByEmail(trx, input.email)) return { ok: false, problem: 'email_taken' };
    const enterpriseId = await claimOrgnr(trx, input.orgnr, input.name, now);
    if (enterpriseId === undefined) return { ok: false, problem: 'orgnr_taken' };

    const facts = draftFacts(input.orgnr, input.name);
    await upsertEnterprise(
      trx,
      facts,
      {
        status: 'draft',
        isDemo: false,
        sources: { basics: { source: 'enterprise', at: now.toISOString() } },
        verifiedAt: null,
      },
      buildSearchColumns(facts),
    );
    const userId = await insertUser(trx, {
      email: input.email,
      name: input.contactName,
      role: 'enterprise_editor',
      passwordHash,
      organisationId: null,
      enterpriseId,
      emailConfirmedAt: null,
      createdAt: now,
    });
    const user = toCurrentUser((await findUserById(trx, userId))!);
    await insertVersion(trx, {
      enterpriseId,
      at: now,
      actorUserId: user.id,
      actorLabel: `${input.contactName} <${input.email}>`,
      action: 'created',
      statusBefore: null,
      statusAfter: 'draft',
      before: null,
      after: facts,
      flaggedFields: [],
    });
    const { path } = await issueLink(trx, now, 'confirm_email', userId);
    await queueMail(trx, now, {
      to: input.email,
      subject: t.mail.confirmSubject,
      text: t.mail.confirmText(input.contactName, input.name, `${baseUrl(ctx.config)}${path}`),
    });
    await audit(trx, {
      at: now,
      actor: user,
      action: 'enterprise_registered',
      subject: input.orgnr,
      details: { name: input.name },
      ip,
    });
    return { ok: true, email: input.email };
  });
}

export type ConfirmResult =
  { ok: true; userId: number } | { ok: false; reason: Exclude<LinkCheck, { ok: true }>['reason'] };

/**
 * Whether the e-mailed link can still be used, without using it: the page the link opens only
 * shows a button (see registration.routes.ts). `email` is the address it confirms.
 */
export async function checkConfirmation(
  ctx: RegisterContext,
  token: string,
): Promise<{ ok: true; email: string } | { ok: false; reason: Exclude<LinkCheck, { ok: true }>['reason'] }> {
  const check = await checkLink(ctx, 'confirm_email', token);
  if (!check.ok) return check;
  if (!check.user) return { ok: false, reason: 'unknown' };
  return { ok: true, email: check.user.email };
}

/** Uses the e-mailed link (POST): the address is confirmed and the link used up, in one transaction. */
export async function confirmEmail(ctx: RegisterContext, token: string, ip: string): Promise<ConfirmResult> {
  const check = await checkLink(ctx, 'confirm_email', token);
  if (!check.ok) return check;
  const user = check.user;
  if (!user) return { ok: false, reason: 'unknown' };
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx): Promise<ConfirmResult> => {
    if (!(await consumeLink(trx, check.tokenHash, now))) return { ok: false, reason: 'used' };
    await updateUser(trx, user.id, { email_confirmed_at: user.email_confirmed_at ?? now });
    await audit(trx, { at: now, actor: toCurrentUser(user), action: 'email_confirmed', subject: user.email, ip });
    return { ok: true, userId: user.id };
  });
}

/**
 * Sends a new confirmation link. Answers the same whether or not the address has an account
 * waiting for confirmation, so the form cannot be used to find out who is registered.
 */
export async function resendConfirmation(ctx: RegisterContext, email: string): Promise<void> {
  const user = await findUserByEmail(ctx.db, email);
  if (!user || user.email_confirmed_at || user.disabled_at || user.role !== 'enterprise_editor') return;
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    // One live link per account: the older ones stop working when a new one is sent.
    await expireOneTimeTokens(trx, 'confirm_email', user.id, now);
    const { path } = await issueLink(trx, now, 'confirm_email', user.id);
    await queueMail(trx, now, {
      to: user.email,
      subject: t.mail.resendSubject,
      text: t.mail.resendText(`${baseUrl(ctx.config)}${path}`),
    });
  });
}

/** Whether the user has confirmed their address (the session's user carries no such field). */
export async function isEmailConfirmed(ctx: RegisterContext, userId: number): Promise<boolean> {
  const user = await findUserById(ctx.db, userId);
  return !!user?.email_confirmed_at;
}
