import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { isoDate } from '../../../platform/calendar.js';
import type { FieldError } from '../../../platform/http/errors.js';
import { formValues, parseForm } from '../../../platform/http/form.js';
import { sendPage } from '../../../platform/views/render.js';
import type { ProcurementContext } from '../db.js';
import { codeListSchema, limitSchema, removeLimitSchema } from './settings.schema.js';
import { removeLimit, saveLimit, saveNonProfitList, SETTINGS_PATH, settingsOverview } from './settings.service.js';
import { SettingsPage, type SettingsPageProps } from './settings.views.js';

/** /admin/upphandling: the limits and the 25 a § list (DESIGN §5). Only administrators reach /admin (access.ts). */
export function registerSettingsRoutes(app: FastifyInstance, ctx: ProcurementContext): void {
  const userOf = (req: FastifyRequest) => req.user as CurrentUser;
  const show = async (reply: FastifyReply, extra: Partial<SettingsPageProps> = {}, status = 200) => {
    const [overview, demo] = await Promise.all([settingsOverview(ctx.db), ctx.hasDemoData()]);
    reply.header('cache-control', 'no-store');
    const thisYear = Number(isoDate(ctx.now()).slice(0, 4));
    return sendPage(reply, SettingsPage({ ...overview, thisYear, demo, ...extra }), status);
  };
  const refused = (reply: FastifyReply, form: 'limit' | 'list', req: FastifyRequest, errors: FieldError[]) =>
    show(reply, { form, values: formValues(req.body, { maxLength: 50_000 }), errors }, 400);

  app.get(SETTINGS_PATH, async (req, reply) =>
    show(reply, { saved: (req.query as Record<string, unknown>).sparat === '1' }),
  );

  app.post(`${SETTINGS_PATH}/grans`, async (req, reply) => {
    const form = parseForm(limitSchema, req.body);
    if (!form.ok) return refused(reply, 'limit', req, form.errors);
    const { year, kind, amount, source } = form.data;
    await saveLimit(ctx, userOf(req), { year, kind, amount_sek: amount, source }, req.ip);
    return reply.redirect(`${SETTINGS_PATH}?sparat=1`, 303);
  });

  app.post(`${SETTINGS_PATH}/grans/ta-bort`, async (req, reply) => {
    const form = parseForm(removeLimitSchema, req.body);
    if (form.ok) await removeLimit(ctx, userOf(req), form.data.year, form.data.kind, req.ip);
    return reply.redirect(`${SETTINGS_PATH}?sparat=1`, 303);
  });

  app.post(`${SETTINGS_PATH}/ideburna`, async (req, reply) => {
    const form = parseForm(codeListSchema, req.body);
    if (!form.ok) return refused(reply, 'list', req, form.errors);
    await saveNonProfitList(ctx, userOf(req), form.data, req.ip);
    return reply.redirect(`${SETTINGS_PATH}?sparat=1`, 303);
  });
}
