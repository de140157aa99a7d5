import type { OpenApiPart } from '../../../platform/api/openapi.js';
import { CATEGORY_SLUGS } from '../../../platform/reference/categories.js';
import { COUNTIES } from '../../../platform/reference/geo.js';
import {
  CodeNameSchema,
  EnterpriseDetailSchema,
  EnterpriseListItemSchema,
  EnterpriseListSchema,
  FacetValueSchema,
  FacetsSchema,
  ReservedShareRuleSchema,
  API_SORTS,
} from './enterprise.api.js';
import { DEFAULT_CRITERIA } from '../search/search.types.js';
import { MAX_PAGE, MAX_PAGE_SIZE, MAX_QUERY_LENGTH } from '../search/search.params.js';

/**
 * The register's part of the OpenAPI document (platform/api/openapi.ts merges it). Only a type
 * is imported from the platform side, so the two files do not depend on each other at load time;
 * shared pieces are referred to by $ref (#/components/parameters/IfNoneMatch and so on).
 */

const cached200 = (description: string, schema: string) => ({
  '200': {
    description,
    headers: {
      ETag: { $ref: '#/components/headers/ETag' },
      'Cache-Control': { $ref: '#/components/headers/CacheControl' },
    },
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
  },
  '304': { $ref: '#/components/responses/NotModified' },
});

const flag = (name: string, description: string) => ({
  name,
  in: 'query',
  description: `${description} Ange 1 för att bara visa sådana företag.`,
  schema: { type: 'string', enum: ['1', '0', 'true', 'false'] },
});

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };

export function enterpriseOpenApi(): OpenApiPart {
  return {
    tags: [{ name: 'Företag', description: 'Registret över arbetsintegrerande sociala företag.' }],
    examples: {
      listEnterprises: [
        ['/api/v1/enterprises?q=städning&county=01', 'Städning i Stockholms län.'],
        [
          '/api/v1/enterprises?category=catering&reservable=1&pageSize=5',
          'Catering, reserverbara företag, fem per sida.',
        ],
      ],
      getEnterprise: [
        ['/api/v1/enterprises?pageSize=1', 'Sök fram ett företag: apiUrl i träffen är adressen till dess uppgifter.'],
        ['/api/v1/enterprises/123', 'Ett organisationsnummer med fel form ger 400 och felet invalid_orgnr.'],
      ],
    },
    schemas: {
      CodeName: CodeNameSchema,
      FacetValue: FacetValueSchema,
      Facets: FacetsSchema,
      ReservedShareRule: ReservedShareRuleSchema,
      EnterpriseListItem: EnterpriseListItemSchema,
      EnterpriseList: EnterpriseListSchema,
      EnterpriseDetail: EnterpriseDetailSchema,
    },
    paths: {
      '/api/v1/enterprises': {
        get: {
          tags: ['Företag'],
          operationId: 'listEnterprises',
          summary: 'Sök företag',
          description:
            'Samma sökning och filter som sidan /foretag. Fritextsökningen förstår svenska böjningar, stavfel och synonymer. Ett ogiltigt filtervärde ger 400, aldrig ett tyst bredare resultat.',
          parameters: [
            {
              name: 'q',
              in: 'query',
              description: 'Fritext: tjänst, namn eller ort.',
              schema: { type: 'string', maxLength: MAX_QUERY_LENGTH },
            },
            {
              name: 'county',
              in: 'query',
              description: 'Län (tvåsiffrig länskod) där företaget levererar.',
              schema: { type: 'string', enum: COUNTIES.map((c) => c.code) },
            },
            {
              name: 'municipality',
              in: 'query',
              description: 'Kommun (fyrsiffrig kommunkod) där företaget levererar, inte bara där det har sitt säte.',
              schema: { type: 'string', pattern: '^\\d{4}$' },
            },
            {
              name: 'category',
              in: 'query',
              description: 'Tjänstekategori, se /api/v1/reference/categories.',
              schema: { type: 'string', enum: [...CATEGORY_SLUGS] },
            },
            {
              name: 'cpv',
              in: 'query',
              description: 'CPV-kod med åtta siffror (kontrollsiffra tillåten); hittar också underliggande koder.',
              schema: { type: 'string', pattern: '^\\d{8}(-\\d)?$' },
            },
            flag(
              'reservable',
              'Minst 30 % anställda ur målgruppen enligt uppgifter från de senaste 12 månaderna (LOU 4 kap. 18 §).',
            ),
            flag('certified', 'Har en giltig certifiering.'),
            flag('hasTrainingPlaces', 'Har lediga arbetsträningsplatser.'),
            {
              name: 'sort',
              in: 'query',
              description: 'Sortering: bäst träff, namn, senast verifierade eller flest lediga arbetsträningsplatser.',
              schema: { type: 'string', enum: [...API_SORTS], default: DEFAULT_CRITERIA.sort },
            },
            {
              name: 'page',
              in: 'query',
              description: 'Sidnummer, från 1.',
              schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 },
            },
            {
              name: 'pageSize',
              in: 'query',
              description: 'Antal per sida.',
              schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_CRITERIA.pageSize },
            },
            { $ref: '#/components/parameters/IfNoneMatch' },
          ],
          responses: {
            ...cached200('En sida träffar, totalt antal och antal per filtervärde.', 'EnterpriseList'),
            '400': { $ref: '#/components/responses/BadRequest' },
          },
        },
      },
      '/api/v1/enterprises/{orgnr}': {
        get: {
          tags: ['Företag'],
          operationId: 'getEnterprise',
          summary: 'Ett företags offentliga uppgifter',
          description:
            'Alla offentliga uppgifter, när de senast verifierades och varifrån de kommer. Organisationsnummer utan bindestreck skickas vidare (301) till formen NNNNNN-NNNN.',
          parameters: [
            {
              name: 'orgnr',
              in: 'path',
              required: true,
              description: 'Organisationsnummer, NNNNNN-NNNN.',
              schema: { type: 'string', examples: ['556677-8899'] },
            },
            { $ref: '#/components/parameters/IfNoneMatch' },
          ],
          responses: {
            ...cached200('Företaget.', 'EnterpriseDetail'),
            '301': {
              description: 'Organisationsnumret skrevs i en annan form; Location pekar på den normala adressen.',
              headers: { Location: { schema: { type: 'string' } } },
            },
            '400': { description: 'Ogiltigt organisationsnummer (`invalid_orgnr`).', content: errorContent },
            '404': {
              description: 'Inget offentligt företag har numret (`enterprise_not_found`).',
              content: errorContent,
            },
          },
        },
      },
    },
  };
}
