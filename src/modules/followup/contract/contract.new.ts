import type { CurrentUser } from '../../../platform/auth/roles.js';
import { isoDate } from '../../../platform/calendar.js';
import { isUniqueViolation } from '../../../platform/db/errors.js';
import type { FormResult } from '../../../platform/http/form.js';
import { awardedLot, awardedLotsOf, type AwardedLot } from '../../procurement/index.js';
import { supplierByOrgnr } from '../../register/index.js';
import type { FollowupContext } from '../db.js';
import {
  selectContractedLots,
  selectContractIdForLot,
  selectLabourMarketOrganisations,
} from './contract.repository.js';
import type { ContractInput } from './contract.schema.js';
import { createContract } from './contract.service.js';
import { contractText } from './contract.text.js';

/*
 * A new contract as a buyer enters it (issue 12 §1): by hand or from one of the organisation's
 * awarded lots, with its supplier and labour-market unit checked; contract.service.ts stores it.
 */

/** The organisation's awarded lots that have no contract yet: the follow-up page offers to make them. */
export async function awardsWithoutContract(
  ctx: FollowupContext,
  organisationId: number,
  limit = AWARDS_SHOWN,
): Promise<{ lots: AwardedLot[]; total: number }> {
  const contracted = await selectContractedLots(ctx.db, organisationId);
  const except = new Set(contracted.map((c) => `${c.opportunity_id}:${c.lot_position}`));
  return awardedLotsOf(ctx.db, organisationId, { except, limit });
}

/** Awarded lots without a contract the follow-up list offers at a time, latest first. */
const AWARDS_SHOWN = 20;

/** The awarded lot a new contract is made from, when it is the organisation's and has none yet. */
export async function lotToContract(
  ctx: FollowupContext,
  organisationId: number,
  award: { opportunityId: number; position: number },
): Promise<{ ok: true; lot: AwardedLot } | { ok: false; message: string; existing?: number }> {
  const t = contractText.errors;
  const lot = await awardedLot(ctx.db, award.opportunityId, award.position);
  if (!lot || lot.buyerOrganisationId !== organisationId) return { ok: false, message: t.lotGone };
  const existing = await selectContractIdForLot(ctx.db, award.opportunityId, award.position);
  if (existing !== undefined) return { ok: false, message: t.lotTaken, existing };
  return { ok: true, lot };
}

/**
 * A contract entered by a buyer (by hand, or from one of its awarded lots): the supplier's org.nr
 * must be a published enterprise of the register (which can then report itself); a supplier
 * outside it is named. One contract per awarded lot, also when two clicks race (a unique index).
 */
export async function addContract(
  ctx: FollowupContext,
  user: CurrentUser,
  input: ContractInput,
  ip: string | null,
): Promise<FormResult<number>> {
  const t = contractText.errors;
  const organisationId = user.organisationId;
  if (organisationId === null)
    return { ok: false, errors: [{ field: 'form', message: contractText.list.noOrganisation }] };
  const parties = await checkParties(ctx, input);
  if (!parties.ok) return parties;
  const supplier = parties.data;
  if (input.award) {
    const lot = await lotToContract(ctx, organisationId, input.award);
    if (!lot.ok) return { ok: false, errors: [{ field: 'form', message: lot.message }] };
  }
  try {
    const id = await createContract(
      ctx,
      {
        buyerOrganisationId: organisationId,
        title: input.title,
        opportunityId: input.award?.opportunityId ?? null,
        lotPosition: input.award?.position ?? null,
        supplierEnterpriseId: supplier?.id ?? null,
        supplierName: supplier?.name ?? input.supplierName,
        starts: input.starts,
        ends: input.ends,
        value: input.value,
        currency: 'SEK',
        reservation: input.reservation,
        labourMarketOrganisationId: input.labourMarketOrganisationId,
        source: input.award ? 'award' : 'manual',
        commitments: input.commitment ? [input.commitment] : [],
      },
      user.id,
      { actor: user, ip },
    );
    return { ok: true, data: id };
  } catch (e) {
    if (isUniqueViolation(e)) return { ok: false, errors: [{ field: 'form', message: t.lotTaken }] };
    throw e;
  }
}

/**
 * The supplier of a contract form (the register's published enterprise for an org.nr, else the
 * name written) and its labour-market unit (one of the listed): checked as the new and the
 * change form save them.
 */
export async function checkParties(
  ctx: FollowupContext,
  input: Pick<ContractInput, 'supplierOrgnr' | 'labourMarketOrganisationId'>,
): Promise<FormResult<{ id: number; name: string } | null>> {
  const t = contractText.errors;
  let supplier: { id: number; name: string } | null = null;
  if (input.supplierOrgnr !== null) {
    supplier = await supplierByOrgnr(ctx.db, input.supplierOrgnr, isoDate(ctx.now()));
    if (!supplier)
      return { ok: false, errors: [{ field: 'supplierOrgnr', message: t.notInRegister(input.supplierOrgnr) }] };
  }
  if (
    input.labourMarketOrganisationId !== null &&
    !(await labourMarketUnits(ctx)).some((o) => o.id === input.labourMarketOrganisationId)
  )
    return { ok: false, errors: [{ field: 'labourMarket', message: t.labourMarket }] };
  return { ok: true, data: supplier };
}

/** The AME and samordningsförbund a buyer may name on a contract as reporting too. */
export function labourMarketUnits(ctx: FollowupContext): Promise<{ id: number; name: string }[]> {
  return selectLabourMarketOrganisations(ctx.db);
}
