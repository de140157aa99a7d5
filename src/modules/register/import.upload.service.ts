import { randomToken } from '../../platform/auth/tokens.js';
import type { CurrentUser } from '../../platform/auth/roles.js';
import type { AppContext } from '../../platform/context.js';
import { analyze } from '../../platform/db/maintenance.js';
import { AppError } from '../../platform/http/errors.js';
import { formatOf, ImportFileError, type FileFormat } from './import.parse.js';
import type { ImportReport } from './import.service.js';
import {
  deleteUploadsNotImportedBefore,
  findUpload,
  insertUpload,
  markUploadImported,
  type UploadRow,
} from './import.upload.repository.js';
import { importSv as t } from './import.sv.js';
import { importFileInWorker } from './import.worker.js';
import { isoDate } from './rules.js';

/**
 * The file import in the browser (issue 3 §8): a coordinator uploads a file, sees a dry run with
 * every row error, then imports exactly the file that was previewed. The file is kept in the
 * database between the two steps, so any instance can serve the second request. The import
 * itself is the command line's: same checks, same single transaction, same worker thread.
 */
/**
 * A whole register exported with every column takes about 0.9 kB a row: 26 MB at 30 000
 * enterprises, the largest size the bench measures. The limit leaves room for that.
 */
export const MAX_UPLOAD_MB = 50;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;
const UPLOAD_ID = /^[A-Za-z0-9_-]{43}$/;
/**
 * A file that was previewed but never imported is deleted after this many days; an imported
 * file keeps only its name, uploader and times. The privacy page (/integritet, account.sv.ts)
 * says so: change both together.
 */
export const UPLOAD_KEEP_DAYS = 7;

export interface Upload {
  id: string;
  fileName: string;
  format: FileFormat;
  bytes: Uint8Array;
  createdAt: Date;
  importedAt: Date | null;
}

/** A preview: the dry run's report, or why the file could not be read at all. */
export type Preview = { ok: true; report: ImportReport } | { ok: false; message: string };

export async function storeUpload(
  ctx: AppContext,
  user: CurrentUser,
  fileName: string,
  bytes: Uint8Array,
): Promise<string> {
  const name = fileName.trim().slice(0, 200) || 'fil';
  if (!formatOf(name)) throw fileError(t.errors.wrongType(name));
  if (bytes.length === 0) throw fileError(t.errors.empty(name));
  if (bytes.length > MAX_UPLOAD_BYTES) throw fileError(t.errors.tooLarge(MAX_UPLOAD_MB));
  const id = randomToken();
  const now = ctx.now();
  // Abandoned files are swept here rather than by a nightly job: uploads are rare and the table
  // small, so one more delete per upload costs nothing, and needs no job to schedule or watch.
  await deleteUploadsNotImportedBefore(ctx.db, new Date(now.getTime() - UPLOAD_KEEP_DAYS * 86_400_000));
  await insertUpload(ctx.db, { id, userId: user.id, fileName: name, content: bytes, now });
  return id;
}

/** The uploader's own file (an admin may open anyone's); another's is "not found", not "forbidden". */
export async function requireUpload(ctx: AppContext, user: CurrentUser, id: string): Promise<Upload> {
  const row = UPLOAD_ID.test(id) ? await findUpload(ctx.db, id) : undefined;
  if (!row || (row.user_id !== user.id && user.role !== 'admin')) throw new AppError('not_found', t.errors.notFound);
  return toUpload(row);
}

function toUpload(row: UploadRow): Upload {
  return {
    id: row.id,
    fileName: row.file_name,
    // Stored only after formatOf accepted the name.
    format: formatOf(row.file_name) ?? 'csv',
    bytes: row.content,
    createdAt: row.created_at,
    importedAt: row.imported_at,
  };
}

export async function previewUpload(ctx: AppContext, upload: Upload): Promise<Preview> {
  // Its bytes are gone once imported: say so rather than preview an empty file.
  if (upload.importedAt) throw alreadyImported();
  return run(() => importFileInWorker(ctx.db, upload.bytes, upload.format, options(ctx, upload, { dryRun: true })));
}

/**
 * Imports the stored file, all or nothing. The file is marked imported (and its bytes dropped)
 * in the import's own transaction, so two clicks (or two tabs) cannot import it twice: the
 * second finds it taken and writes nothing.
 */
export async function importUpload(
  ctx: AppContext,
  user: CurrentUser,
  upload: Upload,
  input: { skipInvalid: boolean; ip: string },
): Promise<Preview> {
  if (upload.importedAt) throw alreadyImported();
  const now = ctx.now();
  const result = await run(() =>
    importFileInWorker(ctx.db, upload.bytes, upload.format, {
      ...options(ctx, upload, { dryRun: false, skipInvalid: input.skipInvalid }),
      actor: user,
      ip: input.ip,
      inTransaction: async (trx) => {
        if (!(await markUploadImported(trx, upload.id, now))) throw alreadyImported();
      },
    }),
  );
  if (!result.ok) return result;
  const { report } = result;
  if (report.written) {
    // As after a command-line import: fresh statistics keep search fast after a large file.
    if (report.created + report.updated > 1000) await analyze(ctx.db, ctx.dbKind);
  } else if (report.invalidRows === 0 || input.skipInvalid) {
    // Nothing differed from the register: the file is done with all the same.
    await markUploadImported(ctx.db, upload.id, now);
  }
  return result;
}

function options(ctx: AppContext, upload: Upload, o: { dryRun: boolean; skipInvalid?: boolean }) {
  return {
    dryRun: o.dryRun,
    skipInvalid: o.skipInvalid ?? false,
    source: 'import' as const,
    today: isoDate(ctx.now()),
    note: upload.fileName,
    now: ctx.now(),
  };
}

async function run(importing: () => Promise<ImportReport>): Promise<Preview> {
  try {
    return { ok: true, report: await importing() };
  } catch (e) {
    if (e instanceof ImportFileError) return { ok: false, message: e.message };
    throw e;
  }
}

/** The routes show the "already imported" page on this; the message is its title. */
function alreadyImported(): AppError {
  return new AppError('conflict', t.already.title);
}

function fileError(message: string): AppError {
  return new AppError('invalid_form', message, [{ field: 'fil', message }]);
}
