import type { FastifyInstance } from 'fastify';
import { requireUser } from '../../../platform/auth/access.js';
import { isoDate } from '../../../platform/calendar.js';
import type { AppContext } from '../../../platform/context.js';
import { firstParam, readInt, type RawQuery } from '../../../platform/http/query.js';
import { sendPage } from '../../../platform/views/render.js';
import { contextWithProcurementTables, type ProcurementContext } from '../db.js';
import { opportunitiesFor } from './matching.service.js';
import { ENTERPRISE_OPPORTUNITIES_PATH } from './matching.paths.js';
import { EnterpriseOpportunitiesPage, EnterpriseSection } from './matching.views.js';

/**
 * The enterprise's side of matching: every open opportunity that fits it. Under /mitt-foretag,
 * where access.ts lets only editors in; the enterprise is always the user's own, never in the
 * address.
 */
export function registerMatchingRoutes(app: FastifyInstance, ctx: ProcurementContext): void {
  app.get(ENTERPRISE_OPPORTUNITIES_PATH, async (req, reply) => {
    const user = requireUser(req);
    // Without an enterprise the register's own page says how to get one.
    if (user.enterpriseId === null) return reply.redirect('/mitt-foretag', 303);
    const [items, demo] = await Promise.all([opportunitiesFor(ctx, user.enterpriseId), ctx.hasDemoData()]);
    reply.header('cache-control', 'no-store');
    // A page number out of range or mistyped shows the first page rather than an error.
    const read = readInt(firstParam(req.query as RawQuery, 'sida'), 1, 10_000);
    const page = typeof read === 'number' ? read : 1;
    return sendPage(reply, EnterpriseOpportunitiesPage({ items, today: isoDate(ctx.now()), demo, page }));
  });
}

/** "Möjligheter för er" on /mitt-foretag, through the module contract's enterpriseSections. */
export async function renderEnterpriseSection(platformCtx: AppContext, enterpriseId: number) {
  const ctx = contextWithProcurementTables(platformCtx);
  const items = await opportunitiesFor(ctx, enterpriseId);
  return EnterpriseSection({ items, today: isoDate(ctx.now()) });
}
