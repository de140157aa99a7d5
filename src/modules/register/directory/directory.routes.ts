import { normaliseCpv } from '../../../platform/reference/cpv.js';
import { shippedCpvByCode } from '../../../platform/reference/cpv.vocabulary.js';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { baseUrl } from '../../../platform/config/config.js';
import { formValues } from '../../../platform/http/form.js';
import { platformText } from '../../../platform/i18n/platform.text.js';
import { ErrorPage } from '../../../platform/views/layout.js';
import { sendPage } from '../../../platform/views/render.js';
import { profileCpvLabels } from '../enterprise/cpv-labels.js';
import { unconfirmedSince } from '../confirmation/confirmation.service.js';
import { PUBLIC_STATUSES } from '../enterprise/enterprise.types.js';
import { getWorkflow } from '../enterprise/workflow.service.js';
import { DirectoryPage } from './directory.views.js';
import { looksLikeOrgnr } from '../enterprise/orgnr.js';
import { ProfilePage } from './profile.views.js';
import { directoryText } from './directory.text.js';
import { isoDate } from '../../../platform/calendar.js';
import { PAGE_PARAMS, PAGE_SORTS, readSearchParams, toQueryString } from '../search/search.params.js';
import type { Search } from '../search/search.cache.js';
import { countPublic } from '../search/search.service.js';
import { StartPage } from './start.views.js';
import type { RegisterContext } from '../db.js';

/** The register's HTML pages. Handlers only read input, call services and render. */
export function registerEnterprisePageRoutes(app: FastifyInstance, ctx: RegisterContext, search: Search): void {
  app.get('/', async (_req, reply) => {
    const [total, demo] = await Promise.all([countPublic(ctx.db), ctx.hasDemoData()]);
    return sendPage(reply, StartPage({ total, demo }));
  });

  app.get('/foretag', async (req, reply) => {
    const query = req.query as Record<string, unknown>;
    const { criteria, errors } = readSearchParams(query, PAGE_PARAMS, PAGE_SORTS);
    // A CPV code typed in the search box (copied from a procurement notice) is the CPV filter,
    // which also finds the codes under it, in place of any code chosen before; as words it would
    // find nothing. Only a code that exists: a mistyped one stays a search that says it found nothing.
    const typed = errors.length === 0 ? normaliseCpv(criteria.q.trim()) : null;
    const cpvTyped = typed && shippedCpvByCode(typed) ? typed : null;
    if (cpvTyped) {
      const asFilter = { ...criteria, q: '', cpv: cpvTyped, page: 1 };
      return reply.redirect(`/foretag${toQueryString(asFilter, PAGE_PARAMS, PAGE_SORTS)}`, 303);
    }
    // The form sends every field, empty or not; a clean address is easier to read and share.
    if (errors.length === 0 && Object.values(query).some((v) => v === '' || Array.isArray(v))) {
      return reply.redirect(`/foretag${toQueryString(criteria, PAGE_PARAMS, PAGE_SORTS)}`, 303);
    }
    const [result, demo] = await Promise.all([search(criteria, isoDate(ctx.now())), ctx.hasDemoData()]);
    return sendPage(
      reply,
      DirectoryPage({ criteria, raw: formValues(query, { maxLength: 300 }), result, errors, demo }),
      errors.length > 0 ? 400 : 200,
    );
  });

  app.get('/foretag/:orgnr', async (req, reply) => {
    const { orgnr } = req.params as { orgnr: string };
    // A number typed without the hyphen is still the same enterprise: send to the canonical address.
    if (/^\d{10}$/.test(orgnr)) return reply.redirect(`/foretag/${orgnr.slice(0, 6)}-${orgnr.slice(6)}`, 301);
    const workflow = await publicWorkflow(ctx, orgnr);
    const enterprise = workflow?.enterprise;
    const demo = await ctx.hasDemoData();
    if (!workflow || !enterprise) return profileNotFound(reply, demo);
    const labels = await profileCpvLabels(ctx.db, enterprise);
    return sendPage(
      reply,
      ProfilePage({
        enterprise,
        today: isoDate(ctx.now()),
        demo,
        cpvLabels: labels,
        baseUrl: baseUrl(ctx.config),
        unconfirmedSince: unconfirmedSince(workflow),
        backTo: searchWeCameFrom(req.headers.referer, req.headers.host),
      }),
    );
  });
}

/**
 * The back link keeps the user's search: the Referer (sent to our own pages by the
 * strict-origin-when-cross-origin policy) is used only when it is our own /foretag with a query,
 * so the profile's address stays the one to share and no other site can choose where "back" goes.
 */
export function searchWeCameFrom(referer: string | undefined, host: string | undefined): string | undefined {
  if (!referer || !host) return undefined;
  try {
    const url = new URL(referer);
    return url.host === host && url.pathname === '/foretag' && url.search.length > 1
      ? `/foretag${url.search}`
      : undefined;
  } catch {
    return undefined;
  }
}

/** The enterprise behind a public profile address, with its workflow; undefined when the public may not see it. */
export async function publicWorkflow(ctx: RegisterContext, orgnr: string) {
  const workflow = looksLikeOrgnr(orgnr) ? await getWorkflow(ctx, orgnr) : undefined;
  return workflow && PUBLIC_STATUSES.includes(workflow.enterprise.status) ? workflow : undefined;
}

/** The 404 of a profile address that leads nowhere (never published, archived, mistyped). */
export function profileNotFound(reply: FastifyReply, demo: boolean) {
  return sendPage(
    reply,
    ErrorPage({
      title: directoryText.profile.notFound,
      text: `${directoryText.profile.notFoundText} ${platformText.errors.notFoundText}`,
      demo,
      path: '/foretag',
    }),
    404,
  );
}
