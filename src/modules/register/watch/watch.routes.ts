import type { FastifyInstance } from 'fastify';
import { requireUser } from '../../../platform/auth/access.js';
import { formValues } from '../../../platform/http/form.js';
import { sendPage } from '../../../platform/views/render.js';
import type { RegisterContext } from '../db.js';
import { WATCH_PATH, WATCHES_PATH } from '../register.paths.js';
import { removeWatch, watchesOf, watchSearch } from './watch.service.js';
import { watchText } from './watch.text.js';
import { WatchesPage } from './watch.views.js';

/**
 * "Bevaka sökningen" (issue 11 §2): a buyer or coordinator follows the directory search on the
 * page, and sees and stops their watches on /bevakningar. access.ts lets only those roles in.
 */
export function registerWatchRoutes(app: FastifyInstance, ctx: RegisterContext): void {
  app.post(WATCH_PATH, async (req, reply) => {
    const user = requireUser(req);
    const { fraga } = formValues(req.body);
    const watched = await watchSearch(ctx, user, fraga ?? '');
    return reply.redirect(`${WATCHES_PATH}?klart=${watched === null ? 'fel' : 'bevakad'}`, 303);
  });

  app.get(WATCHES_PATH, async (req, reply) => {
    const user = requireUser(req);
    const done = (req.query as Record<string, unknown>).klart;
    const notice =
      done === 'bevakad'
        ? watchText.watched
        : done === 'borttagen'
          ? watchText.removed
          : done === 'fel'
            ? watchText.notSearch
            : null;
    const [watches, demo] = await Promise.all([watchesOf(ctx, user), ctx.hasDemoData()]);
    reply.header('cache-control', 'no-store');
    return sendPage(reply, WatchesPage({ watches, notice, demo }));
  });

  app.post(`${WATCHES_PATH}/:id/ta-bort`, async (req, reply) => {
    const user = requireUser(req);
    const id = Number((req.params as { id: string }).id);
    if (Number.isSafeInteger(id)) await removeWatch(ctx, user, id);
    return reply.redirect(`${WATCHES_PATH}?klart=borttagen`, 303);
  });
}
