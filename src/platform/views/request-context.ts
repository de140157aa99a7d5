import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CurrentUser } from '../auth/roles.js';

/**
 * What every page needs to know about the request it answers: who is signed in and the CSRF
 * token that each form sends back. sendPage provides it, so views need not pass it down.
 */
export interface RequestView {
  user: CurrentUser | null;
  csrfToken: string;
}

export const RequestViewContext = createContext<RequestView>({ user: null, csrfToken: '' });

export function useRequestView(): RequestView {
  return useContext(RequestViewContext);
}
