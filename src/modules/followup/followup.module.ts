import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import type { AppModule } from '../../platform/module.js';
import { contextWithFollowupTables } from './db.js';
import type { FollowupTables } from './followup.tables.js';
import { GOAL_AUDIT_DETAILS } from './goal/goal.audit.js';
import { goalEn } from './goal/goal.en.js';
import { GOALS_PATH, OPEN_GOALS_PATH } from './goal/goal.paths.js';
import { registerGoalRoutes } from './goal/goal.routes.js';
import { goalSv } from './goal/goal.sv.js';
import * as m0022 from './migrations/0022_contract.js';
import * as m0024 from './migrations/0024_goal.js';

/**
 * Follow-up (issue 12, under way): contracts with employment-promoting commitments and what is
 * reported against them. So far the tables, the status rule and the services; the pages, the API,
 * goals and work-training agreements come next (README.md).
 */
export const followup: AppModule<FollowupTables> = {
  name: 'followup',
  migrations: {
    '0022_followup_contract': m0022,
    '0024_followup_goal': m0024,
  },
  async routes(app: FastifyInstance, platformCtx: AppContext) {
    const ctx = contextWithFollowupTables(platformCtx);
    registerGoalRoutes(app, ctx);
  },
  nav: [
    {
      href: GOALS_PATH,
      label: { sv: goalSv.nav, en: goalEn.nav },
      roles: ['buyer', 'coordinator', 'admin'],
      order: 107,
    },
  ],
  auditDetails: GOAL_AUDIT_DETAILS,
  footer: [{ href: OPEN_GOALS_PATH, label: { sv: goalSv.open.title, en: goalEn.open.title }, order: 30 }],
  // The follow-up is for those who buy and those who coordinate; the goals some choose to show are open.
  access: [
    { prefix: '/uppfoljning', access: ['buyer', 'coordinator', 'admin'] },
    { prefix: OPEN_GOALS_PATH, access: 'public' },
  ],
};
