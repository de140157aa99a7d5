import type { AppContext } from '../context.js';
import { randomToken } from './tokens.js';
import { readSetting, insertSettingIfAbsent } from './user.repository.js';

const KEY = 'link_signing_secret';
const cache = new WeakMap<AppContext, string>();

/**
 * The key that signs e-mailed links: SECRET_KEY when set, otherwise one made at first use and
 * kept in the database, so links survive restarts and every instance accepts them.
 */
export async function signingSecret(ctx: AppContext): Promise<string> {
  if (ctx.config.SECRET_KEY) return ctx.config.SECRET_KEY;
  const known = cache.get(ctx);
  if (known) return known;
  await insertSettingIfAbsent(ctx.db, KEY, randomToken());
  const value = await readSetting(ctx.db, KEY);
  if (!value) throw new Error('signing secret missing');
  cache.set(ctx, value);
  return value;
}
