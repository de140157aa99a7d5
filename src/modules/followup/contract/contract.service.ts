import { audit } from '../../../platform/audit/audit.service.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { isIsoDate, isoDate } from '../../../platform/calendar.js';
import { listIn } from '../../../platform/collections.js';
import { parseForm, type FormResult } from '../../../platform/http/form.js';
import {
  COMMITMENT_RULE,
  COMMITMENT_STATUSES,
  type CommitmentStatus,
  firstStartDeadline,
  statusFrom,
  summarise,
  type Commitment,
  type CommitmentForm,
  type FulfilmentReport,
  type RequirementKind,
} from '../commitment/commitment.rules.js';
import { reportSchema } from '../commitment/commitment.schema.js';
import { commitmentText } from '../commitment/commitment.text.js';
import type { FollowupContext } from '../db.js';
import {
  insertCommitments,
  insertContract,
  insertReport,
  selectCommitmentParties,
  selectCommitments,
  selectContract,
  selectContracts,
  selectContractPage,
  selectStatusCounts,
  type ContractParty,
  selectReports,
  type CommitmentRow,
  type ContractRow,
  type ReportRow,
} from './contract.repository.js';
import type { Contract, ContractFollowUp, NewContract, ReportEntry, Reporter } from './contract.types.js';

/**
 * Contracts and the follow-up of their employment-promoting commitments (issue 12 §1–2): a contract
 * with its commitments is stored in one transaction; the supplier or the buyer reports counts and
 * dates against a commitment; each commitment's status on a day follows from the rule
 * (commitment.rules.ts), computed when read, never stored, so it is never out of date.
 */
export async function createContract(
  ctx: FollowupContext,
  c: NewContract,
  createdBy: number | null,
  trail: { actor: CurrentUser; ip: string | null } | null = null,
): Promise<number> {
  // The forms and the award import check their input; here, what the tables cannot hold is a bug.
  for (const m of c.commitments) {
    const ok =
      Number.isInteger(m.persons) &&
      m.persons > 0 &&
      Number.isInteger(m.months) &&
      m.months > 0 &&
      Number.isInteger(m.firstStartWithinMonths) &&
      m.metShare > 0 &&
      m.metShare <= 1 &&
      Math.round(m.metShare * 1000) === m.metShare * 1000;
    if (!ok) throw new Error(`createContract: ett åtagande som inte kan sparas: ${JSON.stringify(m)}`);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertContract(trx, {
      buyer_organisation_id: c.buyerOrganisationId,
      title: c.title,
      opportunity_id: c.opportunityId,
      lot_position: c.lotPosition,
      supplier_enterprise_id: c.supplierEnterpriseId,
      supplier_name: c.supplierName,
      starts_on: c.starts,
      ends_on: c.ends,
      value: c.value,
      currency: c.currency,
      reservation: c.reservation,
      labour_market_organisation_id: c.labourMarketOrganisationId ?? null,
      source: c.source ?? 'manual',
      created_by: createdBy,
      created_at: ctx.now(),
    });
    await insertCommitments(
      trx,
      c.commitments.map((m) => ({
        contract_id: id,
        form: m.form,
        requirement: m.requirement,
        target_group: m.targetGroup,
        persons: m.persons,
        months: m.months,
        first_start_within_months: m.firstStartWithinMonths,
        met_share: m.metShare,
      })),
    );
    if (trail)
      await audit(trx, {
        at: ctx.now(),
        actor: trail.actor,
        action: 'contract_created',
        subject: `contract:${id}`,
        details: { title: c.title, supplier: c.supplierName, commitments: c.commitments.length },
        ip: trail.ip,
      });
    return id;
  });
}

/**
 * A report against a commitment, checked (counts, a date, no personnummer in the note) and only
 * from the contract's own parties: its supplier's editors or its buyer organisation.
 */
export async function reportFulfilment(
  ctx: FollowupContext,
  who: Reporter,
  commitmentId: number,
  form: unknown,
  trail: { actor: CurrentUser; ip: string | null } | null = null,
): Promise<FormResult<FulfilmentReport>> {
  const parties = await selectCommitmentParties(ctx.db, commitmentId);
  const own =
    parties !== undefined &&
    (who.role === 'supplier'
      ? parties.supplier_enterprise_id === who.enterpriseId
      : who.role === 'buyer'
        ? parties.buyer_organisation_id === who.organisationId
        : parties.labour_market_organisation_id === who.organisationId);
  if (!own || !parties) return { ok: false, errors: [{ field: 'form', message: commitmentText.errors.notFound }] };
  const parsed = parseForm(reportSchema, form);
  // What the form cannot know, checked on what was typed even when another field is wrong, so
  // that every mistake is named at once: a date that has not come or lies outside the contract
  // (it would be stored and never counted); more months than the whole commitment, a slip (45 for
  // 4,5) that would mark it met for good, since reports cannot be taken back.
  const t = commitmentText.errors;
  const raw = (form ?? {}) as Record<string, unknown>;
  const on = typeof raw.on === 'string' ? raw.on.trim() : '';
  const months = Number(
    String(raw.personMonths ?? '')
      .trim()
      .replace(',', '.'),
  );
  const agreed = parties.persons * parties.months;
  const found: { field: string; message: string }[] = [];
  if (isIsoDate(on) && on > isoDate(ctx.now())) found.push({ field: 'on', message: t.dateAhead });
  else if (isIsoDate(on) && (on < parties.starts_on || on > parties.ends_on))
    found.push({ field: 'on', message: t.dateOutside(parties.starts_on, parties.ends_on) });
  if (Number.isFinite(months) && months > agreed)
    found.push({ field: 'personMonths', message: t.tooManyMonths(agreed) });
  if (!parsed.ok || found.length > 0) {
    const first = parsed.ok ? [] : parsed.errors;
    return { ok: false, errors: [...first, ...found.filter((e) => !first.some((f) => f.field === e.field))] };
  }
  const r = parsed.data;
  await ctx.db.transaction().execute(async (trx) => {
    await insertReport(trx, {
      commitment_id: commitmentId,
      on_date: r.on,
      offered: r.offered,
      started: r.started,
      completed: r.completed,
      became_employment: r.becameEmployment,
      person_months: r.personMonths,
      note: r.note,
      reporter_role: who.role,
      reported_by: who.userId,
      created_at: ctx.now(),
    });
    if (trail) {
      const { offered, started, completed, becameEmployment, personMonths } = r;
      await audit(trx, {
        at: ctx.now(),
        actor: trail.actor,
        action: 'fulfilment_reported',
        subject: `commitment:${commitmentId}`,
        details: { on: r.on, offered, started, completed, becameEmployment, personMonths },
        ip: trail.ip,
      });
    }
  });
  return { ok: true, data: r };
}

/**
 * A buyer organisation's contracts, or a supplier's, each commitment with its status on `today`,
 * from totals added up in the database (the follow-up list; the reports themselves are on each
 * contract's page).
 */
export async function followUp(
  ctx: FollowupContext,
  of: { partyOrganisationId: number } | { supplierEnterpriseId: number },
  today: string,
): Promise<ContractFollowUp[]> {
  return followUpOf(ctx, await selectContracts(ctx.db, of), today);
}

/**
 * These contracts, each commitment with its status on `today`, from the totals each commitment
 * keeps of its reports (contract.repository.ts insertReport): a list reads one row per commitment.
 */
export async function followUpOf(
  ctx: FollowupContext,
  rows: readonly ContractRow[],
  today: string,
): Promise<ContractFollowUp[]> {
  const contracts = rows.map(toContract);
  const byContract = new Map<number, ContractFollowUp['commitments']>();
  const contractById = new Map(contracts.map((c) => [c.id, c]));
  for (const row of await selectCommitments(
    ctx.db,
    contracts.map((c) => c.id),
  )) {
    const contract = contractById.get(row.contract_id)!;
    const commitment = toCommitment(row);
    const summary = {
      totals: {
        offered: row.offered_total,
        started: row.started_total,
        completed: row.completed_total,
        becameEmployment: row.employment_total,
        personMonths: Number(row.person_months_total),
      },
      firstStartOn: row.first_start_on,
    };
    listIn(byContract, row.contract_id).push({
      id: row.id,
      commitment,
      reports: [],
      verdict: statusFrom(commitment, contract, summary, today),
      firstStartBy: firstStartDeadline(commitment, contract),
    });
  }
  return contracts.map((contract) => ({ contract, commitments: byContract.get(contract.id) ?? [] }));
}

/** Whether the user is one of the contract's parties: its buyer organisation or its supplier's editor. */
export function isPartyTo(user: CurrentUser, c: Contract): boolean {
  if (user.role === 'enterprise_editor')
    return user.enterpriseId !== null && user.enterpriseId === c.supplierEnterpriseId;
  return (
    user.organisationId !== null &&
    (user.organisationId === c.buyerOrganisationId || user.organisationId === c.labourMarket?.organisationId)
  );
}

/** One contract with every report, for one of its parties; null for anyone else (or none such). */
export async function contractFor(
  ctx: FollowupContext,
  user: CurrentUser,
  id: number,
  today: string,
): Promise<ContractFollowUp | null> {
  const row = await selectContract(ctx.db, id);
  if (!row) return null;
  const contract = toContract(row);
  if (!isPartyTo(user, contract)) return null;
  const commitments = await selectCommitments(ctx.db, [id]);
  const reports = new Map<number, ReportEntry[]>();
  for (const r of await selectReports(
    ctx.db,
    commitments.map((m) => m.id),
  ))
    listIn(reports, r.commitment_id).push(toReport(r));
  return {
    contract,
    commitments: commitments.map((m) => {
      const commitment = toCommitment(m);
      const own = reports.get(m.id) ?? [];
      return {
        id: m.id,
        commitment,
        reports: own,
        verdict: statusFrom(commitment, contract, summarise(own, contract, today), today),
        firstStartBy: firstStartDeadline(commitment, contract),
      };
    }),
  };
}

export function toContract(r: ContractRow): Contract {
  return {
    id: r.id,
    buyerOrganisationId: r.buyer_organisation_id,
    title: r.title,
    opportunityId: r.opportunity_id,
    lotPosition: r.lot_position,
    supplierEnterpriseId: r.supplier_enterprise_id,
    supplierName: r.supplier_name,
    starts: r.starts_on,
    ends: r.ends_on,
    value: r.value === null ? null : Number(r.value),
    currency: r.currency,
    reservation: r.reservation as Contract['reservation'],
    source: r.source as Contract['source'],
    createdBy: r.created_by,
    labourMarket:
      r.labour_market_organisation_id === null
        ? null
        : { organisationId: r.labour_market_organisation_id, name: r.labour_market_name ?? '' },
  };
}

export function toCommitment(r: CommitmentRow): Commitment {
  return {
    form: r.form as CommitmentForm,
    requirement: r.requirement as RequirementKind,
    targetGroup: r.target_group,
    persons: r.persons,
    months: r.months,
    firstStartWithinMonths: r.first_start_within_months,
    metShare: Number(r.met_share),
  };
}

function toReport(r: ReportRow): ReportEntry {
  return {
    by: r.reporter_role as ReportEntry['by'],
    note: r.note,
    on: r.on_date,
    offered: r.offered,
    started: r.started,
    completed: r.completed,
    becameEmployment: r.became_employment,
    personMonths: Number(r.person_months),
  };
}

const RULE_DAYS = {
  warnFirst: COMMITMENT_RULE.warnDaysBeforeFirstStart,
  warnEnd: COMMITMENT_RULE.warnDaysBeforeEnd,
};

/**
 * A page of the follow-up list: the party's contracts with a commitment in `status` (or all),
 * newest start first, each with its commitments' status; the counts per status over all of them.
 * Counted and filtered in the database, so a buyer with thousands of contracts reads fifty.
 */
export async function followUpPage(
  ctx: FollowupContext,
  of: ContractParty,
  today: string,
  options: { status: CommitmentStatus | null; page: number; pageSize: number },
): Promise<{ items: ContractFollowUp[]; total: number; page: number; counts: Record<CommitmentStatus, number> }> {
  const read = (page: number) =>
    selectContractPage(ctx.db, of, {
      today,
      rule: RULE_DAYS,
      status: options.status,
      limit: options.pageSize,
      offset: (page - 1) * options.pageSize,
    });
  const counted = await selectStatusCounts(ctx.db, of, today, RULE_DAYS);
  let page = Math.max(1, options.page);
  let found = await read(page);
  // Past the end (?sida=999): the last page there is.
  if (found.rows.length === 0 && page > 1) {
    const total = (await read(1)).total;
    page = Math.max(1, Math.ceil(total / options.pageSize));
    found = await read(page);
  }
  const counts = Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0])) as Record<CommitmentStatus, number>;
  for (const c of counted) if (c.status in counts) counts[c.status as CommitmentStatus] = c.n;
  return { items: await followUpOf(ctx, found.rows, today), total: found.total, page, counts };
}
