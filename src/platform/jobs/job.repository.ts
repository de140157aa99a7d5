import { sql } from 'kysely';
import type { Db } from '../db/schema.js';

/** All SQL of the job queue. Every function takes the database or a transaction first. */

export type JobStatus = 'pending' | 'running' | 'done' | 'failed';

export interface NewJobRow {
  kind: string;
  payload: Record<string, unknown>;
  runAt: Date;
  createdAt: Date | undefined;
  dedupeKey: string | undefined;
  maxAttempts: number | undefined;
}

/** A job a worker has claimed: attempts already counts the run about to start. */
export interface ClaimedJob {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
}

export interface JobRow {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  status: JobStatus;
  runAt: Date;
  attempts: number;
  maxAttempts: number;
  lockedUntil: Date | null;
  lastError: string | null;
  dedupeKey: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

// An error message is for a person reading the admin view, not a full dump.
const MAX_ERROR_LENGTH = 2000;

/**
 * Adds a job. With a dedupe key, at most one pending or running job holds that key (a partial
 * unique index); a second insert does nothing and gives undefined.
 */
export async function insertJob(db: Db, job: NewJobRow): Promise<number | undefined> {
  const row = await db
    .insertInto('job')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      run_at: job.runAt,
      // Bookkeeping only: when the caller gives no time, the database's clock will do.
      created_at: job.createdAt ?? sql<Date>`now()`,
      dedupe_key: job.dedupeKey ?? null,
      ...(job.maxAttempts !== undefined ? { max_attempts: job.maxAttempts } : {}),
    })
    // The conflict target repeats the partial index's predicate so PostgreSQL can pick that index;
    // as literals, because the planner cannot prove a parameter implies it.
    .onConflict((oc) =>
      oc
        .column('dedupe_key')
        .where(sql<boolean>`status in ('pending', 'running')`)
        .doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/**
 * A worker that died mid-job leaves it 'running' with a lock that runs out. If it was on its
 * last attempt, running it again would exceed max_attempts (and a job that kills its worker
 * would do so forever), so it fails instead.
 */
export async function failAbandonedJobs(db: Db, now: Date): Promise<number> {
  const result = await db
    .updateTable('job')
    .set({
      status: 'failed',
      finished_at: now,
      locked_until: null,
      last_error: 'Arbetet avbröts (processen stannade) på sista försöket.',
    })
    .where('status', '=', 'running')
    .where('locked_until', '<', now)
    .whereRef('attempts', '>=', 'max_attempts')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Claims up to `limit` due jobs in one statement: pending jobs whose time has come and running
 * jobs whose worker's lock ran out. SKIP LOCKED lets several workers claim side by side without
 * waiting for or taking each other's rows.
 */
export async function claimDueJobs(db: Db, now: Date, lockedUntil: Date, limit: number): Promise<ClaimedJob[]> {
  const rows = await db
    .updateTable('job')
    .set((eb) => ({
      status: 'running',
      locked_until: lockedUntil,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('job')
        .select('id')
        .where((w) =>
          w.or([
            w.and([w('status', '=', 'pending'), w('run_at', '<=', now)]),
            w.and([w('status', '=', 'running'), w('locked_until', '<', now)]),
          ]),
        )
        .orderBy('run_at')
        .orderBy('id')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning(['id', 'kind', 'payload', 'attempts', 'max_attempts', 'run_at'])
    .execute();
  // UPDATE … RETURNING gives rows in no particular order; run the oldest first.
  return rows
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      payload: r.payload,
      attempts: r.attempts,
      maxAttempts: r.max_attempts,
      runAt: r.run_at,
    }))
    .sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id - b.id);
}

/**
 * Marks a claimed job done. The attempt number fences it: a worker whose lock ran out (and whose
 * job another worker has claimed since) changes nothing. True when this worker still held it.
 */
export async function completeJob(db: Db, id: number, attempt: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('job')
    .set({ status: 'done', finished_at: now, locked_until: null, last_error: null })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('attempts', '=', attempt)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Records a failed run: back to 'pending' at `retryAt`, or 'failed' for good when `retryAt` is
 * undefined (out of attempts or nothing to retry). Fenced by the attempt number like completeJob.
 */
export async function failJob(
  db: Db,
  id: number,
  attempt: number,
  error: string,
  now: Date,
  retryAt: Date | undefined,
): Promise<boolean> {
  const lastError = error.slice(0, MAX_ERROR_LENGTH);
  const query = db
    .updateTable('job')
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('attempts', '=', attempt);
  const result = await (
    retryAt
      ? query.set({ status: 'pending', run_at: retryAt, locked_until: null, last_error: lastError })
      : query.set({ status: 'failed', finished_at: now, locked_until: null, last_error: lastError })
  ).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function getJob(db: Db, id: number): Promise<JobRow | undefined> {
  const row = await db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toJobRow(row) : undefined;
}

/** Newest first, optionally of one status or kind, or only those that have run: for admin views of the queue. */
export async function listRecentJobs(
  db: Db,
  options: { limit: number; offset?: number; status?: JobStatus; kind?: string; attempted?: boolean },
): Promise<JobRow[]> {
  let query = db.selectFrom('job').selectAll();
  if (options.status) query = query.where('status', '=', options.status);
  if (options.kind) query = query.where('kind', '=', options.kind);
  if (options.attempted) query = query.where('attempts', '>', 0);
  const rows = await query
    .orderBy('id', 'desc')
    .limit(options.limit)
    .offset(options.offset ?? 0)
    .execute();
  return rows.map(toJobRow);
}

function toJobRow(r: {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  status: string;
  run_at: Date;
  attempts: number;
  max_attempts: number;
  locked_until: Date | null;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: Date;
  finished_at: Date | null;
}): JobRow {
  return {
    id: r.id,
    kind: r.kind,
    payload: r.payload,
    status: r.status as JobStatus,
    runAt: r.run_at,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    lockedUntil: r.locked_until,
    lastError: r.last_error,
    dedupeKey: r.dedupe_key,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  };
}
