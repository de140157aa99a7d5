import type { FastifyRequest } from 'fastify';
import type { CurrentUser } from '../auth/roles.js';
import type { FooterLink, NavEntry } from '../module.js';
import type { Operator } from '../config/config.js';

/**
 * What every page needs to know about the request it answers: who is signed in and the CSRF
 * token that each form sends back. sendPage sets it for the one synchronous render, so views
 * need not pass it down. (A Preact context Provider did the same but raised the peak memory
 * under load by about 130 MB in `npm run bench`; rendering is synchronous, so a value held for
 * the length of one renderToString call cannot mix up two requests.)
 */
export interface RequestView {
  user: CurrentUser | null;
  csrfToken: string;
  /** The menu of the whole app (platform and modules); each user sees the items for their role. */
  nav: readonly NavEntry[];
  /** The footer's links (platform and modules), the same for everyone. */
  footer: readonly FooterLink[];
  /** The request being answered (its address, for the language switch); null outside one. */
  request: FastifyRequest | null;
  /** Who runs the platform (settings OPERATOR_*), for the footer; null outside a request. */
  operator: Operator | null;
}

const NONE: RequestView = { user: null, csrfToken: '', nav: [], footer: [], request: null, operator: null };
let current: RequestView = NONE;

export function renderWithRequest<T>(value: RequestView, render: () => T): T {
  const previous = current;
  current = value;
  try {
    return render();
  } finally {
    current = previous;
  }
}

export function useRequestView(): RequestView {
  return current;
}
