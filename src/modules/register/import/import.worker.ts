import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Kysely } from 'kysely';
import { prepareBulk, writePreparedBulk, type PreparedBulk } from '../enterprise/enterprise.repository.js';
import type { Enterprise } from '../enterprise/enterprise.types.js';
import { ImportFileError, parseImportFile, type FileFormat } from './import.parse.js';
import { NO_SETTINGS, type ImportSettings } from './import.mapping.js';
import { planImport } from './import.plan.js';
import {
  auditImport,
  checkRows,
  loadExisting,
  mayWrite,
  ImportCancelled,
  Rollback,
  writeImportVersions,
  type ImportChange,
} from './import.service.js';
import type { ImportOptions, ImportReport } from './import.types.js';
import type { RegisterDB } from '../db.js';
import { currentLanguage, inLanguage, type Language } from '../../../platform/i18n/language.js';

/**
 * A file import split over two threads. The embedded database runs in the main thread and its
 * writes (Swedish stemming for the search index above all) take most of an import's time, so a
 * worker reads and checks the rows meanwhile and hands over each batch as soon as it is ready.
 * The result is the same as importEnterprises: one transaction, rolled back when the file has
 * bad rows (unless they are skipped) or is a dry run. For a 30 000-row file this overlaps about
 * a quarter of the work.
 */

type ToWorker = { type: 'settings'; settings: ImportSettings } | { type: 'existing'; enterprises: Enterprise[] };
type FromWorker =
  | { type: 'parsed'; headers: string[] }
  | { type: 'planned'; orgnrs: string[]; blocked: boolean }
  | { type: 'batch'; batch: PreparedBulk; changes: ImportChange[] }
  | { type: 'checked'; done: number; total: number }
  | { type: 'done'; report: ImportReport }
  | { type: 'failed'; message: string; fileError: boolean };

interface Job {
  kind: 'asf-import';
  bytes: Uint8Array;
  format: FileFormat;
  options: Omit<ImportOptions, 'onProgress' | 'inTransaction' | 'chooseSettings'>;
  /** The language of the page that asked: the worker writes the row messages. */
  language: Language;
}

/**
 * `db` may still be opening: the worker starts first, so that reading the file overlaps
 * opening the database.
 */
export async function importFileInWorker(
  database: Kysely<RegisterDB> | Promise<Kysely<RegisterDB>>,
  bytes: Uint8Array,
  format: FileFormat,
  options: ImportOptions,
): Promise<ImportReport> {
  const { onProgress, inTransaction, chooseSettings, signal, ...plain } = options;
  const now = options.now ?? new Date();
  const job: Job = { kind: 'asf-import', bytes, format, options: { ...plain, now }, language: currentLanguage() };
  const worker = startWorker(job);
  const inbox = messages(worker);
  try {
    // The file's headers first: settings may depend on them (remembered choices, issue 7 §5).
    const parsed = await inbox.next();
    if (parsed.type !== 'parsed') return await finish(parsed);
    const settings = chooseSettings ? await chooseSettings(parsed.headers) : (options.settings ?? NO_SETTINGS);
    worker.postMessage({ type: 'settings', settings } satisfies ToWorker);
    const db = await database;
    const planned = await inbox.next();
    if (planned.type !== 'planned') return await finish(planned);
    let report: ImportReport | undefined;
    try {
      await db.transaction().execute(async (trx) => {
        if (!options.dryRun) await inTransaction?.(trx);
        // Read (and locked) in the transaction that writes: see loadExisting.
        if (!planned.blocked) {
          const existing = await loadExisting(trx, planned.orgnrs, { lock: !options.dryRun });
          worker.postMessage({ type: 'existing', enterprises: [...existing.values()] } satisfies ToWorker);
        }
        for (;;) {
          const m = await inbox.next();
          if (m.type === 'checked') onProgress?.(m.done, m.total, 'kontroll');
          else if (m.type === 'batch') {
            // Between two batches: the rows written so far go with the transaction. The batches
            // wait here back to back without the event loop taking a turn, so it is given one
            // for a Ctrl-C (a message on the command channel) to get through.
            if (signal) await new Promise((resolve) => setImmediate(resolve));
            if (signal?.aborted) throw new ImportCancelled();
            await writePreparedBulk(trx, m.batch, 'update');
            await writeImportVersions(trx, m.changes, { ...options, now });
          } else {
            if (signal?.aborted) throw new ImportCancelled();
            report = await finish(m);
            // Rows already written go away with the transaction when the file may not be written.
            if (!mayWrite(report, options)) throw new Rollback();
            await auditImport(trx, report, { ...options, now, format });
            return;
          }
        }
      });
    } catch (e) {
      if (!(e instanceof Rollback)) throw e;
    }
    if (!report) throw new Error('import worker ended without a report');
    report.written = mayWrite(report, options);
    return report;
  } finally {
    await worker.terminate();
  }
}

async function finish(m: FromWorker): Promise<ImportReport> {
  if (m.type === 'done') return m.report;
  if (m.type === 'failed') throw m.fileError ? new ImportFileError(m.message) : new Error(m.message);
  throw new Error(`unexpected message from import worker: ${m.type}`);
}

/**
 * The worker runs this same file: compiled (bin/compiled.js) as it is, from the TypeScript
 * sources (tests) with tsx registered first.
 */
function startWorker(job: Job): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL(self), { workerData: job });
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(self)}); });`;
  return new Worker(code, { eval: true, workerData: job });
}

/** Messages as a queue to await one at a time; a crashed worker rejects the next wait. */
function messages(worker: Worker): { next(): Promise<FromWorker> } {
  const queue: FromWorker[] = [];
  const waiting: { resolve: (m: FromWorker) => void; reject: (e: Error) => void }[] = [];
  let failure: Error | undefined;
  worker.on('message', (m: FromWorker) => {
    const w = waiting.shift();
    if (w) w.resolve(m);
    else queue.push(m);
  });
  const fail = (e: Error) => {
    failure = e;
    for (const w of waiting.splice(0)) w.reject(e);
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`import worker stopped (${code})`)));
  return {
    next: () => {
      const m = queue.shift();
      if (m) return Promise.resolve(m);
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
  };
}

async function runWorker(job: Job): Promise<void> {
  const port = parentPort!;
  const send = (m: FromWorker) => port.postMessage(m);
  const receive = <T extends ToWorker['type']>(type: T) =>
    new Promise<Extract<ToWorker, { type: T }>>((resolve) => {
      const on = (m: ToWorker) => {
        if (m.type !== type) return;
        port.off('message', on);
        resolve(m as Extract<ToWorker, { type: T }>);
      };
      port.on('message', on);
    });
  try {
    const table = await parseImportFile(job.bytes, job.format);
    send({ type: 'parsed', headers: table.headers });
    const { settings } = await receive('settings');
    const plan = planImport(table, settings);
    send({ type: 'planned', orgnrs: [...plan.orgnrOf.values()], blocked: plan.blocked });
    if (plan.blocked) {
      send({ type: 'done', report: plan.report });
      return;
    }
    const { enterprises } = await receive('existing');
    checkRows(
      table,
      plan,
      new Map(enterprises.map((e) => [e.orgnr, e])),
      job.options,
      // Serialised here, so the database's thread only passes text on.
      (batch, changes) => send({ type: 'batch', batch: prepareBulk(batch), changes }),
      (done, total) => send({ type: 'checked', done, total }),
    );
    send({ type: 'done', report: plan.report });
  } catch (e) {
    send({
      type: 'failed',
      message: e instanceof Error ? e.message : String(e),
      fileError: e instanceof ImportFileError,
    });
  }
}

if (!isMainThread && (workerData as Job | undefined)?.kind === 'asf-import') {
  const job = workerData as Job;
  // Swedish, the default, needs no store (see platform/i18n/language.ts).
  void (job.language === 'sv' ? runWorker(job) : inLanguage(job.language, () => runWorker(job)));
}
