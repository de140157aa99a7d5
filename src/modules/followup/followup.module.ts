import type { AppModule } from '../../platform/module.js';
import type { FollowupTables } from './followup.tables.js';
import * as m0022 from './migrations/0022_contract.js';

/**
 * Follow-up (issue 12, under way): contracts with employment-promoting commitments and what is
 * reported against them. So far the tables, the status rule and the services; the pages, the API,
 * goals and work-training agreements come next (README.md).
 */
export const followup: AppModule<FollowupTables> = {
  name: 'followup',
  migrations: {
    '0022_followup_contract': m0022,
  },
};
