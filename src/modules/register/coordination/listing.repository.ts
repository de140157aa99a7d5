import type { RegisterDb } from '../db.js';

export interface Listing {
  organisation: string;
  area: string;
  phone: string | null;
}

export interface OwnListing extends Listing {
  /** On the public page now; false when the coordinator stepped off it and kept what they wrote. */
  shown: boolean;
}

export interface ListedCoordinator extends Listing {
  name: string | null;
  email: string;
}

export async function findListing(db: RegisterDb, userId: number): Promise<OwnListing | undefined> {
  return db
    .selectFrom('coordinator_listing')
    .select(['organisation', 'area', 'phone', 'shown'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function saveListing(db: RegisterDb, userId: number, listing: Listing, now: Date): Promise<void> {
  await db
    .insertInto('coordinator_listing')
    .values({ user_id: userId, ...listing, shown: true, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ ...listing, shown: true, updated_at: now }))
    .execute();
}

/** Off the public page, what was written kept for the next time. */
export async function hideListing(db: RegisterDb, userId: number, now: Date): Promise<void> {
  await db
    .updateTable('coordinator_listing')
    .set({ shown: false, updated_at: now })
    .where('user_id', '=', userId)
    .execute();
}

export async function deleteListing(db: RegisterDb, userId: number): Promise<void> {
  await db.deleteFrom('coordinator_listing').where('user_id', '=', userId).execute();
}

/** The public list: only accounts that still coordinate (a coordinator or administrator, not disabled). */
export async function listListedCoordinators(db: RegisterDb): Promise<ListedCoordinator[]> {
  return db
    .selectFrom('coordinator_listing as l')
    .innerJoin('app_user as u', 'u.id', 'l.user_id')
    .select(['u.name', 'u.email', 'l.organisation', 'l.area', 'l.phone'])
    .where('u.role', 'in', ['coordinator', 'admin'])
    .where('u.disabled_at', 'is', null)
    .where('l.shown', '=', true)
    .orderBy('u.id')
    .execute();
}
