import type { Insertable, Selectable } from 'kysely';
import type { FollowupDb } from '../db.js';
import type { CommitmentReportTable, ContractCommitmentTable, ContractTable } from '../followup.tables.js';

/** All SQL of contracts, their commitments and the reports against them. */

export type ContractRow = Selectable<ContractTable>;
export type CommitmentRow = Selectable<ContractCommitmentTable>;
export type ReportRow = Selectable<CommitmentReportTable>;

export async function insertContract(db: FollowupDb, values: Insertable<ContractTable>): Promise<number> {
  const { id } = await db.insertInto('contract').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function insertCommitments(
  db: FollowupDb,
  rows: readonly Insertable<ContractCommitmentTable>[],
): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('contract_commitment')
      .values([...rows])
      .execute();
}

export async function insertReport(db: FollowupDb, values: Insertable<CommitmentReportTable>): Promise<void> {
  await db.insertInto('commitment_report').values(values).execute();
}

/** A buyer organisation's contracts, or a supplier's, newest start first. */
export async function selectContracts(
  db: FollowupDb,
  of: { buyerOrganisationId: number } | { supplierEnterpriseId: number },
): Promise<ContractRow[]> {
  let q = db.selectFrom('contract').selectAll();
  q =
    'buyerOrganisationId' in of
      ? q.where('buyer_organisation_id', '=', of.buyerOrganisationId)
      : q.where('supplier_enterprise_id', '=', of.supplierEnterpriseId);
  return q.orderBy('starts_on', 'desc').orderBy('id', 'desc').execute();
}

export async function selectCommitments(db: FollowupDb, contractIds: readonly number[]): Promise<CommitmentRow[]> {
  if (contractIds.length === 0) return [];
  return db
    .selectFrom('contract_commitment')
    .selectAll()
    .where('contract_id', 'in', [...contractIds])
    .orderBy('id')
    .execute();
}

export async function selectReports(db: FollowupDb, commitmentIds: readonly number[]): Promise<ReportRow[]> {
  if (commitmentIds.length === 0) return [];
  return db
    .selectFrom('commitment_report')
    .selectAll()
    .where('commitment_id', 'in', [...commitmentIds])
    .orderBy('on_date')
    .orderBy('id')
    .execute();
}

/** Whose a commitment is (the contract's buyer organisation and supplier), and the contract's period. */
export async function selectCommitmentParties(
  db: FollowupDb,
  commitmentId: number,
): Promise<
  | { buyer_organisation_id: number; supplier_enterprise_id: number | null; starts_on: string; ends_on: string }
  | undefined
> {
  return db
    .selectFrom('contract_commitment as c')
    .innerJoin('contract as k', 'k.id', 'c.contract_id')
    .select(['k.buyer_organisation_id', 'k.supplier_enterprise_id', 'k.starts_on', 'k.ends_on'])
    .where('c.id', '=', commitmentId)
    .executeTakeFirst();
}
