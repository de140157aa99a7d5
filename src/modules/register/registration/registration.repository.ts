import type { Transaction } from 'kysely';
import type { RegisterDB, RegisterDb } from '../db.js';

/** SQL that self-registration and the editor's pages need beyond the register's own repository. */

export interface EnterpriseRef {
  id: number;
  orgnr: string;
  status: string;
  registrationStep: number;
}

/**
 * Claims an org.nr for a new enterprise: the row exists from here on, so a second registration of
 * the same number (even one running at the same moment) finds it taken. Undefined when it was.
 */
export async function claimOrgnr(
  trx: Transaction<RegisterDB>,
  orgnr: string,
  name: string,
  now: Date,
): Promise<number | undefined> {
  const row = await trx
    .insertInto('enterprise')
    .values({ orgnr, name, legal_form: 'annan', status: 'draft', created_at: now, updated_at: now })
    .onConflict((oc) => oc.column('orgnr').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function findEnterpriseRef(db: RegisterDb, id: number): Promise<EnterpriseRef | undefined> {
  const row = await db
    .selectFrom('enterprise')
    .select(['id', 'orgnr', 'status', 'registration_step'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { id: row.id, orgnr: row.orgnr, status: row.status, registrationStep: row.registration_step };
}

/** The same, locked until the transaction ends: two saves of one enterprise run one after the other. */
export async function lockEnterpriseRef(trx: Transaction<RegisterDB>, id: number): Promise<EnterpriseRef | undefined> {
  const row = await trx
    .selectFrom('enterprise')
    .select(['id', 'orgnr', 'status', 'registration_step'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row && { id: row.id, orgnr: row.orgnr, status: row.status, registrationStep: row.registration_step };
}

export interface LatestDecision {
  decision: string;
  decidedAt: Date;
  decidedByLabel: string;
  message: string | null;
}

/** The newest verification decision for an enterprise, if a coordinator has made one. */
export async function latestDecision(db: RegisterDb, enterpriseId: number): Promise<LatestDecision | undefined> {
  const row = await db
    .selectFrom('enterprise_verification')
    .select(['decision', 'decided_at', 'decided_by_label', 'message'])
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('decided_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return (
    row && {
      decision: row.decision,
      decidedAt: row.decided_at,
      decidedByLabel: row.decided_by_label,
      message: row.message,
    }
  );
}
