import type { AppContext } from '../context.js';
import { registerDailyJob, scheduleNextRun } from '../jobs/daily.js';
import { purgeOldRows } from './retention.repository.js';
import { addMonths } from '../calendar.js';

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
  const audit = addMonths(now, -RETENTION.auditMonths);
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

/** Nightly at 03:00 UTC, when hardly anyone is signed in. */
const RETENTION_SCHEDULE = { kind: RETENTION_JOB, hour: 3, timeZone: 'UTC' } as const;

export function registerRetentionJobs(ctx: AppContext): void {
  registerDailyJob(ctx, RETENTION_SCHEDULE, purgeExpiredData);
}

export async function ensureRetentionScheduled(ctx: AppContext): Promise<void> {
  await scheduleNextRun(ctx, RETENTION_SCHEDULE);
}
