import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { audit } from '../../../platform/audit/audit.service.js';
import { isoDate } from '../../../platform/calendar.js';
import type { FieldError } from '../../../platform/http/errors.js';
import { formValuesWithLists, parseForm, type FormValues } from '../../../platform/http/form.js';
import { firstParam, type RawQuery } from '../../../platform/http/query.js';
import { sendTable, type TableFormat } from '../../../platform/http/table-export.js';
import { ErrorPage } from '../../../platform/views/layout.js';
import { sendPage } from '../../../platform/views/render.js';
import type { Supplier } from '../../register/index.js';
import type { FollowupContext } from '../db.js';
import { agreementTable } from './agreement.export.js';
import { AGREEMENTS_PATH, agreementPath, NEW_AGREEMENT_PATH } from './agreement.paths.js';
import { agreementTermsSchema } from './agreement.schema.js';
import {
  agreementFor,
  agreementsFor,
  changeAgreement,
  lookUpEnterprise,
  mayRegister,
  registerAgreement,
} from './agreement.service.js';
import { agreementText } from './agreement.text.js';
import type { Agreement } from './agreement.types.js';
import { AgreementFormPage, AgreementListPage, AgreementPage, agreementValues } from './agreement.views.js';

/**
 * The coordinators' work-training agreements (issue 12 §4): the list, the form (new and change),
 * one agreement's page, and the list as CSV or XLSX. access.ts lets coordinators and
 * administrators in (the module's rule for /uppfoljning/arbetstraning); the service decides which
 * agreements each sees. Every form answers with a redirect once saved.
 */
export function registerAgreementRoutes(app: FastifyInstance, ctx: FollowupContext): void {
  const userOf = (req: FastifyRequest) => req.user as CurrentUser;
  const today = () => isoDate(ctx.now());

  /** A page that says why there is nothing here, with the menu and the way on. */
  const explain = async (reply: FastifyReply, title: string, text: string, status: number) => {
    const page = ErrorPage({ title, text, demo: await ctx.hasDemoData(), path: AGREEMENTS_PATH });
    return sendPage(reply, page, status);
  };
  const notFound = (reply: FastifyReply) => explain(reply, agreementText.list.title, agreementText.page.notFound, 404);
  /**
   * A user who may not register (an account without an organisation): 200 to look at, 409 to a
   * form sent anyway (the role may, the account not yet).
   */
  const cannotRegister = (reply: FastifyReply, status: 200 | 409) =>
    explain(reply, agreementText.form.newTitle, agreementText.list.noOrganisation, status);
  const idOf = (req: FastifyRequest) => Number((req.params as { id: string }).id);

  app.get(AGREEMENTS_PATH, async (req, reply) => {
    const user = userOf(req);
    const [agreements, demo] = await Promise.all([agreementsFor(ctx, user), ctx.hasDemoData()]);
    reply.header('cache-control', 'no-store');
    const page = AgreementListPage({
      agreements,
      today: today(),
      mayRegister: mayRegister(user),
      seesAll: user.role === 'admin',
      demo,
    });
    return sendPage(reply, page);
  });

  for (const format of ['csv', 'xlsx'] as const satisfies TableFormat[]) {
    app.get(`${AGREEMENTS_PATH}/export.${format}`, async (req, reply) => {
      const user = userOf(req);
      const agreements = await agreementsFor(ctx, user);
      await audit(ctx.db, {
        at: ctx.now(),
        actor: user,
        action: 'export',
        subject: 'training_agreements',
        details: { format, rows: agreements.length },
        ip: req.ip,
      });
      const t = agreementText.export;
      return sendTable(reply, agreementTable(agreements, today()), format, t.file, t.sheet);
    });
  }

  const formPage = async (
    reply: FastifyReply,
    p: { agreement: Agreement | null; values: FormValues; errors: FieldError[]; candidates?: Supplier[] },
    status = 200,
  ) => {
    const demo = await ctx.hasDemoData();
    reply.header('cache-control', 'no-store');
    return sendPage(reply, AgreementFormPage({ candidates: [], ...p, demo }), status);
  };

  app.get(NEW_AGREEMENT_PATH, async (req, reply) => {
    if (!mayRegister(userOf(req))) return cannotRegister(reply, 200);
    return formPage(reply, { agreement: null, values: {}, errors: [] });
  });

  app.post(NEW_AGREEMENT_PATH, async (req, reply) => {
    const user = userOf(req);
    if (!mayRegister(user)) return cannotRegister(reply, 409);
    const values = formValuesWithLists(req.body);
    const raw = (req.body ?? {}) as RawQuery;
    const [terms, enterprise] = await Promise.all([
      Promise.resolve(parseForm(agreementTermsSchema, req.body)),
      lookUpEnterprise(ctx, firstParam(raw, 'enterprise') ?? '', firstParam(raw, 'enterpriseId')),
    ]);
    if (!terms.ok || !enterprise.ok) {
      const errors = [...(enterprise.ok ? [] : [enterprise.error]), ...(terms.ok ? [] : terms.errors)];
      const candidates = enterprise.ok ? [] : enterprise.candidates;
      return formPage(reply, { agreement: null, values, errors, candidates }, 400);
    }
    const id = await registerAgreement(ctx, user, enterprise.enterprise, terms.data);
    return reply.redirect(`${agreementPath(id)}?sparat=1`, 303);
  });

  app.get(`${AGREEMENTS_PATH}/:id`, async (req, reply) => {
    const agreement = await agreementFor(ctx, userOf(req), idOf(req));
    if (!agreement) return notFound(reply);
    const saved = firstParam(req.query as RawQuery, 'sparat') === '1';
    reply.header('cache-control', 'no-store');
    return sendPage(reply, AgreementPage({ agreement, today: today(), saved, demo: await ctx.hasDemoData() }));
  });

  app.get(`${AGREEMENTS_PATH}/:id/andra`, async (req, reply) => {
    const agreement = await agreementFor(ctx, userOf(req), idOf(req));
    if (!agreement) return notFound(reply);
    return formPage(reply, { agreement, values: agreementValues(agreement), errors: [] });
  });

  app.post(`${AGREEMENTS_PATH}/:id/andra`, async (req, reply) => {
    const user = userOf(req);
    const agreement = await agreementFor(ctx, user, idOf(req));
    if (!agreement) return notFound(reply);
    const terms = parseForm(agreementTermsSchema, req.body);
    if (!terms.ok) {
      return formPage(reply, { agreement, values: formValuesWithLists(req.body), errors: terms.errors }, 400);
    }
    await changeAgreement(ctx, user, agreement.id, terms.data);
    return reply.redirect(`${agreementPath(agreement.id)}?sparat=1`, 303);
  });
}
