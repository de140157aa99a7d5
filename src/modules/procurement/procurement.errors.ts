import type { ErrorTable } from '../../platform/http/errors.js';

/** The procurement module's stable error ids (API clients rely on them). */
export const PROCUREMENT_ERRORS = {
  opportunity_not_found: { status: 404, meaning: 'Ingen publicerad upphandling har det id:t.' },
} as const satisfies ErrorTable;

declare module '../../platform/http/errors.js' {
  interface ModuleErrorIds {
    opportunity_not_found: true;
  }
}
