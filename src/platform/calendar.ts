/**
 * The one Swedish calendar of the platform: what date it is in Sweden, months added with one
 * rule, ISO dates checked one way. Dates travel as 'YYYY-MM-DD' strings (DESIGN §4). Formats
 * for people (24 november 2026, 2026-11-24 11:00) are in i18n/format.ts, in the same zone.
 */
export const SWEDISH_TIME_ZONE = 'Europe/Stockholm';

const SWEDISH_DATE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: SWEDISH_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in Sweden ('YYYY-MM-DD') at a moment: "today" for users, certificates and
 * reports. (UTC would still say yesterday between midnight and 01:00/02:00 Swedish time.)
 */
export function isoDate(d: Date): string {
  return SWEDISH_DATE.format(d);
}

/**
 * n calendar months later (or earlier, n < 0), the time of day kept. The one rule: a day the
 * target month lacks becomes its last day (31 January + 1 month = 28 February), never a day of
 * the month after.
 */
export function addMonths(d: Date, months: number): Date {
  const out = new Date(d);
  const day = out.getUTCDate();
  out.setUTCDate(1);
  out.setUTCMonth(out.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(out.getUTCFullYear(), out.getUTCMonth() + 1, 0)).getUTCDate();
  out.setUTCDate(Math.min(day, lastDay));
  return out;
}

/** addMonths for a 'YYYY-MM-DD' date. */
export function addMonthsToDate(date: string, months: number): string {
  return addMonths(new Date(`${date}T00:00:00Z`), months)
    .toISOString()
    .slice(0, 10);
}

/** The last day of a period of `months` calendar months from `start` (2027-01-01 + 24: 2028-12-31). */
export function periodEnd(start: string, months: number): string {
  const next = new Date(`${addMonthsToDate(start, months)}T00:00:00Z`);
  return new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10);
}

/** Whether s is a real date written 'YYYY-MM-DD' (2026-02-30 is not). */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  // 2026-02-30 parses as 2 March in some engines and not at all in others: the round trip catches both.
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const SWEDISH_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: SWEDISH_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Minutes Swedish time is ahead of UTC at a moment (60 in winter, 120 in summer). */
function swedishOffsetMinutes(d: Date): number {
  const p = Object.fromEntries(SWEDISH_PARTS.formatToParts(d).map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((wall - Math.floor(d.getTime() / 60_000) * 60_000) / 60_000);
}

/** Whether s is a time of day written 'HH:MM' (24-hour clock). */
export function isClockTime(s: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(s);
}

/**
 * The moment a Swedish wall-clock time names ('2027-03-15', '12:00'): deadlines buyers type. In the
 * hour skipped in spring the moment falls an hour later (02:30 is 03:30); in the hour repeated in autumn, the
 * second (winter time).
 */
export function swedishTimeToDate(date: string, time: string): Date {
  const asUtc = new Date(`${date}T${time}:00Z`);
  const first = swedishOffsetMinutes(asUtc);
  const guess = new Date(asUtc.getTime() - first * 60_000);
  const second = swedishOffsetMinutes(guess);
  return second === first ? guess : new Date(asUtc.getTime() - second * 60_000);
}

/** The Swedish date and clock time of a moment, as a form shows them back: { date: '2027-03-15', time: '12:00' }. */
export function swedishDateAndTime(d: Date): { date: string; time: string } {
  const p = Object.fromEntries(SWEDISH_PARTS.formatToParts(d).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}
