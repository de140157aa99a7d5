/** PostgreSQL's code for a unique index refusing a second row (the same on PGlite and the server). */
const UNIQUE_VIOLATION = '23505';

/** Whether the error is a unique index refusing a row: a race two requests ran, told apart from a fault. */
export function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === UNIQUE_VIOLATION;
}
