import type { AppContext } from '../context.js';
import { enqueue } from '../jobs/queue.js';
import { purgeOldRows } from './retention.repository.js';

/**
 * How long the platform keeps personal data about users that it only needs for a while. The
 * privacy page (/integritet) states these same periods; change both together.
 */
export const RETENTION = {
  /** Sessions: removed when they have expired (8 hours without use). */
  expiredSessionsDays: 0,
  /** E-mailed links: a month after they expired. */
  linksDays: 30,
  /** Sign-in attempts with e-mail and IP address: 30 days (back-off needs 15 minutes). */
  signInAttemptsDays: 30,
  /** Audit log with IP addresses: 24 months, for following up security incidents. */
  auditMonths: 24,
  /** Hits on rate-limited forms (IP and e-mail addresses): one day (the limits look back an hour). */
  rateLimitDays: 1,
  /** Finished background jobs: 30 days. */
  jobsDays: 30,
  /** Sent e-mail in the outbox (addresses and text): 90 days. */
  mailDays: 90,
} as const;

export const RETENTION_JOB = 'platform.retention';

const days = (now: Date, n: number) => new Date(now.getTime() - n * 86_400_000);

export async function purgeExpiredData(ctx: AppContext): Promise<Record<string, number>> {
  const now = ctx.now();
  const audit = new Date(now);
  audit.setUTCMonth(audit.getUTCMonth() - RETENTION.auditMonths);
  return purgeOldRows(ctx.db, {
    sessions: days(now, RETENTION.expiredSessionsDays),
    links: days(now, RETENTION.linksDays),
    attempts: days(now, RETENTION.signInAttemptsDays),
    audit,
    jobs: days(now, RETENTION.jobsDays),
    mail: days(now, RETENTION.mailDays),
    rateLimits: days(now, RETENTION.rateLimitDays),
  });
}

/**
 * Runs nightly at 03:00 UTC; each run queues the next. The dedupe key names the night, so the
 * running job (which still holds its own key) does not stop the next one from being queued,
 * while a restart that asks again for the same night adds nothing.
 */
export function registerRetentionJobs(ctx: AppContext): void {
  ctx.jobs.on(RETENTION_JOB, async (c) => {
    await purgeExpiredData(c);
    await scheduleNext(c);
  });
}

export async function ensureRetentionScheduled(ctx: AppContext): Promise<void> {
  await scheduleNext(ctx);
}

async function scheduleNext(ctx: AppContext): Promise<void> {
  const next = new Date(ctx.now());
  next.setUTCHours(3, 0, 0, 0);
  if (next <= ctx.now()) next.setUTCDate(next.getUTCDate() + 1);
  await enqueue(ctx.db, {
    kind: RETENTION_JOB,
    runAt: next,
    dedupeKey: `${RETENTION_JOB}:${next.toISOString().slice(0, 10)}`,
  });
}
