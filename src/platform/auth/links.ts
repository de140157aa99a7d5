import { authText } from './auth.text.js';
import type { Transaction } from 'kysely';
import type { AppContext } from '../context.js';
import type { Db, PlatformDB } from '../db/schema.js';
import { hashToken, randomToken } from './tokens.js';
import {
  findOneTimeToken,
  findUserById,
  insertOneTimeToken,
  useOneTimeToken,
  type UserRow,
} from './user.repository.js';

/**
 * One-time links sent by e-mail. Each purpose has its own lifetime; a link works once.
 * The e-mail says how long it is valid, so these numbers are part of what users are told.
 */
export const LINK_PURPOSES = {
  first_admin: { hours: 24, path: '/forsta-admin' },
  invite: { hours: 7 * 24, path: '/inbjudan' },
  password_reset: { hours: 1, path: '/aterstall-losenord' },
  confirm_email: { hours: 48, path: '/registrera/bekrafta' },
} as const;
export type LinkPurpose = keyof typeof LINK_PURPOSES;

export async function issueLink(
  db: Db,
  now: Date,
  purpose: LinkPurpose,
  userId: number | null,
): Promise<{ token: string; path: string; expiresAt: Date }> {
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + LINK_PURPOSES[purpose].hours * 3600_000);
  await insertOneTimeToken(db, { tokenHash: hashToken(token), purpose, userId, now, expiresAt });
  return { token, path: `${LINK_PURPOSES[purpose].path}/${token}`, expiresAt };
}

export type LinkCheck =
  { ok: true; user: UserRow | null; tokenHash: string } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

/** Whether a link may still be used; does not use it up (the form behind it may be sent later). */
export async function checkLink(ctx: AppContext, purpose: LinkPurpose, token: string): Promise<LinkCheck> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { ok: false, reason: 'unknown' };
  const tokenHash = hashToken(token);
  const row = await findOneTimeToken(ctx.db, tokenHash, purpose);
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.used_at) return { ok: false, reason: 'used' };
  if (row.expires_at.getTime() < ctx.now().getTime()) return { ok: false, reason: 'expired' };
  const user = row.user_id === null ? null : ((await findUserById(ctx.db, row.user_id)) ?? null);
  if (row.user_id !== null && (!user || user.disabled_at)) return { ok: false, reason: 'unknown' };
  return { ok: true, user, tokenHash };
}

/** Uses a link inside the transaction that acts on it; false if another request used it first. */
export function consumeLink(trx: Transaction<PlatformDB>, tokenHash: string, now: Date): Promise<boolean> {
  return useOneTimeToken(trx, tokenHash, now);
}

/** What is wrong with a link, in the language of the request. */
export function linkMessage(reason: Exclude<LinkCheck, { ok: true }>['reason']): string {
  return authText.link[reason];
}
