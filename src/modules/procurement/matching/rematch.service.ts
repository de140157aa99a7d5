import { isoDate } from '../../../platform/calendar.js';
import type { Supplier } from '../../register/index.js';
import type { ProcurementContext } from '../db.js';
import { loadOpportunities } from '../opportunity/opportunity.service.js';
import { isAnswerable, type Opportunity } from '../opportunity/opportunity.types.js';
import { SupplierIndex } from './match.index.js';
import type { LotMatch } from './match.score.js';
import { selectOpenIds } from './matching.repository.js';

/** Opportunities read per batch: the lots of a thousand at a time, never the whole list at once. */
const BATCH = 1000;

export interface RematchCount {
  opportunities: number;
  lots: number;
  /** Enterprise × opportunity pairs that fit (each enterprise's best lot). */
  matches: number;
}

/**
 * Every open opportunity against the given enterprises, in process (issue 11 §4: 100 000 lots in a
 * minute): the enterprises indexed once (match.index.ts), the opportunities read a batch at a
 * time, and for each the best-scoring lot per enterprise handed to `found` — the nightly alert
 * records them (alerts/), the bench only counts them. `found` is awaited before the next batch is read.
 */
export async function rematch(
  ctx: ProcurementContext,
  suppliers: readonly Supplier[],
  found: (o: Opportunity, best: Map<number, LotMatch>) => Promise<void> | void,
): Promise<RematchCount> {
  const count: RematchCount = { opportunities: 0, lots: 0, matches: 0 };
  if (suppliers.length === 0) return count;
  const index = new SupplierIndex(suppliers);
  const now = ctx.now();
  const today = isoDate(now);
  for (let afterId = 0; ;) {
    const ids = await selectOpenIds(ctx.db, now, afterId, BATCH);
    if (ids.length === 0) break;
    afterId = ids.at(-1)!;
    for (const o of await loadOpportunities(ctx.db, ids)) {
      if (!isAnswerable(o, now)) continue;
      count.opportunities++;
      const best = new Map<number, LotMatch>();
      for (const lot of o.lots) {
        count.lots++;
        for (const m of index.matches(lot, today)) {
          const had = best.get(m.supplier.id);
          if (!had || m.score > had.score) best.set(m.supplier.id, m);
        }
      }
      count.matches += best.size;
      if (best.size > 0) await found(o, best);
    }
    if (ids.length < BATCH) break;
  }
  return count;
}
