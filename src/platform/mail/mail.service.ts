import type { Kysely } from 'kysely';
import type { Db, PlatformDB } from '../db/schema.js';
import { enqueue } from '../jobs/queue.js';
import { countMail, findMail, insertMail, listMail, type MailRow } from './mail.repository.js';

export const MAIL_SEND_JOB = 'mail.send';

export type MailStatus = 'pending' | 'sent' | 'kept' | 'failed';

export interface OutgoingMail {
  to: string;
  subject: string;
  /** Plain text; links are written out in full. */
  text: string;
  /**
   * For a message the reader chose to get (alerts): the address that stops them with one click,
   * sent as List-Unsubscribe with List-Unsubscribe-Post (RFC 8058), so that mail programs offer it.
   */
  unsubscribeUrl?: string | null;
}

export interface OutboxMail {
  id: number;
  createdAt: Date;
  to: string;
  subject: string;
  text: string;
  status: MailStatus;
  sentAt: Date | null;
  lastError: string | null;
}

export interface OutboxPage {
  items: OutboxMail[];
  total: number;
  page: number;
  pageCount: number;
}

export const OUTBOX_PAGE_SIZE = 50;

/**
 * Stores a message in the outbox and queues its sending. Pass the transaction that makes the
 * change the mail is about (an invitation, a reset link): the mail exists exactly when the
 * change does. Given the database itself, both rows are written in a transaction of their own.
 */
export async function queueMail(db: Db, now: Date, message: OutgoingMail): Promise<number> {
  const to = message.to.trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(to)) throw new Error(`not an e-mail address: ${JSON.stringify(message.to)}`);
  // A subject is one header line; a line break from user input must not start another header.
  const subject = message.subject.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const write = async (trx: Db) => {
    const id = await insertMail(trx, {
      createdAt: now,
      to,
      subject,
      text: message.text,
      unsubscribeUrl: message.unsubscribeUrl ?? null,
    });
    await enqueue(trx, { kind: MAIL_SEND_JOB, payload: { id }, runAt: now, createdAt: now });
    return id;
  };
  return db.isTransaction ? write(db) : db.transaction().execute(write);
}

/** Page `page` (from 1) of the outbox, newest first; a page past the end comes back empty. */
export async function listOutbox(db: Kysely<PlatformDB>, page: number): Promise<OutboxPage> {
  const [rows, total] = await Promise.all([
    listMail(db, OUTBOX_PAGE_SIZE, (page - 1) * OUTBOX_PAGE_SIZE),
    countMail(db),
  ]);
  return { items: rows.map(toOutboxMail), total, page, pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}

export async function getOutboxMail(db: Kysely<PlatformDB>, id: number): Promise<OutboxMail | undefined> {
  const row = await findMail(db, id);
  return row ? toOutboxMail(row) : undefined;
}

function toOutboxMail(r: MailRow): OutboxMail {
  return {
    id: r.id,
    createdAt: r.created_at,
    to: r.to_address,
    subject: r.subject,
    text: r.text_body,
    status: r.status as MailStatus,
    sentAt: r.sent_at,
    lastError: r.last_error,
  };
}
