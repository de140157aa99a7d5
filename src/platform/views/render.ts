import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { csrfTokenFor } from '../auth/csrf.js';
import { currentLanguage } from '../i18n/language.js';
import { renderWithRequest } from './request-context.js';

/** Every HTML page goes out here: Preact escapes all text and attributes by default. */
export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  const req = reply.request;
  // The CSRF cookie is issued only when the page has a form that needs it: a page without one
  // (the directory, a profile) goes out without Set-Cookie and stays cacheable.
  let token: string | undefined;
  const value = {
    user: req.user ?? null,
    nav: reply.server.composition.nav,
    footer: reply.server.composition.footer,
    request: req,
    operator: reply.server.operator,
    get csrfToken() {
      token ??= csrfTokenFor(req, reply);
      return token;
    },
  };
  const html = renderWithRequest(value, () => renderToString(page));
  // Pages may show who is signed in: never store them in shared caches.
  if (value.user) reply.header('Cache-Control', 'private, no-store');
  // The same address is Swedish or English by the reader's cookie: a cache must keep them apart.
  reply.header('Content-Language', currentLanguage()).header('Vary', 'Cookie');
  return reply.code(status).type('text/html; charset=utf-8').send(`<!doctype html>${html}`);
}
