import type { FastifyInstance } from 'fastify';
import { operatorOf } from '../config/config.js';
import type { AppContext } from '../context.js';
import { sendPage } from '../views/render.js';
import { AccessibilityPage } from './accessibility.views.js';

/** /tillganglighet, the accessibility statement: public, like the privacy page. */
export function registerAccessibilityRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/tillganglighet', async (_req, reply) =>
    sendPage(
      reply,
      AccessibilityPage({
        operator: operatorOf(ctx.config),
        assessedOn: ctx.config.ACCESSIBILITY_ASSESSED_ON,
        demo: await ctx.hasDemoData(),
      }),
    ),
  );
}
