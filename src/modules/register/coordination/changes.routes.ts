import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireUser } from '../../../platform/auth/access.js';
import { AppError } from '../../../platform/http/errors.js';
import { formValues, parseForm } from '../../../platform/http/form.js';
import { sendPage } from '../../../platform/views/render.js';
import { changeFeed, markChangeReviewed, revertChange } from './changes.service.js';
import { ChangesPage, feedHref } from './changes.views.js';
import { changeFeedSchema, revertSchema } from './verification.schema.js';
import { verificationText as t } from './verification.text.js';
import { HOME } from './coordination.views.js';
import { ConflictPage } from './verification.views.js';
import type { RegisterContext } from '../db.js';

const PATH = `${HOME}/andringar`;
const ID = /^[1-9]\d{0,9}$/;

/** The feed of changes: read it, mark a change reviewed, revert one. Access: all of /samordning. */
export function registerChangesRoutes(app: FastifyInstance, ctx: RegisterContext): void {
  app.get(PATH, async (req, reply) => {
    const query = req.query as Record<string, unknown>;
    const params = parseForm(changeFeedSchema, query);
    if (!params.ok) throw new AppError('invalid_parameter', params.errors[0]!.message, params.errors);
    const [feed, demo] = await Promise.all([changeFeed(ctx, params.data.visa, params.data.sida), ctx.hasDemoData()]);
    const done = typeof query.klart === 'string' ? query.klart : undefined;
    // After the last change on the last page was handled, that page is gone: show the one before.
    if (feed.page > feed.pageCount) return reply.redirect(feedHref(feed.filter, feed.pageCount, done), 303);
    reply.header('cache-control', 'no-store');
    return sendPage(reply, ChangesPage({ feed, demo, done }));
  });

  app.post(`${PATH}/:id/granskad`, async (req, reply) => {
    const id = idParam(req);
    try {
      await markChangeReviewed(ctx, requireUser(req), id);
    } catch (e) {
      return conflict(ctx, reply, e);
    }
    return reply.redirect(backTo(req.body, 'granskad'), 303);
  });

  app.post(`${PATH}/:id/aterstall`, async (req, reply) => {
    const id = idParam(req);
    const form = parseForm(revertSchema, req.body);
    if (!form.ok) {
      // Each change on the page has its own reason box: point the error at this one.
      const errors = form.errors.map((e) => ({ ...e, field: `anledning-${id}` }));
      const values = { [`anledning-${id}`]: formValues(req.body).anledning ?? '' };
      const back = returnParams(req.body);
      const [feed, demo] = await Promise.all([changeFeed(ctx, back.visa, back.sida), ctx.hasDemoData()]);
      return sendPage(reply, ChangesPage({ feed, demo, errors, values }), 400);
    }
    try {
      await revertChange(ctx, requireUser(req), id, form.data.anledning, req.ip);
    } catch (e) {
      return conflict(ctx, reply, e);
    }
    return reply.redirect(backTo(req.body, 'aterstalld'), 303);
  });
}

function idParam(req: FastifyRequest): number {
  const { id } = req.params as { id: string };
  if (!ID.test(id)) throw new AppError('not_found', t.changes.notFound);
  return Number(id);
}

/** The filter and page the action was taken from; a tampered value just means the defaults. */
function returnParams(body: unknown) {
  const parsed = parseForm(changeFeedSchema, formValues(body));
  return parsed.ok ? parsed.data : { visa: 'flaggade' as const, sida: 1 };
}

function backTo(body: unknown, done: string): string {
  const { visa, sida } = returnParams(body);
  return feedHref(visa, sida, done);
}

async function conflict(ctx: RegisterContext, reply: FastifyReply, e: unknown) {
  if (!(e instanceof AppError) || e.id !== 'conflict') throw e;
  const demo = await ctx.hasDemoData();
  const links = [{ href: PATH, label: t.conflict.backToChanges }];
  return sendPage(reply, ConflictPage({ message: e.message, demo, links }), 409);
}
