import type { AppContext } from '../context.js';
import { enqueue } from './queue.js';

/**
 * Jobs that run once a day at a fixed wall-clock hour (the yearly-confirmation scan, the nightly
 * purge). Each run queues the next one before it does its work, so a run that fails for good
 * does not end the daily chain, and `scheduleNextRun` at every start adds nothing when a run is
 * already waiting: the job is a row in the queue table and survives restarts.
 */
export interface DailySchedule {
  kind: string;
  hour: number;
  /** An IANA zone; 'UTC' for a fixed UTC hour. Summer time is followed. */
  timeZone: string;
}

export function registerDailyJob(
  ctx: AppContext,
  schedule: DailySchedule,
  run: (ctx: AppContext) => Promise<unknown>,
): void {
  ctx.jobs.on(schedule.kind, async (jobCtx) => {
    await scheduleNextRun(jobCtx, schedule);
    await run(jobCtx);
  });
}

/**
 * Queues the next run. The dedupe key names the run time: the queue keeps one pending or running
 * job per key, and a key without the time would make the running job block its own successor.
 * Two copies for different times can only meet after a worker was down past the hour; the late
 * one then schedules the same next run as the other, and they merge again.
 */
export async function scheduleNextRun(ctx: AppContext, schedule: DailySchedule): Promise<number | undefined> {
  const now = ctx.now();
  const runAt = nextRunAt(now, schedule);
  return enqueue(ctx.db, {
    kind: schedule.kind,
    runAt,
    createdAt: now,
    dedupeKey: `${schedule.kind}@${runAt.toISOString()}`,
  });
}

/** The first `hour`:00 in the schedule's zone strictly after `now`. */
export function nextRunAt(now: Date, schedule: Pick<DailySchedule, 'hour' | 'timeZone'>): Date {
  const today = localDate(now, schedule.timeZone);
  for (let days = 0; ; days++) {
    const candidate = zonedTime(today.year, today.month, today.day + days, schedule.hour, schedule.timeZone);
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
