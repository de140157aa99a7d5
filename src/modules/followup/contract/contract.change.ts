import { audit } from '../../../platform/audit/audit.service.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import type { FormValues } from '../../../platform/http/form.js';
import type { FormResult } from '../../../platform/http/form.js';
import { COMMITMENT_RULE } from '../commitment/commitment.rules.js';
import type { FollowupContext } from '../db.js';
import { insertCommitments, selectContract, selectReportSpan, updateContract } from './contract.repository.js';
import type { ContractInput } from './contract.schema.js';
import { checkParties } from './contract.new.js';
import { toContract } from './contract.service.js';
import { contractText } from './contract.text.js';
import type { Contract } from './contract.types.js';

/** The contract as its buyer may change it: their organisation's, whoever entered it. */
export async function contractToChange(ctx: FollowupContext, user: CurrentUser, id: number): Promise<Contract | null> {
  const row = await selectContract(ctx.db, id);
  if (!row || user.organisationId === null || row.buyer_organisation_id !== user.organisationId) return null;
  return toContract(row);
}

/** The change form filled in with the contract as it is (the commitment part empty: it adds one). */
export function valuesOfContract(c: Contract): FormValues {
  return {
    title: c.title,
    supplierOrgnr: '',
    supplierName: c.supplierName,
    starts: c.starts,
    ends: c.ends,
    value: c.value === null ? '' : String(Math.round(c.value)),
    reservation: c.reservation ?? '',
    labourMarket: c.labourMarket ? String(c.labourMarket.organisationId) : '',
    firstStart: String(COMMITMENT_RULE.firstStartWithinMonths),
    metShare: String(Math.round(COMMITMENT_RULE.metShare * 100)),
  };
}

/**
 * The buyer corrects a contract (issue 12 §1: a period an award notice did not give, a supplier,
 * a value) and may add a commitment. The supplier stays as it is unless an org.nr or another name
 * is written. The period must still hold every day reported on, so that no report stops counting.
 */
export async function changeContract(
  ctx: FollowupContext,
  user: CurrentUser,
  contract: Contract,
  input: ContractInput,
  ip: string | null,
): Promise<FormResult<number>> {
  const t = contractText.errors;
  const parties = await checkParties(ctx, input);
  if (!parties.ok) return parties;
  const span = await selectReportSpan(ctx.db, contract.id);
  if (span && (input.starts > span.first || input.ends < span.last))
    return { ok: false, errors: [{ field: 'starts', message: t.periodBeforeReports(span.first, span.last) }] };
  const supplier = parties.data;
  const sameName = supplier === null && input.supplierName === contract.supplierName;
  await ctx.db.transaction().execute(async (trx) => {
    await updateContract(trx, contract.id, {
      title: input.title,
      supplier_enterprise_id: supplier?.id ?? (sameName ? contract.supplierEnterpriseId : null),
      supplier_name: supplier?.name ?? input.supplierName,
      starts_on: input.starts,
      ends_on: input.ends,
      value: input.value,
      reservation: input.reservation,
      labour_market_organisation_id: input.labourMarketOrganisationId,
    });
    const m = input.commitment;
    if (m)
      await insertCommitments(trx, [
        {
          contract_id: contract.id,
          form: m.form,
          requirement: m.requirement,
          target_group: m.targetGroup,
          persons: m.persons,
          months: m.months,
          first_start_within_months: m.firstStartWithinMonths,
          met_share: m.metShare,
        },
      ]);
    await audit(trx, {
      at: ctx.now(),
      actor: user,
      action: 'contract_changed',
      subject: `contract:${contract.id}`,
      details: { title: input.title, starts: input.starts, ends: input.ends, commitmentAdded: m !== null },
      ip,
    });
  });
  return { ok: true, data: contract.id };
}
