import { backupSettings } from '../config/config.js';
import type { AppContext } from '../context.js';
import { registerDailyJob, scheduleNextRun } from '../jobs/daily.js';
import { backupToFolder } from './backup.service.js';
import { SWEDISH_TIME_ZONE } from '../calendar.js';

export const BACKUP_JOB = 'platform.backup';

/**
 * Nightly, before the purge at 03:00 UTC, when hardly anyone works: the embedded database waits
 * for nothing else while pg_dump reads it. On by default with the embedded database (BACKUP).
 */
export const BACKUP_SCHEDULE = { kind: BACKUP_JOB, hour: 2, timeZone: SWEDISH_TIME_ZONE } as const;

export const NIGHTLY_BACKUP_ACTOR = { system: 'Nattlig säkerhetskopiering' };

export function registerBackupJobs(ctx: AppContext): void {
  registerDailyJob(ctx, BACKUP_SCHEDULE, async (jobCtx) => {
    // Turned off since it was queued: the chain goes on (so that turning it on again needs no
    // restart to take effect the next night), but nothing is written.
    if (!backupSettings(jobCtx.config).nightly) return;
    await backupToFolder(jobCtx, NIGHTLY_BACKUP_ACTOR);
  });
}

export async function ensureBackupScheduled(ctx: AppContext): Promise<void> {
  if (backupSettings(ctx.config).nightly) await scheduleNextRun(ctx, BACKUP_SCHEDULE);
}
