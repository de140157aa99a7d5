import type { FastifyInstance } from 'fastify';
import { audit } from '../../../platform/audit/audit.service.js';
import { AppError } from '../../../platform/http/errors.js';
import { isoDate } from '../../../platform/calendar.js';
import { collectForExport, exportRows, toJson } from './export.service.js';
import { TABLE_CONTENT_TYPES, toCsv, toXlsx } from '../../../platform/http/table-export.js';
import { PAGE_PARAMS, PAGE_SORTS, readSearchParams } from '../search/search.params.js';
import type { RegisterContext } from '../db.js';

const FORMATS = {
  ...TABLE_CONTENT_TYPES,
  json: 'application/json; charset=utf-8',
} as const;

/** Downloads of the directory's current result, with the same parameters as the page. */
export function registerExportRoutes(app: FastifyInstance, ctx: RegisterContext): void {
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
      const fileName = `asf-foretag-${today}.${format}`;
      // Every download is in the audit log (issue 3 §7). The register is open data, so a visitor
      // who is not signed in is logged without their address: it would be personal data kept
      // for no purpose.
      await audit(ctx.db, {
        at: ctx.now(),
        actor: req.user,
        action: 'export',
        subject: fileName,
        ip: req.user ? req.ip : null,
        details: { format, count: enterprises.length, file: fileName, query: req.query },
      });
      return reply
        .type(FORMATS[format])
        .header('Content-Disposition', `attachment; filename="${fileName}"`)
        .header('Cache-Control', 'no-store')
        .send(body);
    });
  }
}
