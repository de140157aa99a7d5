import type { FastifyInstance } from 'fastify';
import type { OpenApiPart } from '../../platform/api/openapi.js';
import type { AppContext } from '../../platform/context.js';
import type { AppModule } from '../../platform/module.js';
import { registerAgreementApiRoutes } from './agreement/agreement.api.routes.js';
import { AGREEMENTS_API } from './agreement/agreement.api.routes.js';
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
import { contextWithFollowupTables } from './db.js';
import type { FollowupTables } from './followup.tables.js';
import * as m0022 from './migrations/0022_contract.js';
import * as m0023 from './migrations/0023_agreement.js';

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
 * Follow-up (issue 12, under way): contracts with employment-promoting commitments and what is
 * reported against them (tables, status rule and services so far); work-training agreements
 * (agreement/) and the capacity board of free places (capacity/). Goals and the contract pages
 * come next (README.md).
 */
export const followup: AppModule<FollowupTables> = {
  name: 'followup',
  migrations: {
    '0022_followup_contract': m0022,
    '0023_followup_agreement': m0023,
  },
  routes(app: FastifyInstance, platformCtx: AppContext) {
    const ctx = contextWithFollowupTables(platformCtx);
    registerAgreementRoutes(app, ctx);
    registerAgreementApiRoutes(app, ctx);
    registerCapacityRoutes(app, ctx);
    registerCapacityApiRoutes(app, ctx);
  },
  nav: [
    {
      href: AGREEMENTS_PATH,
      label: { sv: agreementSv.nav, en: agreementEn.nav },
      roles: ['coordinator', 'admin'],
      order: 115,
    },
  ],
  footer: [{ href: BOARD_PATH, label: { sv: capacitySv.footer, en: capacityEn.footer }, order: 25 }],
  enterpriseSections: [{ order: 30, render: renderCapacitySection }],
  daily: [placeReminderJob],
  auditDetails: { keys: { ...AGREEMENT_AUDIT_KEYS, ...CAPACITY_AUDIT_KEYS } },
  openApi: () => mergeOpenApi(capacityOpenApi(), agreementOpenApi()),
  // The free places are open data; the agreements are the coordinators' (and administrators').
  // /mitt-foretag/arbetstraningsplatser falls under the register's rule for /mitt-foretag.
  access: [
    { prefix: '/uppfoljning', access: ['buyer', 'coordinator', 'admin'] },
    { prefix: AGREEMENTS_PATH, access: ['coordinator', 'admin'] },
    { prefix: AGREEMENTS_API, access: ['coordinator', 'admin'] },
    { prefix: BOARD_PATH, access: 'public' },
    { prefix: TRAINING_PLACES_API, access: 'public' },
  ],
};
