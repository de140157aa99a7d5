import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { secureCookies } from '../config/config.js';
import { rotateCsrfToken } from './csrf.js';
import { isRole, type CurrentUser } from './roles.js';
import { hashToken, randomToken } from './tokens.js';
import { deleteSession, findSessionUser, insertSession, touchSession, type UserRow } from './user.repository.js';

/**
 * Sessions live in the database (DESIGN §6: the web process keeps no state). The cookie holds a
 * random token; the table its hash. A session ends after eight hours without use.
 */
export const SESSION_COOKIE = 'asf_session';
const IDLE_MS = 8 * 60 * 60 * 1000;
/** Writing last_seen on every request would cost a write per page; once in five minutes is enough. */
const TOUCH_AFTER_MS = 5 * 60 * 1000;

export function toCurrentUser(row: UserRow): CurrentUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: isRole(row.role) ? row.role : 'buyer',
    enterpriseId: row.enterprise_id,
    organisationId: row.organisation_id,
  };
}

export function registerSessionLoader(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (req) => {
    req.user = null;
    const token = req.cookies[SESSION_COOKIE];
    if (!token || req.url.startsWith('/static/')) return;
    const now = ctx.now();
    const found = await findSessionUser(ctx.db, hashToken(token), now);
    if (!found) return;
    req.user = toCurrentUser(found.user);
    if (now.getTime() - found.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await touchSession(ctx.db, hashToken(token), now, new Date(now.getTime() + IDLE_MS));
    }
  });
}

/**
 * Signs a user in: any session the browser had is ended and a new id issued (no session
 * fixation), and the CSRF token is renewed with it.
 */
export async function startSession(ctx: AppContext, req: FastifyRequest, reply: FastifyReply, userId: number) {
  const old = req.cookies[SESSION_COOKIE];
  if (old) await deleteSession(ctx.db, hashToken(old));
  const token = randomToken();
  const now = ctx.now();
  await insertSession(ctx.db, {
    tokenHash: hashToken(token),
    userId,
    now,
    expiresAt: new Date(now.getTime() + IDLE_MS),
  });
  reply.setCookie(SESSION_COOKIE, token, cookieOptions(ctx));
  rotateCsrfToken(req, reply);
}

export async function endSession(ctx: AppContext, req: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = req.cookies[SESSION_COOKIE];
  if (token) await deleteSession(ctx.db, hashToken(token));
  reply.clearCookie(SESSION_COOKIE, cookieOptions(ctx));
  req.user = null;
  rotateCsrfToken(req, reply);
}

function cookieOptions(ctx: AppContext) {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies(ctx.config) } as const;
}
