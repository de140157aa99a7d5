import { z } from 'zod';
import { listOf } from '../../../platform/api/openapi.js';
import { ADAPTATIONS, TARGET_GROUPS } from '../agreement/agreement.choices.js';
import type { BoardEntry, UncertainReason } from './capacity.service.js';

const UNCERTAIN_REASONS = ['notConfirmed', 'moreThanPlaces'] as const;
const reasonJson: Record<UncertainReason, (typeof UNCERTAIN_REASONS)[number]> = {
  not_confirmed: 'notConfirmed',
  more_than_places: 'moreThanPlaces',
};

/**
 * The capacity board as open data, in English names, as zod schemas: the OpenAPI document is made
 * from them and the tests check real answers against them. They may only grow.
 */
const Code = (list: readonly { code: string; sv: string; en: string }[]) =>
  z
    .object({
      code: z.enum(list.map((c) => c.code) as [string, ...string[]]),
      labelSv: z.string(),
      labelEn: z.string(),
    })
    .strict();

export const TrainingPlaceSchema = z
  .object({
    enterprise: z
      .object({ orgnr: z.string().describe('Organisationsnummer, NNNNNN-NNNN.'), name: z.string() })
      .strict(),
    municipalities: z.array(z.string().describe('Kommunkod, fyra siffror.')),
    places: z.number().int().min(1).describe('Platser i överenskommelser som gäller i dag.'),
    freePlaces: z
      .number()
      .int()
      .min(1)
      .describe('Lediga platser enligt företaget, högst platserna i överenskommelser som gäller i dag (places).'),
    statedFreePlaces: z
      .number()
      .int()
      .min(1)
      .describe(
        'Lediga platser som företaget uppgav; fler än places när en överenskommelse har upphört eller fått färre platser sedan dess.',
      ),
    confirmedAt: z
      .string()
      .describe('När företaget senast bekräftade antalet (ISO 8601, UTC).')
      .meta({ format: 'date-time' }),
    uncertain: z
      .boolean()
      .describe(
        'Sant när antalet inte har bekräftats på mer än 30 dagar eller när företaget uppgav fler lediga än places.',
      ),
    uncertainReasons: z
      .array(z.enum(UNCERTAIN_REASONS))
      .describe(
        'Varför antalet är osäkert: notConfirmed (inte bekräftat på mer än 30 dagar), moreThanPlaces (fler lediga uppgivna än places). Tom när uncertain är falskt.',
      ),
    targetGroups: z.array(Code(TARGET_GROUPS)),
    adaptations: z.array(Code(ADAPTATIONS)),
  })
  .strict();

export const TrainingPlaceListSchema = listOf(TrainingPlaceSchema);

const labelled = (list: readonly { code: string; sv: string; en: string }[], code: string) => {
  const c = list.find((x) => x.code === code)!;
  return { code, labelSv: c.sv, labelEn: c.en };
};

export function toTrainingPlaceJson(e: BoardEntry): z.infer<typeof TrainingPlaceSchema> {
  return {
    enterprise: { orgnr: e.enterprise.orgnr, name: e.enterprise.name },
    municipalities: e.municipalityCodes,
    places: e.places,
    freePlaces: e.freePlaces.free,
    statedFreePlaces: e.freePlaces.stated,
    confirmedAt: e.freePlaces.confirmedAt.toISOString(),
    uncertain: e.freePlaces.uncertain,
    uncertainReasons: e.freePlaces.reasons.map((r) => reasonJson[r]),
    targetGroups: e.targetGroups.map((g) => labelled(TARGET_GROUPS, g)),
    adaptations: e.adaptations.map((a) => labelled(ADAPTATIONS, a)),
  };
}
