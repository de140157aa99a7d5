import type { FastifyInstance } from 'fastify';
import { requireUser } from '../../../platform/auth/access.js';
import { formValuesWithLists, parseForm } from '../../../platform/http/form.js';
import { sendPage } from '../../../platform/views/render.js';
import type { AppContext } from '../../../platform/context.js';
import { contextWithProcurementTables, type ProcurementContext } from '../db.js';
import { ALERT_SETTINGS_PATH, UNSUBSCRIBE_PATH } from './alerts.paths.js';
import { alertSchema } from './alerts.schema.js';
import { settingsOf } from './alerts.follow.js';
import { selectAlerts } from './alerts.repository.js';
import { alertByToken, alertSettingsOf, saveAlertSettings, unsubscribe } from './alerts.service.js';
import { AlertSection, AlertSettingsPage, alertFormValues, UnsubscribePage } from './alerts.views.js';

/** The section on /mitt-foretag, through the module contract's enterpriseSections. */
export async function renderAlertSection(platformCtx: AppContext, enterpriseId: number) {
  // Only the settings: the section does not say how many editors a mail reaches.
  const rows = await selectAlerts(contextWithProcurementTables(platformCtx).db, [enterpriseId]);
  return AlertSection({ settings: settingsOf(rows[0]) });
}

/**
 * The alerts' pages: the enterprise's settings under /mitt-foretag (its editors only, its own
 * enterprise never in the address), and the one-click unsubscribe, public, its token the key.
 */
export function registerAlertRoutes(app: FastifyInstance, ctx: ProcurementContext): void {
  app.get(ALERT_SETTINGS_PATH, async (req, reply) => {
    const user = requireUser(req);
    if (user.enterpriseId === null) return reply.redirect('/mitt-foretag', 303);
    const [{ settings, recipients }, demo] = await Promise.all([
      alertSettingsOf(ctx, user.enterpriseId),
      ctx.hasDemoData(),
    ]);
    reply.header('cache-control', 'no-store');
    const saved = (req.query as Record<string, unknown>).sparat === '1';
    return sendPage(
      reply,
      AlertSettingsPage({ values: alertFormValues(settings), errors: [], saved, recipients, demo }),
    );
  });

  app.post(ALERT_SETTINGS_PATH, async (req, reply) => {
    const user = requireUser(req);
    if (user.enterpriseId === null) return reply.redirect('/mitt-foretag', 303);
    const parsed = parseForm(alertSchema, req.body);
    if (!parsed.ok) {
      const [{ recipients }, demo] = await Promise.all([alertSettingsOf(ctx, user.enterpriseId), ctx.hasDemoData()]);
      const page = AlertSettingsPage({
        values: formValuesWithLists(req.body),
        errors: parsed.errors,
        saved: false,
        recipients,
        demo,
      });
      return sendPage(reply, page, 400);
    }
    await saveAlertSettings(ctx, user.enterpriseId, parsed.data);
    return reply.redirect(`${ALERT_SETTINGS_PATH}?sparat=1`, 303);
  });

  app.get(`${UNSUBSCRIBE_PATH}/:token`, async (req, reply) => {
    const { token } = req.params as { token: string };
    const [found, demo] = await Promise.all([alertByToken(ctx, token), ctx.hasDemoData()]);
    reply.header('cache-control', 'no-store');
    // Asking first: a mail program or a link checker opening the address must not unsubscribe.
    const state = !found ? 'unknown' : found.frequency === 'off' ? 'done' : 'ask';
    return sendPage(reply, UnsubscribePage({ token, name: found?.name ?? null, state, demo }), found ? 200 : 404);
  });

  // RFC 8058: the mail program POSTs "List-Unsubscribe=One-Click", as a form or (SHOULD) as
  // multipart/form-data, with no cookie. The body says nothing the address does not, so any
  // body is read and dropped; the signed token in the address is what counts.
  app.register(async (scope) => {
    scope.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: 4096 }, (_req, _body, done) =>
      done(null, {}),
    );
    scope.post(`${UNSUBSCRIBE_PATH}/:token`, { config: { csrfByAddressToken: true } }, async (req, reply) => {
      const { token } = req.params as { token: string };
      const found = await alertByToken(ctx, token);
      if (found) await unsubscribe(ctx, found.enterpriseId);
      const demo = await ctx.hasDemoData();
      reply.header('cache-control', 'no-store');
      return sendPage(
        reply,
        UnsubscribePage({ token, name: found?.name ?? null, state: found ? 'done' : 'unknown', demo }),
        found ? 200 : 404,
      );
    });
  });
}
