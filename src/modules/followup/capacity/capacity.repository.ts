import type { Insertable, Selectable } from 'kysely';
import type { FollowupDb } from '../db.js';
import type { TrainingCapacityTable } from '../followup.tables.js';

/** All SQL of the enterprises' free places and the reminders about them. */

export type CapacityRow = Selectable<TrainingCapacityTable>;

export async function selectCapacities(db: FollowupDb, enterpriseIds: readonly number[]): Promise<CapacityRow[]> {
  if (enterpriseIds.length === 0) return [];
  return db
    .selectFrom('training_capacity')
    .selectAll()
    .where('enterprise_id', 'in', [...enterpriseIds])
    .execute();
}

/** The enterprise's one row: written anew each time it confirms or changes its free places. */
export async function upsertCapacity(db: FollowupDb, row: Insertable<TrainingCapacityTable>): Promise<void> {
  await db
    .insertInto('training_capacity')
    .values(row)
    .onConflict((oc) =>
      oc.column('enterprise_id').doUpdateSet({
        free_places: row.free_places,
        confirmed_at: row.confirmed_at,
        confirmed_by: row.confirmed_by,
        via: row.via,
      }),
    )
    .execute();
}

/** When each of these enterprises was last reminded. */
export async function selectReminders(
  db: FollowupDb,
  enterpriseIds: readonly number[],
): Promise<{ enterprise_id: number; sent_at: Date }[]> {
  if (enterpriseIds.length === 0) return [];
  return db
    .selectFrom('training_place_reminder')
    .selectAll()
    .where('enterprise_id', 'in', [...enterpriseIds])
    .execute();
}

export async function upsertReminder(db: FollowupDb, enterpriseId: number, sentAt: Date): Promise<void> {
  await db
    .insertInto('training_place_reminder')
    .values({ enterprise_id: enterpriseId, sent_at: sentAt })
    .onConflict((oc) => oc.column('enterprise_id').doUpdateSet({ sent_at: sentAt }))
    .execute();
}
