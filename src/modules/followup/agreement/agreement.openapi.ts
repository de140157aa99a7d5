import type { OpenApiPart } from '../../../platform/api/openapi.js';
import { AgreementListSchema, AgreementSchema } from './agreement.api.js';
import { AGREEMENTS_API } from './agreement.api.routes.js';

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };

/** The agreements' part of the OpenAPI document: signed in, as a coordinator or administrator. */
export function agreementOpenApi(): OpenApiPart {
  return {
    tags: [],
    schemas: { Agreement: AgreementSchema, AgreementList: AgreementListSchema },
    paths: {
      [AGREEMENTS_API]: {
        get: {
          tags: ['Arbetsträning'],
          operationId: 'listAgreements',
          summary: 'Arbetsträningsöverenskommelser',
          description:
            'Kräver inloggning (sessionens kaka) som samordnare eller administratör: en samordnare ser sin organisations överenskommelser, en administratör alla. Bara antal, datum och koder, aldrig uppgifter om deltagarna.',
          parameters: [
            {
              name: 'page',
              in: 'query',
              description: 'Sidnummer, från 1.',
              schema: { type: 'integer', minimum: 1, default: 1 },
            },
            {
              name: 'pageSize',
              in: 'query',
              description: 'Antal per sida.',
              schema: { type: 'integer', minimum: 1, maximum: 100, default: 50 },
            },
          ],
          responses: {
            '200': {
              description: 'En sida överenskommelser och totalt antal.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/AgreementList' } } },
            },
            '400': { $ref: '#/components/responses/BadRequest' },
            '401': { description: 'Inte inloggad (`unauthorized`).', content: errorContent },
            '403': { description: 'Rollen ger inte tillgång (`forbidden`).', content: errorContent },
          },
        },
      },
    },
  };
}
