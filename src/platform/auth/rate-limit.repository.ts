import { sql } from 'kysely';
import type { Db } from '../db/schema.js';

/** Hits in a bucket since `since`, and the oldest of them (when the bucket frees up again). */
export async function countHits(db: Db, bucket: string, since: Date): Promise<{ count: number; oldest: Date | null }> {
  const row = await db
    .selectFrom('rate_limit_hit')
    .select([sql<string>`count(*)`.as('n'), sql<Date | null>`min(at)`.as('oldest')])
    .where('bucket', '=', bucket)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), oldest: row.oldest === null ? null : new Date(row.oldest) };
}

export async function insertHit(db: Db, bucket: string, at: Date): Promise<void> {
  await db.insertInto('rate_limit_hit').values({ bucket, at }).execute();
}
