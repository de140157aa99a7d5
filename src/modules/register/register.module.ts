import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { AppModule } from '../../platform/module.js';
import { enterpriseAccountHooks } from './account-hooks.js';
import { confirmationDailyJob } from './confirmation/confirmation.jobs.js';
import { coordinatorDigestJob } from './coordination/notice.jobs.js';
import { watchNewsJob } from './watch/watch.jobs.js';
import { registerWatchRoutes } from './watch/watch.routes.js';
import { WATCHING_ROLES } from './watch/watch.service.js';
import { WATCH_PATH, WATCHES_PATH } from './register.paths.js';
import { reportRetentionJob } from './coordination/report.jobs.js';
import { registerConfirmationRoutes } from './confirmation/confirmation.routes.js';
import { registerCoordinationRoutes } from './coordination/coordination.routes.js';
import { contextWithRegisterTables, withRegisterTables } from './db.js';
import { loadDemoData } from './demo/demo.startup.js';
import { registerEditorRoutes } from './editor/editor.routes.js';
import { registerEnterpriseApiRoutes } from './open-data/enterprise.api.routes.js';
import { enterpriseOpenApi } from './open-data/enterprise.openapi.js';
import { registerEnterprisePageRoutes } from './directory/directory.routes.js';
import { exportEnterprisesCommand } from './open-data/export.command.js';
import { registerExportRoutes } from './open-data/export.routes.js';
import { importEnterprisesCommand } from './import/import.command.js';
import { registerImportRoutes } from './import/import.routes.js';
import * as m0002 from './migrations/0002_enterprise.js';
import * as m0004 from './migrations/0004_workflow.js';
import * as m0006 from './migrations/0006_import_columns.js';
import * as m0007 from './migrations/0007_criteria_review.js';
import * as m0008 from './migrations/0008_coordinator_notice.js';
import * as m0009 from './migrations/0009_error_report.js';
import * as m0010 from './migrations/0010_coordinator_listing.js';
import * as m0011 from './migrations/0011_cpv_index.js';
import * as m0019 from './migrations/0019_search_watch.js';
import * as m0020 from './migrations/0020_search_read_model.js';
import { registerEn } from './register.en.js';
import { REGISTER_ERRORS } from './register.errors.js';
import { REGISTER_AUDIT_DETAILS } from './register.audit.js';
import { registerText } from './register.text.js';
import type { RegisterTables } from './register.tables.js';
import { registerRegistrationRoutes } from './registration/registration.routes.js';
import { cachedSearch } from './search/search.cache.js';
import { readRegisterStamp } from './search/read-model.repository.js';
import { readModelSearch } from './search/read-model.service.js';
import { DEFAULT_CRITERIA } from './search/search.types.js';
import { isoDate } from '../../platform/calendar.js';
import { seedCommand } from './demo/seed.command.js';

const nav = (key: keyof typeof registerText.nav) => ({ sv: registerText.nav[key], en: registerEn.nav[key] });

/**
 * The register of enterprises: the public directory and profiles, search, downloads and the open-data API,
 * self-registration, the editor, the coordinators' work and the yearly confirmation.
 */
export const enterpriseRegister: AppModule<RegisterTables> = {
  name: 'register',
  migrations: {
    '0002_register_enterprise': m0002,
    '0004_register_workflow': m0004,
    '0006_register_import_columns': m0006,
    '0007_register_criteria_review': m0007,
    '0008_register_coordinator_notice': m0008,
    '0009_register_error_report': m0009,
    '0010_register_coordinator_listing': m0010,
    '0011_register_cpv_index': m0011,
    '0019_register_search_watch': m0019,
    '0020_register_search_read_model': m0020,
  },
  async routes(app: FastifyInstance, platformCtx: AppContext) {
    const ctx = contextWithRegisterTables(platformCtx);
    registerExportRoutes(app, ctx);
    registerRegistrationRoutes(app, ctx);
    registerEditorRoutes(app, ctx);
    const engine = readModelSearch(ctx.db);
    const search = cachedSearch(ctx.db, engine);
    // The read model is built at the first search; a listening server builds it at once, so that the
    // first visitor after a restart does not wait for it. A failure is not one: the first search tries again.
    app.addHook('onListen', async () => {
      void readRegisterStamp(ctx.db)
        .then((stamp) => engine({ ...DEFAULT_CRITERIA, pageSize: 1 }, isoDate(ctx.now()), stamp))
        .catch((e: unknown) => app.log.warn({ err: e }, 'läsmodellen för sökningen byggs vid första sökningen'));
    });
    registerEnterprisePageRoutes(app, ctx, search);
    registerEnterpriseApiRoutes(app, ctx, search);
    registerCoordinationRoutes(app, ctx);
    registerConfirmationRoutes(app, ctx);
    registerWatchRoutes(app, ctx);
    await registerImportRoutes(app, ctx);
  },
  nav: [
    { href: '/', label: nav('start'), roles: 'everyone', order: 0 },
    { href: '/foretag', label: nav('enterprises'), roles: 'everyone', order: 10 },
    { href: '/mitt-foretag', label: nav('myEnterprise'), roles: ['enterprise_editor'], order: 100 },
    { href: '/samordning', label: nav('coordination'), roles: ['coordinator', 'admin'], order: 110 },
  ],
  footer: [
    { href: '/registrera', label: nav('register'), order: 10 },
    { href: '/samordnare', label: nav('coordinators'), order: 20 },
  ],
  access: [
    { prefix: '/samordning', access: ['coordinator', 'admin'] },
    { prefix: '/mitt-foretag', access: ['enterprise_editor'] },
    { prefix: WATCH_PATH, access: WATCHING_ROLES },
    { prefix: WATCHES_PATH, access: WATCHING_ROLES },
    // Open to all, said out loud so that the route × role test knows they were meant to be.
    { prefix: '/', access: 'public' },
    { prefix: '/foretag', access: 'public' },
    { prefix: '/api/v1/enterprises', access: 'public' },
    { prefix: '/registrera', access: 'public' },
    { prefix: '/samordnare', access: 'public' },
    { prefix: '/bekrafta', access: 'public' },
  ],
  home: { enterprise_editor: '/mitt-foretag', coordinator: '/samordning', buyer: '/foretag' },
  openApi: enterpriseOpenApi,
  commands: [importEnterprisesCommand, exportEnterprisesCommand, seedCommand],
  daily: [confirmationDailyJob, coordinatorDigestJob, reportRetentionJob, watchNewsJob],
  accountHooks: enterpriseAccountHooks,
  errors: REGISTER_ERRORS,
  auditDetails: REGISTER_AUDIT_DETAILS,
  async hasDemoData(db) {
    const row = await withRegisterTables(db)
      .selectFrom('enterprise')
      .select(sql<boolean>`true`.as('yes'))
      .where('is_demo', '=', true)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  },
  bulkTables: ['enterprise'],
  async onStart(ctx) {
    if (!ctx.config.DEMO) return;
    const added = await loadDemoData(withRegisterTables(ctx.db), ctx.config.DEMO_ENTERPRISES);
    return { wroteInBulk: added > 0 };
  },
};
