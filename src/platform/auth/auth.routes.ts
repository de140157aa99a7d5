import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppContext } from '../context.js';
import { audit } from '../audit/audit.service.js';
import { AppError } from '../http/errors.js';
import { formValues, parseForm } from '../http/form.js';
import { sendPage } from '../views/render.js';
import { homeOf, safeReturnPath } from './access.js';
import { firstAdminSchema, forgotSchema, inviteAcceptSchema, newPasswordSchema, signInSchema } from './auth.schema.js';
import { createFirstAdmin, requestPasswordReset, setPasswordByLink, signIn } from './auth.service.js';
import { authText as t } from './auth.text.js';
import { ForgotPage, LinkProblemPage, SetPasswordPage, SignInPage, SignOutPage } from './auth.views.js';
import { checkLink, linkMessage, type LinkPurpose } from './links.js';
import { isRole, roleName, type CurrentUser } from './roles.js';
import { rateLimitedForm } from './rate-limit.js';
import { endSession, startSession } from './session.js';

/** Sign-in, sign-out, forgotten password, invitations and the first admin (DESIGN §8 paths). */
export function registerAuthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/logga-in', async (req, reply) => {
    const query = req.query as Record<string, unknown>;
    const returnTo = safeReturnPath(query.tillbaka);
    if (req.user) return reply.redirect(returnTo ?? homeOf(req.user, ctx.composition.home), 303);
    const message = query.utloggad === '1' ? t.signIn.signedOut : undefined;
    return sendPage(reply, SignInPage({ demo: await ctx.hasDemoData(), returnTo, message }));
  });

  app.post('/logga-in', async (req, reply) => {
    const returnTo = safeReturnPath((req.query as Record<string, unknown>).tillbaka);
    const demo = await ctx.hasDemoData();
    const values = formValues(req.body);
    const form = parseForm(signInSchema, req.body);
    if (!form.ok) return sendPage(reply, SignInPage({ demo, errors: form.errors, values, returnTo }), 400);
    try {
      const user = await signIn(ctx, { ...form.data, ip: req.ip });
      await startSession(ctx, req, reply, user.id);
      return reply.redirect(returnTo ?? homeOf(user, ctx.composition.home), 303);
    } catch (e) {
      if (!(e instanceof AppError) || (e.id !== 'invalid_form' && e.id !== 'too_many_attempts')) throw e;
      const errors = [{ field: 'email', message: e.message }];
      return sendPage(reply, SignInPage({ demo, errors, values: { email: values.email ?? '' }, returnTo }), e.status);
    }
  });

  app.get('/logga-ut', async (req, reply) => {
    if (!req.user) return reply.redirect('/logga-in', 303);
    return sendPage(reply, SignOutPage({ demo: await ctx.hasDemoData() }));
  });

  app.post('/logga-ut', async (req, reply) => {
    if (req.user) await audit(ctx.db, { at: ctx.now(), actor: req.user, action: 'sign_out', ip: req.ip });
    await endSession(ctx, req, reply);
    return reply.redirect('/logga-in?utloggad=1', 303);
  });

  app.get('/aterstall-losenord', async (_req, reply) => sendPage(reply, ForgotPage({ demo: await ctx.hasDemoData() })));

  app.post('/aterstall-losenord', async (req, reply) => {
    const demo = await ctx.hasDemoData();
    const form = parseForm(forgotSchema, req.body);
    if (!form.ok) return sendPage(reply, ForgotPage({ demo, errors: form.errors, values: formValues(req.body) }), 400);
    const limited = await rateLimitedForm(
      ctx,
      [
        ['mailFormPerIp', req.ip],
        ['mailPerAddress', form.data.email],
      ],
      'email',
    );
    if (limited) return sendPage(reply, ForgotPage({ demo, errors: limited, values: formValues(req.body) }), 429);
    await requestPasswordReset(ctx, form.data.email, req.ip);
    return sendPage(reply, ForgotPage({ demo, sent: true }));
  });

  linkRoutes(app, ctx, 'password_reset', '/aterstall-losenord/:token', {
    page: (action, path) => ({ title: t.reset.choose, action, path, submit: t.password.submit }),
    schema: newPasswordSchema,
    act: (token, data) => setPasswordByLink(ctx, 'password_reset', token, { password: data.password }),
  });

  linkRoutes(app, ctx, 'invite', '/inbjudan/:token', {
    page: (action, path, user) => ({
      title: t.invite.title,
      intro: user ? t.invite.intro(user.email, isRole(user.role) ? roleName(user.role) : user.role) : undefined,
      action,
      path,
      askName: true,
      // The name the administrator gave (asf user create --name, the invitation form) is filled in.
      values: user?.name ? { name: user.name } : undefined,
      submit: t.invite.submit,
    }),
    schema: inviteAcceptSchema,
    act: (token, data) => setPasswordByLink(ctx, 'invite', token, { password: data.password, name: data.name }),
  });

  linkRoutes(app, ctx, 'first_admin', '/forsta-admin/:token', {
    page: (action, path) => ({
      title: t.firstAdmin.title,
      intro: t.firstAdmin.intro,
      action,
      path,
      askName: true,
      askEmail: true,
      submit: t.firstAdmin.submit,
    }),
    schema: firstAdminSchema,
    act: (token, data) => createFirstAdmin(ctx, token, data),
  });
}

type PageSpec = Parameters<typeof SetPasswordPage>[0];

/**
 * The three "follow the e-mailed link and choose a password" flows share one shape: check the
 * link, show the form, validate, act, sign in.
 */
function linkRoutes<S extends z.ZodType>(
  app: FastifyInstance,
  ctx: AppContext,
  purpose: LinkPurpose,
  route: string,
  spec: {
    page: (
      action: string,
      path: string,
      user: { email: string; role: string; name: string | null } | null,
    ) => Omit<PageSpec, 'demo'>;
    schema: S;
    act: (token: string, data: z.infer<S>) => Promise<CurrentUser>;
  },
): void {
  const show = async (req: FastifyRequest, reply: FastifyReply, extra: Partial<PageSpec> = {}, status = 200) => {
    const { token } = req.params as { token: string };
    const path = route.replace(':token', token);
    const demo = await ctx.hasDemoData();
    const check = await checkLink(ctx, purpose, token);
    if (!check.ok) return sendPage(reply, LinkProblemPage({ demo, message: linkMessage(check.reason), path }), 400);
    return sendPage(reply, SetPasswordPage({ ...spec.page(path, path, check.user), demo, ...extra }), status);
  };

  app.get(route, async (req, reply) => show(req, reply));

  app.post(route, async (req, reply) => {
    const { token } = req.params as { token: string };
    const values = formValues(req.body);
    const form = parseForm(spec.schema, req.body);
    if (!form.ok) return show(req, reply, { errors: form.errors, values }, 400);
    try {
      const user = await spec.act(token, form.data);
      await startSession(ctx, req, reply, user.id);
      return reply.redirect(homeOf(user, ctx.composition.home), 303);
    } catch (e) {
      if (e instanceof AppError && e.id === 'link_invalid') {
        return sendPage(
          reply,
          LinkProblemPage({ demo: await ctx.hasDemoData(), message: e.message, path: req.url }),
          400,
        );
      }
      if (e instanceof AppError && (e.id === 'conflict' || e.id === 'invalid_form')) {
        const errors = e.fields.length > 0 ? e.fields : [{ field: 'form', message: e.message }];
        return show(req, reply, { errors, values }, e.status);
      }
      throw e;
    }
  });
}
