import type { FastifyInstance, FastifyReply } from 'fastify';
import { requireUser } from '../../../platform/auth/access.js';
import { AppError } from '../../../platform/http/errors.js';
import { platformText } from '../../../platform/i18n/platform.text.js';
import { sendPage } from '../../../platform/views/render.js';
import {
  checkConfirmationLink,
  confirmAsEditor,
  confirmWithLink,
  dueDate,
  editorConfirmationView,
  type LinkProblem,
} from './confirmation.service.js';
import { confirmationText } from './confirmation.text.js';
import { ConfirmedPage, ConfirmLinkPage, EditorConfirmPage, LinkProblemPage } from './confirmation.views.js';
import { staleReport } from './stale.service.js';
import { STALE_PATH, StaleListPage } from './stale.views.js';
import type { RegisterContext } from '../db.js';

const PROBLEM_STATUS: Record<LinkProblem['problem'], number> = {
  invalid: 400,
  expired: 410,
  stale: 409,
  unavailable: 410,
};

/** Access is decided centrally by prefix: /bekrafta is public, /mitt-foretag editors', /samordning coordinators'. */
export function registerConfirmationRoutes(app: FastifyInstance, ctx: RegisterContext): void {
  const problem = async (reply: FastifyReply, p: LinkProblem) =>
    sendPage(reply, LinkProblemPage({ demo: await ctx.hasDemoData(), problem: p }), PROBLEM_STATUS[p.problem]);

  // The e-mailed link only shows the facts and a button; confirming takes a POST. Mail scanners
  // (Outlook Safe Links and the like) open every link in a message by themselves, and a GET that
  // confirmed would confirm profiles nobody has looked at.
  app.get('/bekrafta/:token', async (req, reply) => {
    const { token } = req.params as { token: string };
    const check = await checkConfirmationLink(ctx, token);
    reply.header('cache-control', 'no-store');
    if (!check.ok) return problem(reply, check);
    return sendPage(reply, ConfirmLinkPage({ demo: await ctx.hasDemoData(), view: check, token }));
  });

  app.post('/bekrafta/:token', async (req, reply) => {
    const { token } = req.params as { token: string };
    const outcome = await confirmWithLink(ctx, token);
    reply.header('cache-control', 'no-store');
    if (!outcome.ok) return problem(reply, outcome);
    return sendPage(reply, ConfirmedPage({ demo: await ctx.hasDemoData(), ...outcome }));
  });

  app.get('/mitt-foretag/bekrafta', async (req, reply) => {
    const user = requireUser(req);
    const view = await editorConfirmationView(ctx, user);
    // After the POST below: the thanks only when the latest confirmation is what the dates rest on.
    const confirmedNow =
      (req.query as Record<string, unknown>).klart === '1' &&
      view?.workflow.confirmedAt?.getTime() === view?.reference.getTime();
    const done = confirmedNow && view ? dueDate(view.reference) : undefined;
    return sendPage(reply, EditorConfirmPage({ demo: await ctx.hasDemoData(), view, confirmedUntil: done }));
  });

  app.post('/mitt-foretag/bekrafta', async (req, reply) => {
    await confirmAsEditor(ctx, requireUser(req));
    return reply.redirect('/mitt-foretag/bekrafta?klart=1', 303);
  });

  app.get(STALE_PATH, async (req, reply) => {
    const page = readPage((req.query as Record<string, unknown>).sida);
    const [report, demo] = await Promise.all([staleReport(ctx, page), ctx.hasDemoData()]);
    // Page 1 always exists (the empty state); a page past the end does not.
    if (page > report.pageCount) throw new AppError('not_found', platformText.errors.notFoundTitle);
    return sendPage(reply, StaleListPage({ report, demo }));
  });
}

const PAGE = /^[1-9]\d{0,5}$/;

/** `?sida=N`, 1 when absent; anything but a whole number from 1 is a bad request. */
function readPage(raw: unknown): number {
  if (raw === undefined || raw === '') return 1;
  if (typeof raw !== 'string' || !PAGE.test(raw)) {
    const message = confirmationText.stale.invalidPage;
    throw new AppError('invalid_parameter', message, [{ field: 'sida', message }]);
  }
  return Number(raw);
}
