import type { FastifyInstance } from 'fastify';
import { sendCachedJson } from '../../../platform/http/etag.js';
import { AppError } from '../../../platform/http/errors.js';
import { cpvLabels } from '../../../platform/reference/cpv.repository.js';
import { cpvCodesOf, enterpriseApiUrl, toEnterpriseDetail, toEnterpriseList } from './enterprise.api.js';
import { getPublicEnterprise } from '../enterprise/enterprise.service.js';
import { ORGNR_MESSAGES, parseOrgnr } from '../enterprise/orgnr.js';
import { isoDate } from '../../../platform/calendar.js';
import { API_PARAMS, readSearchParams } from '../search/search.params.js';
import type { Search } from '../search/search.cache.js';
import type { RegisterContext } from '../db.js';
import { registerText } from '../register.text.js';

/** The open-data API of the register (DESIGN §8): the directory's search and one enterprise. */
export function registerEnterpriseApiRoutes(app: FastifyInstance, ctx: RegisterContext, search: Search): void {
  app.get('/api/v1/enterprises', async (req, reply) => {
    const { criteria, errors } = readSearchParams(req.query as Record<string, unknown>, API_PARAMS);
    // The pages drop a bad filter and say so; an API client gets told instead, because a silently
    // wider result would look like a correct answer to a program.
    if (errors.length > 0) {
      throw new AppError('invalid_parameter', registerText.errors.invalidParameters, errors);
    }
    const result = await search(criteria, isoDate(ctx.now()));
    return sendCachedJson(req, reply, toEnterpriseList(result), 'list');
  });

  app.get('/api/v1/enterprises/:orgnr', async (req, reply) => {
    const raw = (req.params as { orgnr: string }).orgnr;
    const parsed = parseOrgnr(raw);
    if (!parsed.ok) {
      const message = ORGNR_MESSAGES[parsed.error];
      throw new AppError('invalid_orgnr', message, [{ field: 'orgnr', message }]);
    }
    // One address per enterprise, so caches and links agree: 5566778899 → 556677-8899.
    if (parsed.value !== raw) return reply.redirect(enterpriseApiUrl(parsed.value), 301);

    const enterprise = await getPublicEnterprise(ctx.db, parsed.value);
    if (!enterprise) {
      throw new AppError(
        'enterprise_not_found',
        `Det finns inget företag med organisationsnummer ${parsed.value} i registret.`,
      );
    }
    const labels = await cpvLabels(ctx.db, cpvCodesOf(enterprise));
    return sendCachedJson(req, reply, toEnterpriseDetail(enterprise, isoDate(ctx.now()), labels), 'detail');
  });
}
