import { sql, type Kysely } from 'kysely';
import type { PlatformDB } from '../db/schema.js';

/** Deletes what the privacy page says is kept only for a while. Returns rows removed per table. */
export async function purgeOldRows(
  db: Kysely<PlatformDB>,
  cutoffs: { sessions: Date; links: Date; attempts: Date; audit: Date; jobs: Date; mail: Date; rateLimits: Date },
): Promise<Record<string, number>> {
  return db.transaction().execute(async (trx) => {
    const count = (r: { numDeletedRows: bigint }) => Number(r.numDeletedRows);
    return {
      user_session: count(
        await trx.deleteFrom('user_session').where('expires_at', '<', cutoffs.sessions).executeTakeFirst(),
      ),
      one_time_token: count(
        await trx.deleteFrom('one_time_token').where('expires_at', '<', cutoffs.links).executeTakeFirst(),
      ),
      rate_limit_hit: count(
        await trx.deleteFrom('rate_limit_hit').where('at', '<', cutoffs.rateLimits).executeTakeFirst(),
      ),
      sign_in_attempt: count(
        await trx.deleteFrom('sign_in_attempt').where('at', '<', cutoffs.attempts).executeTakeFirst(),
      ),
      audit_event: count(await trx.deleteFrom('audit_event').where('at', '<', cutoffs.audit).executeTakeFirst()),
      job: count(
        await trx
          .deleteFrom('job')
          .where('status', 'in', ['done', 'failed'])
          .where(sql<boolean>`coalesce(finished_at, created_at) < ${cutoffs.jobs}`)
          .executeTakeFirst(),
      ),
      mail_outbox: count(
        await trx
          .deleteFrom('mail_outbox')
          .where('status', 'in', ['sent', 'kept', 'failed'])
          .where('created_at', '<', cutoffs.mail)
          .executeTakeFirst(),
      ),
    };
  });
}
