import { editorAddresses } from '../../../platform/auth/user.repository.js';
import { isoDate, SWEDISH_TIME_ZONE } from '../../../platform/calendar.js';
import { baseUrl } from '../../../platform/config/config.js';
import type { AppContext } from '../../../platform/context.js';
import { formatDate } from '../../../platform/i18n/format.js';
import { queueMail } from '../../../platform/mail/mail.service.js';
import type { DailyJob } from '../../../platform/module.js';
import { contextWithFollowupTables, type FollowupContext } from '../db.js';
import { contractPath, supplierContractPath } from './contract.paths.js';
import {
  insertReminder,
  selectContractsToRemind,
  selectCreatorAddress,
  selectOrganisationBuyerAddresses,
} from './contract.repository.js';
import { followUpOf } from './contract.service.js';
import { contractText } from './contract.text.js';

const FIRST_START = 'first_start';

/**
 * Reminders before a first-start deadline passes (issue 12 §2): once a commitment is at risk for
 * want of a first start (COMMITMENT_RULE.warnDaysBeforeFirstStart before the deadline, nobody
 * started), its supplier's editors and the buyer who entered the contract (or, for one an award notice made,
 * the organisation's buyers) get one message each,
 * queued with the row that says it was sent, so it goes exactly once whoever runs the job.
 * Returns how many commitments were reminded of.
 */
export async function sendFirstStartReminders(ctx: FollowupContext): Promise<number> {
  const today = isoDate(ctx.now());
  const contracts = await selectContractsToRemind(ctx.db, today, FIRST_START);
  const base = baseUrl(ctx.config);
  const m = contractText.reminder;
  let sent = 0;
  for (const f of await followUpOf(ctx, contracts, today)) {
    const c = f.contract;
    for (const commitment of f.commitments) {
      if (commitment.verdict.reason.kind !== 'first_start_due') continue;
      const deadline = formatDate(commitment.firstStartBy);
      const editors = c.supplierEnterpriseId === null ? [] : await editorAddresses(ctx.db, [c.supplierEnterpriseId]);
      const creator = await selectCreatorAddress(ctx.db, c.createdBy);
      // A contract made from an award notice was entered by no one: the organisation's buyers hear.
      const buyers = creator ? [creator] : await selectOrganisationBuyerAddresses(ctx.db, c.buyerOrganisationId);
      // With no one to tell, nothing is marked sent: a buyer who joins later still hears.
      if (editors.length === 0 && buyers.length === 0) continue;
      await ctx.db.transaction().execute(async (trx) => {
        if (!(await insertReminder(trx, commitment.id, FIRST_START, ctx.now()))) return;
        sent++;
        for (const e of editors)
          await queueMail(trx, ctx.now(), {
            to: e.email,
            subject: m.subject(c.title),
            text: [
              m.greeting,
              '',
              m.supplierLead(c.title, deadline),
              '',
              `${base}${supplierContractPath(c.id)}`,
              '',
              m.footer,
            ].join('\n'),
          });
        for (const to of buyers)
          await queueMail(trx, ctx.now(), {
            to,
            subject: m.subject(c.title),
            text: [
              m.greeting,
              '',
              m.buyerLead(c.title, c.supplierName, deadline),
              '',
              `${base}${contractPath(c.id)}`,
              '',
              m.footer,
            ].join('\n'),
          });
      });
    }
  }
  return sent;
}

/** Every morning at 07:00 Swedish time. */
export const firstStartReminderJob: DailyJob = {
  schedule: { kind: 'followup.first_start_reminders', hour: 7, timeZone: SWEDISH_TIME_ZONE },
  run: async (ctx: AppContext) => {
    await sendFirstStartReminders(contextWithFollowupTables(ctx));
  },
};
