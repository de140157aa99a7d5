import type { FastifyInstance } from 'fastify';
import { baseUrl } from '../../../platform/config/config.js';
import { sendCachedJson } from '../../../platform/http/etag.js';
import { AppError } from '../../../platform/http/errors.js';
import { platformText } from '../../../platform/i18n/platform.text.js';
import type { ProcurementContext } from '../db.js';
import { API_STYLE, readOpportunityQuery } from '../listing/listing.params.js';
import { everyPublicOpportunity, listOpportunities, publicOpportunity } from '../listing/listing.service.js';
import { ocdsPackage } from '../ocds/ocds.js';
import { procurementText } from '../procurement.text.js';
import { toOpportunityJson } from './opportunity.api.js';

export const OPPORTUNITIES_API = '/api/v1/opportunities';

/** The opportunities as open data (DESIGN §8): the list with the page's filters in English names, and one. */
export function registerOpportunityApiRoutes(app: FastifyInstance, ctx: ProcurementContext): void {
  app.get(OPPORTUNITIES_API, async (req, reply) => {
    const { query, errors } = readOpportunityQuery(req.query as Record<string, unknown>, API_STYLE);
    // A program is told, never given a silently wider list.
    if (errors.length > 0) throw new AppError('invalid_parameter', platformText.api.invalidParameters, errors);
    const { items, total } = await listOpportunities(ctx, query);
    const base = baseUrl(ctx.config);
    const body = {
      items: items.map((o) => toOpportunityJson(o, base)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
    return sendCachedJson(req, reply, body, 'list');
  });

  app.get(`${OPPORTUNITIES_API}/:id`, async (req, reply) => {
    const raw = (req.params as { id: string }).id;
    const o = /^\d{1,9}$/.test(raw) ? await publicOpportunity(ctx, Number(raw)) : null;
    if (!o) throw new AppError('opportunity_not_found', procurementText.errors.opportunityNotFound(raw));
    return sendCachedJson(req, reply, toOpportunityJson(o, baseUrl(ctx.config)), 'detail');
  });
}

export const OCDS_PACKAGE_PATH = `${OPPORTUNITIES_API}.ocds.json`;
const OCDS_MAX_PAGE_SIZE = 1000;

/** The opportunities as OCDS 1.1 release packages (issue 10 §5): all readers may see, and one. */
export function registerOcdsRoutes(app: FastifyInstance, ctx: ProcurementContext): void {
  const context = (uri: string) => ({
    base: baseUrl(ctx.config),
    prefix: ctx.config.OCDS_PREFIX,
    uri,
    publisher: ctx.config.OPERATOR_NAME,
    now: ctx.now(),
  });

  app.get(OCDS_PACKAGE_PATH, async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    const page = readPositive(q.page, 10_000, 'page');
    const pageSize = readPositive(q.pageSize, OCDS_MAX_PAGE_SIZE, 'pageSize') ?? OCDS_MAX_PAGE_SIZE;
    const { items, total } = await everyPublicOpportunity(ctx, { page: page ?? 1, pageSize });
    const uri = `${baseUrl(ctx.config)}${req.url}`;
    reply.header('X-Total-Count', String(total));
    return sendCachedJson(req, reply, ocdsPackage(items, context(uri)), 'list');
  });

  app.get(`${OPPORTUNITIES_API}/:id/ocds.json`, async (req, reply) => {
    const raw = (req.params as { id: string }).id;
    const o = /^\d{1,9}$/.test(raw) ? await publicOpportunity(ctx, Number(raw)) : null;
    if (!o) throw new AppError('opportunity_not_found', procurementText.errors.opportunityNotFound(raw));
    return sendCachedJson(req, reply, ocdsPackage([o], context(`${baseUrl(ctx.config)}${req.url}`)), 'detail');
  });
}

function readPositive(v: unknown, max: number, field: string): number | null {
  if (v === undefined || v === '') return null;
  const n = typeof v === 'string' && /^\d{1,6}$/.test(v) ? Number(v) : NaN;
  if (!(n >= 1 && n <= max)) {
    const message = field === 'page' ? platformText.api.pageNumber(max) : platformText.api.pageSize(max);
    throw new AppError('invalid_parameter', message, [{ field, message }]);
  }
  return n;
}
