import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { platformText as t } from '../i18n/platform.text.js';
import { ErrorPage } from '../views/layout.js';
import { sendPage } from '../views/render.js';
import type { AppContext } from '../context.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { AppError } from './errors.js';

const isApi = (req: FastifyRequest) => req.url.startsWith('/api/');

/**
 * The one place errors become responses: JSON `{ error: { id, message } }` under /api, a Swedish
 * page elsewhere. Only unexpected errors (5xx) are logged with their stack. The database being
 * away (a restart, a failover) is no bug: 503 with Retry-After, "try again in a moment".
 */
export function registerErrorHandlers(app: FastifyInstance, ctx: AppContext): void {
  app.setErrorHandler(async (err: FastifyError | AppError, req, reply) => {
    const appError = toAppError(err);
    const unavailable = appError.id === 'database_unavailable';
    if (unavailable) {
      // Expected while the database restarts or fails over: a line per request, no stack.
      req.log.warn({ code: (err as { code?: unknown }).code, reason: err.message }, 'databasen går inte att nå');
      reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
    } else if (appError.status >= 500) req.log.error({ err }, 'request failed');
    if (isApi(req)) {
      const fields = appError.fields.length > 0 ? { fields: appError.fields } : {};
      return reply
        .code(appError.status)
        .type('application/json; charset=utf-8')
        .send({ error: { id: appError.id, message: appError.message, ...fields } });
    }
    // Asking an absent database whether this is a demo would only wait out the connect timeout again.
    const demo = unavailable ? false : await ctx.hasDemoData().catch(() => false);
    return sendPage(reply, ErrorPage({ ...pageText(appError), demo, path: req.url }), appError.status);
  });

  app.setNotFoundHandler(async (req, reply) => {
    if (isApi(req)) {
      return reply.code(404).send({ error: { id: 'not_found', message: t.api.notFound } });
    }
    const demo = await ctx.hasDemoData().catch(() => false);
    return sendPage(
      reply,
      ErrorPage({ title: t.errors.notFoundTitle, text: t.errors.notFoundText, demo, path: req.url }),
      404,
    );
  });
}

// The database usually answers again within seconds of a restart or failover.
const RETRY_AFTER_SECONDS = 5;

function pageText(appError: AppError): { title: string; text: string } {
  if (appError.status === 404) return { title: t.errors.notFoundTitle, text: t.errors.notFoundText };
  if (appError.id === 'database_unavailable')
    return { title: t.errors.unavailableTitle, text: t.errors.unavailableText };
  if (appError.status >= 500) return { title: t.errors.serverTitle, text: t.errors.serverText };
  return { title: appError.message, text: '' };
}

function toAppError(err: FastifyError | AppError): AppError {
  if (err instanceof AppError) return err;
  // Wherever it happened (the session lookup before every page, a route, a hook): one answer.
  if (isDatabaseUnavailable(err)) return new AppError('database_unavailable', t.errors.unavailableText);
  const status = err.statusCode ?? 500;
  if (status === 413) return new AppError('payload_too_large', t.api.tooLarge);
  if (status === 404) return new AppError('not_found', t.errors.notFoundTitle);
  if (status === 405) return new AppError('method_not_allowed', t.api.methodNotAllowed);
  if (status >= 400 && status < 500) return new AppError('invalid_parameter', t.api.invalidRequest);
  return new AppError('internal_error', t.errors.serverTitle);
}
