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
 * The language of the request being answered. Each request runs in its own store (app.ts), so
 * services, views and formats read it without passing it down; work outside a request (jobs,
 * mail, the command line) is Swedish.
 */
const store = new AsyncLocalStorage<Language>();

export function currentLanguage(): Language {
  return store.getStore() ?? 'sv';
}

export function inLanguage<T>(language: Language, run: () => T): T {
  return store.run(language, run);
}
