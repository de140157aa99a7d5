import type { FastifyInstance, FastifyReply } from 'fastify';
import { requireUser } from '../../../platform/auth/access.js';
import type { AppContext } from '../../../platform/context.js';
import type { FieldError } from '../../../platform/http/errors.js';
import { firstParam, type RawQuery } from '../../../platform/http/query.js';
import { sendPage } from '../../../platform/views/render.js';
import { contextWithFollowupTables, type FollowupContext } from '../db.js';
import { enterpriseOfPlacesToken } from './capacity.links.js';
import { readBoardQuery } from './capacity.params.js';
import { BOARD_PATH, LINK_PATH, linkPath, OWN_PLACES_PATH } from './capacity.paths.js';
import {
  capacityBoard,
  capacityOfEnterprise,
  confirmFreePlaces,
  isPublishedEnterprise,
  type ConfirmOutcome,
  type EnterpriseCapacity,
} from './capacity.service.js';
import { capacityText } from './capacity.text.js';
import { BoardPage, CapacitySection, LinkProblemPage, PlacesPage } from './capacity.views.js';

/** The section on /mitt-foretag, through the module contract's enterpriseSections. */
export async function renderCapacitySection(platformCtx: AppContext, enterpriseId: number) {
  const capacity = await capacityOfEnterprise(contextWithFollowupTables(platformCtx), enterpriseId);
  return CapacitySection({ capacity });
}

/** What a posted update asks: 'same', a number, or a field error. */
function readUpdate(body: unknown): { free: number | 'same' } | { error: FieldError; typed: string } {
  const raw = (body ?? {}) as RawQuery;
  if (firstParam(raw, 'action') === 'same') return { free: 'same' };
  const typed = firstParam(raw, 'free') ?? '';
  if (!/^\d{1,4}$/.test(typed)) return { error: { field: 'free', message: capacityText.errors.free }, typed };
  return { free: Number(typed) };
}

function problemMessage(outcome: Extract<ConfirmOutcome, { ok: false }>, capacity: EnterpriseCapacity): string {
  const t = capacityText.errors;
  return outcome.problem === 'too_many' ? t.too_many(capacity.placesInForce) : t[outcome.problem];
}

/**
 * The capacity board (public), the enterprise's own update under /mitt-foretag (its editors), and
 * the e-mailed link that updates without sign-in (public; the signed key in the address decides).
 * Every update is a POST answered by a redirect or the page again with its error.
 */
export function registerCapacityRoutes(app: FastifyInstance, ctx: FollowupContext): void {
  app.get(BOARD_PATH, async (req, reply) => {
    const { query, errors } = readBoardQuery(req.query as RawQuery, 'page', capacityText.board.badParameter);
    const [all, demo] = await Promise.all([capacityBoard(ctx, query), ctx.hasDemoData()]);
    const entries = all.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
    return sendPage(
      reply,
      BoardPage({ query, errors, entries, total: all.length, demo }),
      errors.length > 0 ? 400 : 200,
    );
  });

  /** Saves the update for `enterpriseId`, or shows the page again with what went wrong. */
  const update = async (
    reply: FastifyReply,
    enterpriseId: number,
    body: unknown,
    by: Parameters<typeof confirmFreePlaces>[3],
    page: { action: string; title: string; lead?: string; backToOwnPage: boolean; done: (free: number) => string },
  ) => {
    const asked = readUpdate(body);
    let error: FieldError;
    let typed: string | undefined;
    if ('error' in asked) {
      error = asked.error;
      typed = asked.typed;
    } else {
      const outcome = await confirmFreePlaces(ctx, enterpriseId, asked.free, by);
      if (outcome.ok) return reply.redirect(page.done(outcome.free), 303);
      const capacity = await capacityOfEnterprise(ctx, enterpriseId);
      error = { field: 'free', message: problemMessage(outcome, capacity) };
      typed = asked.free === 'same' ? undefined : String(asked.free);
    }
    const [capacity, demo] = await Promise.all([capacityOfEnterprise(ctx, enterpriseId), ctx.hasDemoData()]);
    reply.header('cache-control', 'no-store');
    return sendPage(reply, PlacesPage({ ...page, capacity, errors: [error], value: typed, demo }), 400);
  };

  const savedQuery = (free: number) => `sparat=${free}`;
  const savedOf = (query: unknown): number | undefined => {
    const v = firstParam((query ?? {}) as RawQuery, 'sparat');
    return v !== undefined && /^\d{1,4}$/.test(v) ? Number(v) : undefined;
  };

  app.get(OWN_PLACES_PATH, async (req, reply) => {
    const user = requireUser(req);
    if (user.enterpriseId === null) return reply.redirect('/mitt-foretag', 303);
    const [capacity, demo] = await Promise.all([capacityOfEnterprise(ctx, user.enterpriseId), ctx.hasDemoData()]);
    reply.header('cache-control', 'no-store');
    const page = { action: OWN_PLACES_PATH, title: capacityText.section.title, backToOwnPage: true };
    return sendPage(reply, PlacesPage({ ...page, capacity, errors: [], saved: savedOf(req.query), demo }));
  });

  app.post(OWN_PLACES_PATH, async (req, reply) => {
    const user = requireUser(req);
    if (user.enterpriseId === null) return reply.redirect('/mitt-foretag', 303);
    return update(
      reply,
      user.enterpriseId,
      req.body,
      { user },
      {
        action: OWN_PLACES_PATH,
        title: capacityText.section.title,
        backToOwnPage: true,
        done: (free) => `${OWN_PLACES_PATH}?${savedQuery(free)}`,
      },
    );
  });

  // The e-mailed link shows the numbers and the buttons; only a POST changes anything (a mail
  // scanner opening the link must not confirm what nobody looked at).
  const linkPage = async (reply: FastifyReply, query: unknown) => {
    const token = firstParam((query ?? {}) as RawQuery, 'nyckel') ?? '';
    const enterpriseId = await enterpriseOfPlacesToken(ctx, token);
    reply.header('cache-control', 'no-store');
    // A good key of an enterprise archived or unpublished since: it is off the board, and the link with it.
    const problem =
      enterpriseId === null ? 'invalid' : (await isPublishedEnterprise(ctx, enterpriseId)) ? null : 'unpublished';
    if (enterpriseId === null || problem !== null) {
      sendPage(reply, LinkProblemPage({ demo: await ctx.hasDemoData(), problem: problem ?? 'invalid' }), 404);
      return null;
    }
    const capacity = await capacityOfEnterprise(ctx, enterpriseId);
    const name = capacity.agreements[0]?.enterprise.name ?? '–';
    const page = {
      action: linkPath(token),
      title: capacityText.link.title,
      lead: capacityText.link.lead(name),
      backToOwnPage: false,
      done: (free: number) => `${linkPath(token)}&${savedQuery(free)}`,
    };
    return { enterpriseId, capacity, page };
  };

  app.get(LINK_PATH, async (req, reply) => {
    const found = await linkPage(reply, req.query);
    if (!found) return reply;
    const demo = await ctx.hasDemoData();
    return sendPage(
      reply,
      PlacesPage({ ...found.page, capacity: found.capacity, errors: [], saved: savedOf(req.query), demo }),
    );
  });

  app.post(LINK_PATH, async (req, reply) => {
    const found = await linkPage(reply, req.query);
    if (!found) return reply;
    return update(reply, found.enterpriseId, req.body, { link: true }, found.page);
  });
}
