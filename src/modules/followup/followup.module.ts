import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import type { AppModule } from '../../platform/module.js';
import { contractEn } from './contract/contract.en.js';
import { FOLLOWUP_HOME } from './contract/contract.paths.js';
import { registerContractRoutes } from './contract/contract.routes.js';
import { contractSv } from './contract/contract.sv.js';
import { registerSupplierRoutes, renderSupplierSection } from './contract/supplier.routes.js';
import { LOT_AWARDED_EVENT } from '../procurement/index.js';
import { onLotAwarded } from './contract/contract.awards.js';
import { CONTRACTS_API, registerContractApiRoutes } from './contract/contract.api.routes.js';
import { contractOpenApi } from './contract/contract.openapi.js';
import { firstStartReminderJob } from './contract/contract.reminders.js';
import { contextWithFollowupTables } from './db.js';
import { FOLLOWUP_ERRORS } from './followup.errors.js';
import type { FollowupTables } from './followup.tables.js';
import * as m0022 from './migrations/0022_contract.js';
import * as m0025 from './migrations/0025_contract_award.js';

/**
 * Follow-up (DESIGN §3.3, issue 12, under way): contracts with employment-promoting commitments,
 * made by hand or from an awarded lot, and what their parties report against them; the buyer's
 * follow-up list under /uppfoljning, the supplier's report from /mitt-foretag (README.md).
 */
export const followup: AppModule<FollowupTables> = {
  name: 'followup',
  migrations: {
    '0022_followup_contract': m0022,
    '0025_followup_contract_award': m0025,
  },
  routes(app: FastifyInstance, platformCtx: AppContext) {
    const ctx = contextWithFollowupTables(platformCtx);
    registerContractRoutes(app, ctx);
    registerSupplierRoutes(app, ctx);
    registerContractApiRoutes(app, ctx);
  },
  openApi: contractOpenApi,
  errors: FOLLOWUP_ERRORS,
  nav: [
    {
      href: FOLLOWUP_HOME,
      label: { sv: contractSv.nav, en: contractEn.nav },
      roles: ['buyer', 'coordinator', 'admin'],
      order: 107,
    },
  ],
  daily: [firstStartReminderJob],
  on: { [LOT_AWARDED_EVENT]: onLotAwarded },
  enterpriseSections: [{ order: 30, render: renderSupplierSection }],
  // The follow-up is for those who buy and coordinate; the supplier's side is under /mitt-foretag.
  access: [
    { prefix: FOLLOWUP_HOME, access: ['buyer', 'coordinator', 'admin'] },
    { prefix: CONTRACTS_API, access: 'signed_in' },
  ],
};
