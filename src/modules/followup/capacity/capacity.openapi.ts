import { cachedJson, type OpenApiPart } from '../../../platform/api/openapi.js';
import { ADAPTATIONS, TARGET_GROUPS } from '../agreement/agreement.choices.js';
import { TrainingPlaceListSchema, TrainingPlaceSchema } from './capacity.api.js';
import { TRAINING_PLACES_API } from './capacity.api.routes.js';
import { MAX_PAGE_SIZE, PAGE_SIZE } from './capacity.params.js';

const query = (name: string, description: string, schema: Record<string, unknown>) => ({
  name,
  in: 'query',
  description,
  schema,
});

/** The capacity board's part of the OpenAPI document: open data, no sign-in. */
export function capacityOpenApi(): OpenApiPart {
  return {
    tags: [
      {
        name: 'Arbetsträning',
        description:
          'Lediga arbetsträningsplatser hos arbetsintegrerande sociala företag (öppna data) och samordnarnas arbetsträningsöverenskommelser (kräver inloggning).',
      },
    ],
    examples: {
      listTrainingPlaces: [
        [
          `${TRAINING_PLACES_API}?municipality=2081&adaptation=anpassade-arbetstider`,
          'Lediga platser i Borlänge med anpassade arbetstider (i en och samma överenskommelse).',
        ],
      ],
    },
    schemas: { TrainingPlace: TrainingPlaceSchema, TrainingPlaceList: TrainingPlaceListSchema },
    paths: {
      [TRAINING_PLACES_API]: {
        get: {
          tags: ['Arbetsträning'],
          operationId: 'listTrainingPlaces',
          summary: 'Lediga arbetsträningsplatser nu',
          description:
            'Företag med lediga platser i arbetsträningsöverenskommelser som gäller i dag, som på sidan /arbetstraningsplatser. freePlaces är högst places; uncertain är sant när företaget inte har bekräftat antalet på mer än 30 dagar eller uppgav fler lediga än places (uncertainReasons säger vilket). Ett företag som inte längre är publicerat i registret visas inte. Ett ogiltigt filtervärde ger 400.',
          parameters: [
            query('municipality', 'Kommun (fyrsiffrig kod) där platserna finns.', {
              type: 'string',
              pattern: '^\\d{4}$',
            }),
            query('targetGroup', 'Målgrupp.', { type: 'string', enum: TARGET_GROUPS.map((c) => c.code) }),
            query('adaptation', 'Anpassning.', { type: 'string', enum: ADAPTATIONS.map((c) => c.code) }),
            query('page', 'Sidnummer, från 1.', { type: 'integer', minimum: 1, default: 1 }),
            query('pageSize', 'Antal per sida.', {
              type: 'integer',
              minimum: 1,
              maximum: MAX_PAGE_SIZE,
              default: PAGE_SIZE,
            }),
            { $ref: '#/components/parameters/IfNoneMatch' },
          ],
          responses: {
            ...cachedJson('En sida företag med lediga platser och totalt antal.', 'TrainingPlaceList'),
            '400': { $ref: '#/components/responses/BadRequest' },
          },
        },
      },
    },
  };
}
