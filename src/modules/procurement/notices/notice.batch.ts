import { organisationName } from '../opportunity/opportunity.repository.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import type { Actor } from '../../../platform/audit/audit.service.js';
import type { ProcurementContext } from '../db.js';
import { importBatch, importRead, type NoticeOutcome } from './notice.import.js';
import { noticeText } from './notice.text.js';
import { startNoticeReader, type ReadResult } from './notice.worker.js';

/** Notices written in one transaction, and how many are read ahead in the reader's thread meanwhile. */
const BATCH = 25;
const AHEAD = 2 * BATCH;

export interface FileOutcome {
  file: string;
  outcome: NoticeOutcome;
}

export type OutcomeCounts = {
  created: number;
  updated: number;
  unchanged: number;
  older: number;
  skipped: number;
  refused: number;
};

/** Several notice files, one after the other, each whole or not at all; what happened to each. */
export async function importNoticeFiles(
  ctx: ProcurementContext,
  files: AsyncIterable<{ name: string; text: string | null }> | Iterable<{ name: string; text: string | null }>,
  options: {
    country: string | null;
    actor: Actor;
    owner: CurrentUser | null;
    ownerOrganisation?: { id: number; name: string } | null;
    onProgress?: (done: number) => void;
    signal?: AbortSignal;
  },
): Promise<{ outcomes: FileOutcome[]; counts: OutcomeCounts }> {
  const outcomes: FileOutcome[] = [];
  const counts: OutcomeCounts = { created: 0, updated: 0, unchanged: 0, older: 0, skipped: 0, refused: 0 };
  const reader = startNoticeReader();
  const pending: { name: string; read: Promise<ReadResult> | null }[] = [];
  const importOptions = {
    country: options.country,
    actor: options.actor,
    owner: options.owner,
    ownerOrganisation: options.ownerOrganisation ?? null,
  };
  // BATCH notices share a transaction: a commit of its own per notice cost a tenth of the time on
  // disk. They are written straight in, the first notices of new procedures together
  // (importBatch); only if one fails is the batch rolled back and written again with a savepoint
  // per notice, so that the failing one is refused and the rest kept (a savepoint for every
  // notice cost another tenth). What a batch wrote is told once committed.
  const writeBatch = async () => {
    const batch = pending.splice(0, BATCH);
    // Read before the transaction begins: on PGlite it holds the database for everyone.
    const read = await Promise.all(
      batch.map(({ read }) => read ?? Promise.resolve<ReadResult>({ ok: false, reason: 'not_xml', detail: '' })),
    );
    const attempt = (bare: boolean) =>
      ctx.db.transaction().execute(async (trx) => {
        const outcomes = bare
          ? await importBatch(ctx, trx, read, importOptions)
          : await sequential(read, (r) => importRead(ctx, r, importOptions, { trx, bare: false }));
        return outcomes.map((outcome, i) => ({ file: batch[i]!.name, outcome }));
      });
    const done = await attempt(true).catch(() => attempt(false));
    for (const o of done) {
      counts[o.outcome.status]++;
      outcomes.push(o);
    }
    options.onProgress?.(outcomes.length);
  };
  try {
    for await (const f of files) {
      if (options.signal?.aborted) break;
      pending.push({ name: f.name, read: f.text === null ? null : reader.read(f.text) });
      if (pending.length >= AHEAD) await writeBatch();
    }
    while (pending.length > 0 && !options.signal?.aborted) await writeBatch();
  } finally {
    await reader.close();
  }
  return { outcomes, counts };
}

/** `work` on each item one after the other, in order. */
async function sequential<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const item of items) out.push(await work(item));
  return out;
}

/** A file's text, or null when it is not UTF-8 (it is then named as unreadable, never read as garbled text). */
export function textOfFile(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** What happened to a file, or why it was refused. */
export function outcomeText(outcome: NoticeOutcome): string {
  const t = noticeText;
  switch (outcome.status) {
    case 'refused':
      return outcome.reason === 'not_xml' && outcome.detail === ''
        ? t.refused.unreadable()
        : t.refused[outcome.reason](outcome.detail);
    case 'skipped':
      return t.outcome.skipped(outcome.country);
    default:
      return `${t.outcome[outcome.status]}${outcome.opportunityId ? ` (id ${outcome.opportunityId})` : ''}`;
  }
}

/** One line for a file, for the command line: its name and what happened. */
export function outcomeLine({ file, outcome }: FileOutcome): string {
  return `${file}: ${outcomeText(outcome)}`;
}

/** The uploader's organisation with its name, for the notices that are its own (notice.import.ts). */
export async function uploaderOrganisation(
  ctx: ProcurementContext,
  user: CurrentUser | null,
): Promise<{ id: number; name: string } | null> {
  if (!user || user.organisationId === null) return null;
  const name = await organisationName(ctx.db, user.organisationId);
  return name === null ? null : { id: user.organisationId, name };
}
