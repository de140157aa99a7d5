import type { OpenApiPart } from '../../../platform/api/openapi.js';
import { COMMITMENT_STATUSES } from '../commitment/commitment.rules.js';
import { CommitmentSchema, ContractListSchema, ContractSchema } from './contract.api.js';
import { CONTRACTS_API, CONTRACTS_MAX_PAGE_SIZE } from './contract.api.routes.js';

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
const json = (description: string, schema: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
});
const signInNeeded = { description: 'Inte inloggad (`unauthorized`).', content: errorContent };

/** The follow-up module's part of the OpenAPI document: contracts, behind sign-in. */
export function contractOpenApi(): OpenApiPart {
  return {
    tags: [
      {
        name: 'Uppföljning',
        description:
          'Avtal med sysselsättningsfrämjande villkor och hur de uppfylls, som antal och datum. Kräver inloggning: köpare och samordnare ser sin organisations avtal, ett företag sina egna.',
      },
    ],
    examples: {
      listContracts: [[`${CONTRACTS_API}?status=at_risk`, 'Avtal med något åtagande i riskzonen (inloggad).']],
    },
    schemas: { Commitment: CommitmentSchema, Contract: ContractSchema, ContractList: ContractListSchema },
    paths: {
      [CONTRACTS_API]: {
        get: {
          tags: ['Uppföljning'],
          operationId: 'listContracts',
          summary: 'Era avtal och åtaganden',
          description:
            'Den inloggades avtal, senast startade först, varje åtagande med sin status i dag. Som sidan /uppfoljning (eller Mitt företag för ett företag).',
          parameters: [
            {
              name: 'status',
              in: 'query',
              description: 'Bara avtal med något åtagande i den statusen.',
              schema: { type: 'string', enum: [...COMMITMENT_STATUSES] },
            },
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
              schema: { type: 'integer', minimum: 1, maximum: CONTRACTS_MAX_PAGE_SIZE, default: 100 },
            },
          ],
          responses: {
            '200': json('En sida avtal och totalt antal.', 'ContractList'),
            '400': { $ref: '#/components/responses/BadRequest' },
            '401': signInNeeded,
          },
        },
      },
      [`${CONTRACTS_API}/{id}`]: {
        get: {
          tags: ['Uppföljning'],
          operationId: 'getContract',
          summary: 'Ett avtal',
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              description: 'Id, ett heltal.',
              schema: { type: 'integer', minimum: 1 },
            },
          ],
          responses: {
            '200': json('Avtalet med sina åtaganden.', 'Contract'),
            '401': signInNeeded,
            '404': {
              description: 'Inget avtal med id:t hör till er (`contract_not_found`).',
              content: errorContent,
            },
          },
        },
      },
    },
  };
}
