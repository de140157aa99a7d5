import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireUser } from '../auth/access.js';
import { reinviteUser, setDisabled } from '../auth/user.service.js';
import type { AppContext } from '../context.js';
import { AppError, type FieldError } from '../http/errors.js';
import { formValues, parseForm } from '../http/form.js';
import { sendPage } from '../views/render.js';
import {
  changeFromForm,
  getAdminUser,
  inviteFromForm,
  listAdminUsers,
  listOrganisations,
  userHistory,
} from './admin.service.js';
import { belongingSchema, inviteSchema, userActionSchema } from './users.schema.js';
import { InvitePage, UserPage, UsersPage, type UserDone } from './users.views.js';

const ID = /^[1-9]\d{0,8}$/;
const DONE: Record<string, UserDone> = {
  roll: 'role',
  sparrad: 'disabled',
  aktiverad: 'enabled',
  inbjuden: 'invited',
  ny: 'created',
};

/** Users: list, invite, change role and belonging, disable and enable, invite again. */
export function registerUserRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/admin/anvandare', async (_req, reply) => {
    const [users, demo] = await Promise.all([listAdminUsers(ctx), ctx.hasDemoData()]);
    reply.header('cache-control', 'no-store');
    return sendPage(reply, UsersPage({ users, demo }));
  });

  const showInvite = async (reply: FastifyReply, errors: FieldError[] = [], values = {}, status = 200) =>
    sendPage(
      reply,
      InvitePage({ organisations: await listOrganisations(ctx), demo: await ctx.hasDemoData(), errors, values }),
      status,
    );

  app.get('/admin/anvandare/ny', async (_req, reply) => showInvite(reply));

  app.post('/admin/anvandare/ny', async (req, reply) => {
    const values = formValues(req.body);
    const form = parseForm(inviteSchema, req.body);
    if (!form.ok) return showInvite(reply, form.errors, values, 400);
    try {
      const id = await inviteFromForm(ctx, requireUser(req), form.data);
      return reply.redirect(`/admin/anvandare/${id}?klart=ny`, 303);
    } catch (e) {
      if (e instanceof AppError && (e.id === 'invalid_form' || e.id === 'conflict')) {
        return showInvite(reply, formErrors(e), values, e.status);
      }
      throw e;
    }
  });

  const showUser = async (
    req: FastifyRequest,
    reply: FastifyReply,
    extra: { errors?: FieldError[]; values?: Record<string, string>; done?: UserDone } = {},
    status = 200,
  ) => {
    const user = await getAdminUser(ctx, userIdOf(req));
    const [organisations, history, demo] = await Promise.all([
      listOrganisations(ctx),
      userHistory(ctx, user),
      ctx.hasDemoData(),
    ]);
    reply.header('cache-control', 'no-store');
    return sendPage(reply, UserPage({ user, organisations, history, demo, ...extra }), status);
  };

  app.get('/admin/anvandare/:id', async (req, reply) => {
    const done = DONE[String((req.query as Record<string, unknown>).klart)];
    return showUser(req, reply, done ? { done } : {});
  });

  app.post('/admin/anvandare/:id', async (req, reply) => {
    const id = userIdOf(req);
    const actor = requireUser(req);
    const path = `/admin/anvandare/${id}`;
    const values = formValues(req.body);
    const action = parseForm(userActionSchema, req.body);
    if (!action.ok) return showUser(req, reply, { errors: action.errors }, 400);
    try {
      switch (action.data.atgard) {
        case 'roll': {
          const form = parseForm(belongingSchema, req.body);
          if (!form.ok) return showUser(req, reply, { errors: form.errors, values }, 400);
          await changeFromForm(ctx, actor, id, form.data);
          return reply.redirect(`${path}?klart=roll`, 303);
        }
        case 'sparra':
        case 'aktivera': {
          const disable = action.data.atgard === 'sparra';
          await setDisabled(ctx, actor, id, disable);
          return reply.redirect(`${path}?klart=${disable ? 'sparrad' : 'aktiverad'}`, 303);
        }
        case 'bjud-in-igen':
          await reinviteUser(ctx, actor, id);
          return reply.redirect(`${path}?klart=inbjuden`, 303);
      }
    } catch (e) {
      // The last admin, one's own account, a missing enterprise: say so on the same page.
      if (e instanceof AppError && (e.id === 'invalid_form' || e.id === 'conflict')) {
        const atgard = action.data.atgard;
        const keep = atgard === 'roll' ? { values } : {};
        const field = atgard === 'roll' ? 'form' : atgard === 'bjud-in-igen' ? 'invite' : 'access';
        return showUser(req, reply, { errors: formErrors(e, field), ...keep }, e.status);
      }
      throw e;
    }
  });
}

function formErrors(e: AppError, field = 'form'): FieldError[] {
  return e.fields.length > 0 ? e.fields : [{ field, message: e.message }];
}

function userIdOf(req: FastifyRequest): number {
  const { id } = req.params as { id: string };
  if (!ID.test(id)) throw new AppError('user_not_found', 'Användaren finns inte.');
  return Number(id);
}
