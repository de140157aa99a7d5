import { editorAddresses } from '../../../platform/auth/user.repository.js';
import { isoDate, SWEDISH_TIME_ZONE } from '../../../platform/calendar.js';
import { formatDate } from '../../../platform/i18n/format.js';
import { queueMail } from '../../../platform/mail/mail.service.js';
import type { DailyJob } from '../../../platform/module.js';
import { findSuppliers } from '../../register/index.js';
import { selectAgreementsInForce } from '../agreement/agreement.repository.js';
import { contextWithFollowupTables, type FollowupContext } from '../db.js';
import { placesLinkFor } from './capacity.links.js';
import { selectCapacities, selectReminders, upsertReminder } from './capacity.repository.js';
import { UNCERTAIN_AFTER_DAYS } from './capacity.service.js';
import { capacityText } from './capacity.text.js';

/**
 * Reminded two days before the number would show as uncertain, so that an enterprise that answers
 * within a day or two never shows as uncertain; and at most once in the same span, so that one
 * that does not answer is asked once a month, not every morning.
 */
export const REMIND_AFTER_DAYS = UNCERTAIN_AFTER_DAYS - 2;
const DAY_MS = 86_400_000;

/**
 * Asks each enterprise published in the register with agreements in force today and free places not confirmed for
 * REMIND_AFTER_DAYS (or never stated) to confirm or change them, by e-mail to its editors with the
 * signed link. The reminder is recorded in the transaction that queues the mail. Returns how many
 * enterprises were asked.
 */
export async function sendPlaceReminders(ctx: FollowupContext): Promise<number> {
  const now = ctx.now();
  const due = (at: Date | undefined) => !at || now.getTime() - at.getTime() >= REMIND_AFTER_DAYS * DAY_MS;
  const today = isoDate(now);
  const inForce = await selectAgreementsInForce(ctx.db, today);
  const places = new Map<number, { name: string; places: number }>();
  for (const a of inForce) {
    const seen = places.get(a.enterprise_id);
    places.set(a.enterprise_id, { name: a.enterprise_name, places: (seen?.places ?? 0) + a.places });
  }
  // An archived or unpublished enterprise is not on the board and its link does nothing: not asked.
  const inRegister = places.size === 0 ? [] : await findSuppliers(ctx.db, { ids: [...places.keys()], today });
  const ids = inRegister.map((s) => s.id);
  const [capacities, reminders] = await Promise.all([selectCapacities(ctx.db, ids), selectReminders(ctx.db, ids)]);
  const confirmed = new Map(capacities.map((c) => [c.enterprise_id, c]));
  const reminded = new Map(reminders.map((r) => [r.enterprise_id, r.sent_at]));
  const asked = ids.filter((id) => due(confirmed.get(id)?.confirmed_at) && due(reminded.get(id)));
  if (asked.length === 0) return 0;
  const [recipients, link] = await Promise.all([editorAddresses(ctx.db, asked), placesLinkFor(ctx)]);
  const t = capacityText.mail;
  let count = 0;
  for (const id of asked) {
    const to = recipients.filter((r) => r.enterprise_id === id).map((r) => r.email);
    if (to.length === 0) continue;
    const { name, places: total } = places.get(id)!;
    const current = confirmed.get(id);
    const text = [
      t.greeting,
      '',
      t.lead(name, total),
      current ? t.now(current.free_places, formatDate(current.confirmed_at)) : t.never,
      '',
      t.link(link(id)),
      '',
      t.why(UNCERTAIN_AFTER_DAYS),
      '',
      t.footer,
    ].join('\n');
    await ctx.db.transaction().execute(async (trx) => {
      for (const address of to) await queueMail(trx, now, { to: address, subject: t.subject, text });
      await upsertReminder(trx, id, now);
    });
    count += 1;
  }
  return count;
}

/** Every morning at 08:00 Swedish time; each enterprise is asked at most once a month (above). */
export const placeReminderJob: DailyJob = {
  schedule: { kind: 'followup.place_reminder', hour: 8, timeZone: SWEDISH_TIME_ZONE },
  run: async (ctx) => sendPlaceReminders(contextWithFollowupTables(ctx)),
};
