import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Whether an error means "the database cannot be reached right now" (a restart, a failover,
 * killed connections, a network gap) rather than "this query is wrong". Only the first kind is
 * the database being away: a request then gets 503 instead of 500, and the job worker waits
 * instead of counting it against a job. Everything else must stay a loud 500.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const { code, message, errors, cause } = err as {
    code?: unknown;
    message?: unknown;
    errors?: unknown;
    cause?: unknown;
  };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith('08'))) {
    return true;
  }
  if (typeof message === 'string' && DRIVER_MESSAGES.some((m) => message.startsWith(m))) return true;
  // Node reports a refused connection to a name with several addresses as an AggregateError.
  if (Array.isArray(errors) && errors.some(isDatabaseUnavailable)) return true;
  return cause !== undefined && cause !== err && isDatabaseUnavailable(cause);
}

// The socket: no server listening, the connection cut, no answer, no route, DNS in flux (failover).
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// SQLSTATE: class 08 (connection exception, matched by prefix), the server shutting down or
// starting up (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now) and
// 53300 too_many_connections (every slot taken while clients reconnect at once).
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
// node-postgres says these in plain errors without a code.
const DRIVER_MESSAGES = [
  'Connection terminated', // "… unexpectedly", "… due to connection timeout"
  'timeout exceeded when trying to connect', // the pool waited connectionTimeoutMillis
  'Client has encountered a connection error and is not queryable',
];

/**
 * Runs `write` until the database takes it: while the database is away it waits (¼ s, doubling
 * to 5 s) and tries again; any other error is thrown at once. For writes that record something
 * already done outside the database (a mail handed to the SMTP server), where giving up would
 * make it happen twice. `onUnavailable` hears each failed try; `signal` ends the waiting.
 * The write must be safe to repeat: a write that committed just as the connection broke is run
 * once more.
 */
export async function retryWhileUnavailable<T>(
  write: () => Promise<T>,
  options: { signal?: AbortSignal | undefined; onUnavailable?: ((err: unknown) => void) | undefined } = {},
): Promise<T> {
  for (let waitMs = FIRST_WAIT_MS; ; waitMs = Math.min(waitMs * 2, MAX_WAIT_MS)) {
    try {
      return await write();
    } catch (e) {
      if (!isDatabaseUnavailable(e) || options.signal?.aborted) throw e;
      options.onUnavailable?.(e);
      // Stopped while waiting: the caller hears why the write did not happen, not "aborted".
      await sleep(waitMs, undefined, options.signal ? { signal: options.signal } : {}).catch(() => {
        throw e;
      });
    }
  }
}

const FIRST_WAIT_MS = 250;
const MAX_WAIT_MS = 5000;
