import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  beginRequestIn,
  endRequestIn,
  isLanguage,
  LANGUAGE_COOKIE,
  LANGUAGE_PARAM,
  type Language,
} from '../i18n/language.js';

const ONE_YEAR_S = 365 * 24 * 3600;

/**
 * Which language a request is answered in: `?lang=en` (or `sv`) on any address chooses it and
 * keeps the choice in a cookie, so a shared link opens in the language it was shared in; then
 * the cookie; else Swedish, whatever the browser says. Everything after this hook (services,
 * views, formats) reads it through currentLanguage().
 */
export function registerLanguage(app: FastifyInstance, secure: boolean): void {
  app.addHook('onRequest', (req, reply, done) => {
    const asked = (req.query as Record<string, unknown> | undefined)?.[LANGUAGE_PARAM];
    let language: Language = 'sv';
    if (isLanguage(asked)) {
      language = asked;
      if (req.cookies[LANGUAGE_COOKIE] !== asked) {
        reply.setCookie(LANGUAGE_COOKIE, asked, { path: '/', sameSite: 'lax', secure, maxAge: ONE_YEAR_S });
      }
    } else {
      const kept = req.cookies[LANGUAGE_COOKIE];
      if (isLanguage(kept)) language = kept;
    }
    languages.set(req, language);
    beginRequestIn(language, done);
  });
  // Exactly once per request that began, however it ends (answered, or the client went away).
  const end = (req: FastifyRequest) => {
    const language = languages.get(req);
    if (language === undefined) return;
    languages.delete(req);
    endRequestIn(language);
  };
  app.addHook('onResponse', async (req) => end(req));
  app.addHook('onRequestAbort', async (req) => end(req));
}

const languages = new WeakMap<FastifyRequest, Language>();

/** The address of this page in the other language (the switch in the page header). */
export function addressInLanguage(req: FastifyRequest, fallbackPath: string, language: Language): string {
  // A page rendered in answer to a form (POST) has no address of its own to reload.
  const url = new URL(req.method === 'GET' || req.method === 'HEAD' ? req.url : fallbackPath, 'http://x');
  url.searchParams.set(LANGUAGE_PARAM, language);
  return `${url.pathname}${url.search}`;
}
