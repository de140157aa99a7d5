import { sql } from 'kysely';
import type { FollowupDb } from '../db.js';

/**
 * What contract.repository.ts insertReport keeps with each commitment, counted again from every
 * report: for data written straight into the tables (the bench's seed). Migration 0025 does the
 * same once, in its own frozen copy.
 */
export async function recountCommitmentTotals(db: FollowupDb): Promise<void> {
  await sql`
    update contract_commitment c set
      offered_total = t.offered, started_total = t.started, completed_total = t.completed,
      employment_total = t.employment, person_months_total = t.months, first_start_on = t.first_start
    from (
      select commitment_id, sum(offered) as offered, sum(started) as started, sum(completed) as completed,
        sum(became_employment) as employment, sum(person_months) as months,
        min(on_date) filter (where started > 0) as first_start
      from commitment_report group by commitment_id
    ) t
    where t.commitment_id = c.id`.execute(db);
}
