import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { isoDate } from '../../../platform/calendar.js';
import { formValuesWithLists, parseForm, type FormValues } from '../../../platform/http/form.js';
import { findCpvCodes } from '../../../platform/reference/cpv.find.js';
import { ErrorPage } from '../../../platform/views/layout.js';
import { sendPage } from '../../../platform/views/render.js';
import { analysisPathForLot } from '../analysis/analysis.params.js';
import { analyseLots } from '../analysis/analysis.service.js';
import type { ProcurementContext } from '../db.js';
import { lotFindings, publishFindings } from '../opportunity/opportunity.checks.js';
import { basicsSchema, lotSchema, publishSchema } from '../opportunity/opportunity.schema.js';
import {
  buyerNameOf,
  createOpportunity,
  endOpportunity,
  loadOpportunity,
  mayEdit,
  ownOpportunities,
  publishOpportunity,
  removeLot,
  saveBasics,
  saveLot,
} from '../opportunity/opportunity.service.js';
import {
  endingsFrom,
  ENDING_STATUSES,
  isFinal,
  type EndingStatus,
  type Opportunity,
} from '../opportunity/opportunity.types.js';
import { loadProcurementRules } from '../settings/settings.service.js';
import { BasicsPage } from './basics.views.js';
import { basicsPath, BUYER_HOME, endPath, lotPath, matchesPath, NEW_PATH, overviewPath } from './buyer.paths.js';
import { matchesForOpportunity } from '../matching/matching.service.js';
import { interestForBuyer } from '../interest/interest.service.js';
import { BuyerMatchesPage } from '../matching/matching.views.js';
import { buyerText } from './buyer.text.js';
import { basicsValues, lotValues, one, withPickedCode } from './buyer.values.js';
import { LotPage, type LotPageProps } from './lot.views.js';
import { ConfirmEndPage } from './end.views.js';
import { OverviewPage, OwnPage } from './overview.views.js';

const PICKS = 20;

/**
 * The buyer's pages (issue 10 §1–2): their opportunities, the two forms (the opportunity, then a
 * lot at a time), the overview with the rules' findings and the publish form, and ending a
 * published one. access.ts lets buyers, coordinators and administrators in; the service decides
 * which opportunities each may change. Every form answers with a redirect once saved, so a reload
 * never sends it twice.
 */
export function registerBuyerRoutes(app: FastifyInstance, ctx: ProcurementContext): void {
  const thisYear = () => Number(isoDate(ctx.now()).slice(0, 4));
  const userOf = (req: FastifyRequest) => req.user as CurrentUser;

  /** The opportunity of the address if this user may change it, else the 404 page (never saying whose it is). */
  const editable = async (req: FastifyRequest, reply: FastifyReply): Promise<Opportunity | null> => {
    const o = await loadOpportunity(ctx.db, Number((req.params as { id: string }).id));
    if (o && mayEdit(userOf(req), o)) return o;
    const demo = await ctx.hasDemoData();
    sendPage(
      reply,
      ErrorPage({ title: buyerText.own.title, text: buyerText.overview.notYours, demo, path: BUYER_HOME }),
      404,
    );
    return null;
  };
  const positionOf = (req: FastifyRequest, o: Opportunity): number | null | 'missing' => {
    const raw = (req.params as { position: string }).position;
    if (raw === 'ny') return null;
    const n = Number(raw);
    return o.lots.some((l) => l.position === n) ? n : 'missing';
  };

  app.get(BUYER_HOME, async (req, reply) => {
    const [items, demo] = await Promise.all([ownOpportunities(ctx, userOf(req)), ctx.hasDemoData()]);
    reply.header('cache-control', 'no-store');
    return sendPage(reply, OwnPage({ items, demo }));
  });

  app.get(NEW_PATH, async (req, reply) => {
    const buyerName = (await buyerNameOf(ctx, userOf(req))) ?? '';
    const demo = await ctx.hasDemoData();
    return sendPage(
      reply,
      BasicsPage({ action: NEW_PATH, values: { buyerName }, editing: null, thisYear: thisYear(), demo }),
    );
  });

  app.post(NEW_PATH, async (req, reply) => {
    const values = formValuesWithLists(req.body);
    const form = parseForm(basicsSchema, req.body);
    if (!form.ok) {
      const demo = await ctx.hasDemoData();
      return sendPage(
        reply,
        BasicsPage({ action: NEW_PATH, values, errors: form.errors, editing: null, thisYear: thisYear(), demo }),
        400,
      );
    }
    const id = await createOpportunity(ctx, userOf(req), form.data);
    return reply.redirect(lotPath(id, null), 303);
  });

  app.get(`${BUYER_HOME}/:id`, async (req, reply) => {
    const o = await editable(req, reply);
    if (!o) return reply;
    const q = req.query as Record<string, unknown>;
    const notice =
      q.klart === 'publicerad'
        ? 'published'
        : q.klart === 'sparat'
          ? 'saved'
          : ENDING_STATUSES.find((s) => s === q.klart);
    reply.header('cache-control', 'no-store');
    return sendOverview(reply, o, { notice: notice ?? null });
  });

  const sendOverview = async (
    reply: FastifyReply,
    o: Opportunity,
    extra: {
      notice?: 'published' | 'saved' | EndingStatus | null;
      answers?: Record<string, string>;
      errors?: { field: string; message: string }[];
    },
    status = 200,
  ) => {
    const today = isoDate(ctx.now());
    const [rules, supply, matches, interest, demo] = await Promise.all([
      loadProcurementRules(ctx.db),
      analyseLots(ctx.db, o.lots, today),
      matchesForOpportunity(ctx, o),
      interestForBuyer(ctx, o),
      ctx.hasDemoData(),
    ]);
    const findings = o.status === 'draft' ? publishFindings(o, rules, ctx.now()) : [];
    return sendPage(reply, OverviewPage({ o, findings, supply, matches, interest, today, demo, ...extra }), status);
  };

  app.get(`${BUYER_HOME}/:id/matchningar`, async (req, reply) => {
    const o = await editable(req, reply);
    if (!o) return reply;
    const [perLot, demo] = await Promise.all([matchesForOpportunity(ctx, o), ctx.hasDemoData()]);
    reply.header('cache-control', 'no-store');
    return sendPage(
      reply,
      BuyerMatchesPage({
        o,
        perLot,
        today: isoDate(ctx.now()),
        demo,
        path: matchesPath(o.id),
        backHref: overviewPath(o.id),
      }),
    );
  });

  app.get(`${BUYER_HOME}/:id/uppgifter`, async (req, reply) => {
    const o = await editable(req, reply);
    if (!o) return reply;
    // An awarded or cancelled opportunity is not changed: its forms lead back to its page.
    if (isFinal(o.status)) return reply.redirect(overviewPath(o.id), 303);
    const demo = await ctx.hasDemoData();
    return sendPage(
      reply,
      BasicsPage({
        action: basicsPath(o.id),
        values: basicsValues(o),
        editing: o.title,
        published: o.status !== 'draft',
        thisYear: thisYear(),
        demo,
      }),
    );
  });

  app.post(`${BUYER_HOME}/:id/uppgifter`, async (req, reply) => {
    const o = await editable(req, reply);
    if (!o) return reply;
    const values = formValuesWithLists(req.body);
    const form = parseForm(basicsSchema, req.body);
    const again = async (errors: { field: string; message: string }[]) =>
      sendPage(
        reply,
        BasicsPage({
          action: basicsPath(o.id),
          values,
          errors,
          editing: o.title,
          published: o.status !== 'draft',
          thisYear: thisYear(),
          demo: await ctx.hasDemoData(),
        }),
        400,
      );
    if (!form.ok) return again(form.errors);
    const saved = await saveBasics(ctx, userOf(req), o.id, form.data);
    if (saved && !saved.ok) return again(saved.findings.map((f) => ({ field: f.field, message: f.message })));
    return reply.redirect(`${overviewPath(o.id)}?klart=sparat`, 303);
  });

  /** A lot's page, with what the rules say of the saved lot (shown again until the buyer saves anew). */
  const lotPage = async (
    reply: FastifyReply,
    o: Opportunity,
    position: number | null,
    values: FormValues,
    extra: Partial<LotPageProps> = {},
    status = 200,
  ) => {
    const [rules, demo] = await Promise.all([loadProcurementRules(ctx.db), ctx.hasDemoData()]);
    const lot = position === null ? undefined : o.lots.find((l) => l.position === position);
    return sendPage(
      reply,
      LotPage({
        opportunity: o,
        position,
        values,
        demo,
        removable: o.status === 'draft',
        published: o.status !== 'draft',
        findings: position === null ? [] : lotFindings(o, position, rules, ctx.now()),
        analysisPath: lot ? analysisPathForLot(lot) : null,
        ...extra,
      }),
      status,
    );
  };

  app.get(`${BUYER_HOME}/:id/delomraden/:position`, async (req, reply) => {
    const o = await editable(req, reply);
    if (!o) return reply;
    const position = positionOf(req, o);
    if (position === 'missing' || isFinal(o.status)) return reply.redirect(overviewPath(o.id), 303);
    const lot = position === null ? undefined : o.lots.find((l) => l.position === position);
    const values = lot ? lotValues(lot) : { title: o.lots.length === 0 ? o.title : '' };
    return lotPage(reply, o, position, values, { saved: (req.query as Record<string, unknown>).sparat === '1' });
  });

  app.post(`${BUYER_HOME}/:id/delomraden/:position`, async (req, reply) => {
    const o = await editable(req, reply);
    if (!o) return reply;
    const position = positionOf(req, o);
    if (position === 'missing') return reply.redirect(overviewPath(o.id), 303);
    const values: FormValues = formValuesWithLists(req.body);
    const page = (extra: Partial<LotPageProps>, status = 200) => lotPage(reply, o, position, values, extra, status);

    // The CPV finder's buttons put a code in the form and show it again; nothing is saved yet.
    if (one(values, 'useMain') || one(values, 'addCpv')) return page({ values: withPickedCode(values) });
    const words = one(values, 'words').trim().slice(0, 100);
    // Enter in any field presses the first button, "Hitta koder": without words it means save.
    if (one(values, 'action') === 'find' && words) {
      const found = await findCpvCodes(ctx.db, words, PICKS);
      return page({ picks: { words, page: found } });
    }
    const form = parseForm(lotSchema, req.body);
    if (!form.ok) return page({ errors: form.errors }, 400);
    const saved = await saveLot(ctx, userOf(req), o.id, position, form.data);
    if (!saved) return reply.redirect(overviewPath(o.id), 303);
    if (!saved.ok) return page({ findings: saved.findings }, 400);
    return reply.redirect(`${lotPath(o.id, saved.value.position)}?sparat=1`, 303);
  });

  app.post(`${BUYER_HOME}/:id/delomraden/:position/ta-bort`, async (req, reply) => {
    const o = await editable(req, reply);
    if (!o) return reply;
    const position = positionOf(req, o);
    if (typeof position === 'number') await removeLot(ctx, userOf(req), o.id, position);
    return reply.redirect(`${overviewPath(o.id)}?klart=sparat`, 303);
  });

  app.post(`${BUYER_HOME}/:id/publicera`, async (req, reply) => {
    const o = await editable(req, reply);
    if (!o) return reply;
    const answers = parseForm(publishSchema, req.body);
    const typed = Object.fromEntries(
      Object.entries(formValuesWithLists(req.body)).map(([k, v]) => [k, one({ v }, 'v')]),
    );
    if (!answers.ok) return sendOverview(reply, o, { answers: typed, errors: answers.errors }, 400);
    const result = await publishOpportunity(ctx, userOf(req), o.id, answers.data, req.ip);
    if (!result) return reply.redirect(BUYER_HOME, 303);
    if (!result.ok) {
      const fresh = (await loadOpportunity(ctx.db, o.id))!;
      // Each links to where it is put right: the publish form's own question, the lot, or the details.
      const own = new Set(['noLotsReason', 'dialogueHeld', 'noDialogueReason']);
      const errors = result.findings.map((f) => ({
        field: own.has(f.field) ? f.field : f.lot !== null ? `lot-${f.lot}` : 'uppgifter',
        message: f.message,
      }));
      return sendOverview(reply, fresh, { answers: typed, errors }, 400);
    }
    return reply.redirect(`${overviewPath(o.id)}?klart=publicerad`, 303);
  });

  for (const status of ENDING_STATUSES) {
    app.get(endPath(':id', status), async (req, reply) => {
      const o = await editable(req, reply);
      if (!o) return reply;
      if (!endingsFrom(o.status).includes(status)) return reply.redirect(overviewPath(o.id), 303);
      return sendPage(reply, ConfirmEndPage({ o, status, demo: await ctx.hasDemoData() }));
    });
  }

  app.post(`${BUYER_HOME}/:id/status`, async (req, reply) => {
    const o = await editable(req, reply);
    if (!o) return reply;
    const status = ENDING_STATUSES.find((s) => s === one(formValuesWithLists(req.body), 'status'));
    const done = status ? await endOpportunity(ctx, userOf(req), o.id, status, req.ip) : false;
    return reply.redirect(`${overviewPath(o.id)}${done ? `?klart=${status}` : ''}`, 303);
  });
}
