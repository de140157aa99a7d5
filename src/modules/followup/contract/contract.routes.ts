import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../../platform/audit/audit.service.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { isoDate } from '../../../platform/calendar.js';
import type { FieldError } from '../../../platform/http/errors.js';
import { formValuesWithLists, parseForm, type FormValues } from '../../../platform/http/form.js';
import { sendTable } from '../../../platform/http/table-export.js';
import { ErrorPage } from '../../../platform/views/layout.js';
import { sendPage } from '../../../platform/views/render.js';
import { COMMITMENT_STATUSES, type CommitmentStatus } from '../commitment/commitment.rules.js';
import type { FollowupContext } from '../db.js';
import { ContractFormPage } from './contract-form.views.js';
import { contractsTable } from './contract.export.js';
import {
  changeContractPath,
  CONTRACTS_EXPORT_PATH,
  contractPath,
  FOLLOWUP_HOME,
  NEW_CONTRACT_PATH,
} from './contract.paths.js';
import { changeContract, contractToChange, valuesOfContract } from './contract.change.js';
import type { Contract } from './contract.types.js';
import { registerReportRoute, sendContractPage } from './contract.page.js';
import { contractSchema } from './contract.schema.js';
import { addContract, awardsWithoutContract, labourMarketUnits, lotToContract } from './contract.new.js';
import { followUp, followUpPage } from './contract.service.js';
import { contractText } from './contract.text.js';
import { lotName, NEW_CONTRACT_VALUES, valuesFromLot } from './contract.values.js';
import { FollowUpListPage } from './list.views.js';

/** Contracts per page of the list: a page a screen reader can get through. */
const LIST_PAGE_SIZE = 50;

/**
 * The buyer's follow-up (issue 12 §1–2): the list of the organisation's contracts with each
 * commitment's status, a contract by hand or from an awarded lot, a contract's page where the
 * buyer reports too, and the list as CSV/XLSX. access.ts lets buyers, coordinators and
 * administrators in; the organisation is always the signed-in user's own, never the address's.
 */
export function registerContractRoutes(app: FastifyInstance, ctx: FollowupContext): void {
  const userOf = (req: FastifyRequest) => req.user as CurrentUser;
  const today = () => isoDate(ctx.now());

  app.get(FOLLOWUP_HOME, async (req, reply) => {
    const user = userOf(req);
    const raw = (req.query as Record<string, unknown>).status;
    const status = COMMITMENT_STATUSES.find((s) => s === raw) ?? null;
    const org = user.organisationId;
    const asked = Number((req.query as Record<string, unknown>).sida);
    const [list, awards, demo] = await Promise.all([
      org === null
        ? null
        : followUpPage(ctx, { partyOrganisationId: org }, today(), {
            status,
            page: Number.isSafeInteger(asked) && asked > 0 ? asked : 1,
            pageSize: LIST_PAGE_SIZE,
          }),
      org === null ? { lots: [], total: 0 } : awardsWithoutContract(ctx, org),
      ctx.hasDemoData(),
    ]);
    const counts =
      list?.counts ?? (Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0])) as Record<CommitmentStatus, number>);
    const items = list?.items ?? [];
    const page = list?.page ?? 1;
    const pageCount = Math.max(1, Math.ceil((list?.total ?? 0) / LIST_PAGE_SIZE));
    reply.header('cache-control', 'no-store');
    return sendPage(
      reply,
      FollowUpListPage({
        items,
        total: list?.total ?? 0,
        page,
        pageCount,
        counts,
        status,
        awards,
        hasOrganisation: org !== null,
        demo,
      }),
    );
  });

  app.get(NEW_CONTRACT_PATH, async (req, reply) => {
    const user = userOf(req);
    const q = req.query as Record<string, unknown>;
    const demo = await ctx.hasDemoData();
    if (user.organisationId === null) return sendPage(reply, noOrganisation(demo));
    const opportunityId = Number(q.upphandling);
    const position = Number(q.delomrade);
    if (q.upphandling === undefined)
      return sendPage(
        reply,
        ContractFormPage({ values: NEW_CONTRACT_VALUES, labourMarkets: await labourMarketUnits(ctx), demo }),
      );
    const lot =
      Number.isSafeInteger(opportunityId) && Number.isSafeInteger(position)
        ? await lotToContract(ctx, user.organisationId, { opportunityId, position })
        : { ok: false as const, message: contractText.errors.lotGone };
    if (!lot.ok) {
      // A second click on "Skapa avtal": the contract made the first time.
      if ('existing' in lot && lot.existing !== undefined) return reply.redirect(contractPath(lot.existing), 303);
      return sendPage(
        reply,
        ErrorPage({ title: contractText.form.newTitle, text: lot.message, demo, path: FOLLOWUP_HOME }),
        404,
      );
    }
    return sendPage(
      reply,
      ContractFormPage({
        values: valuesFromLot(lot.lot),
        lotName: lotName(lot.lot),
        labourMarkets: await labourMarketUnits(ctx),
        demo,
      }),
    );
  });

  app.post(NEW_CONTRACT_PATH, async (req, reply) => {
    const user = userOf(req);
    const values: FormValues = formValuesWithLists(req.body);
    const again = async (errors: { field: string; message: string }[]) => {
      // The form of an awarded lot keeps its heading when shown again.
      const lot = await lotOfForm(values);
      const demo = await ctx.hasDemoData();
      return sendPage(
        reply,
        ContractFormPage({
          values,
          errors,
          lotName: lot ? lotName(lot) : null,
          labourMarkets: await labourMarketUnits(ctx),
          demo,
        }),
        400,
      );
    };
    const lotOfForm = async (v: FormValues) => {
      const opportunityId = Number(v.opportunityId);
      const position = Number(v.lotPosition);
      const org = user.organisationId;
      if (!opportunityId || !Number.isSafeInteger(opportunityId) || !Number.isSafeInteger(position) || org === null)
        return null;
      const found = await lotToContract(ctx, org, { opportunityId, position });
      return found.ok ? found.lot : null;
    };
    const form = parseForm(contractSchema, req.body);
    if (!form.ok) return again(form.errors);
    const saved = await addContract(ctx, user, form.data, req.ip);
    if (!saved.ok) return again(saved.errors);
    return reply.redirect(`${contractPath(saved.data)}?klart=sparat`, 303);
  });

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`${CONTRACTS_EXPORT_PATH}.${format}`, async (req, reply) => {
      const org = userOf(req).organisationId;
      if (org === null) return sendPage(reply, noOrganisation(await ctx.hasDemoData()));
      const items = await followUp(ctx, { partyOrganisationId: org }, today());
      const t = contractText.exportColumns;
      const user = userOf(req);
      await audit(ctx.db, {
        at: ctx.now(),
        actor: user,
        action: 'export',
        subject: 'contracts',
        details: { format, rows: items.length },
        ip: req.ip,
      });
      reply.header('cache-control', 'no-store');
      return sendTable(reply, contractsTable(items), format, `${t.file}-${today()}`, t.sheet);
    });
  }

  const page = (req: FastifyRequest, reply: FastifyReply, extra: Parameters<typeof sendContractPage>[4] = {}) =>
    sendContractPage(
      ctx,
      req,
      reply,
      { navPath: FOLLOWUP_HOME, pathOf: contractPath, back: FOLLOWUP_HOME, changePathOf: changeContractPath },
      extra,
    );
  app.get(`${FOLLOWUP_HOME}/avtal/:id`, (req, reply) => page(req, reply));

  /** The contract its buyer may change, else the 404 page (never saying whose it is). */
  const changeable = async (req: FastifyRequest, reply: FastifyReply) => {
    const c = await contractToChange(ctx, userOf(req), Number((req.params as { id: string }).id));
    if (c) return c;
    const demo = await ctx.hasDemoData();
    const t = contractText.page;
    sendPage(reply, ErrorPage({ title: t.breadcrumb, text: t.notYours, demo, path: FOLLOWUP_HOME }), 404);
    return null;
  };
  const changePage = async (c: Contract, values: FormValues, errors: FieldError[] = []) =>
    ContractFormPage({
      values,
      errors,
      labourMarkets: await labourMarketUnits(ctx),
      changing: { action: changeContractPath(c.id), title: c.title },
      demo: await ctx.hasDemoData(),
    });
  app.get(`${FOLLOWUP_HOME}/avtal/:id/andra`, async (req, reply) => {
    const c = await changeable(req, reply);
    if (!c) return reply;
    return sendPage(reply, await changePage(c, valuesOfContract(c)));
  });
  app.post(`${FOLLOWUP_HOME}/avtal/:id/andra`, async (req, reply) => {
    const c = await changeable(req, reply);
    if (!c) return reply;
    const values = formValuesWithLists(req.body);
    const form = parseForm(contractSchema, req.body);
    const saved = form.ok ? await changeContract(ctx, userOf(req), c, form.data, req.ip) : form;
    if (!saved.ok) return sendPage(reply, await changePage(c, values, saved.errors), 400);
    return reply.redirect(`${contractPath(c.id)}?klart=sparat`, 303);
  });
  registerReportRoute(app, ctx, `${FOLLOWUP_HOME}/avtal/:id/rapport/:commitmentId`, page);
}

/** Not a refusal (the role may come in): the account lacks an organisation, and the page says what to do. */
function noOrganisation(demo: boolean) {
  return ErrorPage({
    title: contractText.list.title,
    text: contractText.list.noOrganisation,
    demo,
    path: FOLLOWUP_HOME,
  });
}
