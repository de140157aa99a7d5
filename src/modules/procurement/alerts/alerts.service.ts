import { randomToken } from '../../../platform/auth/tokens.js';
import { isoDate } from '../../../platform/calendar.js';
import { baseUrl } from '../../../platform/config/config.js';
import { inSwedish } from '../../../platform/i18n/language.js';
import { queueMail } from '../../../platform/mail/mail.service.js';
import { findSuppliers } from '../../register/index.js';
import type { ProcurementContext, ProcurementDb } from '../db.js';
import type { LotMatch } from '../matching/match.score.js';
import { matchesForOpportunity } from '../matching/matching.service.js';
import type { OpportunityEvent } from '../opportunity/opportunity.events.js';
import { loadOpportunities, loadOpportunity } from '../opportunity/opportunity.service.js';
import type { Opportunity } from '../opportunity/opportunity.types.js';
import { bestLot, followedAs, passesFilters, settingsOf, type AlertSettings } from './alerts.follow.js';

export type { AlertSettings };
import { digestMail, immediateMail, type MailLinks, type Told } from './alerts.mail.js';
import { ALERT_SETTINGS_PATH, unsubscribePath } from './alerts.paths.js';
import {
  ensureAlerts,
  insertSent,
  markSent,
  markWaitingSent,
  selectAlertByToken,
  selectAlerts,
  selectChosenAlerts,
  selectClosingSoon,
  selectEditorEmails,
  selectWaiting,
  updateAlert,
} from './alerts.repository.js';

const DAY = 86_400_000;
/** A match whose deadline or dialogue is this close goes at once; the rest wait for the digest. */
const URGENT_DAYS = 7;

/**
 * Alerts (issue 11 §2). A published opportunity, or one whose deadline moved, is matched
 * against the register (profile followers, matching/) and against the enterprises that chose
 * what to follow; each match is recorded once per enterprise, opportunity and event
 * (match_alert_sent's unique key: never told twice, after a restart or with two workers). One
 * closing within seven days is mailed at once, in the transaction that records it; the rest wait
 * for the morning digest. Returns how many enterprises were told of something new.
 */
export async function alertOpportunities(ctx: ProcurementContext, event: OpportunityEvent): Promise<number> {
  let told = 0;
  for (const id of event.ids) told += await alertOpportunity(ctx, id, event.key);
  return told;
}

/** The deadlines and meeting of an opportunity, as moments. */
const momentsOf = (o: Opportunity) =>
  [o.deadlineAt, o.meetingAt, ...o.lots.map((l) => l.deadlineAt)].filter((d): d is Date => d !== null);

async function alertOpportunity(ctx: ProcurementContext, id: number, key: string): Promise<number> {
  const o = await loadOpportunity(ctx.db, id);
  const now = ctx.now();
  if (!o || o.status !== 'published' || o.countryCode !== 'SE') return 0;
  const moments = momentsOf(o).map((d) => d.getTime());
  if (moments.length > 0 && Math.max(...moments) < now.getTime()) return 0;
  const today = isoDate(now);

  const best = new Map<number, LotMatch>();
  const keep = (m: LotMatch) => {
    const had = best.get(m.supplier.id);
    if (!had || m.score > had.score) best.set(m.supplier.id, m);
  };
  // Profile followers: the register's matches, less those who chose what to follow.
  const byProfile = (await matchesForOpportunity(ctx, o)).flatMap((l) => l.matches);
  const settings = new Map(
    (await selectAlerts(ctx.db, [...new Set(byProfile.map((m) => m.supplier.id))])).map((r) => [r.enterprise_id, r]),
  );
  for (const m of byProfile) if (settingsOf(settings.get(m.supplier.id)).follow === 'profile') keep(m);
  // Those who chose: their codes, places, words and kinds.
  const chosen = await selectChosenAlerts(ctx.db);
  const suppliers = await findSuppliers(ctx.db, { ids: chosen.map((r) => r.enterprise_id), today });
  for (const supplier of suppliers) {
    const row = chosen.find((r) => r.enterprise_id === supplier.id)!;
    const s = settingsOf(row);
    settings.set(supplier.id, row);
    if (!passesFilters(o, s)) continue;
    const found = bestLot(o, followedAs(supplier, s), today);
    if (found) keep(found.match);
  }
  if (best.size === 0) return 0;

  const urgent = momentsOf(o).some((d) => d >= now && d.getTime() - now.getTime() <= URGENT_DAYS * DAY);
  return ctx.db.transaction().execute(async (trx) => {
    const matches = [...best.values()];
    const frequencyOf = (enterpriseId: number) => settingsOf(settings.get(enterpriseId)).frequency;
    const recorded = await insertSent(
      trx,
      matches.map((m) => ({
        enterprise_id: m.supplier.id,
        opportunity_id: o.id,
        key,
        urgent,
        score: m.score,
        created_at: now,
        // Someone who stopped the alerts is never told; the row keeps the next telling from
        // happening should they start them again.
        sent_at: frequencyOf(m.supplier.id) === 'off' ? now : null,
      })),
    );
    // A moved deadline is always told at once: it is news only while it is new.
    const atOnce = recorded.filter((r) => (urgent || key !== 'new') && frequencyOf(r.enterprise_id) !== 'off');
    if (atOnce.length > 0) {
      const links = await linksFor(
        ctx,
        trx,
        atOnce.map((r) => r.enterprise_id),
      );
      const recipients = await selectEditorEmails(
        trx,
        atOnce.map((r) => r.enterprise_id),
      );
      for (const r of atOnce) {
        const match = best.get(r.enterprise_id)!;
        const mail = inSwedish(() =>
          immediateMail(
            match.supplier.name,
            { opportunity: o, match, moved: key !== 'new' },
            links(r.enterprise_id),
            today,
          ),
        );
        for (const to of recipients.filter((e) => e.enterprise_id === r.enterprise_id)) {
          await queueMail(trx, now, { to: to.email, ...mail, unsubscribeUrl: links(r.enterprise_id).unsubscribe });
        }
      }
      await markSent(
        trx,
        atOnce.map((r) => r.id),
        now,
      );
    }
    return recorded.length;
  });
}

/** Each enterprise's links for a message: its settings page and its one-click unsubscribe. */
async function linksFor(
  ctx: ProcurementContext,
  trx: ProcurementDb,
  enterpriseIds: readonly number[],
): Promise<(enterpriseId: number) => MailLinks> {
  const now = ctx.now();
  await ensureAlerts(
    trx,
    enterpriseIds.map((enterpriseId) => ({ enterpriseId, token: randomToken() })),
    now,
  );
  const tokens = new Map((await selectAlerts(trx, enterpriseIds)).map((r) => [r.enterprise_id, r.token]));
  const base = baseUrl(ctx.config);
  return (enterpriseId) => ({
    base,
    settings: `${base}${ALERT_SETTINGS_PATH}`,
    unsubscribe: `${base}${unsubscribePath(tokens.get(enterpriseId)!)}`,
  });
}

/** Enterprises per digest transaction: large enough to be fast, small enough not to hold PGlite long. */
const DIGEST_CHUNK = 200;

/**
 * The morning digest: to each enterprise on a daily digest (on Mondays also the weekly), what
 * waits since the last one, with a "closing within seven days" section first. Rows are claimed
 * (sent_at set) in the transaction that queues the mail, and only the rows this run claimed are
 * told: a second run, or a second process, finds nothing left. Returns how many were mailed.
 */
export async function sendDigests(ctx: ProcurementContext): Promise<number> {
  const now = ctx.now();
  const today = isoDate(now);
  const monday = new Date(`${today}T12:00:00Z`).getUTCDay() === 1;
  const waiting = await selectWaiting(ctx.db, monday ? ['daily', 'weekly'] : ['daily']);
  const enterpriseIds = [...new Set(waiting.map((w) => w.enterprise_id))];
  let mailed = 0;
  for (let i = 0; i < enterpriseIds.length; i += DIGEST_CHUNK) {
    const chunk = enterpriseIds.slice(i, i + DIGEST_CHUNK);
    // Read before the transaction: on PGlite a query outside it would wait for it to end.
    const suppliers = new Map((await findSuppliers(ctx.db, { ids: chunk, today })).map((s) => [s.id, s]));
    mailed += await ctx.db.transaction().execute(async (trx) => {
      const rows = waiting.filter((w) => chunk.includes(w.enterprise_id));
      const claimed = new Set(
        await markSent(
          trx,
          rows.map((r) => r.id),
          now,
        ),
      );
      const mine = rows.filter((r) => claimed.has(r.id));
      if (mine.length === 0) return 0;
      const ids = [...new Set(mine.map((r) => r.enterprise_id))];
      const soon = await selectClosingSoon(trx, ids, now, new Date(now.getTime() + URGENT_DAYS * DAY));
      const opportunities = new Map(
        (await loadOpportunities(trx, [...new Set([...mine, ...soon].map((r) => r.opportunity_id))])).map((o) => [
          o.id,
          o,
        ]),
      );
      const alerts = new Map((await selectAlerts(trx, ids)).map((r) => [r.enterprise_id, r]));
      const links = await linksFor(ctx, trx, ids);
      const recipients = await selectEditorEmails(trx, ids);
      let sent = 0;
      for (const enterpriseId of ids) {
        const supplier = suppliers.get(enterpriseId);
        const to = recipients.filter((r) => r.enterprise_id === enterpriseId);
        if (!supplier || to.length === 0) continue;
        const s = settingsOf(alerts.get(enterpriseId));
        const told = (opportunityId: number, moved: boolean): Told[] => {
          const o = opportunities.get(opportunityId);
          if (!o || o.status !== 'published') return [];
          return [{ opportunity: o, match: bestLot(o, followedAs(supplier, s), today)?.match ?? null, moved }];
        };
        const own = mine.filter((r) => r.enterprise_id === enterpriseId);
        const sections = {
          closingSoon: soon
            .filter((r) => r.enterprise_id === enterpriseId)
            .flatMap((r) => told(r.opportunity_id, false)),
          fresh: own.filter((r) => r.key === 'new').flatMap((r) => told(r.opportunity_id, false)),
          moved: own.filter((r) => r.key !== 'new').flatMap((r) => told(r.opportunity_id, true)),
        };
        if (sections.fresh.length + sections.moved.length === 0) continue;
        const mail = inSwedish(() => digestMail(supplier.name, sections, links(enterpriseId), today));
        for (const r of to)
          await queueMail(trx, now, { to: r.email, ...mail, unsubscribeUrl: links(enterpriseId).unsubscribe });
        sent++;
      }
      return sent;
    });
  }
  return mailed;
}

/** An enterprise's alert settings, and how many editors its messages would reach. */
export async function alertSettingsOf(
  ctx: ProcurementContext,
  enterpriseId: number,
): Promise<{ settings: AlertSettings; recipients: number }> {
  const [rows, recipients] = await Promise.all([
    selectAlerts(ctx.db, [enterpriseId]),
    selectEditorEmails(ctx.db, [enterpriseId]),
  ]);
  return { settings: settingsOf(rows[0]), recipients: recipients.length };
}

export async function saveAlertSettings(
  ctx: ProcurementContext,
  enterpriseId: number,
  s: AlertSettings,
): Promise<void> {
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await ensureAlerts(trx, [{ enterpriseId, token: randomToken() }], now);
    await updateAlert(
      trx,
      enterpriseId,
      {
        frequency: s.frequency,
        follow: s.follow,
        cpv: s.cpv,
        categories: s.categories,
        county_codes: s.countyCodes,
        municipality_codes: s.municipalityCodes,
        words: s.words,
        kinds: s.kinds,
      },
      now,
    );
  });
}

/** The enterprise a one-click unsubscribe address belongs to, with its name; null for an unknown token. */
export async function alertByToken(
  ctx: ProcurementContext,
  token: string,
): Promise<{ enterpriseId: number; name: string | null; frequency: AlertSettings['frequency'] } | null> {
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(token)) return null;
  const row = await selectAlertByToken(ctx.db, token);
  if (!row) return null;
  const [supplier] = await findSuppliers(ctx.db, { ids: [row.enterprise_id], today: isoDate(ctx.now()) });
  return { enterpriseId: row.enterprise_id, name: supplier?.name ?? null, frequency: settingsOf(row).frequency };
}

/** Stops every message to the enterprise of the token (RFC 8058: one click, no sign-in). */
export async function unsubscribe(ctx: ProcurementContext, token: string): Promise<boolean> {
  const found = await alertByToken(ctx, token);
  if (!found) return false;
  await ctx.db.transaction().execute(async (trx) => {
    await updateAlert(trx, found.enterpriseId, { frequency: 'off' }, ctx.now());
    // What waited for the digest is not sent either.
    await markWaitingSent(trx, found.enterpriseId, ctx.now());
  });
  return true;
}
