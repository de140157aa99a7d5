import { baseUrl } from '../../../platform/config/config.js';
import { queueMail } from '../../../platform/mail/mail.service.js';
import { inSwedish } from '../../../platform/i18n/language.js';
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
  const base = baseUrl(ctx.config);
  await mailCoordinatorsAtOnce(trx, ctx, () => ({
    subject: t.submittedSubject(enterprise.name),
    text: t.submittedText(
      enterprise.name,
      enterprise.orgnr,
      `${base}${HOME}/granskning`,
      `${base}${NOTICE_SETTINGS_PATH}`,
    ),
  }));
}

/**
 * A mail to each coordinator who chose to hear at once, queued in `trx`. Written in Swedish
 * whatever the language of the page that caused it: it goes to the coordinators, not to the
 * person asking.
 */
export async function mailCoordinatorsAtOnce(
  trx: RegisterDb,
  ctx: RegisterContext,
  write: () => { subject: string; text: string },
): Promise<void> {
  const now = ctx.now();
  const mail = inSwedish(write);
  for (const c of await coordinatorsWithMode(trx, 'immediate')) await queueMail(trx, now, { to: c.email, ...mail });
}

/**
 * The morning digest: to coordinators on the daily digest, when enterprises wait for review,
 * flagged changes wait to be looked at or readers reported errors; nothing when nothing waits. Returns how many were sent.
 */
export async function sendCoordinatorDigest(ctx: RegisterContext): Promise<number> {
  const counts = await coordinationCounts(ctx);
  const waiting = counts.pending + counts.flaggedUnreviewed + counts.openReports;
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
          counts.openReports,
          `${base}${HOME}`,
          `${base}${NOTICE_SETTINGS_PATH}`,
        ),
      });
    }
    return recipients.length;
  });
}
