import { editorAddresses } from '../../../platform/auth/user.repository.js';
import { isoDate } from '../../../platform/calendar.js';
import { inSwedish } from '../../../platform/i18n/language.js';
import { queueMail } from '../../../platform/mail/mail.service.js';
import { findSuppliers, type Supplier } from '../../register/index.js';
import type { ProcurementContext } from '../db.js';
import type { LotMatch } from '../matching/match.score.js';
import { matchesForOpportunity } from '../matching/matching.service.js';
import type { OpportunityEvent } from '../opportunity/opportunity.events.js';
import { loadOpportunities, loadOpportunity } from '../opportunity/opportunity.service.js';
import { answerMoments, isAnswerable, type Opportunity } from '../opportunity/opportunity.types.js';
import { bestLot, followedAs, passesFilters, settingsOf, type AlertSettings } from './alerts.follow.js';
import { enterpriseOfToken, linksFor } from './alerts.links.js';
import { digestMail, immediateMail, type Told } from './alerts.mail.js';
import {
  ensureAlerts,
  insertSent,
  markSent,
  markWaitingSent,
  selectAlerts,
  selectChosenAlerts,
  selectClosingSoon,
  selectToldOf,
  selectWaiting,
  updateAlert,
  type AlertRow,
} from './alerts.repository.js';

const DAY = 86_400_000;
/** A match whose deadline or dialogue is this close goes at once; the rest wait for the digest. */
const URGENT_DAYS = 7;

/**
 * Alerts (issue 11 §2). A published opportunity, or one whose deadlines moved, is matched
 * against the register (profile followers, matching/) and against the enterprises that chose
 * what to follow; each match is recorded once per enterprise, opportunity and event
 * (match_alert_sent's unique key: never told twice, after a restart or with two workers). A move
 * is news only to those already told of the opportunity; to anyone else it is new. What closes
 * within seven days, and a move, is mailed at once in the transaction that records it; the rest
 * waits for the morning digest. Every id is tried; should one fail, the job fails after the rest
 * and its retry tells only what is still untold. Returns how many were told of something.
 */
export async function alertOpportunities(ctx: ProcurementContext, event: OpportunityEvent): Promise<number> {
  const chosen = await chosenFollowers(ctx);
  let told = 0;
  let failure: unknown = null;
  for (const id of event.ids) {
    try {
      told += await alertOpportunity(ctx, id, event.key, chosen);
    } catch (e) {
      failure ??= e;
    }
  }
  if (failure) throw failure;
  return told;
}

type Chosen = { row: AlertRow; supplier: Supplier }[];

/** The enterprises that chose what to follow, with their register facts, read once per job. */
async function chosenFollowers(ctx: ProcurementContext): Promise<Chosen> {
  const rows = await selectChosenAlerts(ctx.db);
  const byId = new Map(rows.map((r) => [r.enterprise_id, r]));
  const suppliers = await findSuppliers(ctx.db, { ids: [...byId.keys()], today: isoDate(ctx.now()) });
  return suppliers.map((supplier) => ({ row: byId.get(supplier.id)!, supplier }));
}

async function alertOpportunity(ctx: ProcurementContext, id: number, key: string, chosen: Chosen): Promise<number> {
  const o = await loadOpportunity(ctx.db, id);
  const now = ctx.now();
  if (!o || o.countryCode !== 'SE' || !isAnswerable(o, now)) return 0;
  const today = isoDate(now);

  const best = new Map<number, LotMatch>();
  const keep = (m: LotMatch) => {
    const had = best.get(m.supplier.id);
    if (!had || m.score > had.score) best.set(m.supplier.id, m);
  };
  // Profile followers: the register's matches, less those who chose what to follow.
  const byProfile = (await matchesForOpportunity(ctx, o)).flatMap((l) => l.matches);
  const settings = new Map<number, AlertRow>(
    (await selectAlerts(ctx.db, [...new Set(byProfile.map((m) => m.supplier.id))])).map((r) => [r.enterprise_id, r]),
  );
  for (const m of byProfile) if (settingsOf(settings.get(m.supplier.id)).follow === 'profile') keep(m);
  for (const { row, supplier } of chosen) {
    const s = settingsOf(row);
    settings.set(supplier.id, row);
    if (!passesFilters(o, s)) continue;
    const found = bestLot(o, followedAs(supplier, s), today);
    if (found) keep(found.match);
  }
  return tellMatches(ctx, o, key, best, settings);
}

/**
 * Records the matches of one opportunity, each enterprise once per event (match_alert_sent's unique
 * key: a match told before is not told again), mails what is urgent (or a move) at once in the same
 * transaction and leaves the rest for the digest. `settings` holds the enterprises' alert rows (none:
 * their profile, daily). Returns how many were recorded now.
 */
export async function tellMatches(
  ctx: ProcurementContext,
  o: Opportunity,
  key: string,
  best: ReadonlyMap<number, LotMatch>,
  settings: ReadonlyMap<number, AlertRow>,
): Promise<number> {
  if (best.size === 0) return 0;
  const now = ctx.now();
  const today = isoDate(now);
  const moved = key !== 'new';
  const told = moved ? await selectToldOf(ctx.db, o.id) : new Set<number>();
  const urgent = answerMoments(o).some((d) => d >= now && d.getTime() - now.getTime() <= URGENT_DAYS * DAY);
  const frequencyOf = (enterpriseId: number) => settingsOf(settings.get(enterpriseId)).frequency;
  // Only an urgent match or a move is mailed now; the rest waits for the digest, which reads its own.
  const mailsNow = urgent || moved;
  const links = mailsNow ? await linksFor(ctx) : null;
  const recipients = mailsNow ? await editorAddresses(ctx.db, [...best.keys()]) : [];
  return ctx.db.transaction().execute(async (trx) => {
    const matches = [...best.values()];
    const recorded = await insertSent(
      trx,
      matches.map((m) => {
        const change = moved && told.has(m.supplier.id);
        return {
          enterprise_id: m.supplier.id,
          opportunity_id: o.id,
          key: change ? key : 'new',
          urgent: urgent || change,
          score: m.score,
          created_at: now,
          // Someone who stopped the alerts is never told; the row keeps the next telling from
          // happening should they start them again.
          sent_at: frequencyOf(m.supplier.id) === 'off' ? now : null,
        };
      }),
    );
    const atOnce = recorded.filter((r) => r.urgent && frequencyOf(r.enterprise_id) !== 'off');
    for (const r of atOnce) {
      const match = best.get(r.enterprise_id)!;
      const own = links!(r.enterprise_id); // a row is urgent only when mailsNow
      const mail = inSwedish(() =>
        immediateMail(match.supplier.name, { opportunity: o, match, moved: r.key !== 'new' }, own, today),
      );
      for (const to of recipients.filter((e) => e.enterprise_id === r.enterprise_id)) {
        await queueMail(trx, now, { to: to.email, ...mail, unsubscribeUrl: own.unsubscribe });
      }
    }
    await markSent(
      trx,
      atOnce.map((r) => r.id),
      now,
    );
    return recorded.length;
  });
}

/** Enterprises per digest transaction: large enough to be fast, small enough not to hold PGlite long. */
const DIGEST_CHUNK = 200;

/**
 * The morning digest: to each enterprise on a daily digest (on Mondays also the weekly), what
 * waits since the last one, with a "closing within seven days" section first (those not already
 * among the new). Rows are claimed (sent_at set) in the transaction that queues the mail, and
 * only the rows this run claimed are told: a second run, or a second process, finds nothing left.
 * What has closed meanwhile is left out. Returns how many enterprises were mailed.
 */
export async function sendDigests(ctx: ProcurementContext): Promise<number> {
  const now = ctx.now();
  const today = isoDate(now);
  const monday = new Date(`${today}T12:00:00Z`).getUTCDay() === 1;
  const waiting = await selectWaiting(ctx.db, monday ? ['daily', 'weekly'] : ['daily']);
  const enterpriseIds = [...new Set(waiting.map((w) => w.enterprise_id))];
  const links = await linksFor(ctx);
  let mailed = 0;
  for (let i = 0; i < enterpriseIds.length; i += DIGEST_CHUNK) {
    const chunk = enterpriseIds.slice(i, i + DIGEST_CHUNK);
    const inChunk = new Set(chunk);
    // Read before the transaction: on PGlite a query outside it would wait for it to end.
    const suppliers = new Map((await findSuppliers(ctx.db, { ids: chunk, today })).map((s) => [s.id, s]));
    const recipients = await editorAddresses(ctx.db, chunk);
    mailed += await ctx.db.transaction().execute(async (trx) => {
      const rows = waiting.filter((w) => inChunk.has(w.enterprise_id));
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
      let sent = 0;
      for (const enterpriseId of ids) {
        const supplier = suppliers.get(enterpriseId);
        const to = recipients.filter((r) => r.enterprise_id === enterpriseId);
        if (!supplier || to.length === 0) continue;
        const s = settingsOf(alerts.get(enterpriseId));
        const told = (opportunityId: number, moved: boolean): Told[] => {
          const o = opportunities.get(opportunityId);
          if (!o || !isAnswerable(o, now)) return [];
          return [{ opportunity: o, match: bestLot(o, followedAs(supplier, s), today)?.match ?? null, moved }];
        };
        const own = mine.filter((r) => r.enterprise_id === enterpriseId);
        const inThis = new Set(own.map((r) => r.opportunity_id));
        const sections = {
          closingSoon: soon
            .filter((r) => r.enterprise_id === enterpriseId && !inThis.has(r.opportunity_id))
            .flatMap((r) => told(r.opportunity_id, false)),
          fresh: own.filter((r) => r.key === 'new').flatMap((r) => told(r.opportunity_id, false)),
          moved: own.filter((r) => r.key !== 'new').flatMap((r) => told(r.opportunity_id, true)),
        };
        if (sections.fresh.length + sections.moved.length === 0) continue;
        const its = links(enterpriseId);
        const mail = inSwedish(() => digestMail(supplier.name, sections, its, today));
        for (const r of to) await queueMail(trx, now, { to: r.email, ...mail, unsubscribeUrl: its.unsubscribe });
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
    editorAddresses(ctx.db, [enterpriseId]),
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
    await ensureAlerts(trx, [enterpriseId], now);
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
    // Turned off, what waited is dropped: turning on again must not bring an old backlog.
    if (s.frequency === 'off') await markWaitingSent(trx, enterpriseId, now);
  });
}

/** The enterprise a one-click unsubscribe address belongs to, with its name; null for a bad token. */
export async function alertByToken(
  ctx: ProcurementContext,
  token: string,
): Promise<{ enterpriseId: number; name: string | null; frequency: AlertSettings['frequency'] } | null> {
  const enterpriseId = await enterpriseOfToken(ctx, token);
  if (enterpriseId === null) return null;
  const [rows, suppliers] = await Promise.all([
    selectAlerts(ctx.db, [enterpriseId]),
    findSuppliers(ctx.db, { ids: [enterpriseId], today: isoDate(ctx.now()) }),
  ]);
  return { enterpriseId, name: suppliers[0]?.name ?? null, frequency: settingsOf(rows[0]).frequency };
}

/** Stops every message to the enterprise (RFC 8058: one click, no sign-in), what waited included. */
export async function unsubscribe(ctx: ProcurementContext, enterpriseId: number): Promise<void> {
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await ensureAlerts(trx, [enterpriseId], now);
    await updateAlert(trx, enterpriseId, { frequency: 'off' }, now);
    await markWaitingSent(trx, enterpriseId, now);
  });
}
