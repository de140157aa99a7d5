import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import { isoDate } from './rules.js';
import { collectForExport, exportRows, toCsv, toJson, toXlsx } from './export.service.js';
import { PAGE_PARAMS, PAGE_SORTS, readSearchParams } from './search.params.js';

const FORMATS = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
} as const;

/** Downloads of the directory's current result, with the same parameters as the page. */
export function registerExportRoutes(app: FastifyInstance, ctx: AppContext): void {
  for (const format of Object.keys(FORMATS) as (keyof typeof FORMATS)[]) {
    app.get(`/foretag/export.${format}`, async (req, reply) => {
      const { criteria, errors } = readSearchParams(req.query as Record<string, unknown>, PAGE_PARAMS, PAGE_SORTS);
      if (errors.length > 0) throw new AppError('invalid_parameter', errors.map((e) => e.message).join(' '), errors);
      const today = isoDate(ctx.now());
      const enterprises = await collectForExport(ctx.db, criteria, today);
      const body =
        format === 'csv'
          ? toCsv(exportRows(enterprises, today))
          : format === 'xlsx'
            ? await toXlsx(exportRows(enterprises, today))
            : toJson(enterprises, today);
      return reply
        .type(FORMATS[format])
        .header('Content-Disposition', `attachment; filename="asf-foretag-${today}.${format}"`)
        .header('Cache-Control', 'no-store')
        .send(body);
    });
  }
}
