import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { AppContext } from '../context.js';
import { sendCachedJson } from '../http/etag.js';
import { serveFolder } from '../http/static.js';
import { registerReferenceRoutes } from '../reference/reference.routes.js';
import { openApiDocument } from './openapi.js';
import { Layout } from '../views/layout.js';
import { sendPage } from '../views/render.js';

/**
 * The API's own routes: the reference lists, the OpenAPI document and its reading view. Called
 * from buildApp before the modules, so that the route log below sees every module route too.
 */

/** Only what the reading view loads; the rest of swagger-ui-dist (source maps, other builds) stays on disk. */
export const SWAGGER_UI_FILES = ['swagger-ui.css', 'swagger-ui-bundle.js'] as const;
const SWAGGER_UI_DIR = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

export interface RouteEntry {
  method: string;
  url: string;
}

const routeLog = new WeakMap<FastifyInstance, RouteEntry[]>();

/**
 * Routes registered after this point, per app. api.routes.test.ts compares them with the
 * OpenAPI document, so that a new /api route without documentation fails the tests.
 */
export function registeredRoutes(app: FastifyInstance): readonly RouteEntry[] {
  return routeLog.get(app) ?? [];
}

export function registerApiPlatformRoutes(app: FastifyInstance, ctx: AppContext): void {
  const log: RouteEntry[] = [];
  routeLog.set(app, log);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    // HEAD routes are Fastify's automatic twins of GET routes.
    for (const method of methods) if (method !== 'HEAD') log.push({ method, url: route.url ?? route.path });
  });

  registerReferenceRoutes(app, ctx);
  serveFolder(app, '/static/swagger-ui', SWAGGER_UI_DIR, SWAGGER_UI_FILES);

  app.get('/api', async (_req, reply) => reply.redirect('/api/docs', 302));

  app.get('/api/openapi.json', async (req, reply) => sendCachedJson(req, reply, openApiDocument(), 'reference'));

  app.get('/api/docs', async (_req, reply) => {
    const demo = await ctx.hasDemoData().catch(() => false);
    return sendPage(reply, apiDocsPage(demo));
  });
}

/**
 * The reading view: our layout, swagger-ui's files from /static/swagger-ui and our own
 * /static/api-docs.js that starts it, so that the page needs no inline script and nothing from
 * other hosts. Without JavaScript the page still says where the document is.
 */
function apiDocsPage(demo: boolean) {
  const head = [
    h('link', { rel: 'stylesheet', href: '/static/swagger-ui/swagger-ui.css' }),
    h('script', { src: '/static/swagger-ui/swagger-ui-bundle.js', defer: true }),
    h('script', { src: '/static/api-docs.js', defer: true }),
  ];
  const children = [
    h('h1', null, 'Öppna data och API'),
    h(
      'p',
      null,
      'Registret finns som öppna data i JSON: sök företag med samma filter som på sidan Hitta företag, hämta ett företags uppgifter och referenslistorna med län, kommuner, tjänstekategorier och CPV-koder.',
    ),
    h(
      'p',
      null,
      'Beskrivningen av API:t finns som OpenAPI 3.1 på ',
      h('a', { href: '/api/openapi.json' }, '/api/openapi.json'),
      '. Exempel: ',
      h('a', { href: '/api/v1/enterprises?q=st%C3%A4dning&county=01' }, '/api/v1/enterprises?q=städning&county=01'),
      '.',
    ),
    h('noscript', null, h('p', null, 'Läsvyn nedan behöver JavaScript. Dokumentet ovan går att läsa utan.')),
    h('div', { id: 'swagger-ui', 'data-url': '/api/openapi.json' }),
  ];
  return Layout({ title: 'API-dokumentation', path: '/api/docs', demo, head, children });
}
