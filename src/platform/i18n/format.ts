import { SWEDISH_TIME_ZONE } from '../calendar.js';
/** Swedish formats: 35 752, 12,5 %, 24 november 2026. Non-breaking spaces keep figures whole. */
const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });
const longDate = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: SWEDISH_TIME_ZONE,
});

const shortDateTime = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: SWEDISH_TIME_ZONE,
});

/** '2026-11-24 11:00', Swedish time: for logs, queues and mail lists where minutes matter. */
export function formatDateTime(d: Date): string {
  return shortDateTime.format(d);
}

export function formatInteger(n: number): string {
  return integer.format(n);
}

export function formatPercent(share: number): string {
  return percent.format(share);
}

/** Accepts a Date or 'YYYY-MM-DD'. */
export function formatDate(d: Date | string): string {
  const date = typeof d === 'string' ? new Date(`${d}T12:00:00Z`) : d;
  return longDate.format(date);
}

export function isoDateTime(d: Date): string {
  return d.toISOString();
}

const oneDecimal = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * '812 kB', '12,4 MB': file sizes as people read them (1 MB = 1 000 000 byte). A size that
 * rounds up to the next unit is written in it ('1,0 MB', never '1 000 kB').
 */
export function formatBytes(bytes: number): string {
  if (Math.round(bytes / 1000) < 1000) return `${integer.format(Math.max(1, Math.round(bytes / 1000)))} kB`;
  if (Math.round(bytes / 100_000) < 10_000) return `${oneDecimal.format(bytes / 1_000_000)} MB`;
  return `${oneDecimal.format(bytes / 1_000_000_000)} GB`;
}

/** '4,2 s'. */
export function formatSeconds(ms: number): string {
  return `${oneDecimal.format(ms / 1000)} s`;
}
