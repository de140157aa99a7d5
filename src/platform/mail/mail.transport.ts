import nodemailer from 'nodemailer';
import type { Config } from '../config/config.js';

export type MailTransport = ReturnType<typeof nodemailer.createTransport>;

// One transport per configuration, made on first use: tests build many apps with different
// SMTP_URLs in one process, and a process that never sends mail never builds one.
const transports = new WeakMap<Config, MailTransport | undefined>();

/** The SMTP transport for SMTP_URL; undefined when no mail server is configured. */
export function mailTransport(config: Config): MailTransport | undefined {
  if (transports.has(config)) return transports.get(config);
  const transport = config.SMTP_URL
    ? nodemailer.createTransport({
        url: config.SMTP_URL,
        // Nodemailer waits minutes by default; a silent server should fail this attempt soon and
        // leave the retry to the queue, well inside the worker's lock on the job.
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 60_000,
      })
    : undefined;
  transports.set(config, transport);
  return transport;
}
