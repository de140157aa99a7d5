import type { Selectable } from 'kysely';
import type { Db } from '../db/schema.js';
import type { MailOutboxTable } from '../db/platform.tables.js';

/** All SQL of the mail outbox. */
export type MailRow = Selectable<MailOutboxTable>;

export async function insertMail(
  db: Db,
  mail: { createdAt: Date; to: string; subject: string; text: string; unsubscribeUrl?: string | null },
): Promise<number> {
  const row = await db
    .insertInto('mail_outbox')
    .values({
      created_at: mail.createdAt,
      to_address: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      unsubscribe_url: mail.unsubscribeUrl ?? null,
      status: 'pending',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findMail(db: Db, id: number): Promise<MailRow | undefined> {
  return db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Newest first; the id breaks ties between messages queued in the same instant. */
export async function listMail(db: Db, limit: number, offset: number): Promise<MailRow[]> {
  return db
    .selectFrom('mail_outbox')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countMail(db: Db): Promise<number> {
  const row = await db
    .selectFrom('mail_outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function markMailSent(db: Db, id: number, at: Date): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ status: 'sent', sent_at: at, last_error: null })
    .where('id', '=', id)
    .execute();
}

export async function markMailKept(db: Db, id: number): Promise<void> {
  await db.updateTable('mail_outbox').set({ status: 'kept' }).where('id', '=', id).execute();
}

/** Keeps the latest delivery error; `failed` once no attempt is left. */
export async function recordMailError(db: Db, id: number, error: string, failed: boolean): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ last_error: error.slice(0, 2000), ...(failed ? { status: 'failed' } : {}) })
    .where('id', '=', id)
    .execute();
}
