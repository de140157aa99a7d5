import { sql, type Kysely } from 'kysely';

/**
 * Reviewed against the four ASF criteria or not (issue 9 §2). `verified_at` (with
 * `verified_by`) means exactly that a coordinator checked the criteria: set by a decision, or
 * by an import whose coordinator attested it. An import without that attestation leaves it
 * null, and the profile, the directory and the API say "imported, not reviewed".
 *
 * No new column: a second flag would have to be kept in step with `verified_at`, which the
 * yearly confirmation and the sort "latest verified" already read. Until now an import set
 * `verified_at` on every new enterprise without anyone checking, so those are undone here:
 * made by an import (a version 'imported' with no status before) and never decided on by a
 * coordinator (a decision sets `verified_by`). Demo data is left as it is (it is invented and says so).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update enterprise set verified_at = null
    where verified_by is null and not is_demo and verified_at is not null
      and exists (
        select 1 from enterprise_version v
        where v.enterprise_id = enterprise.id and v.action = 'imported' and v.status_before is null
      )`.execute(db);
}
