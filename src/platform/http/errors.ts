/**
 * Errors with a stable id that API clients and tests rely on, the HTTP status each maps to and
 * what it means (the API docs list them). The platform's are here; a module brings its own in
 * its `errors` (module.ts) and names them for the type checker in `ModuleErrorIds`. The one error
 * handler (http/error-handler.ts) maps them to responses; anything else is a 500 whose stack is
 * logged and never shown.
 */
export interface ErrorEntry {
  status: number;
  /** What the id means, in Swedish, for the API docs. */
  meaning: string;
}

export type ErrorTable = Record<string, ErrorEntry>;

export const PLATFORM_ERRORS = {
  not_found: { status: 404, meaning: 'Adressen finns inte i API:t.' },
  invalid_parameter: {
    status: 400,
    meaning: 'En parameter har ett ogiltigt värde. Fältet fields säger vilken parameter och varför.',
  },
  invalid_request: { status: 400, meaning: 'Förfrågan går inte att tolka.' },
  invalid_orgnr: { status: 400, meaning: 'Organisationsnumret har fel form. Skriv det som NNNNNN-NNNN.' },
  invalid_body: { status: 400, meaning: 'Innehållet i förfrågan är ogiltigt.' },
  invalid_form: { status: 400, meaning: 'Ett formulär har fel. Fältet fields säger vilket fält och varför.' },
  unauthorized: { status: 401, meaning: 'Du behöver logga in.' },
  forbidden: { status: 403, meaning: 'Din roll ger inte tillgång till det här.' },
  csrf_invalid: {
    status: 403,
    meaning: 'Formuläret har gått ut eller kom från en annan webbplats. Ladda om sidan och försök igen.',
  },
  link_invalid: { status: 400, meaning: 'Länken är ogiltig, redan använd eller har gått ut.' },
  conflict: { status: 409, meaning: 'Uppgiften finns redan eller har just ändrats av någon annan.' },
  too_many_attempts: { status: 429, meaning: 'För många försök. Vänta en stund och försök igen.' },
  user_not_found: { status: 404, meaning: 'Användaren finns inte.' },
  payload_too_large: { status: 413, meaning: 'Förfrågan är för stor.' },
  method_not_allowed: { status: 405, meaning: 'Metoden är inte tillåten. API:t tar bara emot GET.' },
  database_unavailable: { status: 503, meaning: 'Databasen svarar inte just nu. Försök igen om en stund.' },
  internal_error: { status: 500, meaning: 'Ett oväntat fel hos oss. Felet är loggat; försök igen senare.' },
} as const satisfies ErrorTable;

/**
 * The ids modules add, for the type checker only: a module declares
 * `declare module '…/platform/http/errors.js' { interface ModuleErrorIds { its_id: true } }`
 * next to its error table, so `new AppError('its_id', …)` type-checks and a typo does not.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ModuleErrorIds {}

export type ErrorId = keyof typeof PLATFORM_ERRORS | keyof ModuleErrorIds;

/** Statuses of every id known in this process: the platform's, and the modules' once composed. */
const STATUS = new Map<string, number>(Object.entries(PLATFORM_ERRORS).map(([id, e]) => [id, e.status]));

/** Makes a module's ids known (composition.ts); the same id with another status is a mistake. */
export function defineErrors(table: ErrorTable): void {
  for (const [id, e] of Object.entries(table)) {
    const known = STATUS.get(id);
    if (known !== undefined && known !== e.status) throw new Error(`error id ${id} has two statuses`);
    STATUS.set(id, e.status);
  }
}

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
    // An id no composed module defined is a bug of ours: answer as one.
    this.status = STATUS.get(id) ?? 500;
  }
}
