import type { ErrorTable } from '../../platform/http/errors.js';

/** The follow-up module's stable error ids (API clients rely on them). */
export const FOLLOWUP_ERRORS = {
  contract_not_found: {
    status: 404,
    meaning: 'Inget avtal med det id:t hör till er organisation eller ert företag.',
  },
} as const satisfies ErrorTable;

declare module '../../platform/http/errors.js' {
  interface ModuleErrorIds {
    contract_not_found: true;
  }
}
