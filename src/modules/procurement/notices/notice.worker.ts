import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { NoticeError, readNotice, type NoticeFacts } from './notice.read.js';

/**
 * Notices are read (XML parsed and checked, the SDK's paths walked) in a worker thread while the
 * main thread writes the ones already read: reading is half the work, and the two overlap on a
 * machine with two cores (issue 10 §4 asks for ≥ 500 notices a second).
 */
export type ReadResult =
  { ok: true; facts: NoticeFacts } | { ok: false; reason: NoticeError['reason']; detail: string };

type ToWorker = { id: number; text: string };
type FromWorker = { id: number; result: ReadResult };

const KIND = 'asf-notice-reader';

export interface NoticeReader {
  read(text: string): Promise<ReadResult>;
  close(): Promise<void>;
}

export function readOne(text: string): ReadResult {
  try {
    return { ok: true, facts: readNotice(text) };
  } catch (e) {
    if (e instanceof NoticeError) return { ok: false, reason: e.reason, detail: e.message };
    return { ok: false, reason: 'not_xml', detail: (e as Error).message };
  }
}

/** A reader in its own thread; `read` answers in the order asked. */
export function startNoticeReader(): NoticeReader {
  const worker = startWorker();
  const waiting = new Map<number, { text: string; resolve: (r: ReadResult) => void }>();
  let failure: Error | null = null;
  let next = 1;
  worker.on('message', (m: FromWorker) => {
    waiting.get(m.id)?.resolve(m.result);
    waiting.delete(m.id);
  });
  // What was asked is read here instead if the thread fails or ends: no file is lost or waits for ever.
  const fallBack = (e: Error) => {
    failure = e;
    for (const { text, resolve } of waiting.values()) resolve(readOne(text));
    waiting.clear();
  };
  worker.on('error', fallBack);
  worker.on('exit', () => fallBack(new Error('the reader thread ended')));
  return {
    read(text) {
      if (failure) return Promise.resolve(readOne(text));
      const id = next++;
      return new Promise((resolve) => {
        waiting.set(id, { text, resolve });
        worker.postMessage({ id, text } satisfies ToWorker);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}

/** The worker runs this same file: compiled as it is, from the TypeScript sources with tsx registered first. */
function startWorker(): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL(self), { workerData: { kind: KIND } });
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(self)}); });`;
  return new Worker(code, { eval: true, workerData: { kind: KIND } });
}

if (!isMainThread && (workerData as { kind?: string } | undefined)?.kind === KIND) {
  parentPort!.on('message', (m: ToWorker) => {
    parentPort!.postMessage({ id: m.id, result: readOne(m.text) } satisfies FromWorker);
  });
}
