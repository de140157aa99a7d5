import type { FastifyInstance } from 'fastify';
import { baseUrl } from '../../../platform/config/config.js';
import { sendCachedJson } from '../../../platform/http/etag.js';
import { AppError } from '../../../platform/http/errors.js';
import { platformText } from '../../../platform/i18n/platform.text.js';
import type { ProcurementContext } from '../db.js';
import { API_STYLE, readOpportunityQuery } from '../listing/listing.params.js';
import { listOpportunities, publicOpportunity } from '../listing/listing.service.js';
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
