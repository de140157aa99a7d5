import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { operatorOf, secureCookies, type Config } from './config/config.js';
import { registerAccessCheck } from './auth/access.js';
import { registerAuthRoutes } from './auth/auth.routes.js';
import { registerAdminRoutes } from './admin/admin.routes.js';
import { registerAccountRoutes } from './account/account.routes.js';
import { registerAccessibilityRoutes } from './accessibility/accessibility.routes.js';
import { registerCsrfCheck } from './auth/csrf.js';
import { registerSessionLoader } from './auth/session.js';
import type { AppContext } from './context.js';
import type { Composition } from './composition.js';
import type { Database } from './db/database.js';
import { registerDailyJob, scheduleNextRun } from './jobs/daily.js';
import { eventJobKind } from './jobs/events.js';
import { registerErrorHandlers } from './http/error-handler.js';
import { platformText } from './i18n/platform.text.js';
import { registerLanguage } from './http/language.js';
import { registerRequestLog } from './http/request-log.js';
import { registerSecurityHeaders } from './http/security.js';
import { PUBLIC_DIR, serveFolder } from './http/static.js';
import { registerApiPlatformRoutes } from './api/api.routes.js';
import { JobRegistry } from './jobs/registry.js';
import { registerMailJobs } from './mail/mail.jobs.js';
import { registerRetentionJobs } from './auth/retention.jobs.js';
import { registerOutboxRoutes } from './mail/outbox.routes.js';
import { registerBackupJobs } from './backup/backup.jobs.js';
import { registerBackupRoutes } from './backup/backup.routes.js';

export interface AppOptions {
  config: Config;
  database: Database;
  /** The platform and the modules the composition root (src/app/) chose. */
  composition: Composition;
  now?: () => Date;
  logger?: boolean;
  /** Where the log lines go (tests read them); standard output when left out. */
  logStream?: NodeJS.WritableStream;
}

function noJsonSchemas(): never {
  throw new Error('Fastifys JSON-scheman används inte: kontrollera indata med zod (en *.schema.ts-fil).');
}

/** Builds the whole HTTP application on an open, migrated database. Does not listen. */
export async function buildApp(options: AppOptions): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const { config, database, composition } = options;
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : { level: config.LOG_LEVEL, ...(options.logStream ? { stream: options.logStream } : {}) },
    // One line per request, written by http/request-log.ts without one-time links' secrets.
    logController: new LogController({ disableRequestLogging: true }),
    // Behind a load balancer the client's address is in X-Forwarded-For; rate limits count it.
    trustProxy: config.TRUST_PROXY,
    // Query strings and bodies come from anyone: keep them bounded.
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // Input is checked with zod (each feature's *.schema.ts), never with Fastify's JSON schemas.
    // Left to itself Fastify loads Ajv and its serializer compiler anyway, a quarter of a second
    // of every start; a route that did bring a JSON schema fails at start-up with this message.
    schemaController: { compilersFactory: { buildValidator: noJsonSchemas, buildSerializer: noJsonSchemas } },
    // Requests Node cannot even parse (raw non-ASCII in the URL, broken headers) still get our
    // error shape rather than Fastify's own.
    clientErrorHandler: (_err, socket) => {
      // Before any request exists, so before its language is known: Swedish.
      const body = JSON.stringify({ error: { id: 'invalid_request', message: platformText.api.invalidRequest } });
      if (socket.writable) {
        socket.end(
          `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      }
    },
  });

  const ctx: AppContext = {
    db: database.db,
    dbKind: database.kind,
    database,
    config,
    now: options.now ?? (() => new Date()),
    hasDemoData: demoFlag(database, composition),
    jobs: new JobRegistry(),
    accountHooks: composition.accountHooks,
    composition,
  };
  app.decorate('composition', composition);
  app.decorate('operator', operatorOf(config));

  await registerSecurityHeaders(app);
  registerErrorHandlers(app, ctx);
  await app.register(cookie);
  await app.register(formbody);
  registerLanguage(app, secureCookies(config));
  registerRequestLog(app);
  // Order matters: who is signed in, then whether they may reach the route, then (after the
  // body is parsed) whether a form really came from our own page.
  registerSessionLoader(app, ctx);
  registerAccessCheck(app, composition.access);
  registerCsrfCheck(app, secureCookies(config), config.BASE_URL);
  serveFolder(app, '/static', PUBLIC_DIR);

  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async (_req, reply) => {
    try {
      await sql`select 1`.execute(ctx.db);
      return { status: 'ready', database: ctx.dbKind };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: ctx.dbKind });
    }
  });

  registerApiPlatformRoutes(app, ctx);
  registerAuthRoutes(app, ctx);
  registerAdminRoutes(app, ctx);
  registerAccountRoutes(app, ctx);
  registerAccessibilityRoutes(app, ctx);
  registerOutboxRoutes(app, ctx);
  registerBackupRoutes(app, ctx);
  registerMailJobs(ctx);
  registerRetentionJobs(ctx);
  registerBackupJobs(ctx);
  for (const m of composition.modules) {
    for (const [kind, handler] of Object.entries(m.jobs ?? {})) ctx.jobs.on(kind, handler);
    for (const [event, handler] of Object.entries(m.on ?? {})) ctx.jobs.on(eventJobKind(m.name, event), handler);
    for (const daily of m.daily ?? []) registerDailyJob(ctx, daily.schedule, daily.run);
    await m.routes?.(app, ctx);
  }
  // A waiting run makes this add nothing; the first start queues the first run.
  for (const daily of composition.modules.flatMap((m) => m.daily ?? [])) await scheduleNextRun(ctx, daily.schedule);
  return { app, ctx };
}

/** Demo status rarely changes; asking the modules once every few seconds is plenty. */
function demoFlag(database: Database, composition: Composition): () => Promise<boolean> {
  const asks = composition.modules.flatMap((m) => (m.hasDemoData ? [m.hasDemoData] : []));
  let cached: { value: boolean; at: number } | null = null;
  return async () => {
    if (cached && Date.now() - cached.at < 5000) return cached.value;
    let value = false;
    for (const ask of asks) if (!value) value = await ask(database.db);
    cached = { value, at: Date.now() };
    return cached.value;
  };
}
