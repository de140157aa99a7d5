import type { AppContext } from '../../platform/context.js';
import { nextRunAt, registerDailyJob, scheduleNextRun } from '../../platform/jobs/daily.js';
import { runConfirmationScan } from './confirmation.service.js';

/**
 * The yearly confirmation runs as a daily job in the database queue, so it survives restarts and
 * runs on whichever instance's worker is free.
 */
export const CONFIRMATION_SCAN_JOB = 'register.confirmation_scan';

/**
 * Every morning at 06:00 Swedish time (Europe/Stockholm, summer time included): e-mail goes out
 * before the working day starts, and the daily run is at the same wall-clock time all year.
 */
export const SCAN_SCHEDULE = { kind: CONFIRMATION_SCAN_JOB, hour: 6, timeZone: 'Europe/Stockholm' } as const;

export function registerConfirmationJobs(ctx: AppContext): void {
  registerDailyJob(ctx, SCAN_SCHEDULE, runConfirmationScan);
}

/** Makes sure a scan is waiting; called at every start (a waiting one makes this do nothing). */
export function ensureConfirmationScheduled(ctx: AppContext): Promise<number | undefined> {
  return scheduleNextRun(ctx, SCAN_SCHEDULE);
}

/** The first 06:00 in Stockholm strictly after `now`. */
export function nextScanAt(now: Date): Date {
  return nextRunAt(now, SCAN_SCHEDULE);
}
