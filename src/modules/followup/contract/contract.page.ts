import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { isoDate } from '../../../platform/calendar.js';
import type { FieldError } from '../../../platform/http/errors.js';
import { formValuesWithLists } from '../../../platform/http/form.js';
import { ErrorPage } from '../../../platform/views/layout.js';
import { sendPage } from '../../../platform/views/render.js';
import type { FollowupContext } from '../db.js';
import { contractFor, reportFulfilment } from './contract.service.js';
import { contractText } from './contract.text.js';
import type { Contract, Reporter } from './contract.types.js';
import { ContractPage, type ContractPageProps } from './contract.views.js';

/** Where a contract's page sits: the buyer's follow-up or the supplier's own page. */
export interface ContractPlace {
  navPath: string;
  pathOf: (id: number) => string;
  back: string;
  /** Where the contract's buyer changes it, when this is the buyer's page. */
  changePathOf?: (id: number) => string;
}

type Extra = { refused?: ContractPageProps['refused']; status?: number };

/**
 * A contract's page for one of its parties, else the 404 page (never saying whose it is). The
 * buyer's and the supplier's are the same page at their own address.
 */
export async function sendContractPage(
  ctx: FollowupContext,
  req: FastifyRequest,
  reply: FastifyReply,
  place: ContractPlace,
  extra: Extra = {},
): Promise<FastifyReply> {
  const id = Number((req.params as { id: string }).id);
  const [f, demo] = await Promise.all([
    contractFor(ctx, req.user as CurrentUser, id, isoDate(ctx.now())),
    ctx.hasDemoData(),
  ]);
  const t = contractText.page;
  if (!f) return sendPage(reply, ErrorPage({ title: t.breadcrumb, text: t.notYours, demo, path: place.navPath }), 404);
  const klart = (req.query as Record<string, unknown>).klart;
  const backLabel = place.back === place.navPath ? t.breadcrumb : contractText.supplier.title;
  reply.header('cache-control', 'no-store');
  return sendPage(
    reply,
    ContractPage({
      f,
      path: place.pathOf(f.contract.id),
      navPath: place.navPath,
      back: { href: place.back, label: backLabel },
      notice: klart === 'sparat' ? 'saved' : klart === 'rapport' ? 'reported' : null,
      changeHref:
        place.changePathOf && (req.user as CurrentUser).organisationId === f.contract.buyerOrganisationId
          ? place.changePathOf(f.contract.id)
          : null,
      refused: extra.refused ?? null,
      demo,
    }),
    extra.status ?? 200,
  );
}

/** The party reporting: a supplier's editor for its enterprise, else the user's organisation as buyer or labour-market unit. */
function reporterOf(user: CurrentUser, c: Contract): Reporter | null {
  if (user.role === 'enterprise_editor')
    return user.enterpriseId === null ? null : { role: 'supplier', userId: user.id, enterpriseId: user.enterpriseId };
  const org = user.organisationId;
  if (org === null) return null;
  if (org === c.buyerOrganisationId) return { role: 'buyer', userId: user.id, organisationId: org };
  if (org === c.labourMarket?.organisationId) return { role: 'labour_market', userId: user.id, organisationId: org };
  return null;
}

/** The report form's POST below a contract's page: saved and back to the page, or the page again with the errors. */
export function registerReportRoute(
  app: FastifyInstance,
  ctx: FollowupContext,
  path: string,
  page: (req: FastifyRequest, reply: FastifyReply, extra?: Extra) => Promise<FastifyReply>,
): void {
  // The address the form posts to, reloaded or shared after a refused report: the contract's page.
  app.get(path, async (req, reply) => {
    const base = (req.url.split('?')[0] ?? '').replace(/\/rapport\/[^/]*$/, '');
    return reply.redirect(base, 303);
  });
  app.post(path, async (req, reply) => {
    const user = req.user as CurrentUser;
    const params = req.params as { id: string; commitmentId: string };
    const commitmentId = Number(params.commitmentId);
    const f = await contractFor(ctx, user, Number(params.id), isoDate(ctx.now()));
    // The commitment must be this contract's, and the contract the user's (contractFor says so).
    const who = f ? reporterOf(user, f.contract) : null;
    if (!f || !who || !f.commitments.some((m) => m.id === commitmentId)) return page(req, reply);
    const result = await reportFulfilment(ctx, who, commitmentId, req.body, { actor: user, ip: req.ip });
    if (!result.ok) {
      const errors: FieldError[] = result.errors;
      return page(req, reply, {
        refused: { commitmentId, values: formValuesWithLists(req.body), errors },
        status: 400,
      });
    }
    const base = (req.url.split('?')[0] ?? '').replace(/\/rapport\/\d+$/, '');
    return reply.redirect(`${base}?klart=rapport#atagande-${commitmentId}`, 303);
  });
}
