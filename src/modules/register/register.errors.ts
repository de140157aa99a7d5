import type { ErrorTable } from '../../platform/http/errors.js';

/** The register's stable error ids (API clients rely on them), with status and meaning for the API docs. */
export const REGISTER_ERRORS = {
  enterprise_not_found: { status: 404, meaning: 'Inget offentligt företag har det organisationsnumret.' },
} as const satisfies ErrorTable;

declare module '../../platform/http/errors.js' {
  interface ModuleErrorIds {
    enterprise_not_found: true;
  }
}
