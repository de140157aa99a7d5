import type { AppContext } from '../context.js';
import { isDatabaseUnavailable, retryWhileUnavailable } from '../db/unavailable.js';
import type { JobAttempt } from './registry.js';
import { claimDueJobs, completeJob, failAbandonedJobs, failJob, type ClaimedJob } from './job.repository.js';

export type { JobAttempt } from './registry.js';

/** Enough of a pino/Fastify logger for the worker. */
export interface WorkerLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface RunOptions {
  /** Jobs claimed per round. */
  limit?: number;
  /** How long a claimed job is this worker's; after that another worker may run it again. */
  lockMs?: number;
  log?: WorkerLog;
  /** Ends the waiting for an absent database to record an outcome (the worker is stopping). */
  signal?: AbortSignal;
  /** Hears the database being away while a job's outcome waits to be recorded. */
  onUnavailable?: (err: unknown) => void;
}

const DEFAULT_LIMIT = 5;
// Longer than any handler should take (mail gives up on a silent server well before), so a slow
// job is not run twice; short enough that a crashed worker's jobs go out the same hour.
const DEFAULT_LOCK_MS = 10 * 60_000;
const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 6 * 60 * 60_000;
// While the database is away the worker tries again after 1 s, 2 s, 4 s, then every 5 s: a
// restart or failover is usually over within seconds, and the jobs should follow at once.
const MAX_PAUSE_MS = 5000;

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
  for (const job of jobs) await runJob(ctx, job, options);
  return jobs.length;
}

/*
 * The database going away while a job runs. A job acts in two places that cannot change
 * together: outside (a mail handed to the SMTP server) and in the database (the job row, the
 * outbox row). So:
 *
 * - Recording the outcome (done; or failed, and when to try again) is retried until the database
 *   answers, never given up: a job whose record was lost would stay 'running' until its lock ran
 *   out and then run again, sending its mail twice. The attempt number fences every record, so
 *   writing one twice (it committed just as the connection broke) changes nothing. Handlers
 *   record their own outside effects the same way, through attempt.record().
 * - While it waits, this worker claims nothing else: in one process a finished job is never run
 *   again, however long the database is away.
 * - A handler that failed because the database went away did nothing wrong: it is due again as
 *   soon as the failure can be recorded (the database is back), without the backoff. It still
 *   counts as an attempt, so a job that breaks its own connection every time stops after its
 *   attempts instead of looping; caught so on its last attempt, it fails for good (visible in the
 *   queue) like any other.
 *
 * What cannot be guaranteed, only made rare: the process dying (kill -9, or stopped while the
 * database is away) between an outside effect and its record runs the job again after its lock,
 * i.e. a mail may go out twice; the same when several workers share the queue
 * and an outage outlasts the lock, letting another worker take the job over. A claim that
 * committed just as the connection broke leaves its jobs locked until the lock runs out: late,
 * not lost.
 */
async function runJob(ctx: AppContext, job: ClaimedJob, options: RunOptions): Promise<void> {
  const { log } = options;
  const record = <T>(write: () => Promise<T>) =>
    retryWhileUnavailable(write, { signal: options.signal, onUnavailable: options.onUnavailable });
  const handler = ctx.jobs.get(job.kind);
  if (!handler) {
    // Retrying cannot help: this process will never know the kind. Fail loudly instead.
    const message = `Ingen hanterare för jobbtypen "${job.kind}" (kända: ${ctx.jobs.kinds().join(', ') || 'inga'}).`;
    await record(() => failJob(ctx.db, job.id, job.attempts, message, ctx.now(), undefined));
    log?.error({ jobId: job.id, kind: job.kind }, message);
    return;
  }
  const attempt: JobAttempt = {
    jobId: job.id,
    attempt: job.attempts,
    maxAttempts: job.maxAttempts,
    isLastAttempt: job.attempts >= job.maxAttempts,
    record,
  };
  try {
    await handler(ctx, job.payload, attempt);
  } catch (e) {
    const unavailable = isDatabaseUnavailable(e);
    if (unavailable) options.onUnavailable?.(e);
    let retryAt: Date | undefined;
    await record(() => {
      const now = ctx.now();
      const delay = unavailable ? 0 : retryDelayMs(job.attempts);
      retryAt = attempt.isLastAttempt ? undefined : new Date(now.getTime() + delay);
      return failJob(ctx.db, job.id, job.attempts, errorText(e), now, retryAt);
    });
    log?.warn(
      { jobId: job.id, kind: job.kind, attempt: job.attempts, retryAt, err: e },
      retryAt ? 'jobbet misslyckades, försöker igen senare' : 'jobbet misslyckades för gott',
    );
    return;
  }
  // Outside the try: a failure to record success must not count as the handler failing (the
  // job would then run again while marked as a failure).
  await record(() => completeJob(ctx.db, job.id, job.attempts, ctx.now()));
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
 * round, not an interval), a full round is followed at once by the next. While the database is
 * away the worker pauses with a growing wait, logging once when it goes and once when it is
 * back; other errors are logged each round and the loop goes on.
 */
export function startWorker(
  ctx: AppContext,
  options: { intervalMs?: number; log: WorkerLog; limit?: number; lockMs?: number },
): Worker {
  const intervalMs = options.intervalMs ?? 1000;
  const limit = options.limit ?? DEFAULT_LIMIT;
  const stopping = new AbortController();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();
  let away = false;
  let pauseMs = intervalMs;

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      round = runRound();
    }, ms);
    // The HTTP server keeps the process alive; the worker alone should not.
    timer.unref();
  };

  const wentAway = (err: unknown) => {
    if (away) return;
    away = true;
    options.log.warn({ err }, 'databasen går inte att nå; jobben väntar tills den svarar igen');
  };

  const runRound = async () => {
    let next = intervalMs;
    try {
      const n = await runDueJobs(ctx, {
        limit,
        log: options.log,
        signal: stopping.signal,
        onUnavailable: wentAway,
        ...(options.lockMs ? { lockMs: options.lockMs } : {}),
      });
      if (away) options.log.info({}, 'databasen svarar igen; jobben fortsätter');
      away = false;
      pauseMs = intervalMs;
      next = n >= limit ? 0 : intervalMs;
    } catch (e) {
      if (isDatabaseUnavailable(e)) {
        wentAway(e);
        next = pauseMs;
        pauseMs = Math.min(pauseMs * 2, Math.max(MAX_PAUSE_MS, intervalMs));
      } else {
        options.log.error({ err: e }, 'jobbkön kunde inte köras');
      }
    }
    schedule(next);
  };

  schedule(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      // A record waiting for the database gives up: the job then runs again after its lock.
      stopping.abort();
      await round;
    },
  };
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}
