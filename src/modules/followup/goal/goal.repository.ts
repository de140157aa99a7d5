import type { FollowupDb } from '../db.js';

/** All SQL of goals: targets, the open-page choice, and persons started per year from the reports. */

export interface TargetRow {
  year: number;
  metric: string;
  target: number;
}

export async function selectTargets(
  db: FollowupDb,
  organisationId: number,
  years: { from: number; to: number },
): Promise<TargetRow[]> {
  return db
    .selectFrom('goal_target')
    .select(['year', 'metric', 'target'])
    .where('organisation_id', '=', organisationId)
    .where('year', '>=', years.from)
    .where('year', '<=', years.to)
    .execute();
}

export async function upsertTarget(
  db: FollowupDb,
  row: { organisationId: number; year: number; metric: string; target: number; setBy: number; at: Date },
): Promise<void> {
  await db
    .insertInto('goal_target')
    .values({
      organisation_id: row.organisationId,
      year: row.year,
      metric: row.metric,
      target: row.target,
      set_by: row.setBy,
      set_at: row.at,
    })
    .onConflict((oc) =>
      oc
        .columns(['organisation_id', 'year', 'metric'])
        .doUpdateSet({ target: row.target, set_by: row.setBy, set_at: row.at }),
    )
    .execute();
}

export async function deleteTarget(
  db: FollowupDb,
  organisationId: number,
  year: number,
  metric: string,
): Promise<void> {
  await db
    .deleteFrom('goal_target')
    .where('organisation_id', '=', organisationId)
    .where('year', '=', year)
    .where('metric', '=', metric)
    .execute();
}

export async function selectIsPublic(db: FollowupDb, organisationId: number): Promise<boolean> {
  const row = await db
    .selectFrom('goal_publicity')
    .select('public')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row?.public ?? false;
}

export async function upsertPublicity(
  db: FollowupDb,
  row: { organisationId: number; isPublic: boolean; by: number; at: Date },
): Promise<void> {
  await db
    .insertInto('goal_publicity')
    .values({ organisation_id: row.organisationId, public: row.isPublic, changed_by: row.by, changed_at: row.at })
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({ public: row.isPublic, changed_by: row.by, changed_at: row.at }),
    )
    .execute();
}

/** The organisations that show their goals openly, by name. */
export async function selectPublicOrganisations(db: FollowupDb): Promise<{ id: number; name: string }[]> {
  return db
    .selectFrom('goal_publicity as p')
    .innerJoin('organisation as o', 'o.id', 'p.organisation_id')
    .select(['o.id', 'o.name'])
    .where('p.public', '=', true)
    .orderBy('o.name')
    .orderBy('o.id')
    .execute();
}

export async function selectOrganisationName(db: FollowupDb, organisationId: number): Promise<string | undefined> {
  const row = await db.selectFrom('organisation').select('name').where('id', '=', organisationId).executeTakeFirst();
  return row?.name;
}

/**
 * Persons started per year under the organisation's contracts: the sum of `started` in the reports
 * dated in the year and within their contract's period (commitment.rules.ts counts nothing outside
 * it), as the triggers of migration 0024 keep it counted.
 */
export async function selectPersonsStarted(
  db: FollowupDb,
  organisationId: number,
  years: { from: number; to: number },
): Promise<{ year: number; started: number }[]> {
  return db
    .selectFrom('goal_persons_started')
    .select(['year', 'started'])
    .where('organisation_id', '=', organisationId)
    .where('year', '>=', years.from)
    .where('year', '<=', years.to)
    .orderBy('year')
    .execute();
}
