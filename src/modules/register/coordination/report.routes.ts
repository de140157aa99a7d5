import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { rateLimitedForm } from '../../../platform/auth/rate-limit.js';
import { formValues, parseForm } from '../../../platform/http/form.js';
import { looksLikeOrgnr } from '../enterprise/orgnr.js';
import { HOME } from './coordination.views.js';
import { sendPage } from '../../../platform/views/render.js';
import type { RegisterContext } from '../db.js';
import { profileNotFound, publicWorkflow } from '../directory/directory.routes.js';
import { reportErrorPath } from '../directory/profile.views.js';
import { reportSchema } from './report.schema.js';
import { markReportDealtWith, reportLists, REPORTS_PATH, submitReport } from './report.service.js';
import { ReportPage, ReportsPage, ReportThanksPage } from './report.views.js';

/**
 * "Rapportera fel uppgift" (issue 9 §2): the public form under each profile, and the
 * coordinators' list of what readers reported. /samordning is for coordinators and admins
 * (access.ts); the form is public, CSRF-checked and limited per IP as it makes the platform
 * send mail.
 */
export function registerReportRoutes(app: FastifyInstance, ctx: RegisterContext): void {
  /** The published enterprise of the address, or the profile's 404 (never published, archived, mistyped). */
  const profileOf = async (req: FastifyRequest, reply: FastifyReply) => {
    const { orgnr } = req.params as { orgnr: string };
    const [workflow, demo] = await Promise.all([publicWorkflow(ctx, orgnr), ctx.hasDemoData()]);
    if (!workflow) {
      await profileNotFound(reply, demo);
      return null;
    }
    return { orgnr, workflow, enterprise: workflow.enterprise, demo };
  };

  app.get(reportErrorPath(':orgnr'), async (req, reply) => {
    const p = await profileOf(req, reply);
    return p ? sendPage(reply, ReportPage({ enterprise: p.enterprise, demo: p.demo })) : reply;
  });

  app.post(reportErrorPath(':orgnr'), async (req, reply) => {
    const p = await profileOf(req, reply);
    if (!p) return reply;
    const { orgnr, workflow, enterprise, demo } = p;
    const values = formValues(req.body);
    const form = parseForm(reportSchema, req.body);
    if (!form.ok) return sendPage(reply, ReportPage({ enterprise, demo, errors: form.errors, values }), 400);
    const limited = await rateLimitedForm(ctx, [['mailFormPerIp', req.ip]], 'message');
    if (limited) return sendPage(reply, ReportPage({ enterprise, demo, errors: limited, values }), 429);
    await submitReport(ctx, { ...enterprise, id: workflow.id }, form.data, { user: req.user, ip: req.ip });
    // To a page of its own: reloading the thanks must not send the report again.
    return reply.redirect(`${reportErrorPath(orgnr)}/tack${form.data.email ? '?svar=1' : ''}`, 303);
  });

  app.get(`${reportErrorPath(':orgnr')}/tack`, async (req, reply) => {
    const p = await profileOf(req, reply);
    if (!p) return reply;
    const withEmail = (req.query as Record<string, unknown>).svar === '1';
    return sendPage(reply, ReportThanksPage({ enterprise: p.enterprise, demo: p.demo, withEmail }));
  });

  app.get(REPORTS_PATH, async (req, reply) => {
    const q = (req.query as Record<string, unknown>).klar;
    const notice = q === 'atgardad' ? 'closed' : q === 'saknas' ? 'gone' : undefined;
    const [lists, demo] = await Promise.all([reportLists(ctx), ctx.hasDemoData()]);
    reply.header('cache-control', 'no-store');
    return sendPage(reply, ReportsPage({ ...lists, demo, notice }));
  });

  app.post(`${REPORTS_PATH}/:id/atgardad`, async (req, reply) => {
    const id = Number((req.params as { id: string }).id);
    const closed =
      Number.isInteger(id) && id > 0 && id <= 2_147_483_647 && (await markReportDealtWith(ctx, id, req.user!, req.ip));
    // Only an org.nr, never an address: the way back cannot be made to lead anywhere else.
    const back = formValues(req.body).tillbaka ?? '';
    if (closed && looksLikeOrgnr(back)) return reply.redirect(`${HOME}/foretag/${back}?klart=rapport`, 303);
    return reply.redirect(`${REPORTS_PATH}?klar=${closed ? 'atgardad' : 'saknas'}`, 303);
  });
}
