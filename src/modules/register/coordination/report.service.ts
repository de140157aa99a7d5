import { audit } from '../../../platform/audit/audit.service.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { baseUrl } from '../../../platform/config/config.js';
import type { RegisterContext } from '../db.js';
import { HOME } from './coordination.views.js';
import { mailCoordinatorsAtOnce, NOTICE_SETTINGS_PATH } from './notice.service.js';
import { closeReport, insertReport, listOpenReports, listRecentlyClosedReports } from './report.repository.js';
import type { ReportInput } from './report.schema.js';
import { reportText } from './report.text.js';

export const REPORTS_PATH = `${HOME}/rapporter`;

/**
 * A reader's report is saved, logged and told at once to the coordinators who chose so (the rest
 * see it in the morning digest and on /samordning). The audit log keeps the topic, not the text
 * or the address: the text is in the report itself, and the log is kept longer.
 */
export async function submitReport(
  ctx: RegisterContext,
  enterprise: { id: number; orgnr: string; name: string },
  input: ReportInput,
  who: { user: CurrentUser | null; ip: string },
): Promise<void> {
  const now = ctx.now();
  const base = baseUrl(ctx.config);
  await ctx.db.transaction().execute(async (trx) => {
    await insertReport(trx, { enterpriseId: enterprise.id, ...input, reporterEmail: input.email, at: now });
    await audit(trx, {
      at: now,
      actor: who.user,
      action: 'error_reported',
      subject: enterprise.orgnr,
      details: { topic: input.topic },
      // A visitor's address is personal data kept for no purpose; a signed-in user's is logged as always.
      ip: who.user ? who.ip : null,
    });
    await mailCoordinatorsAtOnce(trx, ctx, () => ({
      subject: reportText.notice.subject(enterprise.name),
      text: reportText.notice.text(
        enterprise.name,
        reportText.form.topics[input.topic],
        input.message,
        `${base}${REPORTS_PATH}`,
        `${base}${NOTICE_SETTINGS_PATH}`,
      ),
    }));
  });
}

/** Closes the report; false when it is gone or already closed (two coordinators at once). */
export async function markReportDealtWith(
  ctx: RegisterContext,
  id: number,
  user: CurrentUser,
  ip: string,
): Promise<boolean> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const closed = await closeReport(trx, id, user.id, now);
    if (!closed) return false;
    await audit(trx, {
      at: now,
      actor: user,
      action: 'error_report_closed',
      subject: closed.orgnr,
      details: { topic: closed.topic },
      ip,
    });
    return true;
  });
}

export async function reportLists(ctx: RegisterContext) {
  const [open, recent] = await Promise.all([listOpenReports(ctx.db), listRecentlyClosedReports(ctx.db, 10)]);
  return { open, recent };
}
