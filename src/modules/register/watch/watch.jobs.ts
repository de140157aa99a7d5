import { SWEDISH_TIME_ZONE } from '../../../platform/calendar.js';
import type { DailyJob } from '../../../platform/module.js';
import { contextWithRegisterTables } from '../db.js';
import { sendWatchNews } from './watch.service.js';

/** Every morning at 07:00 Swedish time: new enterprises for each watched search, once, whichever instance runs it. */
export const watchNewsJob: DailyJob = {
  schedule: { kind: 'register.search_watch', hour: 7, timeZone: SWEDISH_TIME_ZONE },
  run: async (ctx) => {
    await sendWatchNews(contextWithRegisterTables(ctx));
  },
};
