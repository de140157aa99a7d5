import type { AppContext } from '../context.js';
import { audit, type Actor } from '../audit/audit.service.js';
import { baseUrl } from '../config/config.js';
import { AppError } from '../http/errors.js';
import { queueMail } from '../mail/mail.service.js';
import { authText as t } from './auth.text.js';
import { LINK_PURPOSES, issueLink } from './links.js';
import { ROLE_LABELS, type CurrentUser, type Role } from './roles.js';
import {
  countAdmins,
  deleteSessionsOfUser,
  expireOneTimeTokens,
  findUserByEmail,
  findUserById,
  insertUser,
  updateUser,
  type UserRow,
} from './user.repository.js';

/**
 * Creating users and changing their roles: for admins in the browser and operators on the command
 * line. A new user gets a link to choose their own password; nobody else ever knows it.
 */
export interface NewUser {
  email: string;
  name: string | null;
  role: Role;
  organisationId: number | null;
  enterpriseId: number | null;
}

export async function inviteUser(
  ctx: AppContext,
  actor: Actor,
  input: NewUser,
  options: { sendMail: boolean } = { sendMail: true },
): Promise<{ userId: number; link: string }> {
  checkScope(input.role, input.enterpriseId, input.organisationId);
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    if (await findUserByEmail(trx, input.email)) {
      throw new AppError('conflict', t.users.emailTaken, [{ field: 'email', message: t.users.emailTaken }]);
    }
    const userId = await insertUser(trx, {
      email: input.email,
      name: input.name,
      role: input.role,
      passwordHash: null,
      organisationId: input.organisationId,
      enterpriseId: input.enterpriseId,
      emailConfirmedAt: null,
      createdAt: now,
    });
    const { path } = await issueLink(trx, now, 'invite', userId);
    const link = `${baseUrl(ctx.config)}${path}`;
    if (options.sendMail) {
      await queueMail(trx, now, {
        to: input.email,
        subject: t.users.inviteSubject,
        text: t.users.inviteText(ROLE_LABELS[input.role], link, LINK_PURPOSES.invite.hours / 24),
      });
    }
    await audit(trx, {
      at: now,
      actor,
      action: options.sendMail ? 'user_invited' : 'user_created',
      subject: input.email,
      details: { role: input.role, organisationId: input.organisationId, enterpriseId: input.enterpriseId },
    });
    return { userId, link };
  });
}

// Belongs in authText.users beside the other messages (that file is being edited elsewhere now).
const ALREADY_HAS_PASSWORD = 'Användaren har redan valt lösenord. Be hen använda Glömt lösenordet.';

/**
 * A new invitation link for a user who never set a password (the first one expired or got lost).
 * Refused once a password is chosen: the invitation link sets a new one without the old, which
 * is what a password reset does, with the user's own request behind it.
 */
export async function reinviteUser(ctx: AppContext, actor: Actor, userId: number): Promise<void> {
  await requireUser(ctx, userId);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    // Read in the transaction: the password may have been chosen since the admin's page was drawn.
    const user = await findUserById(trx, userId);
    if (!user) throw new AppError('user_not_found', t.users.notFound);
    if (user.password_hash !== null) throw new AppError('conflict', ALREADY_HAS_PASSWORD);
    await expireOneTimeTokens(trx, 'invite', userId, now);
    const { path } = await issueLink(trx, now, 'invite', userId);
    await queueMail(trx, now, {
      to: user.email,
      subject: t.users.inviteSubject,
      text: t.users.inviteText(ROLE_LABELS[user.role as Role] ?? user.role, `${baseUrl(ctx.config)}${path}`, 7),
    });
    await audit(trx, { at: now, actor, action: 'user_invited', subject: user.email, details: { again: true } });
  });
}

export async function changeRole(
  ctx: AppContext,
  actor: CurrentUser,
  userId: number,
  change: { role: Role; organisationId: number | null; enterpriseId: number | null },
): Promise<void> {
  checkScope(change.role, change.enterpriseId, change.organisationId);
  const user = await requireUser(ctx, userId);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    if (user.role === 'admin' && change.role !== 'admin' && (await countAdmins(trx)) <= 1) {
      throw new AppError('conflict', t.users.lastAdmin);
    }
    await updateUser(trx, userId, {
      role: change.role,
      organisation_id: change.organisationId,
      enterprise_id: change.enterpriseId,
    });
    // A new role means new rights: any open session starts over with them.
    await deleteSessionsOfUser(trx, userId);
    await audit(trx, {
      at: now,
      actor,
      action: 'role_changed',
      subject: user.email,
      details: {
        from: { role: user.role, organisationId: user.organisation_id, enterpriseId: user.enterprise_id },
        to: change,
      },
    });
  });
}

export async function setDisabled(ctx: AppContext, actor: CurrentUser, userId: number, disabled: boolean) {
  const user = await requireUser(ctx, userId);
  if (disabled && user.id === actor.id) throw new AppError('conflict', t.users.notYourself);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    if (disabled && user.role === 'admin' && (await countAdmins(trx)) <= 1)
      throw new AppError('conflict', t.users.lastAdmin);
    await updateUser(trx, userId, { disabled_at: disabled ? now : null });
    await deleteSessionsOfUser(trx, userId);
    await audit(trx, { at: now, actor, action: disabled ? 'user_disabled' : 'user_enabled', subject: user.email });
  });
}

async function requireUser(ctx: AppContext, userId: number): Promise<UserRow> {
  const user = await findUserById(ctx.db, userId);
  if (!user) throw new AppError('user_not_found', t.users.notFound);
  return user;
}

/** An editor edits exactly one enterprise; a buyer belongs to one organisation. */
function checkScope(role: Role, enterpriseId: number | null, organisationId: number | null): void {
  if (role === 'enterprise_editor' && enterpriseId === null) {
    throw new AppError('invalid_form', t.users.editorNeedsEnterprise, [
      { field: 'enterprise', message: t.users.editorNeedsEnterprise },
    ]);
  }
  if (role === 'buyer' && organisationId === null) {
    throw new AppError('invalid_form', t.users.buyerNeedsOrganisation, [
      { field: 'organisation', message: t.users.buyerNeedsOrganisation },
    ]);
  }
}
