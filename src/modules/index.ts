import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context.js';
import { registerRegisterModule } from './register/register.module.js';

/**
 * Each module registers its own routes here. The procurement, followup, plan and impact
 * modules of DESIGN §3 will be added the same way.
 */
export async function registerModules(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await registerRegisterModule(app, ctx);
}
