import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireUser } from '../../../platform/auth/access.js';
import { formValues, parseForm } from '../../../platform/http/form.js';
import { ErrorPage } from '../../../platform/views/layout.js';
import { sendPage } from '../../../platform/views/render.js';
import type { ProcurementContext } from '../db.js';
import { INTEREST_HOME, interestPath } from '../opportunity/opportunity.paths.js';
import { interestSchema } from './interest.schema.js';
import { answerMeeting, contactPartner, interestFor, showInterest, withdrawInterest } from './interest.service.js';
import { interestText } from './interest.text.js';
import { InterestPage, type InterestNotice, type Typed } from './interest.views.js';

const NOTICES: Record<string, InterestNotice> = {
  sparat: 'saved',
  borttaget: 'withdrawn',
  skickat: 'sent',
  svarat: 'answered',
};

/**
 * An enterprise's interest in an opportunity (issue 11 §3), under /mitt-foretag where access.ts
 * lets only editors in; the enterprise is always the user's own. Every form answers with a
 * redirect once saved, so a reload never sends it twice.
 */
export function registerInterestRoutes(app: FastifyInstance, ctx: ProcurementContext): void {
  const idOf = (req: FastifyRequest) => Number((req.params as { id: string }).id);

  const send = async (
    req: FastifyRequest,
    reply: FastifyReply,
    extra: { notice: InterestNotice | null; typed: Typed | null },
    status = 200,
  ) => {
    const user = requireUser(req);
    const demo = await ctx.hasDemoData();
    const id = idOf(req);
    const view =
      user.enterpriseId !== null && Number.isSafeInteger(id) ? await interestFor(ctx, id, user.enterpriseId) : null;
    if (!view) {
      const page = ErrorPage({ title: interestText.closedTitle, text: interestText.closed, demo, path: INTEREST_HOME });
      return sendPage(reply, page, 404);
    }
    reply.header('cache-control', 'no-store');
    return sendPage(reply, InterestPage({ view, demo, ...extra }), status);
  };

  app.get(`${INTEREST_HOME}/:id`, async (req, reply) => {
    const done = (req.query as Record<string, unknown>).klart;
    return send(req, reply, { notice: typeof done === 'string' ? (NOTICES[done] ?? null) : null, typed: null });
  });

  app.post(`${INTEREST_HOME}/:id`, async (req, reply) => {
    const user = requireUser(req);
    const id = idOf(req);
    if (user.enterpriseId === null) return reply.redirect('/mitt-foretag', 303);
    const parsed = parseForm(interestSchema, req.body);
    const values = formValues(req.body);
    if (!parsed.ok) {
      const lot = Number(values.lot);
      const typed = {
        lot: Number.isSafeInteger(lot) ? lot : null,
        action: values.action ?? '',
        values,
        errors: parsed.errors,
      };
      return send(req, reply, { notice: null, typed }, 400);
    }
    const form = parsed.data;
    const back = (done: string, lot?: number) =>
      reply.redirect(`${interestPath(id)}?klart=${done}${lot ? `#delomrade-${lot}` : ''}`, 303);
    switch (form.action) {
      case 'save': {
        const ok = await showInterest(ctx, user.enterpriseId, id, {
          position: form.lot,
          message: form.message,
          showBuyer: form.showBuyer,
          jointBid: form.jointBid,
        });
        return ok ? back('sparat', form.lot) : send(req, reply, { notice: null, typed: null }, 404);
      }
      case 'withdraw':
        await withdrawInterest(ctx, user.enterpriseId, id, form.lot);
        return back('borttaget', form.lot);
      case 'contact': {
        const ok = await contactPartner(ctx, user, id, form.lot, form.partner, form.message);
        if (ok) return back('skickat', form.lot);
        const typed = {
          lot: form.lot,
          action: 'contact',
          values,
          errors: [{ field: 'message', message: interestText.errors.notPartner }],
        };
        return send(req, reply, { notice: null, typed }, 400);
      }
      case 'rsvp': {
        const ok = await answerMeeting(ctx, user.enterpriseId, id, form.persons);
        return ok ? back('svarat') : send(req, reply, { notice: null, typed: null }, 404);
      }
    }
  });
}
