import type { FastifyInstance, FastifyReply } from 'fastify';
import { startSession } from '../../../platform/auth/session.js';
import { formValues, parseForm } from '../../../platform/http/form.js';
import { sendPage } from '../../../platform/views/render.js';
import { newLinkSchema, registrationSchema } from './registration.schema.js';
import { checkConfirmation, confirmEmail, registerEnterprise, resendConfirmation } from './registration.service.js';
import { registrationText as t } from './registration.text.js';
import {
  CheckMailPage,
  ConfirmEmailPage,
  ConfirmProblemPage,
  NewLinkPage,
  RegisterPage,
} from './registration.views.js';
import { rateLimitedForm } from '../../../platform/auth/rate-limit.js';
import type { RegisterContext } from '../db.js';

/** Self-registration (issue 3 §2): the form, the e-mailed confirmation link, a new link. All public. */
export function registerRegistrationRoutes(app: FastifyInstance, ctx: RegisterContext): void {
  app.get('/registrera', async (req, reply) => {
    const signedInEditor = req.user?.role === 'enterprise_editor';
    return sendPage(reply, RegisterPage({ demo: await ctx.hasDemoData(), signedInEditor }));
  });

  app.post('/registrera', async (req, reply) => {
    const demo = await ctx.hasDemoData();
    // Passwords are never sent back into the page.
    const { password: _p, password2: _p2, ...values } = formValues(req.body);
    const form = parseForm(registrationSchema, req.body);
    if (!form.ok) return sendPage(reply, RegisterPage({ demo, errors: form.errors, values }), 400);
    const limited = await rateLimitedForm(ctx, [['mailFormPerIp', req.ip]], 'email');
    if (limited) return sendPage(reply, RegisterPage({ demo, errors: limited, values }), 429);
    const result = await registerEnterprise(ctx, form.data, req.ip);
    if (!result.ok) {
      const errors =
        result.problem === 'orgnr_taken'
          ? [{ field: 'orgnr', message: t.taken.orgnr(form.data.orgnr) }]
          : [{ field: 'email', message: t.taken.email }];
      return sendPage(reply, RegisterPage({ demo, errors, values, problem: result.problem }), 409);
    }
    return sendPage(reply, CheckMailPage({ demo, email: result.email }));
  });

  const linkProblem = async (reply: FastifyReply, reason: 'unknown' | 'used' | 'expired') =>
    sendPage(reply, ConfirmProblemPage({ demo: await ctx.hasDemoData(), reason, path: '/registrera' }), 400);

  // The e-mailed link only checks itself and shows a button; confirming and signing in take a POST
  // (CSRF-checked centrally), as for /bekrafta/:token in confirmation.routes.ts. Mail scanners
  // (Outlook Safe Links and the like) open every link in a message by themselves: a GET that used
  // the link would use it up before the person clicked, and confirm an address nobody looked at.
  // A GET that signs in also lets another site sign a visitor into an account of its choosing
  // (login CSRF), so that what they then type ends up in that account.
  app.get('/registrera/bekrafta/:token', async (req, reply) => {
    const { token } = req.params as { token: string };
    const check = await checkConfirmation(ctx, token);
    reply.header('cache-control', 'no-store');
    if (!check.ok) return linkProblem(reply, check.reason);
    return sendPage(reply, ConfirmEmailPage({ demo: await ctx.hasDemoData(), token, email: check.email }));
  });

  app.post('/registrera/bekrafta/:token', async (req, reply) => {
    const { token } = req.params as { token: string };
    const result = await confirmEmail(ctx, token, req.ip);
    reply.header('cache-control', 'no-store');
    if (!result.ok) return linkProblem(reply, result.reason);
    await startSession(ctx, req, reply, result.userId);
    return reply.redirect('/mitt-foretag', 303);
  });

  app.get('/registrera/ny-lank', async (_req, reply) =>
    sendPage(reply, NewLinkPage({ demo: await ctx.hasDemoData() })),
  );

  app.post('/registrera/ny-lank', async (req, reply) => {
    const demo = await ctx.hasDemoData();
    const form = parseForm(newLinkSchema, req.body);
    if (!form.ok) return sendPage(reply, NewLinkPage({ demo, errors: form.errors, values: formValues(req.body) }), 400);
    const limited = await rateLimitedForm(
      ctx,
      [
        ['mailFormPerIp', req.ip],
        ['mailPerAddress', form.data.email],
      ],
      'email',
    );
    if (limited) return sendPage(reply, NewLinkPage({ demo, errors: limited, values: formValues(req.body) }), 429);
    await resendConfirmation(ctx, form.data.email);
    return sendPage(reply, NewLinkPage({ demo, sent: true }));
  });
}
