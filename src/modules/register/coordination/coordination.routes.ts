import type { FastifyInstance } from 'fastify';
import type { FieldError } from '../../../platform/http/errors.js';
import { sendPage } from '../../../platform/views/render.js';
import { registerChangesRoutes } from './changes.routes.js';
import { DashboardPage, HOME } from './coordination.views.js';
import { enterpriseIdByOrgnr } from '../enterprise/enterprise.service.js';
import { ORGNR_MESSAGES, parseOrgnr } from '../enterprise/orgnr.js';
import { registerVerificationRoutes } from './verification.routes.js';
import { registerReportRoutes } from './report.routes.js';
import { coordinationCounts } from './verification.service.js';
import { verificationText as t } from './verification.text.js';
import { formValues } from '../../../platform/http/form.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import {
  defaultNoticeMode,
  findNoticeMode,
  NOTICE_MODES,
  saveNoticeMode,
  type NoticeMode,
} from './notice.repository.js';
import type { RegisterContext } from '../db.js';

/**
 * Everything under /samordning that this module serves: the start page, the verification queue
 * and decisions, and the feed of changes. Access is decided for the whole prefix in access.ts.
 */
export function registerCoordinationRoutes(app: FastifyInstance, ctx: RegisterContext): void {
  const dashboard = async (
    user: CurrentUser | null,
    errors: FieldError[] = [],
    values: Record<string, string> = {},
    saved = false,
  ) => {
    const [counts, demo, mode] = await Promise.all([
      coordinationCounts(ctx),
      ctx.hasDemoData(),
      user ? findNoticeMode(ctx.db, user.id) : null,
    ]);
    const noticeMode = user ? (mode ?? defaultNoticeMode(user.role)) : null;
    return DashboardPage({ counts, demo, errors, values, noticeMode, saved });
  };

  app.get(HOME, async (req, reply) => {
    const saved = (req.query as Record<string, unknown>).sparat === 'meddelanden';
    return sendPage(reply, await dashboard(req.user, [], {}, saved));
  });

  // How the coordinator wants to hear that something waits: at once, a morning digest, or not.
  app.post(`${HOME}/meddelanden`, async (req, reply) => {
    const mode = formValues(req.body).meddelanden;
    if (!NOTICE_MODES.includes(mode as NoticeMode)) {
      return sendPage(reply, await dashboard(req.user, [{ field: 'meddelanden', message: t.notice.invalid }]), 400);
    }
    await saveNoticeMode(ctx.db, req.user!.id, mode as NoticeMode, ctx.now());
    return reply.redirect(`${HOME}?sparat=meddelanden#meddelanden`, 303);
  });

  // The start page's "open an enterprise" form: any status, by org.nr written any common way.
  app.get(`${HOME}/foretag`, async (req, reply) => {
    const raw = (req.query as Record<string, unknown>).orgnr;
    const input = typeof raw === 'string' ? raw.trim().slice(0, 40) : '';
    if (!input) {
      const errors = [{ field: 'orgnr', message: t.dashboard.findMissing }];
      return sendPage(reply, await dashboard(req.user, errors), 400);
    }
    const parsed = parseOrgnr(input);
    if (!parsed.ok) {
      const errors = [{ field: 'orgnr', message: ORGNR_MESSAGES[parsed.error] }];
      return sendPage(reply, await dashboard(req.user, errors, { orgnr: input }), 400);
    }
    if ((await enterpriseIdByOrgnr(ctx.db, parsed.value)) === undefined) {
      const errors = [{ field: 'orgnr', message: t.dashboard.findNotFound }];
      return sendPage(reply, await dashboard(req.user, errors, { orgnr: input }), 404);
    }
    return reply.redirect(`${HOME}/foretag/${parsed.value}`, 303);
  });

  registerVerificationRoutes(app, ctx);
  registerChangesRoutes(app, ctx);
  registerReportRoutes(app, ctx);
}
