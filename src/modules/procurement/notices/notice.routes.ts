import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { filesAfterCsrf } from '../../../platform/auth/csrf.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { audit } from '../../../platform/audit/audit.service.js';
import { sendPage } from '../../../platform/views/render.js';
import type { ProcurementContext } from '../db.js';
import { importNoticeFiles, textOfFile, uploaderOrganisation } from './notice.batch.js';
import { noticeText } from './notice.text.js';
import { NOTICES_PATH, NoticeUploadPage } from './notice.views.js';

const MAX_FILES = 200;
const MAX_TOTAL_BYTES = 20 * 1024 * 1024;

/**
 * The upload page for eForms notices (issue 10 §4), for buyers, coordinators and administrators
 * (/inkop in access.ts). Multipart bodies are taken only in this scope; the CSRF token is the
 * field before the files and is checked before a file is read. Reading the same files again
 * changes nothing, so the result is shown on the answer itself.
 */
export async function registerNoticeRoutes(app: FastifyInstance, ctx: ProcurementContext): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: MAX_TOTAL_BYTES, files: MAX_FILES, fields: 5, parts: MAX_FILES + 5 },
    });

    scope.get(NOTICES_PATH, async (_req, reply) =>
      sendPage(reply, NoticeUploadPage({ demo: await ctx.hasDemoData() })),
    );

    scope.post(NOTICES_PATH, { config: { csrfInMultipartBody: true } }, async (req, reply) => {
      const user = req.user as CurrentUser;
      const t = noticeText.page;
      const refuse = async (message: string, status = 400) =>
        sendPage(
          reply,
          NoticeUploadPage({ demo: await ctx.hasDemoData(), errors: [{ field: 'filer', message }] }),
          status,
        );
      if (!req.isMultipart()) return refuse(t.noFiles);
      const files: { name: string; text: string | null }[] = [];
      const fields: Record<string, string> = {};
      let total = 0;
      try {
        for await (const file of filesAfterCsrf(req, fields)) {
          total += file.bytes.length;
          if (total > MAX_TOTAL_BYTES) return refuse(t.tooLarge, 413);
          if (!file.name) continue;
          files.push({ name: file.name, text: textOfFile(file.bytes) });
        }
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'FST_REQ_FILE_TOO_LARGE') return refuse(t.tooLarge, 413);
        if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') return refuse(t.tooMany, 413);
        throw e;
      }
      if (files.length === 0) return refuse(t.noFiles);
      const result = await importNoticeFiles(ctx, files, {
        country: fields.sverige ? 'SE' : null,
        actor: user,
        owner: user,
        ownerOrganisation: await uploaderOrganisation(ctx, user),
      });
      await audit(ctx.db, {
        at: ctx.now(),
        actor: user,
        action: 'import',
        subject: 'notices',
        details: { ...result.counts },
        ip: req.ip,
      });
      reply.header('cache-control', 'no-store');
      return sendPage(
        reply,
        NoticeUploadPage({ demo: await ctx.hasDemoData(), result }),
        result.counts.refused > 0 ? 422 : 200,
      );
    });
  });
}
