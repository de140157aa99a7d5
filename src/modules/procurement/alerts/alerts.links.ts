import { signingSecret } from '../../../platform/auth/secret.js';
import { signToken, verifyToken } from '../../../platform/auth/tokens.js';
import { baseUrl } from '../../../platform/config/config.js';
import type { ProcurementContext } from '../db.js';
import { ALERT_SETTINGS_PATH, unsubscribePath } from './alerts.paths.js';

const PURPOSE = 'alert-unsubscribe';
/** An unsubscribe link works for years: an old message's link must still stop the messages. */
const VALID_YEARS = 10;

export interface MailLinks {
  base: string;
  settings: string;
  unsubscribe: string;
}

/**
 * Each enterprise's links for a message: its settings page, and its one-click unsubscribe,
 * signed with the platform's link key (no table holds it, so a copy of the database stops
 * nobody's mail, and the log never sees it: request-log.ts hides the path).
 */
export async function linksFor(ctx: ProcurementContext): Promise<(enterpriseId: number) => MailLinks> {
  const secret = await signingSecret(ctx);
  const base = baseUrl(ctx.config);
  const expires = new Date(ctx.now().getTime() + VALID_YEARS * 365 * 86_400_000);
  return (enterpriseId) => ({
    base,
    settings: `${base}${ALERT_SETTINGS_PATH}`,
    unsubscribe: `${base}${unsubscribePath(signToken(secret, PURPOSE, { e: enterpriseId }, expires))}`,
  });
}

/** The enterprise an unsubscribe token was signed for, or null. */
export async function enterpriseOfToken(ctx: ProcurementContext, token: string): Promise<number | null> {
  if (token.length > 300) return null;
  const read = verifyToken(await signingSecret(ctx), PURPOSE, token, ctx.now());
  if (!read.ok) return null;
  const id = read.data.e;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : null;
}
