import type { AppContext } from '../context.js';
import type { JobAttempt } from '../jobs/worker.js';
import { findMail, markMailKept, markMailSent, recordMailError } from './mail.repository.js';
import { MAIL_SEND_JOB } from './mail.service.js';
import { mailTransport } from './mail.transport.js';

/** Adds the mail handlers to the app's job registry. */
export function registerMailJobs(ctx: AppContext): void {
  ctx.jobs.on(MAIL_SEND_JOB, sendQueuedMail);
}

/**
 * Sends one message from the outbox. Throwing hands the retry to the queue (with backoff); the
 * message's status follows: 'sent', 'kept' without a mail server, 'failed' after the last attempt.
 */
async function sendQueuedMail(ctx: AppContext, payload: Record<string, unknown>, attempt: JobAttempt): Promise<void> {
  const id = payload.id;
  if (typeof id !== 'number') throw new Error(`mail.send: payload has no message id: ${JSON.stringify(payload)}`);
  const mail = await findMail(ctx.db, id);
  // Queued in the same transaction as the job, so this means someone removed it by hand.
  if (!mail) throw new Error(`mail.send: message ${id} is not in the outbox`);
  // An earlier run got this far (its worker died before the job was marked done): never twice.
  if (mail.status !== 'pending') return;

  const transport = mailTransport(ctx.config);
  if (!transport) {
    // No SMTP_URL: nothing leaves the system. The message stays readable in the outbox
    // (/admin/utkorg), so in development or a small setup an admin can pass a link on by hand.
    await markMailKept(ctx.db, id);
    return;
  }
  try {
    await transport.sendMail({
      from: ctx.config.MAIL_FROM,
      to: mail.to_address,
      subject: mail.subject,
      // Plain text only; nodemailer declares it UTF-8 and encodes å, ä and ö safely.
      text: mail.text_body,
      ...(mail.unsubscribe_url
        ? {
            list: { unsubscribe: mail.unsubscribe_url },
            headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
          }
        : {}),
      // The message comes from our own text, but nothing in it may make nodemailer read a file or URL.
      disableFileAccess: true,
      disableUrlAccess: true,
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await recordMailError(ctx.db, id, message, attempt.isLastAttempt);
    throw e;
  }
  // The mail is out. Should the database be away now, failing here would send it again on the
  // next run, so the record waits for the database instead.
  const sentAt = ctx.now();
  await attempt.record(() => markMailSent(ctx.db, id, sentAt));
}
