import type { AppContext } from '../context.js';
import type { JobAttempt } from './registry.js';
import { claimDueJobs, completeJob, failAbandonedJobs, failJob, type ClaimedJob } from './job.repository.js';

export type { JobAttempt } from './registry.js';

/** Enough of a pino/Fastify logger for the worker. */
export interface WorkerLog {
  error(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface RunOptions {
  /** Jobs claimed per round. */
  limit?: number;
  /** How long a claimed job is this worker's; after that another worker may run it again. */
  lockMs?: number;
  log?: WorkerLog;
}

const DEFAULT_LIMIT = 5;
// Longer than any handler should take (mail gives up on a silent server well before), so a slow
// job is not run twice; short enough that a crashed worker's jobs go out the same hour.
const DEFAULT_LOCK_MS = 10 * 60_000;
const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 6 * 60 * 60_000;

/** 1 min, 2 min, 4 min … after the 1st, 2nd, 3rd failed attempt, at most 6 hours. */
export function retryDelayMs(failedAttempt: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failedAttempt - 1), MAX_RETRY_MS);
}

/**
 * Claims the jobs that are due by ctx.now() and runs them one after another: done on success, a
 * retry after the backoff when the handler throws, failed for good after the last attempt or
 * when no handler knows the kind. Gives the number of jobs claimed.
 */
export async function runDueJobs(ctx: AppContext, options: RunOptions = {}): Promise<number> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const lockMs = options.lockMs ?? DEFAULT_LOCK_MS;
  const now = ctx.now();
  await failAbandonedJobs(ctx.db, now);
  const jobs = await claimDueJobs(ctx.db, now, new Date(now.getTime() + lockMs), limit);
  for (const job of jobs) await runJob(ctx, job, options.log);
  return jobs.length;
}

async function runJob(ctx: AppContext, job: ClaimedJob, log: WorkerLog | undefined): Promise<void> {
  const handler = ctx.jobs.get(job.kind);
  if (!handler) {
    // Retrying cannot help: this process will never know the kind. Fail loudly instead.
    const message = `Ingen hanterare för jobbtypen "${job.kind}" (kända: ${ctx.jobs.kinds().join(', ') || 'inga'}).`;
    await failJob(ctx.db, job.id, job.attempts, message, ctx.now(), undefined);
    log?.error({ jobId: job.id, kind: job.kind }, message);
    return;
  }
  const attempt: JobAttempt = {
    jobId: job.id,
    attempt: job.attempts,
    maxAttempts: job.maxAttempts,
    isLastAttempt: job.attempts >= job.maxAttempts,
  };
  try {
    await handler(ctx, job.payload, attempt);
  } catch (e) {
    const now = ctx.now();
    const retryAt = attempt.isLastAttempt ? undefined : new Date(now.getTime() + retryDelayMs(job.attempts));
    await failJob(ctx.db, job.id, job.attempts, errorText(e), now, retryAt);
    log?.warn(
      { jobId: job.id, kind: job.kind, attempt: job.attempts, retryAt, err: e },
      retryAt ? 'jobbet misslyckades, försöker igen senare' : 'jobbet misslyckades för gott',
    );
    return;
  }
  // Outside the try: a failure to record success must not count as the handler failing (the
  // job would then run again while marked as a failure); it surfaces to the caller instead.
  await completeJob(ctx.db, job.id, job.attempts, ctx.now());
}

/** Runs rounds until nothing is due (tests, CLI). Gives the number of jobs run. */
export async function drainJobs(ctx: AppContext, maxRounds = 20): Promise<number> {
  let total = 0;
  for (let round = 0; round < maxRounds; round++) {
    const n = await runDueJobs(ctx);
    if (n === 0) break;
    total += n;
  }
  return total;
}

export interface Worker {
  /** Stops polling and waits for the round under way to finish. */
  stop(): Promise<void>;
}

/**
 * Polls the queue in this process. A round starts only after the previous one ended (a timer per
 * round, not an interval), a full round is followed at once by the next, and errors (database
 * gone for a moment) are logged and the loop goes on.
 */
export function startWorker(
  ctx: AppContext,
  options: { intervalMs?: number; log: WorkerLog; limit?: number; lockMs?: number },
): Worker {
  const intervalMs = options.intervalMs ?? 1000;
  const limit = options.limit ?? DEFAULT_LIMIT;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      round = runRound();
    }, ms);
    // The HTTP server keeps the process alive; the worker alone should not.
    timer.unref();
  };

  const runRound = async () => {
    let full = false;
    try {
      const n = await runDueJobs(ctx, {
        limit,
        log: options.log,
        ...(options.lockMs ? { lockMs: options.lockMs } : {}),
      });
      full = n >= limit;
    } catch (e) {
      options.log.error({ err: e }, 'jobbkön kunde inte köras');
    }
    schedule(full ? 0 : intervalMs);
  };

  schedule(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await round;
    },
  };
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}
