import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { audit } from '../audit/audit.service.js';
import { requireUser } from '../auth/access.js';
import { backupSettings } from '../config/config.js';
import type { AppContext } from '../context.js';
import { AppError } from '../http/errors.js';
import { formatBytes } from '../i18n/format.js';
import { listRecentJobs } from '../jobs/job.repository.js';
import { nextRunAt } from '../jobs/daily.js';
import { sendPage } from '../views/render.js';
import { isBackupFileName, listBackups } from './backup.files.js';
import { BACKUP_JOB, BACKUP_SCHEDULE } from './backup.jobs.js';
import { backupToFolder } from './backup.service.js';
import { backupText as t } from './backup.text.js';
import { BACKUP_PATH, BackupPage } from './backup.views.js';
import { DumpError } from './dump.js';

/** The admins' page of backups: what there is, whether the nightly run works, one taken now, a download. */
export function registerBackupRoutes(app: FastifyInstance, ctx: AppContext): void {
  const page = async (notice?: string, error?: string) => {
    const { nightly, dir } = backupSettings(ctx.config);
    // A folder that cannot be read (its path blocked, no permission) is said on the page; the
    // page itself must still open, since it is where the nightly run's error is shown.
    let folderError: string | null = null;
    const listing = listBackups(dir).catch((e: unknown) => {
      folderError = (e as Error).message;
      return [];
    });
    const [files, lastError, demo] = await Promise.all([listing, lastNightlyError(ctx), ctx.hasDemoData()]);
    return BackupPage({
      files,
      folderError,
      nightly,
      dir,
      keepDaily: ctx.config.BACKUP_KEEP_DAILY,
      keepWeekly: ctx.config.BACKUP_KEEP_WEEKLY,
      nextRun: nightly ? nextRunAt(ctx.now(), BACKUP_SCHEDULE) : null,
      lastError,
      notice,
      error,
      demo,
    });
  };

  app.get(BACKUP_PATH, async (req, reply) => {
    const taken = (req.query as Record<string, unknown>).klar;
    const notice = typeof taken === 'string' ? await takenNotice(ctx, taken) : undefined;
    return sendPage(reply, await page(notice));
  });

  app.post(BACKUP_PATH, async (req, reply) => {
    try {
      const backup = await backupToFolder(ctx, requireUser(req));
      return reply.redirect(`${BACKUP_PATH}?klar=${encodeURIComponent(backup.name)}`, 303);
    } catch (e) {
      if (!(e instanceof DumpError)) throw e;
      return sendPage(reply, await page(undefined, e.message), 500);
    }
  });

  app.get(`${BACKUP_PATH}/:name`, async (req, reply) => {
    const { name } = req.params as { name: string };
    if (!isBackupFileName(name)) throw new AppError('not_found', t.notFound);
    const path = join(backupSettings(ctx.config).dir, name);
    const size = await stat(path).then(
      (s) => s.size,
      () => undefined,
    );
    if (size === undefined) throw new AppError('not_found', t.notFound);
    await audit(ctx.db, {
      at: ctx.now(),
      actor: requireUser(req),
      action: 'backup_downloaded',
      subject: name,
      ip: req.ip,
      details: { file: name, bytes: size },
    });
    return reply
      .header('content-type', 'application/gzip')
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('content-length', String(size))
      .header('cache-control', 'no-store')
      .send(createReadStream(path));
  });
}

/** The notice names a file that exists, so a link cannot make the page say anything else. */
async function takenNotice(ctx: AppContext, name: string): Promise<string | undefined> {
  const files = await listBackups(backupSettings(ctx.config).dir).catch(() => []);
  const file = files.find((f) => f.name === name);
  return file ? t.taken(file.name, formatBytes(file.bytes)) : undefined;
}

async function lastNightlyError(ctx: AppContext): Promise<string | null> {
  const [job] = await listRecentJobs(ctx.db, { limit: 1, kind: BACKUP_JOB, attempted: true });
  return job && job.lastError && (job.status === 'failed' || job.status === 'pending') ? job.lastError : null;
}
