import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import type { AppModule } from '../../platform/module.js';
import { analysisEn } from './analysis/analysis.en.js';
import { ANALYSIS_PATH } from './analysis/analysis.params.js';
import { registerAnalysisRoutes } from './analysis/analysis.routes.js';
import { analysisSv } from './analysis/analysis.sv.js';
import * as m0012 from './migrations/0012_opportunity.js';
import type { ProcurementTables } from './procurement.tables.js';

/**
 * Procurement (DESIGN §3.2, issues 10–11): so far the market analysis. Opportunities, notices,
 * matching and alerts come next, on the reservation rules in reservation/.
 */
export const procurement: AppModule<ProcurementTables> = {
  name: 'procurement',
  migrations: { '0012_procurement_opportunity': m0012 },
  async routes(app: FastifyInstance, ctx: AppContext) {
    registerAnalysisRoutes(app, ctx);
  },
  nav: [
    {
      href: ANALYSIS_PATH,
      label: { sv: analysisSv.nav, en: analysisEn.nav },
      roles: ['buyer', 'coordinator', 'admin'],
      order: 30,
    },
  ],
  // What the analysis reads is the register's open data.
  access: [{ prefix: '/upphandlingar', access: 'public' }],
};
