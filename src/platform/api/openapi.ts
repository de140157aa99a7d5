import { z } from 'zod';
import type { Composition } from '../composition.js';

/**
 * The OpenAPI 3.1 document of the JSON API, served at /api/openapi.json. Response schemas are
 * the same zod schemas the tests check real responses against, converted to JSON Schema 2020-12
 * (which OpenAPI 3.1 uses as is); api.routes.test.ts fails when a route has no entry here.
 */

/** A module's contribution: its tags, paths and the named schemas its paths refer to. */
export interface OpenApiPart {
  tags: { name: string; description: string }[];
  /** Paths in OpenAPI form ('/api/v1/enterprises/{orgnr}'); refer to schemas as #/components/schemas/Name. */
  paths: Record<string, Record<string, unknown>>;
  schemas: Record<string, z.ZodType>;
  /** Example requests per operationId for the reference page; without one, an operation links to its own path if that has no parameters. */
  examples?: Record<string, [href: string, text: string][]>;
}

/** The error body; the document lists the composed modules' ids in `id` (errorSchema below). */
export const ErrorSchema = errorSchema(z.string().min(1));

function errorSchema(id: z.ZodType) {
  return z
    .object({
      error: z
        .object({
          id: id.describe('Stabilt id som program kan lita på.'),
          message: z.string().describe('Förklaring på svenska.'),
          fields: z
            .array(z.object({ field: z.string().describe('Parameterns namn.'), message: z.string() }).strict())
            .optional()
            .describe('Vilka parametrar som var fel, och varför.'),
        })
        .strict(),
    })
    .strict();
}

export const CountySchema = z.object({ code: z.string(), name: z.string(), nuts3: z.string() }).strict();
export const MunicipalitySchema = z
  .object({ code: z.string(), name: z.string(), countyCode: z.string(), nuts3: z.string() })
  .strict();
const CpvLabelSchema = z
  .object({ code: z.string(), labelSv: z.string().nullable(), labelEn: z.string().nullable() })
  .strict();
export const CategorySchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    nameEn: z.string(),
    description: z.string(),
    synonyms: z.array(z.string()),
    cpv: z.array(CpvLabelSchema).describe('CPV-koder som kategorin omfattar, med sina underkoder.'),
  })
  .strict();
export const CpvCodeSchema = z
  .object({
    code: z.string().describe('Åtta siffror utan kontrollsiffra.'),
    parent: z.string().nullable(),
    level: z.number().int().min(1),
    labelSv: z.string(),
    labelEn: z.string().nullable(),
  })
  .strict();

/** Every list of the API has this envelope (DESIGN §8). */
export function listOf<T extends z.ZodType>(item: T) {
  return z
    .object({
      items: z.array(item),
      total: z.number().int().min(0),
      page: z.number().int().min(1),
      pageSize: z.number().int().min(0),
    })
    .strict();
}

export const CountyListSchema = listOf(CountySchema);
export const MunicipalityListSchema = listOf(MunicipalitySchema);
export const CategoryListSchema = listOf(CategorySchema);
export const CpvListSchema = listOf(CpvCodeSchema);

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** A cached JSON answer: 200 with ETag and Cache-Control, or 304. */
export function cachedJson(description: string, schema: string): Record<string, unknown> {
  return {
    '200': {
      description,
      headers: {
        ETag: { $ref: '#/components/headers/ETag' },
        'Cache-Control': { $ref: '#/components/headers/CacheControl' },
      },
      content: { 'application/json': { schema: ref(schema) } },
    },
    '304': { $ref: '#/components/responses/NotModified' },
  };
}

const pageParams = (defaultSize: number, maxSize: number) => [
  {
    name: 'page',
    in: 'query',
    description: 'Sidnummer, från 1.',
    schema: { type: 'integer', minimum: 1, maximum: 10000, default: 1 },
  },
  {
    name: 'pageSize',
    in: 'query',
    description: 'Antal per sida.',
    schema: { type: 'integer', minimum: 1, maximum: maxSize, default: defaultSize },
  },
];

const platformPart: OpenApiPart = {
  examples: {
    listMunicipalities: [['/api/v1/reference/municipalities?county=24', 'Kommunerna i Västerbottens län.']],
    listCpv: [
      ['/api/v1/reference/cpv?q=städ', 'CPV-koder med ”städ” i benämningen.'],
      ['/api/v1/reference/cpv?parent=90910000', 'Koderna närmast under 90910000 (rengöring).'],
    ],
    getApiDocs: [['/api/docs', 'Den här sidan.']],
  },
  tags: [
    { name: 'Referensdata', description: 'Län, kommuner, tjänstekategorier och CPV-koder som filtren använder.' },
    { name: 'Dokumentation', description: 'Det här dokumentet och dess läsvy.' },
  ],
  schemas: {
    County: CountySchema,
    Municipality: MunicipalitySchema,
    Category: CategorySchema,
    CpvCode: CpvCodeSchema,
    CountyList: CountyListSchema,
    MunicipalityList: MunicipalityListSchema,
    CategoryList: CategoryListSchema,
    CpvList: CpvListSchema,
  },
  paths: {
    '/api/v1/reference/counties': {
      get: {
        tags: ['Referensdata'],
        operationId: 'listCounties',
        summary: 'Sveriges 21 län',
        description: 'Länskod (SCB), namn och NUTS 3-kod.',
        parameters: [{ $ref: '#/components/parameters/IfNoneMatch' }],
        responses: cachedJson('Alla län.', 'CountyList'),
      },
    },
    '/api/v1/reference/municipalities': {
      get: {
        tags: ['Referensdata'],
        operationId: 'listMunicipalities',
        summary: 'Sveriges 290 kommuner',
        parameters: [
          {
            name: 'county',
            in: 'query',
            description: 'Bara kommunerna i det här länet (länskod med två siffror).',
            schema: { type: 'string', pattern: '^\\d{2}$' },
          },
          { $ref: '#/components/parameters/IfNoneMatch' },
        ],
        responses: {
          ...cachedJson('Kommunerna.', 'MunicipalityList'),
          '400': { $ref: '#/components/responses/BadRequest' },
        },
      },
    },
    '/api/v1/reference/categories': {
      get: {
        tags: ['Referensdata'],
        operationId: 'listCategories',
        summary: 'Tjänstekategorier',
        description: 'Kategorierna med synonymer och de CPV-koder de motsvarar.',
        parameters: [{ $ref: '#/components/parameters/IfNoneMatch' }],
        responses: cachedJson('Alla kategorier.', 'CategoryList'),
      },
    },
    '/api/v1/reference/cpv': {
      get: {
        tags: ['Referensdata'],
        operationId: 'listCpv',
        summary: 'CPV-koder',
        description:
          'Hela CPV-listan när den är inläst (`asf import cpv`), annars de koder kategorierna använder med sina överordnade koder.',
        parameters: [
          {
            name: 'q',
            in: 'query',
            description: 'Ord i benämningen (svenska eller engelska), eller början av en kod ("9091").',
            schema: { type: 'string', maxLength: 200 },
          },
          {
            name: 'parent',
            in: 'query',
            description: 'Bara de närmast underordnade koderna till den här koden.',
            schema: { type: 'string', pattern: '^\\d{8}(-\\d)?$' },
          },
          ...pageParams(50, 100),
          { $ref: '#/components/parameters/IfNoneMatch' },
        ],
        responses: {
          ...cachedJson('En sida CPV-koder i kodordning.', 'CpvList'),
          '400': { $ref: '#/components/responses/BadRequest' },
        },
      },
    },
    '/api/openapi.json': {
      get: {
        tags: ['Dokumentation'],
        operationId: 'getOpenApi',
        summary: 'Det här dokumentet (OpenAPI 3.1)',
        parameters: [{ $ref: '#/components/parameters/IfNoneMatch' }],
        responses: {
          '200': {
            description: 'OpenAPI-dokumentet.',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          '304': { $ref: '#/components/responses/NotModified' },
        },
      },
    },
    '/api/docs': {
      get: {
        tags: ['Dokumentation'],
        operationId: 'getApiDocs',
        summary: 'Läsvy för dokumentet (HTML)',
        responses: {
          '200': { description: 'En sida på svenska.', content: { 'text/html': { schema: { type: 'string' } } } },
        },
      },
    },
    '/api': {
      get: {
        tags: ['Dokumentation'],
        operationId: 'getApiRoot',
        summary: 'Skickar vidare till /api/docs',
        responses: { '302': { description: 'Till läsvyn.', headers: { Location: { schema: { type: 'string' } } } } },
      },
    },
  },
};

const SAFE_BOUNDS = new Set([Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]);

/** zod's JSON Schema for the named schemas, as OpenAPI components. */
function componentSchemas(parts: OpenApiPart[]): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const part of parts) {
    for (const [id, schema] of Object.entries(part.schemas)) {
      if (registry.has(schema)) continue;
      if ([...parts].some((p) => p !== part && p.schemas[id] && p.schemas[id] !== schema)) {
        throw new Error(`Two OpenAPI schemas are named ${id}`);
      }
      registry.add(schema, { id });
    }
  }
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    override: ({ jsonSchema }) => {
      const js = jsonSchema as Record<string, unknown>;
      // zod bounds every integer to the safe range; that is noise to a reader of the API.
      if (SAFE_BOUNDS.has(js.maximum as number)) delete js.maximum;
      if (SAFE_BOUNDS.has(js.minimum as number)) delete js.minimum;
      // The schemas are strict so that the tests catch undocumented fields, but the published
      // contract lets objects grow (DESIGN §8): clients must not reject a new field.
      if (js.additionalProperties === false) delete js.additionalProperties;
    },
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, s]) => {
      const { $schema: _s, $id: _i, ...rest } = s as Record<string, unknown>;
      return [id, rest];
    }),
  );
}

function build(composition: Composition): Record<string, unknown> {
  const ids = Object.keys(composition.errors) as [string, ...string[]];
  const errorPart: OpenApiPart = { tags: [], paths: {}, schemas: { Error: errorSchema(z.enum(ids)) } };
  const parts = [...composition.openApiParts(), platformPart, errorPart];
  return {
    openapi: '3.1.0',
    info: {
      title: 'ASF-plattformen – öppna data',
      version: '1.0.0',
      summary: 'Registret över arbetsintegrerande sociala företag som öppna data.',
      description: [
        'Sök bland arbetsintegrerande sociala företag (ASF) med samma filter som på sidan /foretag,',
        'hämta ett företags alla offentliga uppgifter och de referenslistor filtren bygger på.',
        '',
        '- Alla namn i API:t är på engelska och ändras inte; nya fält kan tillkomma.',
        '- Listor har formen `{ items, total, page, pageSize }`.',
        '- Fel har formen `{ error: { id, message, fields? } }` där `id` är stabilt och `message` på svenska.',
        '- Svaren har `ETag` och `Cache-Control`; skicka `If-None-Match` för att få 304 när inget ändrats.',
        '- Når servern inte sin databas för stunden (omstart, byte av server) blir svaret 503 med `database_unavailable` och `Retry-After`; försök igen då.',
      ].join('\n'),
    },
    servers: [{ url: '/', description: 'Den här servern' }],
    tags: parts.flatMap((p) => p.tags),
    paths: Object.assign({}, ...parts.map((p) => p.paths)),
    components: {
      schemas: componentSchemas(parts),
      parameters: {
        IfNoneMatch: {
          name: 'If-None-Match',
          in: 'header',
          description: 'ETag från ett tidigare svar; svaret blir 304 utan innehåll om inget ändrats.',
          schema: { type: 'string' },
        },
      },
      headers: {
        ETag: { description: 'Svag ETag av innehållet.', schema: { type: 'string' } },
        CacheControl: { description: 'Hur länge svaret får sparas (sekunder).', schema: { type: 'string' } },
      },
      responses: {
        NotModified: { description: 'Inget har ändrats sedan ETag i If-None-Match.' },
        BadRequest: {
          description: 'En parameter har ett ogiltigt värde (`invalid_parameter`); `fields` säger vilken.',
          content: { 'application/json': { schema: ref('Error') } },
        },
        NotFound: { description: 'Finns inte.', content: { 'application/json': { schema: ref('Error') } } },
      },
    },
  };
}

const built = new WeakMap<Composition, Record<string, unknown>>();

/** The document is the same for the life of the process; it is built once, on first use. */
export function openApiDocument(composition: Composition): Record<string, unknown> {
  let doc = built.get(composition);
  if (!doc) built.set(composition, (doc = build(composition)));
  return doc;
}

/** Example requests per operationId, from the platform and every module. */
export function openApiExamples(composition: Composition): Record<string, [href: string, text: string][]> {
  return Object.assign({}, platformPart.examples, ...composition.openApiParts().map((p) => p.examples ?? {}));
}
