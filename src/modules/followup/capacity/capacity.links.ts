import { signingSecret } from '../../../platform/auth/secret.js';
import { signToken, verifyToken } from '../../../platform/auth/tokens.js';
import { baseUrl } from '../../../platform/config/config.js';
import type { FollowupContext } from '../db.js';
import { linkPath } from './capacity.paths.js';

const PURPOSE = 'training-places';
/** Long enough to outlast the next reminder: the newest mail's link is the one that matters. */
const VALID_DAYS = 60;

/**
 * The signed address an enterprise updates its free places at without signing in. Signed with the
 * platform's link key (no table holds it); it can do no more than set that one number.
 */
export async function placesLinkFor(ctx: FollowupContext): Promise<(enterpriseId: number) => string> {
  const secret = await signingSecret(ctx);
  const base = baseUrl(ctx.config);
  const expires = new Date(ctx.now().getTime() + VALID_DAYS * 86_400_000);
  return (enterpriseId) => `${base}${linkPath(signToken(secret, PURPOSE, { e: enterpriseId }, expires))}`;
}

/** The enterprise a link's token was signed for, or null when it is not ours or has expired. */
export async function enterpriseOfPlacesToken(ctx: FollowupContext, token: unknown): Promise<number | null> {
  if (typeof token !== 'string' || token.length === 0 || token.length > 300) return null;
  const read = verifyToken(await signingSecret(ctx), PURPOSE, token, ctx.now());
  if (!read.ok) return null;
  const id = read.data.e;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : null;
}
