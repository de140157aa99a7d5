import { z } from 'zod';
import { listOf } from '../../../platform/api/openapi.js';
import { ADAPTATIONS, TARGET_GROUPS } from './agreement.choices.js';
import type { Agreement } from './agreement.types.js';

/** An agreement in the API (for the signed-in coordinator or administrator), in English names. It may only grow. */
export const AgreementSchema = z
  .object({
    id: z.number().int().min(1),
    diaryNumber: z.string().describe('Diarienummer (Dnr) hos organisationen.'),
    organisation: z.object({ id: z.number().int(), name: z.string() }).strict(),
    enterprise: z.object({ orgnr: z.string(), name: z.string() }).strict().describe('Anordnaren.'),
    municipality: z.string().describe('Kommunkod där platserna finns.'),
    starts: z.string().describe('Första dagen, ÅÅÅÅ-MM-DD.').meta({ format: 'date' }),
    ends: z.string().describe('Sista dagen, ÅÅÅÅ-MM-DD.').meta({ format: 'date' }),
    places: z.number().int().min(1),
    supervisors: z.number().int().min(0).describe('Antal handledare (inga namn).'),
    targetGroups: z.array(z.enum(TARGET_GROUPS.map((c) => c.code) as [string, ...string[]])),
    adaptations: z.array(z.enum(ADAPTATIONS.map((c) => c.code) as [string, ...string[]])),
    updatedAt: z.string().meta({ format: 'date-time' }),
  })
  .strict();

export const AgreementListSchema = listOf(AgreementSchema);

export function toAgreementJson(a: Agreement): z.infer<typeof AgreementSchema> {
  return {
    id: a.id,
    diaryNumber: a.diaryNumber,
    organisation: { id: a.organisationId, name: a.organisationName },
    enterprise: { orgnr: a.enterprise.orgnr, name: a.enterprise.name },
    municipality: a.municipalityCode,
    starts: a.starts,
    ends: a.ends,
    places: a.places,
    supervisors: a.supervisors,
    targetGroups: a.targetGroups,
    adaptations: a.adaptations,
    updatedAt: a.updatedAt.toISOString(),
  };
}
