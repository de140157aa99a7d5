import type { FastifyInstance } from 'fastify';
import type { OpenApiPart } from '../../platform/api/openapi.js';
import type { AppContext } from '../../platform/context.js';
import type { AppModule } from '../../platform/module.js';
import { LOT_AWARDED_EVENT } from '../procurement/index.js';
import { AGREEMENTS_API, registerAgreementApiRoutes } from './agreement/agreement.api.routes.js';
import { AGREEMENT_AUDIT_KEYS } from './agreement/agreement.audit.js';
import { agreementEn } from './agreement/agreement.en.js';
import { agreementOpenApi } from './agreement/agreement.openapi.js';
import { AGREEMENTS_PATH } from './agreement/agreement.paths.js';
import { registerAgreementRoutes } from './agreement/agreement.routes.js';
import { agreementSv } from './agreement/agreement.sv.js';
import { registerCapacityApiRoutes, TRAINING_PLACES_API } from './capacity/capacity.api.routes.js';
import { CAPACITY_AUDIT_KEYS } from './capacity/capacity.audit.js';
import { capacityEn } from './capacity/capacity.en.js';
import { capacityOpenApi } from './capacity/capacity.openapi.js';
import { BOARD_PATH } from './capacity/capacity.paths.js';
import { registerCapacityRoutes, renderCapacitySection } from './capacity/capacity.routes.js';
import { placeReminderJob } from './capacity/capacity.reminder.js';
import { capacitySv } from './capacity/capacity.sv.js';
import { CONTRACTS_API, registerContractApiRoutes } from './contract/contract.api.routes.js';
import { onLotAwarded } from './contract/contract.awards.js';
import { contractEn } from './contract/contract.en.js';
import { contractOpenApi } from './contract/contract.openapi.js';
import { FOLLOWUP_HOME } from './contract/contract.paths.js';
import { firstStartReminderJob } from './contract/contract.reminders.js';
import { registerContractRoutes } from './contract/contract.routes.js';
import { contractSv } from './contract/contract.sv.js';
import { registerSupplierRoutes, renderSupplierSection } from './contract/supplier.routes.js';
import { contextWithFollowupTables } from './db.js';
import { FOLLOWUP_ERRORS } from './followup.errors.js';
import { GOAL_AUDIT_DETAILS } from './goal/goal.audit.js';
import { goalEn } from './goal/goal.en.js';
import { GOALS_PATH, OPEN_GOALS_PATH } from './goal/goal.paths.js';
import { registerGoalRoutes } from './goal/goal.routes.js';
import { goalSv } from './goal/goal.sv.js';
import type { FollowupTables } from './followup.tables.js';
import * as m0022 from './migrations/0022_contract.js';
import * as m0023 from './migrations/0023_agreement.js';
import * as m0024 from './migrations/0024_goal.js';
import * as m0025 from './migrations/0025_contract_award.js';

/** The module's OpenAPI parts as one. */
function mergeOpenApi(...parts: OpenApiPart[]): OpenApiPart {
  return {
    tags: parts.flatMap((p) => p.tags),
    paths: Object.assign({}, ...parts.map((p) => p.paths)) as OpenApiPart['paths'],
    schemas: Object.assign({}, ...parts.map((p) => p.schemas)) as OpenApiPart['schemas'],
    examples: Object.assign({}, ...parts.map((p) => p.examples ?? {})) as NonNullable<OpenApiPart['examples']>,
  };
}

/**
 * Follow-up (DESIGN §3.3, issue 12, under way): contracts with employment-promoting commitments,
 * made by hand, from an awarded lot or from an award notice, and what their parties report
 * against them (contract/: the buyer's list under /uppfoljning, the supplier's report from
 * /mitt-foretag); work-training agreements (agreement/) and the capacity board of free places
 * (capacity/). README.md says what is there and what is left.
 */
export const followup: AppModule<FollowupTables> = {
  name: 'followup',
  migrations: {
    '0022_followup_contract': m0022,
    '0023_followup_agreement': m0023,
    '0024_followup_goal': m0024,
    '0025_followup_contract_award': m0025,
  },
  routes(app: FastifyInstance, platformCtx: AppContext) {
    const ctx = contextWithFollowupTables(platformCtx);
    registerContractRoutes(app, ctx);
    registerSupplierRoutes(app, ctx);
    registerContractApiRoutes(app, ctx);
    registerAgreementRoutes(app, ctx);
    registerAgreementApiRoutes(app, ctx);
    registerCapacityRoutes(app, ctx);
    registerCapacityApiRoutes(app, ctx);
    registerGoalRoutes(app, ctx);
  },
  nav: [
    {
      href: FOLLOWUP_HOME,
      label: { sv: contractSv.nav, en: contractEn.nav },
      roles: ['buyer', 'coordinator', 'admin'],
      order: 107,
    },
    {
      href: GOALS_PATH,
      label: { sv: goalSv.nav, en: goalEn.nav },
      roles: ['buyer', 'coordinator', 'admin'],
      order: 108,
    },
    {
      href: AGREEMENTS_PATH,
      label: { sv: agreementSv.nav, en: agreementEn.nav },
      roles: ['coordinator', 'admin'],
      order: 115,
    },
  ],
  footer: [
    { href: BOARD_PATH, label: { sv: capacitySv.footer, en: capacityEn.footer }, order: 25 },
    { href: OPEN_GOALS_PATH, label: { sv: goalSv.open.title, en: goalEn.open.title }, order: 30 },
  ],
  enterpriseSections: [
    { order: 30, render: renderSupplierSection },
    { order: 40, render: renderCapacitySection },
  ],
  daily: [firstStartReminderJob, placeReminderJob],
  on: { [LOT_AWARDED_EVENT]: onLotAwarded },
  auditDetails: { keys: { ...AGREEMENT_AUDIT_KEYS, ...CAPACITY_AUDIT_KEYS, ...GOAL_AUDIT_DETAILS.keys } },
  openApi: () => mergeOpenApi(contractOpenApi(), capacityOpenApi(), agreementOpenApi()),
  errors: FOLLOWUP_ERRORS,
  // The follow-up is for those who buy and coordinate (the supplier's side is under /mitt-foretag,
  // as is /mitt-foretag/arbetstraningsplatser); the free places and the goals an organisation
  // chooses to show are open data; the agreements are the coordinators' (and administrators').
  access: [
    { prefix: FOLLOWUP_HOME, access: ['buyer', 'coordinator', 'admin'] },
    { prefix: CONTRACTS_API, access: 'signed_in' },
    { prefix: AGREEMENTS_PATH, access: ['coordinator', 'admin'] },
    { prefix: AGREEMENTS_API, access: ['coordinator', 'admin'] },
    { prefix: BOARD_PATH, access: 'public' },
    { prefix: TRAINING_PLACES_API, access: 'public' },
    { prefix: OPEN_GOALS_PATH, access: 'public' },
  ],
};
