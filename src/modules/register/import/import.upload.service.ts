import { randomToken } from '../../../platform/auth/tokens.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { analyze } from '../../../platform/db/maintenance.js';
import { AppError } from '../../../platform/http/errors.js';
import type { FieldError } from '../../../platform/http/errors.js';
import { formValues } from '../../../platform/http/form.js';
import { saveChoices, settingsForUpload, type RememberedChoices } from './import.choices.service.js';
import { mapColumns } from './import.columns.js';
import { settingsFingerprint, settingsFromJson, type ImportSettings } from './import.mapping.js';
import { choiceProblems } from './import.plan.js';
import { choiceField, choicesFor, DATE_FIELD, readColumnForm } from './import.schema.js';
import { formatOf, ImportFileError, type FileFormat } from './import.parse.js';
import type { ImportOptions, ImportReport } from './import.types.js';
import {
  deleteUploadsNotImportedBefore,
  findUpload,
  insertUpload,
  markUploadImported,
  type UploadRow,
} from './import.upload.repository.js';
import { importText as t } from './import.text.js';
import { importFileInWorker } from './import.worker.js';
import { isoDate } from '../../../platform/calendar.js';
import type { RegisterContext } from '../db.js';

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
  /** The column choices and date chosen in this file's preview; null until someone chose. */
  settings: ImportSettings | null;
}

/**
 * A preview: the dry run's report, with the remembered choices it was read with (when it was);
 * or why the file could not be read at all.
 */
export type Preview =
  { ok: true; report: ImportReport; remembered: RememberedChoices | null } | { ok: false; message: string };

/** The import was asked for settings other than those now in force (another tab changed them). */
export class SettingsChanged extends Error {}

export async function storeUpload(
  ctx: RegisterContext,
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
export async function requireUpload(ctx: RegisterContext, user: CurrentUser, id: string): Promise<Upload> {
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
    settings: row.settings === null ? null : settingsFromJson(row.settings),
  };
}

/**
 * The dry run of an upload: with its own settings once chosen, else the remembered choices for its
 * headers, else none; or with the settings `choose` gives for its headers (the choice form).
 */
export async function previewUpload(
  ctx: RegisterContext,
  upload: Upload,
  choose?: (headers: readonly string[]) => Promise<ImportSettings>,
): Promise<Preview> {
  // Its bytes are gone once imported: say so rather than preview an empty file.
  if (upload.importedAt) throw alreadyImported();
  let remembered: RememberedChoices | null = null;
  return run(
    () =>
      importFileInWorker(ctx.db, upload.bytes, upload.format, {
        ...options(ctx, upload, { dryRun: true }),
        chooseSettings: async (headers) => {
          if (choose) return choose(headers);
          const chosen = await settingsForUpload(ctx, upload, headers);
          remembered = chosen.remembered;
          return chosen.settings;
        },
      }),
    () => remembered,
  );
}

/**
 * The preview's form of column choices: read with the posted choices and date. Without mistakes
 * they are kept for this upload and remembered for its headers; with mistakes, the preview they
 * give comes back with the errors, at the choices that made them.
 */
export async function chooseColumns(
  ctx: RegisterContext,
  user: CurrentUser,
  upload: Upload,
  body: unknown,
): Promise<{ ok: true } | { ok: false; preview: Preview; errors: FieldError[] }> {
  const form = readColumnForm(formValues(body), isoDate(ctx.now()));
  let headers: readonly string[] = [];
  let settings: ImportSettings = { columns: [], reportedOn: form.reportedOn };
  const preview = await previewUpload(ctx, upload, async (h) => {
    headers = h;
    settings = { columns: choicesFor(h, form.picks), reportedOn: form.reportedOn };
    return settings;
  });
  const errors = [
    ...form.errors,
    ...choiceProblems(mapColumns(headers, settings.columns), settings).map((p) => ({
      field: p.index === null ? DATE_FIELD : choiceField(p.index),
      message: p.message,
    })),
  ];
  if (!preview.ok || errors.length > 0) return { ok: false, preview, errors };
  await saveChoices(ctx, user, upload.id, headers, settings);
  return { ok: true };
}

/**
 * Imports the stored file, all or nothing. The file is marked imported (and its bytes dropped)
 * in the import's own transaction, so two clicks (or two tabs) cannot import it twice: the
 * second finds it taken and writes nothing.
 */
export async function importUpload(
  ctx: RegisterContext,
  user: CurrentUser,
  upload: Upload,
  input: { skipInvalid: boolean; criteriaAttested?: boolean; ip: string; fingerprint?: string | undefined },
): Promise<Preview> {
  if (upload.importedAt) throw alreadyImported();
  const now = ctx.now();
  const result = await run(() =>
    importFileInWorker(ctx.db, upload.bytes, upload.format, {
      ...options(ctx, upload, { dryRun: false, skipInvalid: input.skipInvalid }),
      actor: user,
      ip: input.ip,
      criteriaAttested: input.criteriaAttested === true,
      // Exactly the settings that were previewed: the page sends their fingerprint.
      chooseSettings: async (headers) => {
        const { settings } = await settingsForUpload(ctx, upload, headers);
        if (input.fingerprint && settingsFingerprint(settings) !== input.fingerprint) throw new SettingsChanged();
        return settings;
      },
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

function options(ctx: RegisterContext, upload: Upload, o: { dryRun: boolean; skipInvalid?: boolean }): ImportOptions {
  return {
    dryRun: o.dryRun,
    skipInvalid: o.skipInvalid ?? false,
    source: 'import',
    today: isoDate(ctx.now()),
    note: upload.fileName,
    now: ctx.now(),
  };
}

async function run(
  importing: () => Promise<ImportReport>,
  remembered: () => RememberedChoices | null = () => null,
): Promise<Preview> {
  try {
    const report = await importing();
    return { ok: true, report, remembered: remembered() };
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
