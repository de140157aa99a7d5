import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { csrfTokenFor } from '../auth/csrf.js';
import { renderWithRequest } from './request-context.js';

/** Every HTML page goes out here: Preact escapes all text and attributes by default. */
export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  const req = reply.request;
  const value = { user: req.user ?? null, csrfToken: csrfTokenFor(req, reply) };
  const html = renderWithRequest(value, () => renderToString(page));
  // Pages may show who is signed in: never store them in shared caches.
  if (value.user) reply.header('Cache-Control', 'private, no-store');
  return reply.code(status).type('text/html; charset=utf-8').send(`<!doctype html>${html}`);
}
