import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { sendCachedJson } from '../http/etag.js';
import { registerReferenceRoutes } from '../reference/reference.routes.js';
import { ApiDocsPage } from './api-docs.views.js';
import { openApiDocument, openApiExamples } from './openapi.js';
import { sendPage } from '../views/render.js';

/**
 * The API's own routes: the reference lists, the OpenAPI document and its reference page. Called
 * from buildApp before the modules, so that the route log below sees every module route too.
 */

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

  app.get('/api', async (_req, reply) => reply.redirect('/api/docs', 302));

  app.get('/api/openapi.json', async (req, reply) =>
    sendCachedJson(req, reply, openApiDocument(ctx.composition), 'reference'),
  );

  app.get('/api/docs', async (_req, reply) => {
    const demo = await ctx.hasDemoData().catch(() => false);
    // The reference is rendered on the server from the same document (api-docs.views.tsx): plain
    // HTML that works without JavaScript and loads nothing but our own app.css and app.js.
    const { composition } = ctx;
    const doc = openApiDocument(composition);
    return sendPage(
      reply,
      ApiDocsPage({ doc, demo, errors: composition.errors, examples: openApiExamples(composition) }),
    );
  });
}
