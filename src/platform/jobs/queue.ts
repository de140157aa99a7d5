import type { Db } from '../db/schema.js';
import { insertJob } from './job.repository.js';

export interface JobToQueue {
  /** The handler's name in the JobRegistry, e.g. 'mail.send'. */
  kind: string;
  /** Stored as JSON; the handler gets it back as an object. */
  payload?: Record<string, unknown>;
  /** When the job may run at the earliest (usually ctx.now()). */
  runAt: Date;
  /** At most one pending or running job per key: a second enqueue with the key does nothing. */
  dedupeKey?: string;
  /** Runs before the job fails for good (the table's default is 5). */
  maxAttempts?: number;
  /** When it was queued; the database's clock when absent. */
  createdAt?: Date;
}

/**
 * Puts a job in the queue. Pass the caller's transaction so the job is stored together with the
 * change that asked for it: both are kept, or neither. Gives the job's id, or undefined when a
 * job with the same dedupe key is already waiting.
 */
export async function enqueue(db: Db, job: JobToQueue): Promise<number | undefined> {
  if (job.maxAttempts !== undefined && (!Number.isInteger(job.maxAttempts) || job.maxAttempts < 1)) {
    throw new Error(`maxAttempts must be a positive integer, got ${job.maxAttempts}`);
  }
  return insertJob(db, {
    kind: job.kind,
    payload: job.payload ?? {},
    runAt: job.runAt,
    createdAt: job.createdAt,
    dedupeKey: job.dedupeKey,
    maxAttempts: job.maxAttempts,
  });
}
