import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertEnterprise } from '../modules/register/testing/factories.js';
import { signedIn, TestBrowser } from '../platform/testing/auth.js';
import { routesOf, ruleFor } from '../platform/auth/access.js';
import { ROLES, type Role } from '../platform/auth/roles.js';
import { exampleModule } from './testing/example-module/example.module.js';
import { openTestApp, type TestApp } from './testing/test-app.js';
import { testDatabaseKinds } from './testing/test-db.js';

/**
 * Every route of every module × every role, and anonymously: who gets in. For the platform and
 * the register the expectations are written out here on their own, not read from the rules, so a
 * change to the rules must be made in both places. A route of another module (here the example
 * module, used only in tests) is held to the access rule its module declares (module.ts), so a
 * new module is walked without editing this file; a route under no rule at all fails the test
 * until someone decides who may use it.
 */
const PROTECTED: readonly { prefix: string; roles: readonly Role[] }[] = [
  { prefix: '/uppfoljning/arbetstraning', roles: ['coordinator', 'admin'] },
  { prefix: '/api/v1/agreements', roles: ['coordinator', 'admin'] },
  { prefix: '/admin', roles: ['admin'] },
  { prefix: '/samordning', roles: ['coordinator', 'admin'] },
  { prefix: '/mitt-foretag', roles: ['enterprise_editor'] },
  { prefix: '/inkop', roles: ['buyer', 'coordinator', 'admin'] },
  { prefix: '/uppfoljning', roles: ['buyer', 'coordinator', 'admin'] },
  { prefix: '/api/v1/contracts', roles: ['enterprise_editor', 'buyer', 'coordinator', 'admin'] },
  { prefix: '/foretag/bevaka', roles: ['buyer', 'coordinator', 'admin'] },
  { prefix: '/bevakningar', roles: ['buyer', 'coordinator', 'admin'] },
  { prefix: '/konto', roles: ['enterprise_editor', 'buyer', 'coordinator', 'admin'] },
  { prefix: '/uppfoljning', roles: ['buyer', 'coordinator', 'admin'] },
];

/** Routes everyone may use, signed in or not. */
const PUBLIC = new Set([
  '/',
  '/health',
  '/ready',
  '/static/*',
  '/foretag',
  '/foretag/:orgnr',
  '/foretag/:orgnr/rapportera',
  '/foretag/:orgnr/rapportera/tack',
  '/foretag/export.csv',
  '/foretag/export.xlsx',
  '/foretag/export.json',
  '/api',
  '/api/openapi.json',
  '/api/docs',
  '/api/v1/enterprises',
  '/api/v1/enterprises/:orgnr',
  '/api/v1/opportunities',
  '/api/v1/opportunities/:id',
  '/api/v1/opportunities.ocds.json',
  '/api/v1/opportunities/:id/ocds.json',
  '/api/v1/reference/counties',
  '/api/v1/reference/municipalities',
  '/api/v1/reference/categories',
  '/api/v1/reference/cpv',
  '/logga-in',
  '/logga-ut',
  '/aterstall-losenord',
  '/aterstall-losenord/:token',
  '/inbjudan/:token',
  '/forsta-admin/:token',
  '/registrera',
  '/registrera/bekrafta/:token',
  '/registrera/ny-lank',
  '/bekrafta/:token',
  '/bevakning/avsluta/:token',
  '/integritet',
  '/tillganglighet',
  '/samordnare',
  '/upphandlingar',
  '/upphandlingar.atom',
  '/upphandlingar.ics',
  '/upphandlingar/export.csv',
  '/upphandlingar/export.xlsx',
  '/upphandlingar/:id',
  '/upphandlingar/:id/kalender.ics',
  '/upphandlingar/marknadsanalys',
  '/upphandlingar/marknadsanalys.csv',
  '/upphandlingar/marknadsanalys.xlsx',
  '/arbetstraningsplatser',
  '/arbetstraningsplatser/uppdatera',
  '/api/v1/training-places',
  '/mal',
  '/mal/:organisationId',
]);

const SESSION_ENDING = new Set(['/logga-ut', '/konto/radera']);

type Who = Role | 'anonymous';
const EVERYONE: readonly Who[] = ['anonymous', 'enterprise_editor', 'buyer', 'coordinator', 'admin'];

/** Modules walked beside the installation's own: the example shows that a new module is covered by itself. */
const EXTRA_MODULES = [exampleModule];
const OTHER_MODULES_RULES = EXTRA_MODULES.flatMap((m) => m.access ?? []).sort(
  (a, b) => b.prefix.length - a.prefix.length,
);

function expectedAccess(url: string): readonly Who[] {
  for (const p of PROTECTED) if (url === p.prefix || url.startsWith(`${p.prefix}/`)) return p.roles;
  if (PUBLIC.has(url)) return EVERYONE;
  const declared = ruleFor(OTHER_MODULES_RULES, url);
  if (declared) {
    const { access } = declared;
    if (access === 'public') return EVERYONE;
    return access === 'signed_in' ? ROLES : access;
  }
  throw new Error(
    `Route ${url} is in no list of access.test.ts and under no module's access rule: decide who may use it.`,
  );
}

for (const kind of testDatabaseKinds()) {
  describe(`route × role matrix (${kind})`, () => {
    let t: TestApp;
    const browsers = new Map<Who, TestBrowser>();
    let orgnr = '';
    let enterpriseId = 0;
    const signInAll = async () => {
      browsers.set('anonymous', new TestBrowser(t));
      for (const role of ['buyer', 'coordinator', 'admin'] as const)
        browsers.set(role, (await signedIn(t, role)).browser);
      browsers.set('enterprise_editor', (await signedIn(t, 'enterprise_editor', { enterpriseId })).browser);
    };
    before(async () => {
      t = await openTestApp(kind, undefined, {}, { extraModules: EXTRA_MODULES });
      const e = await insertEnterprise(t.ctx.db);
      orgnr = e.orgnr;
      const row = await t.ctx.db
        .selectFrom('enterprise')
        .select('id')
        .where('orgnr', '=', orgnr)
        .executeTakeFirstOrThrow();
      enterpriseId = row.id;
      await signInAll();
    });
    after(() => t.close());

    it('lets exactly the expected roles reach every route', async () => {
      const routes = routesOf(t.app);
      assert.ok(routes.length > 30, `found ${routes.length} routes`);
      assert.ok(
        routes.some((r) => r.url === '/exempel'),
        'the example module is walked too',
      );
      const wrong: string[] = [];
      for (const route of routes) {
        const allowed = expectedAccess(route.url);
        const url = route.url
          .replace(':orgnr', orgnr)
          .replace(':token', 'ogiltig-lank')
          .replace(/:[a-zA-Z]+/g, '1')
          .replace('*', 'app.css');
        // Signing out or deleting the account ends the session the next routes need.
        const endsSession = route.method === 'POST' && SESSION_ENDING.has(route.url);
        for (const who of EVERYONE) {
          if (endsSession) await signInAll();
          const b = browsers.get(who)!;
          const res = route.method === 'GET' ? await b.get(url) : await b.post(url, {});
          const toSignIn = res.statusCode === 303 && String(res.headers.location).startsWith('/logga-in?tillbaka=');
          const deniedStatus = res.statusCode === 401 || res.statusCode === 403;
          const gotIn = !toSignIn && !deniedStatus;
          const shouldGetIn = allowed.includes(who);
          if (gotIn !== shouldGetIn)
            wrong.push(`${route.method} ${url} as ${who}: ${res.statusCode} ${res.headers.location ?? ''}`);
          // A page sends to the sign-in form; the API answers 401 (access.ts).
          const signInExpected = !url.startsWith('/api/');
          if (!shouldGetIn && who === 'anonymous' && route.method === 'GET' && signInExpected && !toSignIn) {
            wrong.push(`${route.method} ${url} as anonymous should send to /logga-in, got ${res.statusCode}`);
          }
          if (!shouldGetIn && who !== 'anonymous' && res.statusCode !== 403) {
            wrong.push(`${route.method} ${url} as ${who} should be 403, got ${res.statusCode}`);
          }
        }
        if (endsSession) await signInAll();
      }
      assert.deepEqual(wrong, []);
    });

    it('refuses protected routes however the path is written', async () => {
      const b = browsers.get('buyer')!;
      for (const path of [
        '/admin/',
        '/admin//utkorg',
        '/Admin',
        '/%61dmin',
        '/admin/utkorg?x=/foretag',
        '/admin%2Futkorg',
      ]) {
        const res = await b.get(path);
        assert.ok(res.statusCode === 403 || res.statusCode === 404, `${path}: ${res.statusCode}`);
        assert.doesNotMatch(res.body, /Utkorg/i, path);
      }
    });
  });
}
