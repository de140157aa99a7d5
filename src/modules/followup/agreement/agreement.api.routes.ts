import type { FastifyInstance } from 'fastify';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { AppError, type FieldError } from '../../../platform/http/errors.js';
import { firstParam, readInt, type RawQuery } from '../../../platform/http/query.js';
import { platformText } from '../../../platform/i18n/platform.text.js';
import type { FollowupContext } from '../db.js';
import { toAgreementJson } from './agreement.api.js';
import { agreementsFor } from './agreement.service.js';

export const AGREEMENTS_API = '/api/v1/agreements';
const MAX_PAGE_SIZE = 100;
const PAGE_SIZE = 50;

/**
 * The agreements a signed-in coordinator (their organisation's) or administrator (all) sees, a page
 * at a time. Never cached by others: what it holds depends on who asks.
 */
export function registerAgreementApiRoutes(app: FastifyInstance, ctx: FollowupContext): void {
  app.get(AGREEMENTS_API, async (req, reply) => {
    const raw = req.query as RawQuery;
    const errors: FieldError[] = [];
    const int = (name: string, max: number, fallback: number) => {
      const v = readInt(firstParam(raw, name), 1, max);
      if (v === 'bad') {
        const message = name === 'page' ? platformText.api.pageNumber(max) : platformText.api.pageSize(max);
        errors.push({ field: name, message });
      }
      return typeof v === 'number' ? v : fallback;
    };
    const page = int('page', 100_000, 1);
    const pageSize = int('pageSize', MAX_PAGE_SIZE, PAGE_SIZE);
    if (errors.length > 0) throw new AppError('invalid_parameter', platformText.api.invalidParameters, errors);
    const all = await agreementsFor(ctx, req.user as CurrentUser);
    const items = all.slice((page - 1) * pageSize, page * pageSize).map(toAgreementJson);
    reply.header('cache-control', 'private, no-store');
    return { items, total: all.length, page, pageSize };
  });
}
