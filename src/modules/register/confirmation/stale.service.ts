import { countConfirmations, countStale, listStale } from './confirmation.repository.js';
import { CONFIRMATION_RULES, dueDate, mailsSent } from './confirmation.service.js';
import { addMonths } from '../../../platform/calendar.js';
import type { RegisterContext } from '../db.js';

/** The coordinators' list of profiles that lapsed or soon will, and how well confirmation works. */
export const STALE_PAGE_SIZE = 100;

export interface StaleEntry {
  orgnr: string;
  name: string;
  lapsed: boolean;
  reference: Date;
  dueAt: Date;
  remindersSent: number;
  lastReminder: Date | null;
}

export interface StaleReport {
  entries: StaleEntry[];
  total: number;
  page: number;
  pageCount: number;
  confirmedLastYear: number;
  due: number;
  overdue: number;
  /** Share of last year's confirmations made before the profile lapsed; null when there were none. */
  onTimeShare: number | null;
  onTime: number;
  confirmations: number;
}

export async function staleReport(ctx: RegisterContext, page: number): Promise<StaleReport> {
  const now = ctx.now();
  // Due within a month = the eleven-month e-mail has gone (or goes at the next scan).
  const dueSoonReference = addMonths(now, -CONFIRMATION_RULES.askAfterMonths);
  const overdueReference = addMonths(now, -CONFIRMATION_RULES.lapseAfterMonths);
  const [list, counts, confirmations] = await Promise.all([
    listStale(ctx.db, dueSoonReference, { offset: (page - 1) * STALE_PAGE_SIZE, limit: STALE_PAGE_SIZE }),
    countStale(ctx.db, dueSoonReference, overdueReference),
    countConfirmations(ctx.db, addMonths(now, -12)),
  ]);
  return {
    entries: list.rows.map((r) => {
      const sent = mailsSent(r);
      return {
        orgnr: r.orgnr,
        name: r.name,
        lapsed: r.status === 'needs_reverification' || dueDate(r.reference) <= now,
        reference: r.reference,
        dueAt: dueDate(r.reference),
        remindersSent: sent,
        lastReminder: sent > 0 ? r.remindedAt : null,
      };
    }),
    total: list.total,
    page,
    pageCount: Math.max(1, Math.ceil(list.total / STALE_PAGE_SIZE)),
    confirmedLastYear: confirmations.enterprises,
    due: counts.due,
    overdue: counts.overdue,
    onTimeShare: confirmations.confirmations > 0 ? confirmations.onTime / confirmations.confirmations : null,
    onTime: confirmations.onTime,
    confirmations: confirmations.confirmations,
  };
}
