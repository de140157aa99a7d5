import type { AppContext } from '../../../platform/context.js';
import { nextRunAt, scheduleNextRun } from '../../../platform/jobs/daily.js';
import type { DailyJob } from '../../../platform/module.js';
import { runConfirmationScan } from './confirmation.service.js';
import { contextWithRegisterTables } from '../db.js';
import { SWEDISH_TIME_ZONE } from '../../../platform/calendar.js';

/**
 * The yearly confirmation runs as a daily job in the database queue, so it survives restarts and
 * runs on whichever instance's worker is free.
 */
export const CONFIRMATION_SCAN_JOB = 'register.confirmation_scan';

/**
 * Every morning at 06:00 Swedish time (Europe/Stockholm, summer time included): e-mail goes out
 * before the working day starts, and the daily run is at the same wall-clock time all year.
 */
export const SCAN_SCHEDULE = { kind: CONFIRMATION_SCAN_JOB, hour: 6, timeZone: SWEDISH_TIME_ZONE } as const;

/** The module's daily job; the platform registers it and queues its first run at start. */
export const confirmationDailyJob: DailyJob = {
  schedule: SCAN_SCHEDULE,
  run: (ctx) => runConfirmationScan(contextWithRegisterTables(ctx)),
};

/** Makes sure a scan is waiting (the platform does this at every start; a waiting one makes it do nothing). */
export function ensureConfirmationScheduled(ctx: AppContext): Promise<number | undefined> {
  return scheduleNextRun(ctx, SCAN_SCHEDULE);
}

/** The first 06:00 in Stockholm strictly after `now`. */
export function nextScanAt(now: Date): Date {
  return nextRunAt(now, SCAN_SCHEDULE);
}
