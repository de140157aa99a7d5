import { cachedJson, type OpenApiPart } from '../../../platform/api/openapi.js';
import { COUNTIES } from '../../../platform/reference/geo.js';
import { DEFAULT_OPPORTUNITY_QUERY, MAX_PAGE, MAX_PAGE_SIZE, OPPORTUNITY_SORTS } from '../listing/listing.params.js';
import { OPPORTUNITY_KINDS } from '../opportunity/opportunity.types.js';
import { LotSchema, OpportunityListSchema, OpportunitySchema } from './opportunity.api.js';

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
const query = (name: string, description: string, schema: Record<string, unknown>) => ({
  name,
  in: 'query',
  description,
  schema,
});

/** The procurement module's part of the OpenAPI document. */
export function opportunityOpenApi(): OpenApiPart {
  return {
    tags: [
      {
        name: 'Upphandlingar',
        description:
          'Offentliga köpares möjligheter: planerade, annonserade, direktupphandlingar och marknadsdialoger.',
      },
    ],
    examples: {
      listOpportunities: [
        ['/api/v1/opportunities?county=20&reserved=1', 'Reserverade delområden i Dalarnas län.'],
        [
          '/api/v1/opportunities?cpv=90910000&closesWithinDays=30',
          'Städning (och koderna under) som stänger inom 30 dagar.',
        ],
      ],
      opportunitiesOcds: [['/api/v1/opportunities.ocds.json?pageSize=10', 'De tio senast ändrade som OCDS.']],
      getOpportunity: [['/api/v1/opportunities?pageSize=1', 'Hämta en ur listan: apiUrl är adressen till den.']],
    },
    schemas: { Lot: LotSchema, Opportunity: OpportunitySchema, OpportunityList: OpportunityListSchema },
    paths: {
      '/api/v1/opportunities': {
        get: {
          tags: ['Upphandlingar'],
          operationId: 'listOpportunities',
          summary: 'Lista upphandlingar och möjligheter',
          description:
            'Publicerade möjligheter vars sista dag inte har passerat, med samma filter som sidan /upphandlingar. Ett ogiltigt filtervärde ger 400, aldrig ett tyst bredare resultat.',
          parameters: [
            query('kind', 'Slag.', { type: 'string', enum: [...OPPORTUNITY_KINDS] }),
            query('cpv', 'CPV-kod med åtta siffror; hittar också koderna under den.', {
              type: 'string',
              pattern: '^\\d{8}(-\\d)?$',
            }),
            query('county', 'Län (tvåsiffrig kod) där något delområde utförs.', {
              type: 'string',
              enum: COUNTIES.map((c) => c.code),
            }),
            query('municipality', 'Kommun (fyrsiffrig kod); ett delområde för hela länet räknas också.', {
              type: 'string',
              pattern: '^\\d{4}$',
            }),
            query('reserved', 'Ange 1 för bara möjligheter med något reserverat delområde.', {
              type: 'string',
              enum: ['1', '0', 'true', 'false'],
            }),
            query('closesWithinDays', 'Sista dag (eller mötet) inom så många dagar.', {
              type: 'integer',
              minimum: 1,
              maximum: 366,
            }),
            query('buyer', 'Början av den köpande organisationens namn.', { type: 'string', maxLength: 200 }),
            query('country', 'Land, ISO 3166-1 alpha-2 (SE).', { type: 'string', pattern: '^[A-Za-z]{2}$' }),
            query('sort', 'deadline: sista dag först; newest: senast publicerade först.', {
              type: 'string',
              enum: [...OPPORTUNITY_SORTS],
              default: DEFAULT_OPPORTUNITY_QUERY.sort,
            }),
            query('page', 'Sidnummer, från 1.', { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 }),
            query('pageSize', 'Antal per sida.', {
              type: 'integer',
              minimum: 1,
              maximum: MAX_PAGE_SIZE,
              default: DEFAULT_OPPORTUNITY_QUERY.pageSize,
            }),
            { $ref: '#/components/parameters/IfNoneMatch' },
          ],
          responses: {
            ...cachedJson('En sida möjligheter och totalt antal.', 'OpportunityList'),
            '400': { $ref: '#/components/responses/BadRequest' },
          },
        },
      },
      '/api/v1/opportunities.ocds.json': {
        get: {
          tags: ['Upphandlingar'],
          operationId: 'opportunitiesOcds',
          summary: 'Alla upphandlingar som OCDS-paket',
          description:
            'Ett OCDS 1.1-paket (release package) med varje publicerad, stängd, tilldelad eller avbruten möjlighet, senast ändrad först, enligt eForms-profilens mappning: delområden (lots), reserverat deltagande per delområde (otherRequirements.reservedParticipation) och reserverat genomförande (contractTerms.reservedExecution). Huvudet X-Total-Count säger hur många det finns.',
          parameters: [
            query('page', 'Sidnummer, från 1.', { type: 'integer', minimum: 1, default: 1 }),
            query('pageSize', 'Antal releaser per paket.', {
              type: 'integer',
              minimum: 1,
              maximum: 1000,
              default: 1000,
            }),
            { $ref: '#/components/parameters/IfNoneMatch' },
          ],
          responses: {
            '200': {
              description: 'Ett release package enligt Open Contracting Data Standard (OCDS) 1.1.',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
            '304': { $ref: '#/components/responses/NotModified' },
            '400': { $ref: '#/components/responses/BadRequest' },
          },
        },
      },
      '/api/v1/opportunities/{id}/ocds.json': {
        get: {
          tags: ['Upphandlingar'],
          operationId: 'opportunityOcds',
          summary: 'En upphandling som OCDS-paket',
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              description: 'Id, ett heltal.',
              schema: { type: 'integer', minimum: 1 },
            },
            { $ref: '#/components/parameters/IfNoneMatch' },
          ],
          responses: {
            '200': {
              description: 'OCDS release package med en release.',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
            '304': { $ref: '#/components/responses/NotModified' },
            '404': {
              description: 'Ingen publicerad möjlighet har id:t (`opportunity_not_found`).',
              content: errorContent,
            },
          },
        },
      },
      '/api/v1/opportunities/{id}': {
        get: {
          tags: ['Upphandlingar'],
          operationId: 'getOpportunity',
          summary: 'En upphandling eller möjlighet',
          description: 'Publicerad, stängd, tilldelad eller avbruten; utkast syns aldrig.',
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              description: 'Id, ett heltal.',
              schema: { type: 'integer', minimum: 1 },
            },
            { $ref: '#/components/parameters/IfNoneMatch' },
          ],
          responses: {
            ...cachedJson('Möjligheten med sina delområden.', 'Opportunity'),
            '404': {
              description: 'Ingen publicerad möjlighet har id:t (`opportunity_not_found`).',
              content: errorContent,
            },
          },
        },
      },
    },
  };
}
