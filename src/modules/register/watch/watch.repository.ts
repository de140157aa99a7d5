import { sql, type Kysely } from 'kysely';
import type { RegisterDB } from '../db.js';

export async function insertWatch(
  db: Kysely<RegisterDB>,
  row: { userId: number; query: string; known: string[]; at: Date },
): Promise<void> {
  await db
    .insertInto('search_watch')
    .values({ user_id: row.userId, query: row.query, known: row.known, created_at: row.at, checked_at: row.at })
    .onConflict((oc) => oc.columns(['user_id', 'query']).doNothing())
    .execute();
}

export async function selectWatchesOf(db: Kysely<RegisterDB>, userId: number) {
  return db
    .selectFrom('search_watch')
    .select(['id', 'query', 'created_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function deleteWatch(db: Kysely<RegisterDB>, userId: number, id: number): Promise<void> {
  await db.deleteFrom('search_watch').where('user_id', '=', userId).where('id', '=', id).execute();
}

/** Every watch whose owner can still be written to (enabled, confirmed address). */
export async function selectLiveWatches(db: Kysely<RegisterDB>) {
  return db
    .selectFrom('search_watch as w')
    .innerJoin('app_user as u', 'u.id', 'w.user_id')
    .select(['w.id', 'w.query', 'w.known', 'u.email'])
    .where('u.disabled_at', 'is', null)
    .where('u.email_confirmed_at', 'is not', null)
    .orderBy('w.id')
    .execute();
}

/** The watch's known org.nr now; false when another run got there first (it told them already). */
export async function updateKnown(
  db: Kysely<RegisterDB>,
  watch: { id: number; before: string[]; known: string[]; at: Date },
): Promise<boolean> {
  const rows = await db
    .updateTable('search_watch')
    .set({ known: watch.known, checked_at: watch.at })
    .where('id', '=', watch.id)
    // An array on the right of = would be read as a list of values: compare as one text[].
    .where(sql<boolean>`known = ${watch.before}::text[]`)
    .returning('id')
    .execute();
  return rows.length > 0;
}
