import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { baseUrl } from '../../../platform/config/config.js';
import { AppError } from '../../../platform/http/errors.js';
import { sendTable } from '../../../platform/http/table-export.js';
import { isoDate } from '../../../platform/calendar.js';
import { platformText } from '../../../platform/i18n/platform.text.js';
import { ErrorPage } from '../../../platform/views/layout.js';
import { sendPage } from '../../../platform/views/render.js';
import type { ProcurementContext } from '../db.js';
import { changesOf, mayEdit } from '../opportunity/opportunity.service.js';
import type { Opportunity } from '../opportunity/opportunity.types.js';
import { DetailPage } from './detail.views.js';
import { atomFeed } from './feed.js';
import { calendar } from './ical.js';
import { opportunityTable } from './listing.file.js';
import { opportunityQueryString, PAGE_STYLE, readOpportunityQuery, type OpportunityQuery } from './listing.params.js';
import { listOpportunities, publicOpportunity } from './listing.service.js';
import { listingText } from './listing.text.js';
import { LIST_PATH, ListPage } from './listing.views.js';

/** The most a feed, calendar or download holds: the newest or soonest, as the list would show them. */
const FEED_SIZE = 100;
const FILE_SIZE = 10_000;

/** iCalendar's SEQUENCE: grows with every change, so that a moved deadline moves in the reader's calendar. */
const sequence = (o: Opportunity) => Math.max(0, Math.floor((o.updatedAt.getTime() - Date.UTC(2026, 0, 1)) / 1000));

/**
 * The public face of the opportunities (issue 10 §1): the list with its filters, the page of
 * each, an Atom feed and a calendar of any filter, and the list as CSV and Excel. Open to all.
 */
export function registerListingRoutes(app: FastifyInstance, ctx: ProcurementContext): void {
  const read = (req: FastifyRequest) => readOpportunityQuery(req.query as Record<string, unknown>, PAGE_STYLE);
  /** For a feed or a file a bad parameter is an error: a reader following it should not get a silently wider list. */
  const strict = (req: FastifyRequest): OpportunityQuery => {
    const { query, errors } = read(req);
    if (errors.length > 0) throw new AppError('invalid_parameter', errors.map((e) => e.message).join(' '), errors);
    return query;
  };

  app.get(LIST_PATH, async (req, reply) => {
    const { query, errors } = read(req);
    const raw = Object.fromEntries(
      Object.entries(req.query as Record<string, unknown>).filter(
        (e): e is [string, string] => typeof e[1] === 'string',
      ),
    );
    const [page, demo] = await Promise.all([listOpportunities(ctx, query), ctx.hasDemoData()]);
    return sendPage(reply, ListPage({ query, raw, page, errors, demo }), errors.length > 0 ? 400 : 200);
  });

  app.get(`${LIST_PATH}.atom`, async (req, reply) => {
    const query: OpportunityQuery = { ...strict(req), sort: 'newest', page: 1, pageSize: FEED_SIZE };
    const { items } = await listOpportunities(ctx, query);
    const filters = opportunityQueryString(query, PAGE_STYLE, { paging: false });
    return reply.type('application/atom+xml; charset=utf-8').send(
      atomFeed({
        items,
        base: baseUrl(ctx.config),
        selfPath: `${LIST_PATH}.atom${filters}`,
        listPath: `${LIST_PATH}${filters}`,
      }),
    );
  });

  app.get(`${LIST_PATH}.ics`, async (req, reply) => {
    const { items } = await listOpportunities(ctx, { ...strict(req), page: 1, pageSize: FILE_SIZE });
    return sendCalendar(reply, items, ctx);
  });

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`${LIST_PATH}/export.${format}`, async (req, reply) => {
      const { items } = await listOpportunities(ctx, { ...strict(req), page: 1, pageSize: FILE_SIZE });
      const table = opportunityTable(items, baseUrl(ctx.config));
      return sendTable(reply, table, format, `upphandlingar-${isoDate(ctx.now())}`, listingText.file.sheet);
    });
  }

  const found = async (req: FastifyRequest, reply: FastifyReply) => {
    const o = await publicOpportunity(ctx, Number((req.params as { id: string }).id));
    if (!o) {
      const demo = await ctx.hasDemoData();
      const t = listingText.detail;
      sendPage(
        reply,
        ErrorPage({ title: platformText.errors.notFoundTitle, text: t.notFound, demo, path: LIST_PATH }),
        404,
      );
      return null;
    }
    return o;
  };

  app.get(`${LIST_PATH}/:id`, async (req, reply) => {
    const o = await found(req, reply);
    if (!o) return reply;
    const [changes, demo] = await Promise.all([changesOf(ctx, o.id), ctx.hasDemoData()]);
    const editPath = req.user && mayEdit(req.user, o) ? `/inkop/${o.id}` : null;
    return sendPage(reply, DetailPage({ o, changes, demo, editPath, now: ctx.now() }));
  });

  app.get(`${LIST_PATH}/:id/kalender.ics`, async (req, reply) => {
    const o = await found(req, reply);
    return o ? sendCalendar(reply, [o], ctx) : reply;
  });
}

function sendCalendar(reply: FastifyReply, items: readonly Opportunity[], ctx: ProcurementContext) {
  return reply
    .type('text/calendar; charset=utf-8')
    .header('Content-Disposition', 'inline; filename="upphandlingar.ics"')
    .send(calendar({ items, base: baseUrl(ctx.config), now: ctx.now(), sequence }));
}
