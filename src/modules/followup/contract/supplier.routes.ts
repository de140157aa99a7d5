import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { isoDate } from '../../../platform/calendar.js';
import type { AppContext } from '../../../platform/context.js';
import { sendPage } from '../../../platform/views/render.js';
import { contextWithFollowupTables, type FollowupContext } from '../db.js';
import { registerReportRoute, sendContractPage } from './contract.page.js';
import { SUPPLIER_CONTRACTS_PATH, supplierContractPath } from './contract.paths.js';
import { followUp } from './contract.service.js';
import type { ContractFollowUp } from './contract.types.js';
import { SupplierContractsPage, SupplierSection } from './supplier.views.js';

/** The supplier's contracts that carry commitments (a contract without one has nothing to report). */
async function reportable(ctx: FollowupContext, enterpriseId: number): Promise<ContractFollowUp[]> {
  const all = await followUp(ctx, { supplierEnterpriseId: enterpriseId }, isoDate(ctx.now()));
  return all.filter((f) => f.commitments.length > 0);
}

/**
 * The supplier's side (issue 12 §2): its contracts under /mitt-foretag (where access.ts lets only
 * enterprise editors in), each contract's page with the report form. The enterprise is always
 * the signed-in editor's own.
 */
export function registerSupplierRoutes(app: FastifyInstance, ctx: FollowupContext): void {
  app.get(SUPPLIER_CONTRACTS_PATH, async (req, reply) => {
    const enterpriseId = (req.user as CurrentUser).enterpriseId;
    const [items, demo] = await Promise.all([
      enterpriseId === null ? [] : reportable(ctx, enterpriseId),
      ctx.hasDemoData(),
    ]);
    reply.header('cache-control', 'no-store');
    return sendPage(reply, SupplierContractsPage({ items, demo }));
  });
  const page = (req: FastifyRequest, reply: FastifyReply, extra = {}) =>
    sendContractPage(
      ctx,
      req,
      reply,
      { navPath: '/mitt-foretag', pathOf: supplierContractPath, back: SUPPLIER_CONTRACTS_PATH },
      extra,
    );
  app.get(`${SUPPLIER_CONTRACTS_PATH}/:id`, (req, reply) => page(req, reply));
  registerReportRoute(app, ctx, `${SUPPLIER_CONTRACTS_PATH}/:id/rapport/:commitmentId`, page);
}

/** The section on /mitt-foretag, when the enterprise has commitments to report on. */
export async function renderSupplierSection(platformCtx: AppContext, enterpriseId: number) {
  const items = await reportable(contextWithFollowupTables(platformCtx), enterpriseId);
  return items.length === 0 ? null : SupplierSection({ items });
}
