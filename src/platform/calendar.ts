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

/** Whether s is a real date written 'YYYY-MM-DD' (2026-02-30 is not). */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  // 2026-02-30 parses as 2 March in some engines and not at all in others: the round trip catches both.
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
