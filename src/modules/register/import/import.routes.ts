import { filesAfterCsrf } from '../../../platform/auth/csrf.js';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireUser } from '../../../platform/auth/access.js';
import { AppError } from '../../../platform/http/errors.js';
import { formValues } from '../../../platform/http/form.js';
import { sendPage } from '../../../platform/views/render.js';
import { importText as t } from './import.text.js';
import {
  chooseColumns,
  importUpload,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_MB,
  previewUpload,
  requireUpload,
  SettingsChanged,
  storeUpload,
  type Upload,
} from './import.upload.service.js';
import { AlreadyImportedPage, PreviewPage, ResultPage, UploadPage } from './import.views.js';
import type { RegisterContext } from '../db.js';

const PATH = '/samordning/import';

/**
 * The import page for coordinators (issue 3 §8). Who may come here is decided by the path
 * (/samordning: coordinators and admins) in access.ts. Multipart bodies are accepted only in
 * this plugin's scope, one file of at most MAX_UPLOAD_MB; the upload's handler checks the CSRF
 * token in the field before the file (checkMultipartCsrf).
 */
export async function registerImportRoutes(app: FastifyInstance, ctx: RegisterContext): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6 },
    });

    scope.get(PATH, async (_req, reply) => sendPage(reply, UploadPage({ demo: await ctx.hasDemoData() })));

    scope.post(PATH, { config: { csrfInMultipartBody: true } }, async (req, reply) => {
      const user = requireUser(req);
      const refuse = async (message: string, status = 400) =>
        sendPage(reply, UploadPage({ demo: await ctx.hasDemoData(), errors: [{ field: 'fil', message }] }), status);
      if (!req.isMultipart()) return refuse(t.errors.notMultipart);
      let file: { name: string; bytes: Buffer } | undefined;
      try {
        // The fields before the file (the CSRF token) are checked before the file is read.
        for await (const part of filesAfterCsrf(req, {})) {
          if (part.name && !file) file = { name: part.name, bytes: part.bytes };
        }
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'FST_REQ_FILE_TOO_LARGE') return refuse(t.errors.tooLarge(MAX_UPLOAD_MB), 413);
        if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') return refuse(t.errors.tooMany, 413);
        throw e;
      }
      if (!file) return refuse(t.errors.noFile);
      try {
        const id = await storeUpload(ctx, user, file.name, file.bytes);
        return reply.redirect(`${PATH}/${id}`, 303);
      } catch (e) {
        if (e instanceof AppError && e.id === 'invalid_form') return refuse(e.message);
        throw e;
      }
    });

    scope.get(`${PATH}/:id`, async (req, reply) => {
      const upload = await uploadOf(req);
      const demo = await ctx.hasDemoData();
      if (upload.importedAt) return sendPage(reply, AlreadyImportedPage({ upload, demo }));
      const preview = await previewUpload(ctx, upload);
      return sendPage(reply, PreviewPage({ upload, preview, demo }));
    });

    // The preview's column choices and date: kept when they hold, and the preview made again.
    scope.post(`${PATH}/:id/kolumner`, async (req, reply) => {
      const upload = await uploadOf(req);
      try {
        const result = await chooseColumns(ctx, requireUser(req), upload, req.body);
        if (result.ok) return reply.redirect(`${PATH}/${upload.id}`, 303);
        const page = PreviewPage({
          upload,
          preview: result.preview,
          demo: await ctx.hasDemoData(),
          errors: result.errors,
          values: formValues(req.body),
        });
        return sendPage(reply, page, 400);
      } catch (e) {
        if (e instanceof AppError && e.id === 'conflict') return alreadyImported(req, reply);
        throw e;
      }
    });

    scope.post(`${PATH}/:id`, async (req, reply) => {
      const user = requireUser(req);
      const upload = await uploadOf(req);
      const body = formValues(req.body);
      const skipInvalid = body.hoppaOver === '1';
      const criteriaAttested = body.granskat === '1';
      const demo = await ctx.hasDemoData();
      try {
        const result = await importUpload(ctx, user, upload, {
          skipInvalid,
          criteriaAttested,
          ip: req.ip,
          fingerprint: body.installningar,
        });
        if (!result.ok) return sendPage(reply, PreviewPage({ upload, preview: result, demo }), 400);
        const { report } = result;
        if (!report.written && report.invalidRows > 0 && !skipInvalid) {
          const message = t.errors.hasErrors(report.invalidRows);
          const errors = [{ field: 'hoppaOver', message }];
          const page = PreviewPage({ upload, preview: result, demo, errors, attested: criteriaAttested });
          return sendPage(reply, page, 400);
        }
        return sendPage(reply, ResultPage({ upload, report, demo, attested: criteriaAttested }));
      } catch (e) {
        if (e instanceof AppError && e.id === 'conflict') return alreadyImported(req, reply);
        if (e instanceof SettingsChanged) {
          const preview = await previewUpload(ctx, upload);
          return sendPage(reply, PreviewPage({ upload, preview, demo, notice: t.choose.changed }), 409);
        }
        throw e;
      }
    });
  });

  const uploadOf = (req: FastifyRequest): Promise<Upload> =>
    requireUpload(ctx, requireUser(req), (req.params as { id: string }).id);

  /** Imported before (a second click, another tab): say when, with the way on. */
  const alreadyImported = async (req: FastifyRequest, reply: FastifyReply) =>
    sendPage(reply, AlreadyImportedPage({ upload: await uploadOf(req), demo: await ctx.hasDemoData() }), 409);
}
