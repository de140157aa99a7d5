import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../context.js';
import { AppError } from '../http/errors.js';
import { platformText } from '../i18n/platform.text.js';
import { ErrorPage } from '../views/layout.js';
import { sendPage } from '../views/render.js';
import { getOutboxMail, listOutbox } from './mail.service.js';
import { mailText } from './mail.text.js';
import { OutboxListPage, OutboxMessagePage } from './outbox.views.js';

const ID = /^[1-9]\d{0,8}$/;

/**
 * The outbox admins read: every message, and the only place mail can be read when no SMTP server
 * is set. Access is decided centrally for everything under /admin, not here.
 */
export function registerOutboxRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/admin/utkorg', async (req, reply) => {
    const page = readPage((req.query as Record<string, unknown>).sida);
    const [outbox, demo] = await Promise.all([listOutbox(ctx.db, page), ctx.hasDemoData()]);
    // A page past the end is an address that does not exist (page 1 always does: the empty state).
    if (page > outbox.pageCount) throw new AppError('not_found', platformText.errors.notFoundTitle);
    // Addresses and one-time links: never kept by a browser or proxy cache.
    reply.header('cache-control', 'no-store');
    return sendPage(reply, OutboxListPage({ outbox, smtpConfigured: Boolean(ctx.config.SMTP_URL), demo }));
  });

  app.get('/admin/utkorg/:id', async (req, reply) => {
    const { id } = req.params as { id: string };
    const mail = ID.test(id) ? await getOutboxMail(ctx.db, Number(id)) : undefined;
    const demo = await ctx.hasDemoData();
    if (!mail) return notFound(reply, demo);
    reply.header('cache-control', 'no-store');
    return sendPage(reply, OutboxMessagePage({ mail, from: ctx.config.MAIL_FROM, demo }));
  });
}

/** `?sida=N`, 1 when absent; anything but a whole number from 1 is a bad request. */
function readPage(raw: unknown): number {
  if (raw === undefined || raw === '') return 1;
  if (typeof raw !== 'string' || !ID.test(raw)) {
    throw new AppError('invalid_parameter', mailText.outbox.invalidPage, [
      { field: 'sida', message: mailText.outbox.invalidPage },
    ]);
  }
  return Number(raw);
}

function notFound(reply: FastifyReply, demo: boolean) {
  return sendPage(
    reply,
    ErrorPage({
      title: mailText.message.notFound,
      text: mailText.message.notFoundText,
      demo,
      path: '/admin/utkorg',
    }),
    404,
  );
}
