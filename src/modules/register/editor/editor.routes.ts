import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireUser } from '../../../platform/auth/access.js';
import { AppError } from '../../../platform/http/errors.js';
import { formValuesWithLists } from '../../../platform/http/form.js';
import { sendPage } from '../../../platform/views/render.js';
import { isStep, one, parseStep, STEP_COUNT, valuesOf, type Step } from './editor.schema.js';
import {
  editorHome,
  missingForSubmit,
  ownEnterprise,
  saveStep,
  stepsDone,
  submitForVerification,
  withdrawSubmission,
} from './editor.service.js';
import { StepPage } from './editor.steps.views.js';
import { editorText as t } from './editor.text.js';
import { HomePage, PendingStepPage, SubmitPage } from './editor.views.js';
import { ArchivedPage, NoEnterprisePage } from './editor.blocked.views.js';
import { factsOf } from '../enterprise/enterprise.service.js';
import { PUBLIC_STATUSES } from '../enterprise/enterprise.types.js';
import { isEmailConfirmed } from '../registration/registration.service.js';
import { isoDate } from '../../../platform/calendar.js';
import { FLAGGED_FACTS } from '../enterprise/workflow.service.js';
import type { RegisterContext } from '../db.js';

/**
 * The enterprise editor's pages (issue 3 §2 and §4). access.ts lets only editors under
 * /mitt-foretag; which enterprise is never in the address but always the user's own.
 */
export function registerEditorRoutes(app: FastifyInstance, ctx: RegisterContext): void {
  app.get('/mitt-foretag', async (req, reply) => {
    const user = requireUser(req);
    const demo = await ctx.hasDemoData();
    const w = await ownEnterprise(ctx, user);
    if (!w) return sendPage(reply, NoEnterprisePage({ demo }));
    const query = req.query as Record<string, unknown>;
    const home = await editorHome(ctx, user, w);
    // Other modules' sections (procurement's "Möjligheter för er"), through the module contract.
    const sections = await Promise.all(
      ctx.composition.enterpriseSections.map((s) => s.render(ctx, user.enterpriseId!)),
    );
    return sendPage(
      reply,
      HomePage({
        demo,
        home,
        sections: sections.filter((s) => s !== null),
        email: user.email,
        saved: savedNotice(req, w.enterprise.status),
        submitted: query.skickat === '1',
        withdrawn: query.tillbakadragen === '1',
      }),
    );
  });

  app.get('/mitt-foretag/steg/:n', async (req, reply) => {
    const user = requireUser(req);
    const step = stepParam(req);
    const demo = await ctx.hasDemoData();
    const w = await ownEnterprise(ctx, user);
    if (!w) return sendPage(reply, NoEnterprisePage({ demo }), 403);
    if (w.enterprise.status === 'archived') return sendPage(reply, ArchivedPage({ demo, reason: w.archivedReason }));
    // While a coordinator decides, the facts stand still: shown, not editable (see saveStep).
    if (w.enterprise.status === 'pending')
      return sendPage(reply, PendingStepPage({ demo, step, enterprise: w.enterprise }));
    const today = isoDate(ctx.now());
    return sendPage(
      reply,
      StepPage({
        demo,
        step,
        values: valuesOf(step, factsOf(w.enterprise), today, w.registrationStep >= step),
        draft: w.enterprise.status === 'draft',
        done: stepsDone(w),
        enterpriseName: w.enterprise.name,
        saved: savedNotice(req, w.enterprise.status),
      }),
    );
  });

  app.post('/mitt-foretag/steg/:n', async (req, reply) => {
    const user = requireUser(req);
    const step = stepParam(req);
    const demo = await ctx.hasDemoData();
    const w = await ownEnterprise(ctx, user);
    if (!w) return sendPage(reply, NoEnterprisePage({ demo }), 403);
    const status = w.enterprise.status;
    if (status === 'archived') return sendPage(reply, ArchivedPage({ demo, reason: w.archivedReason }), 403);
    if (status === 'pending') {
      return sendPage(reply, PendingStepPage({ demo, step, enterprise: w.enterprise, refused: true }), 403);
    }
    const values = formValuesWithLists(req.body);
    const form = parseStep(step, values, isoDate(ctx.now()));
    if (!form.ok) {
      const page = StepPage({
        demo,
        step,
        values,
        errors: form.errors,
        draft: status === 'draft',
        done: stepsDone(w),
        enterpriseName: w.enterprise.name,
      });
      return sendPage(reply, page, 400);
    }
    const { flagged } = await saveStep(ctx, user, step, form.data);
    const query = `?sparat=1${flagged.length > 0 ? `&granskas=${flagged.join(',')}` : ''}`;
    if (one(values, 'action') === 'later') return reply.redirect(`/mitt-foretag${query}`, 303);
    if (step < STEP_COUNT) return reply.redirect(`/mitt-foretag/steg/${step + 1}${query}`, 303);
    return reply.redirect(status === 'draft' ? '/mitt-foretag/skicka' : `/mitt-foretag${query}`, 303);
  });

  // Back from pending to draft, so that the facts can be changed and sent in again.
  app.post('/mitt-foretag/dra-tillbaka', async (req, reply) => {
    const user = requireUser(req);
    try {
      await withdrawSubmission(ctx, user);
    } catch (e) {
      // Decided or withdrawn meanwhile (another tab, the coordinator): Mitt företag says where it stands.
      if (e instanceof AppError && e.id === 'conflict') return reply.redirect('/mitt-foretag', 303);
      if (e instanceof AppError && e.id === 'forbidden') {
        return sendPage(reply, NoEnterprisePage({ demo: await ctx.hasDemoData() }), 403);
      }
      throw e;
    }
    return reply.redirect('/mitt-foretag?tillbakadragen=1', 303);
  });

  app.get('/mitt-foretag/skicka', async (req, reply) => {
    const user = requireUser(req);
    const demo = await ctx.hasDemoData();
    const w = await ownEnterprise(ctx, user);
    if (!w) return sendPage(reply, NoEnterprisePage({ demo }), 403);
    // Only a draft is sent in; anything else has been already, and Mitt företag says where it stands.
    if (w.enterprise.status !== 'draft') return reply.redirect('/mitt-foretag', 303);
    const emailConfirmed = await isEmailConfirmed(ctx, user.id);
    return sendPage(
      reply,
      SubmitPage({ demo, enterprise: w.enterprise, missing: missingForSubmit(w), emailConfirmed }),
    );
  });

  app.post('/mitt-foretag/skicka', async (req, reply) => {
    const user = requireUser(req);
    try {
      await submitForVerification(ctx, user);
      return reply.redirect('/mitt-foretag?skickat=1', 303);
    } catch (e) {
      if (!(e instanceof AppError) || !['forbidden', 'invalid_form', 'conflict'].includes(e.id)) throw e;
      const demo = await ctx.hasDemoData();
      const w = await ownEnterprise(ctx, user);
      if (!w) return sendPage(reply, NoEnterprisePage({ demo }), 403);
      if (e.id === 'conflict') return reply.redirect('/mitt-foretag', 303);
      const emailConfirmed = await isEmailConfirmed(ctx, user.id);
      const page = SubmitPage({
        demo,
        enterprise: w.enterprise,
        missing: missingForSubmit(w),
        emailConfirmed,
        problem: e.message,
      });
      return sendPage(reply, page, e.status);
    }
  });
}

function stepParam(req: FastifyRequest): Step {
  const n = Number((req.params as { n: string }).n);
  if (!isStep(n)) throw new AppError('not_found', t.steps.notFound);
  return n;
}

/** The notice after a save: the next page reads it from the address the save redirected to. */
function savedNotice(req: FastifyRequest, status: string): { publicNow: boolean; flagged: string[] } | undefined {
  const query = req.query as Record<string, unknown>;
  if (query.sparat !== '1') return undefined;
  const known = new Set(FLAGGED_FACTS.map((f) => f.field));
  const flagged = typeof query.granskas === 'string' ? query.granskas.split(',').filter((f) => known.has(f)) : [];
  return { publicNow: (PUBLIC_STATUSES as readonly string[]).includes(status), flagged };
}
