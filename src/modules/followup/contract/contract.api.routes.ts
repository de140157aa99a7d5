import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { isoDate } from '../../../platform/calendar.js';
import { AppError } from '../../../platform/http/errors.js';
import { platformText } from '../../../platform/i18n/platform.text.js';
import { COMMITMENT_STATUSES } from '../commitment/commitment.rules.js';
import type { FollowupContext } from '../db.js';
import { toContractJson } from './contract.api.js';
import { contractFor, followUp } from './contract.service.js';
import { contractText } from './contract.text.js';

export const CONTRACTS_API = '/api/v1/contracts';
export const CONTRACTS_MAX_PAGE_SIZE = 500;

/** Whose contracts the signed-in user reads: an editor its enterprise's, anyone else their organisation's. */
function partyOf(user: CurrentUser): { supplierEnterpriseId: number } | { partyOrganisationId: number } | null {
  if (user.role === 'enterprise_editor')
    return user.enterpriseId === null ? null : { supplierEnterpriseId: user.enterpriseId };
  return user.organisationId === null ? null : { partyOrganisationId: user.organisationId };
}

function positive(q: Record<string, unknown>, field: 'page' | 'pageSize', max: number, fallback: number): number {
  const v = q[field];
  if (v === undefined || v === '') return fallback;
  const n = typeof v === 'string' && /^\d{1,6}$/.test(v) ? Number(v) : NaN;
  if (n >= 1 && n <= max) return n;
  const message = field === 'page' ? platformText.api.pageNumber(max) : platformText.api.pageSize(max);
  throw new AppError('invalid_parameter', platformText.api.invalidParameters, [{ field, message }]);
}

/**
 * The contracts behind sign-in (DESIGN §8, issue 12 §5): a party reads its own, as the follow-up
 * pages show them, with each commitment's status computed today. Never cached by anyone between.
 */
export function registerContractApiRoutes(app: FastifyInstance, ctx: FollowupContext): void {
  const userOf = (req: FastifyRequest) => req.user as CurrentUser;

  app.get(CONTRACTS_API, async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    const page = positive(q, 'page', 10_000, 1);
    const pageSize = positive(q, 'pageSize', CONTRACTS_MAX_PAGE_SIZE, 100);
    const status = q.status === undefined || q.status === '' ? null : COMMITMENT_STATUSES.find((s) => s === q.status);
    if (status === undefined) {
      const message = contractText.api.status(COMMITMENT_STATUSES.join(', '));
      throw new AppError('invalid_parameter', platformText.api.invalidParameters, [{ field: 'status', message }]);
    }
    const party = partyOf(userOf(req));
    const all = party === null ? [] : await followUp(ctx, party, isoDate(ctx.now()));
    const chosen = status === null ? all : all.filter((f) => f.commitments.some((m) => m.verdict.status === status));
    const items = chosen.slice((page - 1) * pageSize, page * pageSize).map(toContractJson);
    reply.header('cache-control', 'no-store');
    return { items, total: chosen.length, page, pageSize };
  });

  app.get(`${CONTRACTS_API}/:id`, async (req, reply) => {
    const raw = (req.params as { id: string }).id;
    const f = /^\d{1,9}$/.test(raw) ? await contractFor(ctx, userOf(req), Number(raw), isoDate(ctx.now())) : null;
    if (!f) throw new AppError('contract_not_found', contractText.api.notFound(raw));
    reply.header('cache-control', 'no-store');
    return toContractJson(f);
  });
}
