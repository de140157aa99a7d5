import { baseUrl } from '../../../platform/config/config.js';
import { queueMail } from '../../../platform/mail/mail.service.js';
import type { RegisterContext, RegisterDb } from '../db.js';
import { HOME } from './coordination.views.js';
import { coordinatorsWithMode } from './notice.repository.js';
import { coordinationCounts } from './verification.service.js';
import { verificationText } from './verification.text.js';

const t = verificationText.notice;
export const NOTICE_SETTINGS_PATH = `${HOME}#meddelanden`;

/**
 * Coordinators who chose "at once" hear of an enterprise sent in for review. Queued in the
 * transaction that sends it in, so the mail goes exactly when the submission is saved.
 */
export async function noticeSubmitted(
  trx: RegisterDb,
  ctx: RegisterContext,
  enterprise: { name: string; orgnr: string },
): Promise<void> {
  const now = ctx.now();
  const base = baseUrl(ctx.config);
  for (const c of await coordinatorsWithMode(trx, 'immediate')) {
    await queueMail(trx, now, {
      to: c.email,
      subject: t.submittedSubject(enterprise.name),
      text: t.submittedText(
        enterprise.name,
        enterprise.orgnr,
        `${base}${HOME}/granskning`,
        `${base}${NOTICE_SETTINGS_PATH}`,
      ),
    });
  }
}

/**
 * The morning digest: to coordinators on the daily digest, when enterprises wait for review or
 * flagged changes wait to be looked at; nothing when nothing waits. Returns how many were sent.
 */
export async function sendCoordinatorDigest(ctx: RegisterContext): Promise<number> {
  const counts = await coordinationCounts(ctx);
  const waiting = counts.pending + counts.flaggedUnreviewed;
  if (waiting === 0) return 0;
  const now = ctx.now();
  const base = baseUrl(ctx.config);
  return ctx.db.transaction().execute(async (trx) => {
    const recipients = await coordinatorsWithMode(trx, 'daily');
    for (const c of recipients) {
      await queueMail(trx, now, {
        to: c.email,
        subject: t.digestSubject(waiting),
        text: t.digestText(
          counts.pending,
          counts.flaggedUnreviewed,
          `${base}${HOME}`,
          `${base}${NOTICE_SETTINGS_PATH}`,
        ),
      });
    }
    return recipients.length;
  });
}
