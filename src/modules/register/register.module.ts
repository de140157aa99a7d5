import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { registerEnterpriseApiRoutes } from './enterprise.api.routes.js';
import { registerEnterprisePageRoutes } from './enterprise.routes.js';
import { registerExportRoutes } from './export.routes.js';

/** The register module: the public directory, profiles, downloads and the open-data API. */
export async function registerRegisterModule(app: FastifyInstance, ctx: AppContext): Promise<void> {
  registerExportRoutes(app, ctx);
  registerEnterprisePageRoutes(app, ctx);
  registerEnterpriseApiRoutes(app, ctx);
}
