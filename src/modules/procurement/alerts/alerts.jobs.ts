import { SWEDISH_TIME_ZONE } from '../../../platform/calendar.js';
import type { JobHandler } from '../../../platform/jobs/registry.js';
import type { DailyJob } from '../../../platform/module.js';
import { contextWithProcurementTables } from '../db.js';
import { OPPORTUNITY_EVENT_JOB, type OpportunityEvent } from '../opportunity/opportunity.events.js';
import { alertOpportunities, sendDigests } from './alerts.service.js';
import { rematchChanged } from './alerts.rematch.js';

/** A published or moved opportunity, told to the enterprises it fits (queued by opportunity.events.ts). */
const alertJob: JobHandler = async (ctx, payload) => {
  const { ids, key } = payload as Partial<OpportunityEvent>;
  if (!Array.isArray(ids) || typeof key !== 'string') {
    throw new Error(`${OPPORTUNITY_EVENT_JOB}: no ids or key in ${JSON.stringify(payload)}`);
  }
  await alertOpportunities(contextWithProcurementTables(ctx), { ids, key });
};

export const ALERT_JOBS = { [OPPORTUNITY_EVENT_JOB]: alertJob };

/**
 * The digest at 06:00 Swedish time, before the working day: one run per day whichever
 * instance's worker takes it (the daily queue), and each match told once (alerts.service.ts).
 */
export const alertDigestJob: DailyJob = {
  schedule: { kind: 'procurement.alert_digest', hour: 6, timeZone: SWEDISH_TIME_ZONE },
  run: async (ctx) => {
    await sendDigests(contextWithProcurementTables(ctx));
  },
};

/**
 * The nightly re-match at 05:00, an hour before the digest that carries what it finds (alerts.rematch.ts).
 */
export const alertRematchJob: DailyJob = {
  schedule: { kind: 'procurement.rematch', hour: 5, timeZone: SWEDISH_TIME_ZONE },
  run: async (ctx) => {
    await rematchChanged(contextWithProcurementTables(ctx));
  },
};
