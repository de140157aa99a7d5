import type { AppContext } from '../../platform/context.js';
import { enqueue } from '../../platform/jobs/queue.js';
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
export const SCAN_SCHEDULE = { hour: 6, timeZone: 'Europe/Stockholm' } as const;

export function registerConfirmationJobs(ctx: AppContext): void {
  ctx.jobs.on(CONFIRMATION_SCAN_JOB, async (jobCtx) => {
    // Next run first: a scan that fails for good must not end the daily chain.
    await scheduleNextScan(jobCtx);
    await runConfirmationScan(jobCtx);
  });
}

/**
 * Makes sure a scan is waiting; called at every start. The job is a row in the queue table, so
 * a restart finds it there and this does nothing (same run time, same dedupe key).
 */
export async function ensureConfirmationScheduled(ctx: AppContext): Promise<number | undefined> {
  return scheduleNextScan(ctx);
}

/**
 * Queues the scan for the next 06:00. The dedupe key names the run time: the queue keeps one
 * pending or running job per key, and a key without the time would make the running job block
 * its own successor. Two copies for different times can only meet after a worker was down past
 * 06:00; the late one then schedules the same next run as the other, and they merge again.
 */
async function scheduleNextScan(ctx: AppContext): Promise<number | undefined> {
  const now = ctx.now();
  const runAt = nextScanAt(now);
  return enqueue(ctx.db, {
    kind: CONFIRMATION_SCAN_JOB,
    runAt,
    createdAt: now,
    dedupeKey: `${CONFIRMATION_SCAN_JOB}@${runAt.toISOString()}`,
  });
}

/** The first 06:00 in Stockholm strictly after `now`. */
export function nextScanAt(now: Date): Date {
  const today = localDate(now, SCAN_SCHEDULE.timeZone);
  for (let days = 0; ; days++) {
    const candidate = zonedTime(today.year, today.month, today.day + days, SCAN_SCHEDULE.hour, SCAN_SCHEDULE.timeZone);
    if (candidate > now) return candidate;
  }
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();
function partsOf(at: Date, timeZone: string): Record<string, number> {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormats.set(timeZone, format);
  }
  const out: Record<string, number> = {};
  for (const p of format.formatToParts(at)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

function localDate(at: Date, timeZone: string): { year: number; month: number; day: number } {
  const p = partsOf(at, timeZone);
  return { year: p.year!, month: p.month!, day: p.day! };
}

/** How far the zone's clock is ahead of UTC at that instant. */
function offsetMs(at: Date, timeZone: string): number {
  const p = partsOf(at, timeZone);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant the zone's clock shows hour:00 on that day (day may overflow the month). */
function zonedTime(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour);
  // The offset at the guess may differ from the offset at the answer on a day the clocks change.
  const guess = wall - offsetMs(new Date(wall), timeZone);
  return new Date(wall - offsetMs(new Date(guess), timeZone));
}
