import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random token for a cookie or a link: 256 bits, URL-safe. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of a token, so a copy of the table opens no session or link. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * A signed link token that needs no database row: `payload.signature`, where the payload is
 * base64url JSON with a purpose and an expiry. Used for the yearly one-click confirmation, which
 * must work without signing in and for as long as the e-mail says.
 */
export function signToken(secret: string, purpose: string, data: Record<string, unknown>, expiresAt: Date): string {
  const payload = Buffer.from(
    JSON.stringify({ p: purpose, e: Math.floor(expiresAt.getTime() / 1000), d: data }),
  ).toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

export type VerifiedToken = { ok: true; data: Record<string, unknown> } | { ok: false; reason: 'invalid' | 'expired' };

export function verifyToken(secret: string, purpose: string, token: string, now: Date): VerifiedToken {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || !safeEqual(signature, mac(secret, payload))) {
    return { ok: false, reason: 'invalid' };
  }
  let parsed: { p?: unknown; e?: unknown; d?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof parsed;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (parsed.p !== purpose || typeof parsed.e !== 'number' || typeof parsed.d !== 'object' || parsed.d === null) {
    return { ok: false, reason: 'invalid' };
  }
  if (parsed.e * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, data: parsed.d as Record<string, unknown> };
}

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}
