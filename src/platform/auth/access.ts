import { authText } from './auth.text.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../http/errors.js';
import type { AccessRule } from '../module.js';
import type { CurrentUser, Role } from './roles.js';

/**
 * The one place that decides who may reach which route. Rules match the route pattern Fastify
 * chose (not the raw URL, so encoded or oddly cased paths cannot slip past), by path prefix at a
 * segment boundary; the platform's rules are here, each module brings its own (module.ts) and
 * composition.ts puts them in one list, longest prefix first. A route under no rule is public.
 * What an editor may do to *which* enterprise is checked again in the services, against the
 * enterprise the user belongs to.
 */
export type Access = 'public' | 'signed_in' | readonly Role[];

export const PLATFORM_ACCESS: readonly AccessRule[] = [
  { prefix: '/admin', access: ['admin'] },
  { prefix: '/konto', access: 'signed_in' },
];

/** Where a role lands after signing in unless a module names its place of work (module.ts `home`). */
export const PLATFORM_HOME: Partial<Record<Role, string>> = { admin: '/admin' };

/** The rule a route pattern falls under, if any; `rules` longest prefix first. */
export function ruleFor(rules: readonly AccessRule[], routePattern: string | undefined): AccessRule | undefined {
  if (!routePattern) return undefined;
  return rules.find(
    (rule) => routePattern === rule.prefix || (rule.prefix !== '/' && routePattern.startsWith(`${rule.prefix}/`)),
  );
}

export function accessFor(rules: readonly AccessRule[], routePattern: string | undefined): Access {
  return ruleFor(rules, routePattern)?.access ?? 'public';
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
export function registerAccessCheck(app: FastifyInstance, rules: readonly AccessRule[]): void {
  const list: { method: string; url: string }[] = [];
  routeLists.set(app, list);
  app.addHook('onRoute', (route) => {
    for (const method of ([] as string[]).concat(route.method)) {
      if (method !== 'HEAD') list.push({ method, url: route.url });
    }
  });
  app.addHook('onRequest', async (req, reply) => {
    const access = accessFor(rules, req.routeOptions.url);
    if (allows(access, req.user)) return;
    if (!req.user) {
      if (req.method === 'GET' && !req.url.startsWith('/api/')) {
        return reply.redirect(`${SIGN_IN_PATH}?tillbaka=${encodeURIComponent(req.url)}`, 303);
      }
      throw new AppError('unauthorized', authText.access.signInNeeded);
    }
    throw new AppError('forbidden', authText.access.forbidden);
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

/** Where a user lands after signing in: their role's place of work, else the start page. */
export function homeOf(user: CurrentUser, home: Partial<Record<Role, string>>): string {
  return home[user.role] ?? '/';
}

export function requireUser(req: FastifyRequest): CurrentUser {
  if (!req.user) throw new AppError('unauthorized', 'Du behöver logga in för att göra det här.');
  return req.user;
}
