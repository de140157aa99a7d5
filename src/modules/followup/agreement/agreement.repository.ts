import type { Insertable, Selectable, Updateable } from 'kysely';
import type { FollowupDb } from '../db.js';
import type { TrainingAgreementTable } from '../followup.tables.js';

/** All SQL of work-training agreements. */

export type AgreementRow = Selectable<TrainingAgreementTable> & { organisation_name: string };

export async function insertAgreement(db: FollowupDb, values: Insertable<TrainingAgreementTable>): Promise<number> {
  const { id } = await db.insertInto('training_agreement').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateAgreement(
  db: FollowupDb,
  id: number,
  values: Updateable<TrainingAgreementTable>,
): Promise<void> {
  await db.updateTable('training_agreement').set(values).where('id', '=', id).execute();
}

function selectWithOrganisation(db: FollowupDb) {
  return db
    .selectFrom('training_agreement as a')
    .innerJoin('organisation as o', 'o.id', 'a.organisation_id')
    .selectAll('a')
    .select('o.name as organisation_name');
}

/** One organisation's agreements, or everyone's (null), the latest period first. */
export async function selectAgreements(db: FollowupDb, organisationId: number | null): Promise<AgreementRow[]> {
  let q = selectWithOrganisation(db);
  if (organisationId !== null) q = q.where('a.organisation_id', '=', organisationId);
  return q.orderBy('a.ends_on', 'desc').orderBy('a.id', 'desc').execute();
}

export async function selectAgreement(db: FollowupDb, id: number): Promise<AgreementRow | undefined> {
  return selectWithOrganisation(db).where('a.id', '=', id).executeTakeFirst();
}

/** An enterprise's agreements with any organisation, the latest period first. */
export async function selectAgreementsOfEnterprise(db: FollowupDb, enterpriseId: number): Promise<AgreementRow[]> {
  return selectWithOrganisation(db)
    .where('a.enterprise_id', '=', enterpriseId)
    .orderBy('a.ends_on', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
}

/** Every agreement in force on `today` (both days included): the capacity board's ground. */
export async function selectAgreementsInForce(db: FollowupDb, today: string): Promise<AgreementRow[]> {
  return selectWithOrganisation(db)
    .where('a.starts_on', '<=', today)
    .where('a.ends_on', '>=', today)
    .orderBy('a.enterprise_id')
    .orderBy('a.id')
    .execute();
}
