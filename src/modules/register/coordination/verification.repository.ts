import { sql, type Selectable, type Transaction } from 'kysely';
import type { EnterpriseVerificationTable } from '../register.tables.js';
import type { RegisterDB, RegisterDb } from '../db.js';

/** All SQL of the coordinator's work: counts, the queue, decisions, and checks on the change feed. */
export type VerificationRow = Selectable<EnterpriseVerificationTable>;

/** How many enterprises are in each status. */
export async function countByStatus(db: RegisterDb): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('enterprise')
    .select(['status', sql<string>`count(*)`.as('n')])
    .groupBy('status')
    .execute();
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}

export async function countUnreviewedFlagged(db: RegisterDb): Promise<number> {
  const row = await db
    .selectFrom('enterprise_version')
    .select(sql<string>`count(*)`.as('n'))
    .where(sql<boolean>`cardinality(flagged_fields) > 0`)
    .where('reviewed_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Enterprises waiting for a decision, the one that has waited longest first. */
export async function listPending(db: RegisterDb) {
  return db
    .selectFrom('enterprise')
    .select(['orgnr', 'name', 'municipality_code', 'submitted_at', 'updated_at'])
    .where('status', '=', 'pending')
    .orderBy(sql`coalesce(submitted_at, updated_at)`)
    .orderBy('id')
    .execute();
}

export async function countUnreviewedImports(db: RegisterDb): Promise<number> {
  const row = await db
    .selectFrom('enterprise')
    .select(sql<string>`count(*)`.as('n'))
    .where('status', 'in', ['published', 'needs_reverification'])
    .where('verified_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Public enterprises no coordinator has reviewed against the criteria: imported without the
 * importer's attestation (issue 9 §2). The one imported first comes first.
 */
export async function listUnreviewedImports(db: RegisterDb) {
  return db
    .selectFrom('enterprise')
    .select(['orgnr', 'name', 'municipality_code', 'created_at'])
    .where('status', 'in', ['published', 'needs_reverification'])
    .where('verified_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/**
 * The enterprise row, locked until the transaction ends: two coordinators deciding at once, or
 * a decision and an edit, then happen one after the other and the second sees the first.
 */
export async function lockEnterprise(
  trx: Transaction<RegisterDB>,
  by: { orgnr: string } | { id: number },
): Promise<{ id: number; orgnr: string; name: string; status: string; verified_at: Date | null } | undefined> {
  let q = trx.selectFrom('enterprise').select(['id', 'orgnr', 'name', 'status', 'verified_at']);
  q = 'orgnr' in by ? q.where('orgnr', '=', by.orgnr) : q.where('id', '=', by.id);
  return q.forUpdate().executeTakeFirst();
}

export async function insertVerification(
  db: RegisterDb,
  v: {
    enterpriseId: number;
    decidedAt: Date;
    decidedBy: number | null;
    decidedByLabel: string;
    decision: string;
    checklist: Record<string, unknown>;
    evidence: string | null;
    message: string | null;
  },
): Promise<void> {
  await db
    .insertInto('enterprise_verification')
    .values({
      enterprise_id: v.enterpriseId,
      decided_at: v.decidedAt,
      decided_by: v.decidedBy,
      decided_by_label: v.decidedByLabel,
      decision: v.decision,
      checklist: JSON.stringify(v.checklist),
      evidence: v.evidence,
      message: v.message,
    })
    .execute();
}

export async function listVerificationsOf(db: RegisterDb, enterpriseId: number): Promise<VerificationRow[]> {
  return db
    .selectFrom('enterprise_verification')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('decided_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The id of the enterprise's newest version of any kind; 0 when it has none. */
export async function latestVersionId(db: RegisterDb, enterpriseId: number): Promise<number> {
  const row = await db
    .selectFrom('enterprise_version')
    .select(sql<number | null>`max(id)`.as('id'))
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

/**
 * The newest version that changed facts, per enterprise: only that one can be reverted without
 * losing a later change.
 */
export async function latestFactVersionIds(
  db: RegisterDb,
  enterpriseIds: readonly number[],
): Promise<Map<number, number>> {
  if (enterpriseIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('enterprise_version')
    .select(['enterprise_id', sql<number>`max(id)`.as('id')])
    .where('enterprise_id', 'in', [...new Set(enterpriseIds)])
    .where('before', 'is not', null)
    .where('after', 'is not', null)
    .groupBy('enterprise_id')
    .execute();
  return new Map(rows.map((r) => [r.enterprise_id, Number(r.id)]));
}
