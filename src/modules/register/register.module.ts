import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { registerEnterpriseApiRoutes } from './enterprise.api.routes.js';
import { registerEnterprisePageRoutes } from './enterprise.routes.js';
import { registerExportRoutes } from './export.routes.js';
import { registerEditorRoutes } from './editor.routes.js';
import { registerRegistrationRoutes } from './registration.routes.js';
import { cachedSearch } from './search.cache.js';
import { registerCoordinationRoutes } from './coordination.routes.js';
import { registerConfirmation } from './confirmation.routes.js';
import { registerImportRoutes } from './import.routes.js';
import { registerAccountHooks } from './account-hooks.js';

/** The register module: the public directory, profiles, downloads and the open-data API. */
export async function registerRegisterModule(app: FastifyInstance, ctx: AppContext): Promise<void> {
  ctx.accountHooks.register(registerAccountHooks);
  registerExportRoutes(app, ctx);
  registerRegistrationRoutes(app, ctx);
  registerEditorRoutes(app, ctx);
  const search = cachedSearch(ctx.db);
  registerEnterprisePageRoutes(app, ctx, search);
  registerEnterpriseApiRoutes(app, ctx, search);
  registerCoordinationRoutes(app, ctx);
  await registerConfirmation(app, ctx);
  await registerImportRoutes(app, ctx);
}
