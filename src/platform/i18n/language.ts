import { AsyncLocalStorage } from 'node:async_hooks';

/** The languages pages are served in. Swedish is the default and the source of every text. */
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The cookie that keeps a reader's choice, and the query parameter that sets it (a shared link works). */
export const LANGUAGE_COOKIE = 'asf_lang';
export const LANGUAGE_PARAM = 'lang';

export function isLanguage(value: unknown): value is Language {
  return value === 'sv' || value === 'en';
}

/**
 * The language of the request being answered. A request in another language than Swedish runs
 * in its own store (http/language.ts), so services, views and formats read it without passing
 * it down; Swedish requests, work outside a request (jobs, mail, the command line) and anything
 * without a store are Swedish.
 *
 * Why Swedish requests run without a store: on Node 20 an active AsyncLocalStorage turns on
 * promise hooks for every promise in the process, which cost about 0.4 ms of CPU per page here
 * (`npm run bench`: -28 % single-client requests per second on the directory page). So the
 * store is switched on only while a request in another language is being answered, and off
 * again when the last one is done.
 */
const store = new AsyncLocalStorage<Language>();
let inFlight = 0;

export function currentLanguage(): Language {
  return store.getStore() ?? 'sv';
}

/** Runs `run` in `language` (tests, and a request's handling through beginRequestIn). */
export function inLanguage<T>(language: Language, run: () => T): T {
  return store.run(language, run);
}

/**
 * Runs `run` in Swedish: for mail to others than the person asking (coordinators hear of an
 * enterprise's submission in Swedish even when its editor reads the pages in English). Costs
 * nothing on a Swedish request, where no store is switched on.
 */
export function inSwedish<T>(run: () => T): T {
  return currentLanguage() === 'sv' ? run() : store.run('sv', run);
}

/**
 * Starts answering a request in `language`: `next` and all that follows from it see that
 * language. Every call must be matched by one endRequestIn(language) when the answer is done.
 */
export function beginRequestIn(language: Language, next: () => void): void {
  if (language === 'sv') return next();
  inFlight += 1;
  store.run(language, next);
}

export function endRequestIn(language: Language): void {
  if (language === 'sv') return;
  inFlight -= 1;
  if (inFlight === 0) store.disable();
}

/** How many requests in another language than Swedish are being answered (0 when idle; for tests). */
export function requestsInOtherLanguages(): number {
  return inFlight;
}
