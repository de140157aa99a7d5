import type { FastifyInstance } from 'fastify';
import { listAuditEvents } from '../audit/audit.repository.js';
import { AUDIT_ACTIONS } from '../audit/audit.service.js';
import { requireUser } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { AppError } from '../http/errors.js';
import { formValues, parseForm } from '../http/form.js';
import { sendPage } from '../views/render.js';
import { createOrganisation, listOrganisations, startCounts } from './admin.service.js';
import { adminText as t } from './admin.text.js';
import { AdminStartPage, OrganisationsPage } from './admin.views.js';
import { AuditLogPage } from './audit.views.js';
import { registerUserRoutes } from './users.routes.js';
import { organisationSchema } from './users.schema.js';

export const AUDIT_PAGE_SIZE = 50;
const PAGE = /^[1-9]\d{0,5}$/;

/**
 * The admin pages (issue 3 §1, §7): start, users, organisations and the audit log. Only admins
 * reach anything under /admin; that is decided in access.ts, not here.
 */
export function registerAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/admin', async (_req, reply) => {
    const [counts, demo] = await Promise.all([startCounts(ctx), ctx.hasDemoData()]);
    return sendPage(reply, AdminStartPage({ counts, demo, moduleLinks: ctx.composition.adminLinks }));
  });

  app.get('/admin/logg', async (req, reply) => {
    const query = req.query as Record<string, unknown>;
    const action = readAction(query.handelse);
    const page = readPage(query.sida);
    const { rows, total } = await listAuditEvents(ctx.db, {
      ...(action ? { action } : {}),
      offset: (page - 1) * AUDIT_PAGE_SIZE,
      limit: AUDIT_PAGE_SIZE,
    });
    const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
    if (page > pageCount) throw new AppError('not_found', t.audit.invalidPage);
    // IP addresses and e-mail addresses: never kept by a browser or proxy cache.
    reply.header('cache-control', 'no-store');
    return sendPage(reply, AuditLogPage({ rows, total, page, pageCount, action, demo: await ctx.hasDemoData() }));
  });

  app.get('/admin/organisationer', async (req, reply) => {
    // The notice names the organisation by its id, so a link cannot make the page say anything else.
    const added = (req.query as Record<string, unknown>).tillagd;
    const [organisations, demo] = await Promise.all([listOrganisations(ctx), ctx.hasDemoData()]);
    const name = organisations.find((o) => String(o.id) === added)?.name;
    return sendPage(reply, OrganisationsPage({ organisations, demo, added: name }));
  });

  app.post('/admin/organisationer', async (req, reply) => {
    const values = formValues(req.body);
    const form = parseForm(organisationSchema, req.body);
    const again = async (errors: { field: string; message: string }[], status: number) =>
      sendPage(
        reply,
        OrganisationsPage({
          organisations: await listOrganisations(ctx),
          demo: await ctx.hasDemoData(),
          errors,
          values,
        }),
        status,
      );
    if (!form.ok) return again(form.errors, 400);
    let id: number;
    try {
      id = await createOrganisation(ctx, requireUser(req), form.data);
    } catch (e) {
      if (e instanceof AppError && e.fields.length > 0) return again(e.fields, e.status);
      throw e;
    }
    return reply.redirect(`/admin/organisationer?tillagd=${id}`, 303);
  });

  registerUserRoutes(app, ctx);
}

function readAction(raw: unknown): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw === 'string' && raw in AUDIT_ACTIONS) return raw;
  throw new AppError('invalid_parameter', t.audit.unknownAction, [
    { field: 'handelse', message: t.audit.unknownAction },
  ]);
}

function readPage(raw: unknown): number {
  if (raw === undefined || raw === '') return 1;
  if (typeof raw !== 'string' || !PAGE.test(raw)) {
    throw new AppError('invalid_parameter', t.audit.invalidPage, [{ field: 'sida', message: t.audit.invalidPage }]);
  }
  return Number(raw);
}
