import { enqueue } from '../../../platform/jobs/queue.js';
import type { ProcurementDb } from '../db.js';
import { answerMoments, type Opportunity } from './opportunity.types.js';

/**
 * What happened to published opportunities that others act on (alerts/ sends the matching
 * enterprises word), as a job in the database queue, queued in the transaction that made the
 * change: the job exists exactly when the change does, and runs after it is committed.
 */
export const OPPORTUNITY_EVENT_JOB = 'procurement.opportunity_event';

export interface OpportunityEvent {
  ids: number[];
  /** 'new' when published; `moved:…` (deadlineKey) when a deadline or meeting moved. */
  key: string;
}

export async function opportunitiesPublished(db: ProcurementDb, ids: readonly number[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await enqueue(db, {
    kind: OPPORTUNITY_EVENT_JOB,
    payload: { ids: [...ids], key: 'new' } satisfies OpportunityEvent,
    runAt: now,
    createdAt: now,
  });
}

/** Queued when the opportunity's deadlines or meeting differ from before; nothing otherwise. */
export async function deadlinesChanged(
  db: ProcurementDb,
  before: Opportunity,
  after: Opportunity,
  now: Date,
): Promise<void> {
  if (after.status !== 'published') return;
  const key = deadlineKey(after);
  if (key === deadlineKey(before)) return;
  await enqueue(db, {
    kind: OPPORTUNITY_EVENT_JOB,
    payload: { ids: [after.id], key } satisfies OpportunityEvent,
    runAt: now,
    createdAt: now,
  });
}

/** Every deadline and a dialogue's meeting, in one string: a move makes another. */
export function deadlineKey(o: Opportunity): string {
  const times = answerMoments(o)
    .map((d) => d.toISOString())
    .sort();
  return `moved:${[...new Set(times)].join(',')}`;
}
