import type { Actor } from '../../../platform/audit/audit.service.js';
import type { ProcurementContext } from '../db.js';
import { importRead, type NoticeOutcome } from './notice.import.js';
import { noticeText } from './notice.text.js';
import { startNoticeReader, type ReadResult } from './notice.worker.js';

/** Files being read in the reader's thread while earlier ones are written. */
const AHEAD = 16;

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

/** Several notice files, one after the other, each in its own transaction; what happened to each. */
export async function importNoticeFiles(
  ctx: ProcurementContext,
  files: AsyncIterable<{ name: string; text: string | null }> | Iterable<{ name: string; text: string | null }>,
  options: {
    country: string | null;
    actor: Actor;
    ownerUserId: number | null;
    onProgress?: (done: number) => void;
    signal?: AbortSignal;
  },
): Promise<{ outcomes: FileOutcome[]; counts: OutcomeCounts }> {
  const outcomes: FileOutcome[] = [];
  const counts: OutcomeCounts = { created: 0, updated: 0, unchanged: 0, older: 0, skipped: 0, refused: 0 };
  const reader = startNoticeReader();
  const pending: { name: string; read: Promise<ReadResult> | null }[] = [];
  const writeFirst = async () => {
    const { name, read } = pending.shift()!;
    const outcome: NoticeOutcome = read
      ? await importRead(ctx, await read, {
          country: options.country,
          actor: options.actor,
          ownerUserId: options.ownerUserId,
        })
      : { status: 'refused', reason: 'not_xml', detail: '' };
    counts[outcome.status]++;
    outcomes.push({ file: name, outcome });
    options.onProgress?.(outcomes.length);
  };
  try {
    for await (const f of files) {
      if (options.signal?.aborted) break;
      pending.push({ name: f.name, read: f.text === null ? null : reader.read(f.text) });
      if (pending.length >= AHEAD) await writeFirst();
    }
    while (pending.length > 0 && !options.signal?.aborted) await writeFirst();
  } finally {
    await reader.close();
  }
  return { outcomes, counts };
}

/** One line for a file: what happened, or why it was refused. */
export function outcomeLine({ file, outcome }: FileOutcome): string {
  const t = noticeText;
  switch (outcome.status) {
    case 'refused':
      return outcome.reason === 'not_xml' && outcome.detail === ''
        ? t.refused.unreadable(file)
        : t.refused[outcome.reason](file, outcome.detail);
    case 'skipped':
      return `${file}: ${t.outcome.skipped(outcome.country)}`;
    default:
      return `${file}: ${t.outcome[outcome.status]}${outcome.opportunityId ? ` (id ${outcome.opportunityId})` : ''}`;
  }
}
