import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireUser } from '../../../platform/auth/access.js';
import { AppError, type FieldError } from '../../../platform/http/errors.js';
import { formValues, parseForm } from '../../../platform/http/form.js';
import { platformText } from '../../../platform/i18n/platform.text.js';
import { sendPage } from '../../../platform/views/render.js';
import { looksLikeOrgnr } from '../enterprise/orgnr.js';
import { archiveSchema, decisionSchema } from './verification.schema.js';
import {
  archiveEnterprise,
  coordinatorView,
  decide,
  unreviewedImports,
  verificationQueue,
} from './verification.service.js';
import { verificationText as t } from './verification.text.js';
import { HOME } from './coordination.views.js';
import { ConflictPage, EnterprisePage, QueuePage } from './verification.views.js';
import type { RegisterContext } from '../db.js';

/**
 * The verification queue and one enterprise seen by a coordinator: the decision and archiving.
 * Who may come here is decided for all of /samordning in access.ts.
 */
export function registerVerificationRoutes(app: FastifyInstance, ctx: RegisterContext): void {
  app.get(`${HOME}/granskning`, async (_req, reply) => {
    const [items, imports, demo] = await Promise.all([
      verificationQueue(ctx),
      unreviewedImports(ctx),
      ctx.hasDemoData(),
    ]);
    return sendPage(reply, QueuePage({ items, imports, demo }));
  });

  app.get(`${HOME}/foretag/:orgnr`, async (req, reply) => {
    const orgnr = orgnrParam(req);
    if (/^\d{10}$/.test(orgnr)) return reply.redirect(`${HOME}/foretag/${orgnr.slice(0, 6)}-${orgnr.slice(6)}`, 301);
    const done = (req.query as Record<string, unknown>).klart;
    return showEnterprise(ctx, reply, orgnr, { done: typeof done === 'string' ? done : undefined });
  });

  app.post(`${HOME}/foretag/:orgnr/beslut`, async (req, reply) => {
    const orgnr = orgnrParam(req);
    const values = formValues(req.body);
    const form = parseForm(decisionSchema, req.body);
    if (!form.ok) return showEnterprise(ctx, reply, orgnr, { errors: form.errors, values }, 400);
    try {
      await decide(ctx, requireUser(req), orgnr, form.data, req.ip);
    } catch (e) {
      return handleFailure(ctx, reply, e, orgnr, values, 'beslut');
    }
    return reply.redirect(`${HOME}/foretag/${orgnr}?klart=${form.data.decision}`, 303);
  });

  app.post(`${HOME}/foretag/:orgnr/arkivera`, async (req, reply) => {
    const orgnr = orgnrParam(req);
    const values = formValues(req.body);
    const form = parseForm(archiveSchema, req.body);
    if (!form.ok) return showEnterprise(ctx, reply, orgnr, { errors: form.errors, values }, 400);
    try {
      await archiveEnterprise(ctx, requireUser(req), orgnr, form.data.anledning, req.ip);
    } catch (e) {
      return handleFailure(ctx, reply, e, orgnr, values, 'anledning');
    }
    return reply.redirect(`${HOME}/foretag/${orgnr}?klart=archived`, 303);
  });
}

/** The org.nr from the address; anything that cannot be one is a page that does not exist. */
function orgnrParam(req: FastifyRequest): string {
  const { orgnr } = req.params as { orgnr: string };
  if (!looksLikeOrgnr(orgnr) && !/^\d{10}$/.test(orgnr)) {
    throw new AppError('enterprise_not_found', platformText.errors.notFoundTitle);
  }
  return orgnr;
}

async function showEnterprise(
  ctx: RegisterContext,
  reply: FastifyReply,
  orgnr: string,
  extra: { errors?: FieldError[]; values?: Record<string, string>; done?: string | undefined },
  status = 200,
) {
  const [view, demo] = await Promise.all([coordinatorView(ctx, orgnr), ctx.hasDemoData()]);
  // Contact addresses and notes: never kept by a shared cache.
  reply.header('cache-control', 'no-store');
  return sendPage(reply, EnterprisePage({ view, demo, ...extra }), status);
}

/**
 * A decision that no longer fits (another coordinator decided first, the enterprise is already
 * archived) gets a page that says so; a rule the form missed comes back as a form error.
 */
async function handleFailure(
  ctx: RegisterContext,
  reply: FastifyReply,
  e: unknown,
  orgnr: string,
  values: Record<string, string>,
  field: string,
) {
  if (e instanceof AppError && e.id === 'conflict') {
    const demo = await ctx.hasDemoData();
    const links = [
      { href: `${HOME}/foretag/${orgnr}`, label: t.conflict.backToEnterprise },
      { href: `${HOME}/granskning`, label: t.enterprise.backToQueue },
    ];
    return sendPage(reply, ConflictPage({ message: e.message, demo, links }), 409);
  }
  if (e instanceof AppError && e.id === 'invalid_form') {
    return showEnterprise(ctx, reply, orgnr, { errors: [{ field, message: e.message }], values }, 400);
  }
  throw e;
}
