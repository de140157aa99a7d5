import { platformText } from '../i18n/platform.text.js';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { sendCachedJson } from '../http/etag.js';
import { AppError, type FieldError } from '../http/errors.js';
import { SERVICE_CATEGORIES } from './categories.js';
import { normaliseCpv } from './cpv.js';
import { shippedCpvByCode } from './cpv.vocabulary.js';
import { cpvLabels, searchCpv } from './cpv.repository.js';
import { COUNTIES, MUNICIPALITIES, countyByCode, municipalitiesInCounty } from './geo.js';

/**
 * Reference lists under /api/v1/reference (DESIGN §8): the codes the enterprise API's filters
 * take, so that clients can build their own pickers. Lists return `{ items, total, page,
 * pageSize }` like every API list, even where everything fits on one page.
 */

export const CPV_DEFAULT_PAGE_SIZE = 50;
export const CPV_MAX_PAGE_SIZE = 100;
const MAX_PAGE = 10000;
const MAX_Q = 200;

/**
 * A query parameter as a client sends it: repeated (?a=1&a=2) counts by its first value, as in
 * the enterprise search, and empty counts as absent.
 */
function param<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => {
    const s = Array.isArray(v) ? v[0] : v;
    return s === '' ? undefined : s;
  }, schema.optional());
}

const t = platformText.api;
const text = z.string({ error: () => t.invalidValue });

const intParam = (max: number, message: (max: number) => string) =>
  param(
    text
      .regex(/^\d{1,6}$/, { error: () => message(max) })
      .transform(Number)
      .pipe(
        z
          .number()
          .int()
          .min(1, { error: () => message(max) })
          .max(max, { error: () => message(max) }),
      ),
  );

export const MunicipalityQuerySchema = z.object({
  county: param(text.refine((c) => countyByCode(c) !== undefined, { error: () => t.unknownCounty })),
});

export const CpvQuerySchema = z.object({
  // Control characters cannot be part of a label and PostgreSQL refuses NUL in text.
  q: param(
    text
      .transform((s) => s.replace(/[\u0000-\u001f\u007f]/g, ' ').trim())
      .pipe(z.string().max(MAX_Q, { error: () => t.queryTooLong(MAX_Q) })),
  ),
  parent: param(
    text.transform((s) => normaliseCpv(s)).refine((c): c is string => c !== null, { error: () => t.cpvCode }),
  ),
  page: intParam(MAX_PAGE, t.pageNumber),
  pageSize: intParam(CPV_MAX_PAGE_SIZE, t.pageSize),
});

/** Parses a query with a schema, or throws 400 invalid_parameter naming each bad parameter. */
function parseQuery<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const result = schema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const fields: FieldError[] = result.error.issues.map((i) => ({ field: String(i.path[0] ?? ''), message: i.message }));
  throw new AppError('invalid_parameter', t.invalidParameters, fields);
}

export function registerReferenceRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/v1/reference/counties', async (req, reply) => {
    const items = COUNTIES.map(({ code, name, nuts3 }) => ({ code, name, nuts3 }));
    return sendCachedJson(req, reply, wholeList(items), 'reference');
  });

  app.get('/api/v1/reference/municipalities', async (req, reply) => {
    const { county } = parseQuery(MunicipalityQuerySchema, req.query);
    const list = county ? municipalitiesInCounty(county) : MUNICIPALITIES;
    const items = list.map(({ code, name, countyCode, nuts3 }) => ({ code, name, countyCode, nuts3 }));
    return sendCachedJson(req, reply, wholeList(items), 'reference');
  });

  app.get('/api/v1/reference/categories', async (req, reply) => {
    const labels = await cpvLabels(
      ctx.db,
      SERVICE_CATEGORIES.flatMap((c) => c.cpv),
    );
    const items = SERVICE_CATEGORIES.map((c) => ({
      slug: c.slug,
      name: c.name,
      nameEn: c.nameEn,
      description: c.description,
      synonyms: [...c.synonyms],
      cpv: c.cpv.map((code) => {
        const label = labels.get(code) ?? shippedCpvByCode(code);
        return { code, labelSv: label?.labelSv ?? null, labelEn: label?.labelEn ?? null };
      }),
    }));
    return sendCachedJson(req, reply, wholeList(items), 'reference');
  });

  app.get('/api/v1/reference/cpv', async (req, reply) => {
    const query = parseQuery(CpvQuerySchema, req.query);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? CPV_DEFAULT_PAGE_SIZE;
    const result = await searchCpv(ctx.db, { q: query.q ?? '', parent: query.parent ?? null, page, pageSize });
    return sendCachedJson(req, reply, { items: result.items, total: result.total, page, pageSize }, 'reference');
  });
}

function wholeList<T>(items: T[]): { items: T[]; total: number; page: number; pageSize: number } {
  return { items, total: items.length, page: 1, pageSize: items.length };
}
