import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../http/errors.js';
import { platformText } from '../i18n/platform.text.js';
import { randomToken, safeEqual } from './tokens.js';

/**
 * CSRF protection for every form: a random token in an HttpOnly cookie that each form sends back
 * in the hidden field `_csrf` (double submit). Another site can make a browser post a form, but
 * cannot read the cookie to fill in the field. A new token is issued at sign-in.
 */
export const CSRF_COOKIE = 'asf_csrf';
export const CSRF_FIELD = '_csrf';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const issued = new WeakMap<FastifyRequest, string>();

export function csrfTokenFor(req: FastifyRequest, reply: FastifyReply): string {
  const existing = issued.get(req) ?? req.cookies?.[CSRF_COOKIE];
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  return rotateCsrfToken(req, reply);
}

export function rotateCsrfToken(req: FastifyRequest, reply: FastifyReply): string {
  const token = randomToken();
  issued.set(req, token);
  reply.setCookie(CSRF_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: secureFlag(reply) });
  return token;
}

const secureFlags = new WeakMap<FastifyInstance, boolean>();
function secureFlag(reply: FastifyReply): boolean {
  return secureFlags.get(reply.server) ?? false;
}

/**
 * Checked after the body is parsed, before any handler. The JSON API only reads and takes no
 * cookies' word for anything, so it is not covered; everything else that writes is.
 */
export function registerCsrfCheck(app: FastifyInstance, secureCookies: boolean, baseUrl?: string): void {
  secureFlags.set(app, secureCookies);
  // Behind a proxy that rewrites Host, the site's own address (BASE_URL) is what browsers send as Origin.
  const ownHost = baseUrl ? hostOf(baseUrl) : undefined;
  app.addHook('preHandler', async (req) => {
    if (!UNSAFE.has(req.method) || req.url.startsWith('/api/')) return;
    const origin = req.headers.origin;
    if (origin && origin !== 'null' && hostOf(origin) !== (ownHost ?? req.headers.host)) {
      throw new AppError('csrf_invalid', platformText.errors.formExpired);
    }
    // A file upload's body is read by its handler, after this hook: the route says so, and its
    // handler checks the token with checkMultipartCsrf as the first thing it reads.
    if (req.isMultipart?.() && req.routeOptions.config.csrfInMultipartBody) return;
    if (req.routeOptions.config.csrfByAddressToken) return;
    checkCsrfToken(req, fieldOf(req.body));
  });
}

function checkCsrfToken(req: FastifyRequest, sent: string | undefined): void {
  const cookie = req.cookies[CSRF_COOKIE];
  if (!cookie || !sent || !safeEqual(cookie, sent)) throw new AppError('csrf_invalid', platformText.errors.formExpired);
}

/**
 * The token of a multipart form, from the fields before its file (PostForm writes the hidden
 * field first). Keeping it out of the address keeps it out of the address bar, history and logs.
 */
export function checkMultipartCsrf(req: FastifyRequest, fields: Record<string, unknown> | undefined): void {
  checkCsrfToken(req, fieldOf(fields));
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route takes multipart bodies and checks the CSRF token itself with checkMultipartCsrf. */
    csrfInMultipartBody?: boolean;
    /**
     * The route needs no CSRF token: a secret token in its address is the key, and all it does is
     * stop messages. RFC 8058's one-click unsubscribe is a POST from a mail program, with no
     * cookie and no form of ours; a forged one could do no more than the address allows.
     */
    csrfByAddressToken?: boolean;
  }
}

/** The host of an Origin header or address; a value that is not an address matches nothing. */
function hostOf(value: string): string | undefined {
  try {
    return new URL(value).host;
  } catch {
    return '(ogiltig)';
  }
}

function fieldOf(v: unknown): string | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const value = (v as Record<string, unknown>)[CSRF_FIELD];
  if (typeof value === 'string') return value;
  // @fastify/multipart puts fields in the body as { value }.
  if (value && typeof value === 'object' && typeof (value as { value?: unknown }).value === 'string') {
    return (value as { value: string }).value;
  }
  return undefined;
}

/**
 * The files of a multipart form, each read only after the fields before it have been checked
 * for the CSRF token (PostForm puts the token first): a forged upload is refused before a byte
 * of a file is read. A form without a file is checked too. `fields` is filled as they come.
 */
export async function* filesAfterCsrf(
  req: FastifyRequest,
  fields: Record<string, string>,
): AsyncGenerator<{ name: string | undefined; bytes: Buffer }> {
  let checked = false;
  for await (const part of req.parts()) {
    if (part.type === 'field') {
      if (typeof part.value === 'string') fields[part.fieldname] = part.value;
      continue;
    }
    if (!checked) checkMultipartCsrf(req, fields);
    checked = true;
    yield { name: part.filename || undefined, bytes: await part.toBuffer() };
  }
  if (!checked) checkMultipartCsrf(req, fields);
}
