import { isoDate } from '../../../platform/calendar.js';
import { findSuppliers, registerPosition } from '../../register/index.js';
import type { ProcurementContext } from '../db.js';
import { rematch } from '../matching/rematch.service.js';
import { followedAs, passesFilters, settingsOf } from './alerts.follow.js';
import { saveRematchState, selectAlerts, selectAlertsChangedSince, selectRematchState } from './alerts.repository.js';
import { tellMatches } from './alerts.service.js';

/**
 * The nightly re-match (issue 11 §2: new matches go out, not only new opportunities). An
 * opportunity is matched when it is published or moved (alerts.service.ts); an enterprise that
 * later adds a service, a code or a place, or changes what it follows, would otherwise never hear
 * of what was already open. So each night the enterprises whose profile or alert choice changed
 * since the last run are matched against every open opportunity in process (rematch.service.ts),
 * and what they were not already told is recorded like any other match: at once when it closes
 * within seven days, else in the 06:00 digest (those who stopped their alerts get a row that is never
 * sent). The first run only notes where the register stands:
 * it must not tell every enterprise of everything open at once. Returns how many matches were
 * recorded (told now, waiting for the digest, or kept unsent for those whose alerts are off).
 */
const CHOICE_MARGIN_MS = 3_600_000;

export async function rematchChanged(ctx: ProcurementContext): Promise<number> {
  const now = ctx.now();
  // Read before the changes: a profile written during the run is matched again next night.
  const position = await registerPosition(ctx.db);
  const state = await selectRematchState(ctx.db);
  if (!state) {
    await saveRematchState(ctx.db, position, now);
    return 0;
  }
  const today = isoDate(now);
  // Transaction ids that went back (a failover, a restore) make "changed since" meaningless: everyone.
  const wentBack = BigInt(position) < BigInt(state.position);
  const [profiles, choices] = await Promise.all([
    findSuppliers(ctx.db, wentBack ? { today } : { changedSince: state.position, today }),
    // With a margin: a choice saved just before the last run may have committed after it looked.
    selectAlertsChangedSince(ctx.db, new Date(state.at.getTime() - CHOICE_MARGIN_MS)),
  ]);
  const ids = new Set(profiles.map((s) => s.id));
  const choiceOnly = choices.filter((id) => !ids.has(id));
  const suppliers =
    choiceOnly.length > 0 ? [...profiles, ...(await findSuppliers(ctx.db, { ids: choiceOnly, today }))] : profiles;
  for (const id of choiceOnly) ids.add(id);
  const settings = new Map((await selectAlerts(ctx.db, [...ids])).map((r) => [r.enterprise_id, r]));
  // Those who stopped their alerts are matched too: tellMatches records what they are not told, so
  // that starting them again does not bring it all at once.
  const followers = suppliers.map((s) => followedAs(s, settingsOf(settings.get(s.id))));
  let told = 0;
  await rematch(ctx, followers, async (o, best) => {
    for (const id of [...best.keys()]) if (!passesFilters(o, settingsOf(settings.get(id)))) best.delete(id);
    told += await tellMatches(ctx, o, 'new', best, settings);
  });
  await saveRematchState(ctx.db, position, now);
  return told;
}
