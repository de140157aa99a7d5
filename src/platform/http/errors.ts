/**
 * Errors the platform expects, each with a stable id that API clients and tests rely on. The
 * one error handler (http/error-handler.ts) maps them to status codes; anything else is a 500
 * whose stack is logged and never shown.
 */
export const ERROR_STATUS = {
  not_found: 404,
  enterprise_not_found: 404,
  invalid_parameter: 400,
  invalid_request: 400,
  invalid_orgnr: 400,
  invalid_body: 400,
  invalid_form: 400,
  unauthorized: 401,
  forbidden: 403,
  csrf_invalid: 403,
  link_invalid: 400,
  conflict: 409,
  too_many_attempts: 429,
  user_not_found: 404,
  payload_too_large: 413,
  method_not_allowed: 405,
  database_unavailable: 503,
  internal_error: 500,
} as const;

export type ErrorId = keyof typeof ERROR_STATUS;

export interface FieldError {
  /** The parameter or field name as the client sent it. */
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly id: ErrorId,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.status = ERROR_STATUS[id];
  }
}
