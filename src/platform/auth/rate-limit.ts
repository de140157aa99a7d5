import type { AppContext } from '../context.js';
import { AppError } from '../http/errors.js';
import { countHits, insertHit } from './rate-limit.repository.js';
import { platformText } from '../i18n/platform.text.js';

/**
 * Limits on forms that make the platform send e-mail, so that nobody can use them to flood an
 * address or the outgoing mail server. Sign-in has its own back-off (auth.service.ts).
 */
export const RATE_LIMITS = {
  /** Any mail-sending form, per IP address: a family or an office shares one address. */
  mailFormPerIp: { limit: 20, windowMs: 60 * 60_000 },
  /** Mails to one address (new link, password reset): three an hour is plenty for a person. */
  mailPerAddress: { limit: 3, windowMs: 60 * 60_000 },
} as const;
export type RateLimit = keyof typeof RATE_LIMITS;

/**
 * Counts a hit and refuses (429, too_many_attempts) when the bucket is full. The message says
 * in minutes when the next try works.
 */
export async function takeRateLimit(ctx: AppContext, rule: RateLimit, key: string): Promise<void> {
  const { limit, windowMs } = RATE_LIMITS[rule];
  const now = ctx.now();
  const bucket = `${rule}:${key.toLowerCase()}`;
  const { count, oldest } = await countHits(ctx.db, bucket, new Date(now.getTime() - windowMs));
  if (count >= limit) {
    const freeAt = (oldest ?? now).getTime() + windowMs;
    const minutes = Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000));
    throw new AppError('too_many_attempts', platformText.errors.tooManyAttempts(minutes));
  }
  await insertHit(ctx.db, bucket, now);
}

/** Runs `limits` in order and turns a refusal into a form error on `field`, for re-showing the form. */
export async function rateLimitedForm(
  ctx: AppContext,
  limits: readonly [RateLimit, string][],
  field: string,
): Promise<{ field: string; message: string }[] | null> {
  try {
    for (const [rule, key] of limits) await takeRateLimit(ctx, rule, key);
    return null;
  } catch (e) {
    if (e instanceof AppError && e.id === 'too_many_attempts') return [{ field, message: e.message }];
    throw e;
  }
}
