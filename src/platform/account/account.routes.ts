import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireUser } from '../auth/access.js';
import { endSession, SESSION_COOKIE } from '../auth/session.js';
import { hashToken } from '../auth/tokens.js';
import type { AppContext } from '../context.js';
import { AppError, type FieldError } from '../http/errors.js';
import { formValues, parseForm } from '../http/form.js';
import { sendPage } from '../views/render.js';
import { deleteSchema, nameSchema, passwordChangeSchema } from './account.schema.js';
import { changeName, changePassword, deleteAccount, ownAccount, personalData } from './account.service.js';
import type { accountSv } from './account.sv.js';
import { AccountDeletedPage, AccountPage, type AccountForm } from './account.views.js';
import { PrivacyPage } from './privacy.views.js';

type Done = keyof typeof accountSv.account.done;
const DONE: Record<string, Done> = { namn: 'name', losenord: 'password' };

/**
 * The signed-in user's own account (/konto, any role; access.ts lets every signed-in user in)
 * and the public privacy page.
 */
export function registerAccountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const show = async (
    req: FastifyRequest,
    reply: FastifyReply,
    extra: { form?: AccountForm; errors?: FieldError[]; values?: Record<string, string>; done?: Done } = {},
    status = 200,
  ) => {
    const [account, demo] = await Promise.all([ownAccount(ctx, requireUser(req)), ctx.hasDemoData()]);
    return sendPage(reply, AccountPage({ account, demo, ...extra }), status);
  };

  /** Runs a form's action; a bad input or a wrong password shows the page again with the errors. */
  const handle = async (
    req: FastifyRequest,
    reply: FastifyReply,
    form: AccountForm,
    act: () => Promise<FastifyReply>,
  ): Promise<FastifyReply> => {
    try {
      return await act();
    } catch (e) {
      if (!(e instanceof AppError) || e.fields.length === 0) throw e;
      // Passwords are never sent back into the page.
      const values = form === 'namn' ? formValues(req.body) : {};
      return show(req, reply, { form, errors: e.fields, values }, e.status);
    }
  };

  app.get('/konto', async (req, reply) => {
    const done = DONE[String((req.query as Record<string, unknown>).klart)];
    return show(req, reply, done ? { done } : {});
  });

  app.post('/konto/namn', async (req, reply) =>
    handle(req, reply, 'namn', async () => {
      const form = parseForm(nameSchema, req.body);
      if (!form.ok) throw new AppError('invalid_form', form.errors[0]!.message, form.errors);
      await changeName(ctx, requireUser(req), form.data.name, req.ip);
      return reply.redirect('/konto?klart=namn', 303);
    }),
  );

  app.post('/konto/losenord', async (req, reply) =>
    handle(req, reply, 'losenord', async () => {
      const form = parseForm(passwordChangeSchema, req.body);
      if (!form.ok) throw new AppError('invalid_form', form.errors[0]!.message, form.errors);
      const token = req.cookies[SESSION_COOKIE];
      await changePassword(ctx, requireUser(req), form.data, token ? hashToken(token) : null, req.ip);
      return reply.redirect('/konto?klart=losenord', 303);
    }),
  );

  app.get('/konto/mina-uppgifter.json', async (req, reply) => {
    const data = await personalData(ctx, requireUser(req), req.ip);
    const day = ctx.now().toISOString().slice(0, 10);
    return reply
      .type('application/json; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="mina-uppgifter-${day}.json"`)
      .header('Cache-Control', 'private, no-store')
      .send(JSON.stringify(data, null, 2));
  });

  app.post('/konto/radera', async (req, reply) =>
    handle(req, reply, 'radera', async () => {
      const form = parseForm(deleteSchema, req.body);
      if (!form.ok) throw new AppError('invalid_form', form.errors[0]!.message, form.errors);
      await deleteAccount(ctx, requireUser(req), form.data.password, req.ip);
      await endSession(ctx, req, reply);
      return sendPage(reply, AccountDeletedPage({ demo: await ctx.hasDemoData() }));
    }),
  );

  app.get('/integritet', async (req, reply) =>
    sendPage(
      reply,
      PrivacyPage({
        demo: await ctx.hasDemoData(),
        signedIn: req.user !== null,
        isAdmin: req.user?.role === 'admin',
        contact: ctx.config.PRIVACY_CONTACT,
      }),
    ),
  );
}
