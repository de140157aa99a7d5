import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../http/errors.js';
import type { CurrentUser, Role } from './roles.js';

/**
 * The one place that decides who may reach which route. Rules match the route pattern Fastify
 * chose (not the raw URL, so encoded or oddly cased paths cannot slip past), by path prefix at a
 * segment boundary. A route under no rule is public. What an editor may do to *which*
 * enterprise is checked again in the services, against the enterprise the user belongs to.
 */
export type Access = 'public' | 'signed_in' | readonly Role[];

export const ACCESS_RULES: readonly { prefix: string; access: Access }[] = [
  { prefix: '/admin', access: ['admin'] },
  { prefix: '/samordning', access: ['coordinator', 'admin'] },
  { prefix: '/mitt-foretag', access: ['enterprise_editor'] },
  { prefix: '/konto', access: 'signed_in' },
];

export function accessFor(routePattern: string | undefined): Access {
  if (!routePattern) return 'public';
  for (const rule of ACCESS_RULES) {
    if (routePattern === rule.prefix || routePattern.startsWith(`${rule.prefix}/`)) return rule.access;
  }
  return 'public';
}

export function allows(access: Access, user: CurrentUser | null): boolean {
  if (access === 'public') return true;
  if (!user) return false;
  if (access === 'signed_in') return true;
  return access.includes(user.role);
}

export const SIGN_IN_PATH = '/logga-in';

const routeLists = new WeakMap<FastifyInstance, { method: string; url: string }[]>();

/** Every route of the app with the method it answers: the route × role test walks them all. */
export function routesOf(app: FastifyInstance): readonly { method: string; url: string }[] {
  return routeLists.get(app) ?? [];
}

/** Runs after the session is loaded (hooks run in the order they are added). */
export function registerAccessCheck(app: FastifyInstance): void {
  const list: { method: string; url: string }[] = [];
  routeLists.set(app, list);
  app.addHook('onRoute', (route) => {
    for (const method of ([] as string[]).concat(route.method)) {
      if (method !== 'HEAD') list.push({ method, url: route.url });
    }
  });
  app.addHook('onRequest', async (req, reply) => {
    const access = accessFor(req.routeOptions.url);
    if (allows(access, req.user)) return;
    if (!req.user) {
      if (req.method === 'GET' && !req.url.startsWith('/api/')) {
        return reply.redirect(`${SIGN_IN_PATH}?tillbaka=${encodeURIComponent(req.url)}`, 303);
      }
      throw new AppError('unauthorized', 'Du behöver logga in för att göra det här.');
    }
    throw new AppError('forbidden', 'Du har inte behörighet till den här sidan.');
  });
}

/**
 * A path to return to after sign-in: only our own, never another site. Browsers drop tabs and
 * line breaks from addresses (`/\t/evil.example` becomes `//evil.example`), so anything but
 * visible ASCII is refused, and the result must resolve to our own origin.
 */
export function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\/[\x21-\x7e]*$/.test(value) || value.length > 500) return undefined;
  const base = 'http://asf.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  if (url.origin !== base || value.startsWith('//') || value.includes('\\')) return undefined;
  if (url.pathname.startsWith(SIGN_IN_PATH)) return undefined;
  return `${url.pathname}${url.search}`;
}

export function homeOf(user: CurrentUser): string {
  switch (user.role) {
    case 'enterprise_editor':
      return '/mitt-foretag';
    case 'coordinator':
      return '/samordning';
    case 'admin':
      return '/admin';
    default:
      return '/foretag';
  }
}

export function requireUser(req: FastifyRequest): CurrentUser {
  if (!req.user) throw new AppError('unauthorized', 'Du behöver logga in för att göra det här.');
  return req.user;
}
