import { addMonths, SWEDISH_TIME_ZONE } from '../../../platform/calendar.js';
import type { DailyJob } from '../../../platform/module.js';
import { contextWithRegisterTables } from '../db.js';
import { purgeReports } from './report.repository.js';

export const REPORT_RETENTION_JOB = 'register.report_retention';
export const REPORT_RETENTION = { emailMonths: 12, closedMonths: 24 } as const;

/** Every night: reporters' addresses after a year, dealt-with reports after two (see /integritet). */
export const reportRetentionJob: DailyJob = {
  schedule: { kind: REPORT_RETENTION_JOB, hour: 3, timeZone: SWEDISH_TIME_ZONE },
  run: async (ctx) => {
    const now = ctx.now();
    return purgeReports(
      contextWithRegisterTables(ctx).db,
      addMonths(now, -REPORT_RETENTION.emailMonths),
      addMonths(now, -REPORT_RETENTION.closedMonths),
    );
  },
};
