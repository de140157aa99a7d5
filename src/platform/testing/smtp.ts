import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  port: number;
  /** Every message received so far, parsed, in order of arrival. */
  messages: ParsedMail[];
  /** The first message (already received or still to come) that matches; rejects after the timeout. */
  waitForMessage(pred?: (m: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  /** Forgets the messages received so far (a server shared by several tests). */
  clear(): void;
  close(): Promise<void>;
}

/** The http(s) links in a message's text, in order: what a test follows next. */
export function linksIn(mail: ParsedMail): string[] {
  return (mail.text ?? '').match(/https?:\/\/[^\s<>"]+/g) ?? [];
}

/**
 * A real SMTP server in the test process: the app sends over a socket exactly as in production,
 * and the test reads what arrived (recipient, subject, the link in the text). Plain SMTP on
 * 127.0.0.1 only; any login is accepted. A message is parsed before the server answers 250, so
 * once the sender is done the message is in `messages`. Pass `port` to come back up on the
 * address of a server that was closed (tests of a mail server that was down). `beforeReply` runs
 * once a message is in and before the server answers 250: the sender is waiting, and a test can
 * change the world under it (take its database away).
 */
export async function startTestSmtp(
  options: { port?: number; beforeReply?: (mail: ParsedMail) => Promise<void> } = {},
): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  const waiters = new Set<(m: ParsedMail) => void>();

  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Close promptly at the end of a test, even if a client still holds a connection.
    closeTimeout: 500,
    onAuth(_auth, _session, callback) {
      callback(null, { user: 'test' });
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          messages.push(mail);
          for (const waiter of [...waiters]) waiter(mail);
          await options.beforeReply?.(mail);
        })
        .then(
          () => callback(),
          (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
        );
    },
  });
  // A socket error (a client that hangs up) must not crash the test process.
  server.on('error', () => {});

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;

  let closed: Promise<void> | undefined;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    async waitForMessage(pred = () => true, timeoutMs = 5000) {
      const found = messages.find(pred);
      if (found) return found;
      return new Promise<ParsedMail>((resolve, reject) => {
        const waiter = (m: ParsedMail) => {
          let matches: boolean;
          try {
            matches = pred(m);
          } catch (e) {
            // A predicate that throws fails this wait, not the server's delivery.
            clearTimeout(timer);
            waiters.delete(waiter);
            reject(e instanceof Error ? e : new Error(String(e)));
            return;
          }
          if (!matches) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(m);
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const seen = messages.map((m) => `"${m.subject ?? ''}"`).join(', ') || 'none';
          reject(new Error(`no matching e-mail within ${timeoutMs} ms (received: ${seen})`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    clear() {
      messages.length = 0;
    },
    close() {
      closed ??= new Promise<void>((resolve) => server.close(() => resolve()));
      return closed;
    },
  };
}
