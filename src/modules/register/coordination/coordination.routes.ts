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
import { formValues, parseForm } from '../../../platform/http/form.js';
import { audit } from '../../../platform/audit/audit.service.js';
import { findListing, hideListing, saveListing } from './listing.repository.js';
import { listingSchema } from './listing.schema.js';
import { listedCoordinators } from './listing.service.js';
import { COORDINATORS_PATH, CoordinatorsPage } from './listing.views.js';
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
    saved: 'meddelanden' | 'listed' | 'removed' | null = null,
    listingValues: Record<string, string> | null = null,
  ) => {
    const [counts, demo, mode, listing] = await Promise.all([
      coordinationCounts(ctx),
      ctx.hasDemoData(),
      user ? findNoticeMode(ctx.db, user.id) : null,
      user ? findListing(ctx.db, user.id) : undefined,
    ]);
    const noticeMode = user ? (mode ?? defaultNoticeMode(user.role)) : null;
    return DashboardPage({
      counts,
      demo,
      errors,
      values,
      noticeMode,
      saved,
      listing: user ? { current: listing ?? null, values: listingValues } : undefined,
    });
  };

  app.get(HOME, async (req, reply) => {
    const sparat = (req.query as Record<string, unknown>).sparat;
    const saved =
      sparat === 'meddelanden' ? 'meddelanden' : sparat === 'synas' ? 'listed' : sparat === 'dold' ? 'removed' : null;
    return sendPage(reply, await dashboard(req.user, [], {}, saved));
  });

  // Whether the coordinator is listed on the public page /samordnare, and with what.
  app.post(`${HOME}/synas`, async (req, reply) => {
    const values = formValues(req.body);
    const show = values.show === '1';
    const form = show ? parseForm(listingSchema, req.body) : null;
    if (form && !form.ok) return sendPage(reply, await dashboard(req.user, form.errors, {}, null, values), 400);
    if (form?.ok) await saveListing(ctx.db, req.user!.id, form.data, ctx.now());
    else await hideListing(ctx.db, req.user!.id, ctx.now());
    // What is published about a person, and when, is worth a line in the log.
    await audit(ctx.db, {
      at: ctx.now(),
      actor: req.user,
      action: 'coordinator_listing_changed',
      details: { shown: show },
      ip: req.ip,
    });
    return reply.redirect(`${HOME}?sparat=${show ? 'synas' : 'dold'}#synas`, 303);
  });

  // A form that came back with errors leaves its own address in the bar; opened again, it is the page.
  for (const form of ['synas', 'meddelanden']) {
    app.get(`${HOME}/${form}`, async (_req, reply) => reply.redirect(`${HOME}#${form}`, 303));
  }

  app.get(COORDINATORS_PATH, async (_req, reply) => {
    const [coordinators, demo] = await Promise.all([listedCoordinators(ctx), ctx.hasDemoData()]);
    return sendPage(reply, CoordinatorsPage({ coordinators, demo }));
  });

  // How the coordinator wants to hear that something waits: at once, a morning digest, or not.
  app.post(`${HOME}/meddelanden`, async (req, reply) => {
    const mode = formValues(req.body).meddelanden;
    if (!NOTICE_MODES.includes(mode as NoticeMode)) {
      return sendPage(reply, await dashboard(req.user, [{ field: 'meddelanden', message: t.notice.invalid }]), 400);
    }
    await saveNoticeMode(ctx.db, req.user!.id, mode as NoticeMode, ctx.now());
    await audit(ctx.db, {
      at: ctx.now(),
      actor: req.user,
      action: 'notice_mode_changed',
      details: { mode },
      ip: req.ip,
    });
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
