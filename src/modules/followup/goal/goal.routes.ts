import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { isoDate } from '../../../platform/calendar.js';
import { formValues, parseForm } from '../../../platform/http/form.js';
import { sendTable } from '../../../platform/http/table-export.js';
import { ErrorPage } from '../../../platform/views/layout.js';
import { sendPage } from '../../../platform/views/render.js';
import type { FollowupContext } from '../db.js';
import { goalTable } from './goal.file.js';
import { GOALS_PATH, GOALS_PUBLICITY_PATH, OPEN_GOALS_PATH } from './goal.paths.js';
import { publicitySchema, targetsSchema } from './goal.schema.js';
import { goalOverview, goalYears, openGoals, publicOrganisations, saveTargets, setPublicity } from './goal.service.js';
import { goalText } from './goal.text.js';
import { GoalPage, OpenGoalsListPage, OpenGoalsPage, type GoalPageProps } from './goal.views.js';

const NOTICES = { sparat: 'saved', oppet: 'public_on', stangt: 'public_off' } as const;

/**
 * Goals (issue 12 §3): an organisation's own page under /uppfoljning (access.ts lets buyers,
 * coordinators and administrators in; each sees the organisation of their account, and nothing
 * else), its file, and the open pages under /mal for organisations that chose to show theirs.
 * Forms answer with a redirect once saved.
 */
export function registerGoalRoutes(app: FastifyInstance, ctx: FollowupContext): void {
  const thisYear = () => Number(isoDate(ctx.now()).slice(0, 4));
  const userOf = (req: FastifyRequest) => req.user as CurrentUser;

  /** The account's organisation, or the page that says there is none. */
  const organisationOf = async (req: FastifyRequest, reply: FastifyReply, status: number): Promise<number | null> => {
    const id = userOf(req).organisationId;
    if (id !== null) return id;
    const demo = await ctx.hasDemoData();
    sendPage(
      reply,
      ErrorPage({ title: goalText.noOrganisationTitle, text: goalText.noOrganisation, demo, path: GOALS_PATH }),
      status,
    );
    return null;
  };

  const sendGoalPage = async (
    reply: FastifyReply,
    organisationId: number,
    extra: Pick<GoalPageProps, 'values' | 'errors' | 'notice'>,
    status = 200,
  ) => {
    const year = thisYear();
    const [overview, demo] = await Promise.all([goalOverview(ctx, organisationId, year), ctx.hasDemoData()]);
    if (!overview) throw new Error(`the organisation ${organisationId} of a signed-in user is gone`);
    reply.header('cache-control', 'no-store');
    return sendPage(reply, GoalPage({ overview, editable: goalYears(year).editable, demo, ...extra }), status);
  };

  app.get(GOALS_PATH, async (req, reply) => {
    const organisationId = await organisationOf(req, reply, 200);
    if (organisationId === null) return reply;
    const done = (req.query as Record<string, unknown>).klart;
    const notice = typeof done === 'string' && done in NOTICES ? NOTICES[done as keyof typeof NOTICES] : null;
    return sendGoalPage(reply, organisationId, { notice });
  });

  app.post(GOALS_PATH, async (req, reply) => {
    const organisationId = await organisationOf(req, reply, 400);
    if (organisationId === null) return reply;
    const form = parseForm(targetsSchema(goalYears(thisYear()).editable), req.body);
    if (!form.ok)
      return sendGoalPage(reply, organisationId, { values: formValues(req.body), errors: form.errors }, 400);
    await saveTargets(ctx, userOf(req), organisationId, form.data, req.ip);
    return reply.redirect(`${GOALS_PATH}?klart=sparat`, 303);
  });

  app.post(GOALS_PUBLICITY_PATH, async (req, reply) => {
    const organisationId = await organisationOf(req, reply, 400);
    if (organisationId === null) return reply;
    const form = parseForm(publicitySchema, req.body);
    const isPublic = form.ok && form.data;
    await setPublicity(ctx, userOf(req), organisationId, isPublic, req.ip);
    return reply.redirect(`${GOALS_PATH}?klart=${isPublic ? 'oppet' : 'stangt'}`, 303);
  });

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`${GOALS_PATH}.${format}`, async (req, reply) => {
      const organisationId = await organisationOf(req, reply, 404);
      if (organisationId === null) return reply;
      const year = thisYear();
      const overview = await goalOverview(ctx, organisationId, year);
      if (!overview) throw new Error(`the organisation ${organisationId} of a signed-in user is gone`);
      reply.header('cache-control', 'no-store');
      return sendTable(reply, goalTable(overview), format, `mal-${year}`, goalText.export.sheet);
    });
  }

  app.get(OPEN_GOALS_PATH, async (_req, reply) => {
    const [items, demo] = await Promise.all([publicOrganisations(ctx), ctx.hasDemoData()]);
    return sendPage(reply, OpenGoalsListPage({ items, demo }));
  });

  app.get(`${OPEN_GOALS_PATH}/:organisationId`, async (req, reply) => {
    const raw = (req.params as { organisationId: string }).organisationId;
    const overview = /^\d{1,9}$/.test(raw) ? await openGoals(ctx, Number(raw), thisYear()) : null;
    const demo = await ctx.hasDemoData();
    if (!overview) {
      const t = goalText.open;
      return sendPage(
        reply,
        ErrorPage({ title: t.notPublicTitle, text: t.notPublic, demo, path: OPEN_GOALS_PATH }),
        404,
      );
    }
    return sendPage(reply, OpenGoalsPage({ overview, demo }));
  });
}
