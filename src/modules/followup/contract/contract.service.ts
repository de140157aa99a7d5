import { isoDate } from '../../../platform/calendar.js';
import { parseForm, type FormResult } from '../../../platform/http/form.js';
import {
  commitmentStatus,
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
  selectContracts,
  selectReports,
  type CommitmentRow,
  type ContractRow,
  type ReportRow,
} from './contract.repository.js';
import type { Contract, ContractFollowUp, NewContract, Reporter } from './contract.types.js';

/**
 * Contracts and the follow-up of their employment-promoting commitments (issue 12 §1–2): a contract
 * with its commitments is stored in one transaction; the supplier or the buyer reports counts and
 * dates against a commitment; each commitment's status on a day follows from the rule
 * (commitment.rules.ts), computed when read, never stored, so it is never out of date.
 */
export async function createContract(ctx: FollowupContext, c: NewContract, createdBy: number | null): Promise<number> {
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
): Promise<FormResult<FulfilmentReport>> {
  const parties = await selectCommitmentParties(ctx.db, commitmentId);
  const own =
    parties !== undefined &&
    (who.role === 'supplier'
      ? parties.supplier_enterprise_id === who.enterpriseId
      : parties.buyer_organisation_id === who.organisationId);
  if (!own || !parties) return { ok: false, errors: [{ field: 'form', message: commitmentText.errors.notFound }] };
  const parsed = parseForm(reportSchema, form);
  if (!parsed.ok) return parsed;
  const r = parsed.data;
  // A date that has not come, or outside the contract, would be stored and never counted.
  const t = commitmentText.errors;
  if (r.on > isoDate(ctx.now())) return { ok: false, errors: [{ field: 'on', message: t.dateAhead }] };
  if (r.on < parties.starts_on || r.on > parties.ends_on) {
    return { ok: false, errors: [{ field: 'on', message: t.dateOutside(parties.starts_on, parties.ends_on) }] };
  }
  await insertReport(ctx.db, {
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
  return { ok: true, data: r };
}

/** A buyer organisation's contracts, or a supplier's, each commitment with its status on `today`. */
export async function followUp(
  ctx: FollowupContext,
  of: { buyerOrganisationId: number } | { supplierEnterpriseId: number },
  today: string,
): Promise<ContractFollowUp[]> {
  const contracts = await selectContracts(ctx.db, of);
  const commitments = await selectCommitments(
    ctx.db,
    contracts.map((c) => c.id),
  );
  const reports = await selectReports(
    ctx.db,
    commitments.map((c) => c.id),
  );
  return contracts.map((row) => {
    const contract = toContract(row);
    return {
      contract,
      commitments: commitments
        .filter((m) => m.contract_id === row.id)
        .map((m) => {
          const commitment = toCommitment(m);
          const own = reports.filter((r) => r.commitment_id === m.id).map(toReport);
          return { id: m.id, commitment, reports: own, verdict: commitmentStatus(commitment, contract, own, today) };
        }),
    };
  });
}

function toContract(r: ContractRow): Contract {
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
    reservation: r.reservation,
    source: r.source as Contract['source'],
  };
}

function toCommitment(r: CommitmentRow): Commitment {
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

function toReport(r: ReportRow): FulfilmentReport {
  return {
    on: r.on_date,
    offered: r.offered,
    started: r.started,
    completed: r.completed,
    becameEmployment: r.became_employment,
    personMonths: Number(r.person_months),
  };
}
