import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { platformSv as t } from '../i18n/platform.sv.js';
import { ErrorPage } from '../views/layout.js';
import { sendPage } from '../views/render.js';
import type { AppContext } from '../context.js';
import { AppError } from './errors.js';

const isApi = (req: FastifyRequest) => req.url.startsWith('/api/');

/**
 * The one place errors become responses: JSON `{ error: { id, message } }` under /api, a Swedish
 * page elsewhere. Only unexpected errors (5xx) are logged with their stack.
 */
export function registerErrorHandlers(app: FastifyInstance, ctx: AppContext): void {
  app.setErrorHandler(async (err: FastifyError | AppError, req, reply) => {
    const appError = toAppError(err);
    if (appError.status >= 500) req.log.error({ err }, 'request failed');
    if (isApi(req)) {
      const fields = appError.fields.length > 0 ? { fields: appError.fields } : {};
      return reply
        .code(appError.status)
        .type('application/json; charset=utf-8')
        .send({ error: { id: appError.id, message: appError.message, ...fields } });
    }
    const demo = await ctx.hasDemoData().catch(() => false);
    const notFound = appError.status === 404;
    return sendPage(
      reply,
      ErrorPage({
        title: notFound ? t.errors.notFoundTitle : appError.status >= 500 ? t.errors.serverTitle : appError.message,
        text: notFound ? t.errors.notFoundText : appError.status >= 500 ? t.errors.serverText : '',
        demo,
        path: req.url,
      }),
      appError.status,
    );
  });

  app.setNotFoundHandler(async (req, reply) => {
    if (isApi(req)) {
      return reply.code(404).send({ error: { id: 'not_found', message: 'Det finns ingen resurs på den adressen.' } });
    }
    const demo = await ctx.hasDemoData().catch(() => false);
    return sendPage(
      reply,
      ErrorPage({ title: t.errors.notFoundTitle, text: t.errors.notFoundText, demo, path: req.url }),
      404,
    );
  });
}

function toAppError(err: FastifyError | AppError): AppError {
  if (err instanceof AppError) return err;
  const status = err.statusCode ?? 500;
  if (status === 413) return new AppError('payload_too_large', 'Förfrågan är för stor.');
  if (status === 404) return new AppError('not_found', t.errors.notFoundTitle);
  if (status === 405) return new AppError('method_not_allowed', 'Metoden stöds inte här.');
  if (status >= 400 && status < 500) return new AppError('invalid_parameter', 'Förfrågan kunde inte tolkas.');
  return new AppError('internal_error', t.errors.serverTitle);
}
