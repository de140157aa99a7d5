import { SWEDISH_TIME_ZONE } from '../../../platform/calendar.js';
import type { DailyJob } from '../../../platform/module.js';
import { contextWithRegisterTables } from '../db.js';
import { sendCoordinatorDigest } from './notice.service.js';

/**
 * Every morning at 07:00 Swedish time, after the 06:00 confirmation scan, so that what the
 * scan sent back for review is in the digest. A daily job in the database queue: one run per
 * day whichever instance's worker takes it, and never twice.
 */
export const COORDINATOR_DIGEST_JOB = 'register.coordinator_digest';

export const coordinatorDigestJob: DailyJob = {
  schedule: { kind: COORDINATOR_DIGEST_JOB, hour: 7, timeZone: SWEDISH_TIME_ZONE },
  run: async (ctx) => {
    await sendCoordinatorDigest(contextWithRegisterTables(ctx));
  },
};
