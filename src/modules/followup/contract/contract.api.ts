import { z } from 'zod';
import { listOf } from '../../../platform/api/openapi.js';
import { RESERVATION_KINDS } from '../../procurement/index.js';
import { COMMITMENT_FORMS, COMMITMENT_STATUSES, REQUIREMENT_KINDS } from '../commitment/commitment.rules.js';
import type { ContractFollowUp } from './contract.types.js';

/**
 * The API's shapes of a contract and its commitments, in English names, as zod schemas: the
 * OpenAPI document is made from them and the tests check real answers against them. Counts and
 * dates only, never anything about a person. They may only grow.
 */
const isoDay = z.string().describe('Datum, ÅÅÅÅ-MM-DD.').meta({ format: 'date' });

const TotalsSchema = z
  .object({
    offered: z.number().int().min(0),
    started: z.number().int().min(0),
    completed: z.number().int().min(0),
    becameEmployment: z.number().int().min(0),
    personMonths: z.number().min(0).describe('Gjorda månader, alla personer tillsammans.'),
  })
  .strict();

export const CommitmentSchema = z
  .object({
    id: z.number().int(),
    form: z.enum(COMMITMENT_FORMS).describe('new_hire: nyanställning; placement: praktik cirka 3–6 månader; apl_lia.'),
    requirement: z.enum(REQUIREMENT_KINDS).describe('dialogue: dialogkrav; hard: skall-krav; award_bonus: mervärde.'),
    targetGroup: z.string(),
    persons: z.number().int().min(1),
    months: z.number().int().min(1).describe('Månader per person.'),
    firstStartWithinMonths: z.number().int().min(1),
    firstStartBy: isoDay.describe('Dagen då första personen senast ska ha börjat.'),
    metShare: z.number().min(0).max(1).describe('Uppfyllt när så stor andel av personer × månader är gjord.'),
    status: z.enum(COMMITMENT_STATUSES).describe('Räknad i dag ur villkoret, datumen och rapporterna.'),
    totals: TotalsSchema.describe('Det som räknas: rapporter inom avtalstiden och inte efter i dag.'),
  })
  .strict();

export const ContractSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    buyerOrganisationId: z.number().int(),
    supplier: z
      .object({
        name: z.string(),
        enterpriseId: z.number().int().nullable().describe('Företaget i registret; null för en leverantör utanför.'),
      })
      .strict(),
    opportunityId: z.number().int().nullable().describe('Den tilldelade upphandlingen, när avtalet kommer från en.'),
    lotPosition: z.number().int().nullable(),
    starts: isoDay,
    ends: isoDay,
    value: z.number().nullable(),
    currency: z.string(),
    reservation: z.enum(RESERVATION_KINDS).nullable(),
    source: z.enum(['manual', 'award', 'award_notice']),
    commitments: z.array(CommitmentSchema),
  })
  .strict();

export const ContractListSchema = listOf(ContractSchema);

export function toContractJson({ contract: c, commitments }: ContractFollowUp): z.infer<typeof ContractSchema> {
  return {
    id: c.id,
    title: c.title,
    buyerOrganisationId: c.buyerOrganisationId,
    supplier: { name: c.supplierName, enterpriseId: c.supplierEnterpriseId },
    opportunityId: c.opportunityId,
    lotPosition: c.lotPosition,
    starts: c.starts,
    ends: c.ends,
    value: c.value,
    currency: c.currency,
    reservation: c.reservation,
    source: c.source,
    commitments: commitments.map((m) => ({
      id: m.id,
      form: m.commitment.form,
      requirement: m.commitment.requirement,
      targetGroup: m.commitment.targetGroup,
      persons: m.commitment.persons,
      months: m.commitment.months,
      firstStartWithinMonths: m.commitment.firstStartWithinMonths,
      firstStartBy: m.firstStartBy,
      metShare: m.commitment.metShare,
      status: m.verdict.status,
      totals: m.verdict.totals,
    })),
  };
}
