import type { ProcurementContext } from '../db.js';
import { selectLots } from '../opportunity/opportunity.repository.js';
import { toOpportunity } from '../opportunity/opportunity.rows.js';
import { loadOpportunity } from '../opportunity/opportunity.service.js';
import { PUBLIC_OPPORTUNITY_STATUSES, type Opportunity } from '../opportunity/opportunity.types.js';
import type { OpportunityQuery } from './listing.params.js';
import { selectPublicPage, selectPublishedPage } from './listing.repository.js';

export interface OpportunityPage {
  items: Opportunity[];
  total: number;
}

/** A page of the public list (also the feed, the calendar, the downloads and the API). */
export async function listOpportunities(ctx: ProcurementContext, q: OpportunityQuery): Promise<OpportunityPage> {
  const { rows, total } = await selectPublishedPage(ctx.db, q, ctx.now());
  const lots = await selectLots(
    ctx.db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toOpportunity(r, lots)), total };
}

/** An opportunity readers may see (never a draft), or null. */
export async function publicOpportunity(ctx: ProcurementContext, id: number): Promise<Opportunity | null> {
  const o = await loadOpportunity(ctx.db, id);
  return o && PUBLIC_OPPORTUNITY_STATUSES.includes(o.status) ? o : null;
}

/** Every opportunity readers may see, ended ones too, the latest changed first (open data in bulk). */
export async function everyPublicOpportunity(
  ctx: ProcurementContext,
  page: { page: number; pageSize: number },
): Promise<OpportunityPage> {
  const { rows, total } = await selectPublicPage(ctx.db, page);
  const lots = await selectLots(
    ctx.db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toOpportunity(r, lots)), total };
}
