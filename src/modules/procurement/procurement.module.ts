import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import type { AppModule } from '../../platform/module.js';
import { analysisEn } from './analysis/analysis.en.js';
import { ANALYSIS_PATH } from './analysis/analysis.params.js';
import { registerAnalysisRoutes } from './analysis/analysis.routes.js';
import { analysisSv } from './analysis/analysis.sv.js';
import { registerOcdsRoutes, registerOpportunityApiRoutes } from './api/opportunity.api.routes.js';
import { opportunityOpenApi } from './api/opportunity.openapi.js';
import { settingsEn } from './settings/settings.en.js';
import { registerSettingsRoutes } from './settings/settings.routes.js';
import { SETTINGS_PATH } from './settings/settings.service.js';
import { settingsSv } from './settings/settings.sv.js';
import { importNoticesCommand } from './notices/notice.command.js';
import { registerNoticeRoutes } from './notices/notice.routes.js';
import { procurementAccountHooks } from './opportunity/opportunity.account.js';
import { PROCUREMENT_ERRORS } from './procurement.errors.js';
import { registerMatchingRoutes, renderEnterpriseSection } from './matching/matching.routes.js';
import { alertDigestJob, alertRematchJob, ALERT_JOBS } from './alerts/alerts.jobs.js';
import { UNSUBSCRIBE_PATH } from './alerts/alerts.paths.js';
import { registerAlertRoutes, renderAlertSection } from './alerts/alerts.routes.js';
import { registerInterestRoutes } from './interest/interest.routes.js';
import { buyerEn } from './buyer/buyer.en.js';
import { BUYER_HOME } from './buyer/buyer.paths.js';
import { registerBuyerRoutes } from './buyer/buyer.routes.js';
import { buyerSv } from './buyer/buyer.sv.js';
import { contextWithProcurementTables } from './db.js';
import { listingEn } from './listing/listing.en.js';
import { registerListingRoutes } from './listing/listing.routes.js';
import { listingSv } from './listing/listing.sv.js';
import { LIST_PATH } from './listing/listing.views.js';
import * as m0012 from './migrations/0012_opportunity.js';
import * as m0013 from './migrations/0013_opportunity_notice.js';
import * as m0014 from './migrations/0014_opportunity_list_indexes.js';
import * as m0015 from './migrations/0015_opportunity_cpv_codes_index.js';
import * as m0017 from './migrations/0017_match_alerts.js';
import * as m0018 from './migrations/0018_lot_interest.js';
import * as m0021 from './migrations/0021_match_rematch.js';
import * as m0026 from './migrations/0026_lot_award.js';
import type { ProcurementTables } from './procurement.tables.js';

/**
 * Procurement (DESIGN §3.2, issues 10–11): buyers' opportunities (their pages under /inkop, the
 * public list under /upphandlingar) and the market analysis, on the reservation rules in
 * reservation/; eForms notices in, OCDS out; matching both ways (matching/); alerts by e-mail
 * (alerts/); interest and joint bids (interest/).
 */
export const procurement: AppModule<ProcurementTables> = {
  name: 'procurement',
  migrations: {
    '0012_procurement_opportunity': m0012,
    '0013_procurement_opportunity_notice': m0013,
    '0014_procurement_opportunity_list_indexes': m0014,
    '0015_procurement_opportunity_cpv_codes_index': m0015,
    '0017_procurement_match_alerts': m0017,
    '0018_procurement_lot_interest': m0018,
    '0021_procurement_match_rematch': m0021,
    '0026_procurement_lot_award': m0026,
  },
  async routes(app: FastifyInstance, platformCtx: AppContext) {
    const ctx = contextWithProcurementTables(platformCtx);
    registerAnalysisRoutes(app, ctx);
    registerListingRoutes(app, ctx);
    registerBuyerRoutes(app, ctx);
    registerMatchingRoutes(app, ctx);
    registerAlertRoutes(app, ctx);
    registerInterestRoutes(app, ctx);
    registerOpportunityApiRoutes(app, ctx);
    registerOcdsRoutes(app, ctx);
    registerSettingsRoutes(app, ctx);
    await registerNoticeRoutes(app, ctx);
  },
  adminLinks: [
    {
      href: SETTINGS_PATH,
      label: { sv: settingsSv.link, en: settingsEn.link },
      text: { sv: settingsSv.linkText, en: settingsEn.linkText },
    },
  ],
  enterpriseSections: [
    { order: 10, render: renderEnterpriseSection },
    { order: 20, render: renderAlertSection },
  ],
  jobs: ALERT_JOBS,
  daily: [alertRematchJob, alertDigestJob],
  openApi: opportunityOpenApi,
  commands: [importNoticesCommand],
  errors: PROCUREMENT_ERRORS,
  accountHooks: procurementAccountHooks,
  nav: [
    { href: LIST_PATH, label: { sv: listingSv.nav, en: listingEn.nav }, roles: 'everyone', order: 20 },
    {
      href: BUYER_HOME,
      label: { sv: buyerSv.nav, en: buyerEn.nav },
      roles: ['buyer', 'coordinator', 'admin'],
      order: 105,
    },
    {
      href: ANALYSIS_PATH,
      label: { sv: analysisSv.nav, en: analysisEn.nav },
      roles: ['buyer', 'coordinator', 'admin'],
      order: 30,
    },
  ],
  // The list and the analysis are open data; the buyers' pages are for those who publish.
  access: [
    { prefix: LIST_PATH, access: 'public' },
    { prefix: UNSUBSCRIBE_PATH, access: 'public' },
    { prefix: BUYER_HOME, access: ['buyer', 'coordinator', 'admin'] },
  ],
  home: { buyer: BUYER_HOME },
};
