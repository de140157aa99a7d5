import { SWEDISH_TIME_ZONE } from '../calendar.js';
import { currentLanguage, type Language } from './language.js';

/**
 * Numbers and dates in the language of the page: 35 752, 30 %, 24 november 2026 in Swedish;
 * 35,752, 30%, 24 November 2026 in English. Times are always the region's clock (Swedish time).
 * Swedish uses non-breaking spaces, which keep figures whole.
 */
const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

function formatters(locale: string) {
  return {
    integer: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
    percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
    oneDecimal: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    upToTwoDecimals: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
    longDate: new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: SWEDISH_TIME_ZONE,
    }),
    or: new Intl.ListFormat(locale, { type: 'disjunction' }),
    and: new Intl.ListFormat(locale, { type: 'conjunction' }),
    longDateTime: new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: SWEDISH_TIME_ZONE,
    }),
  };
}

const BY_LANGUAGE: Record<Language, ReturnType<typeof formatters>> = {
  sv: formatters(LOCALES.sv),
  en: formatters(LOCALES.en),
};

function f() {
  return BY_LANGUAGE[currentLanguage()];
}

// Logs, queues and mail lists read the same in both languages: ISO-like, Swedish time.
const shortDateTime = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: SWEDISH_TIME_ZONE,
});

/** '2026-11-24 11:00', Swedish time: for logs, queues and mail lists where minutes matter. */
export function formatDateTime(d: Date): string {
  return shortDateTime.format(d);
}

/** '24 november 2026 kl. 11:00' / '24 November 2026 at 11:00', Swedish time. */
export function formatLongDateTime(d: Date): string {
  return f().longDateTime.format(d);
}

/** 'Falun, Borlänge eller Mora' / 'Falun, Borlänge or Mora'; `and` joins with och / and. */
export function formatList(items: readonly string[], join: 'or' | 'and' = 'and'): string {
  return f()[join].format(items);
}

export function formatInteger(n: number): string {
  return f().integer.format(n);
}

/** 4,5 or 4,25 in Swedish (4.5 in English): months and other amounts kept in hundredths. */
export function formatDecimal(n: number): string {
  return f().upToTwoDecimals.format(n);
}

export function formatPercent(share: number): string {
  return f().percent.format(share);
}

/** Accepts a Date or 'YYYY-MM-DD'. */
export function formatDate(d: Date | string): string {
  const date = typeof d === 'string' ? new Date(`${d}T12:00:00Z`) : d;
  return f().longDate.format(date);
}

export function isoDateTime(d: Date): string {
  return d.toISOString();
}

/**
 * '812 kB', '12,4 MB': file sizes as people read them (1 MB = 1 000 000 byte). A size that
 * rounds up to the next unit is written in it ('1,0 MB', never '1 000 kB').
 */
export function formatBytes(bytes: number): string {
  const { integer, oneDecimal } = f();
  if (Math.round(bytes / 1000) < 1000) return `${integer.format(Math.max(1, Math.round(bytes / 1000)))} kB`;
  if (Math.round(bytes / 100_000) < 10_000) return `${oneDecimal.format(bytes / 1_000_000)} MB`;
  return `${oneDecimal.format(bytes / 1_000_000_000)} GB`;
}

/** '4,2 s'. */
export function formatSeconds(ms: number): string {
  return `${f().oneDecimal.format(ms / 1000)} s`;
}
