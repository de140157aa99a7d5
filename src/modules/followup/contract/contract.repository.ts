import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { FollowupDb } from '../db.js';
import type { CommitmentReportTable, ContractCommitmentTable, ContractTable } from '../followup.tables.js';

/** All SQL of contracts, their commitments and the reports against them. */

export type ContractRow = Selectable<ContractTable> & { labour_market_name: string | null };
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

/** A report, and its counts added to its commitment's totals: in the caller's transaction. */
export async function insertReport(db: FollowupDb, values: Insertable<CommitmentReportTable>): Promise<void> {
  await db.insertInto('commitment_report').values(values).execute();
  const started = Number(values.started ?? 0);
  await db
    .updateTable('contract_commitment')
    .set((eb) => ({
      offered_total: eb('offered_total', '+', Number(values.offered ?? 0)),
      started_total: eb('started_total', '+', started),
      completed_total: eb('completed_total', '+', Number(values.completed ?? 0)),
      employment_total: eb('employment_total', '+', Number(values.became_employment ?? 0)),
      person_months_total: sql`person_months_total + ${String(values.person_months)}::numeric`,
      first_start_on:
        started > 0
          ? sql`least(coalesce(first_start_on, ${values.on_date}::date), ${values.on_date}::date)`
          : sql`first_start_on`,
    }))
    .where('id', '=', values.commitment_id)
    .execute();
}

/** Contracts with the name of their labour-market unit, as the rows the service reads. */
function contractRows(db: FollowupDb) {
  return db
    .selectFrom('contract')
    .leftJoin('organisation as lmu', 'lmu.id', 'contract.labour_market_organisation_id')
    .selectAll('contract')
    .select('lmu.name as labour_market_name');
}

/**
 * An organisation's contracts (as the buyer, or as the labour-market unit that reports on them),
 * or a supplier's; newest start first.
 */
export async function selectContracts(
  db: FollowupDb,
  of: { partyOrganisationId: number } | { supplierEnterpriseId: number },
): Promise<ContractRow[]> {
  let q = contractRows(db);
  q =
    'partyOrganisationId' in of
      ? q.where((eb) =>
          eb.or([
            eb('contract.buyer_organisation_id', '=', of.partyOrganisationId),
            eb('contract.labour_market_organisation_id', '=', of.partyOrganisationId),
          ]),
        )
      : q.where('contract.supplier_enterprise_id', '=', of.supplierEnterpriseId);
  return q.orderBy('contract.starts_on', 'desc').orderBy('contract.id', 'desc').execute();
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
  | {
      buyer_organisation_id: number;
      supplier_enterprise_id: number | null;
      labour_market_organisation_id: number | null;
      starts_on: string;
      ends_on: string;
      persons: number;
      months: number;
    }
  | undefined
> {
  return db
    .selectFrom('contract_commitment as c')
    .innerJoin('contract as k', 'k.id', 'c.contract_id')
    .select([
      'k.buyer_organisation_id',
      'k.supplier_enterprise_id',
      'k.labour_market_organisation_id',
      'k.starts_on',
      'k.ends_on',
      'c.persons',
      'c.months',
    ])
    .where('c.id', '=', commitmentId)
    .executeTakeFirst();
}

export async function selectContract(db: FollowupDb, id: number): Promise<ContractRow | undefined> {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return undefined;
  return contractRows(db).where('contract.id', '=', id).executeTakeFirst();
}

/** The awarded lots (opportunity, position) of an organisation that already have a contract. */
export async function selectContractedLots(
  db: FollowupDb,
  buyerOrganisationId: number,
): Promise<{ opportunity_id: number; lot_position: number }[]> {
  const rows = await db
    .selectFrom('contract')
    .select(['opportunity_id', 'lot_position'])
    .where('buyer_organisation_id', '=', buyerOrganisationId)
    .where('opportunity_id', 'is not', null)
    .execute();
  return rows.filter(
    (r): r is { opportunity_id: number; lot_position: number } => r.opportunity_id !== null && r.lot_position !== null,
  );
}

/** Whether this contract already exists for the awarded lot. */
export async function selectContractIdForLot(
  db: FollowupDb,
  opportunityId: number,
  position: number,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('contract')
    .select('id')
    .where('opportunity_id', '=', opportunityId)
    .where('lot_position', '=', position)
    .executeTakeFirst();
  return row?.id;
}

/** Contracts still running on `today` with a commitment never reminded of `kind`. */
export async function selectContractsToRemind(db: FollowupDb, today: string, kind: string): Promise<ContractRow[]> {
  return db
    .selectFrom('contract as k')
    .selectAll('k')
    .select(sql<string | null>`null`.as('labour_market_name'))
    .where('k.ends_on', '>=', today)
    .where('k.starts_on', '<=', today)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('contract_commitment as c')
          .select('c.id')
          .whereRef('c.contract_id', '=', 'k.id')
          .where((inner) =>
            inner.not(
              inner.exists(
                inner
                  .selectFrom('commitment_reminder as r')
                  .select('r.commitment_id')
                  .whereRef('r.commitment_id', '=', 'c.id')
                  .where('r.kind', '=', kind),
              ),
            ),
          ),
      ),
    )
    .orderBy('k.id')
    .execute();
}

/** Records the reminder; false when it was already sent (another process got there first). */
export async function insertReminder(db: FollowupDb, commitmentId: number, kind: string, at: Date): Promise<boolean> {
  const rows = await db
    .insertInto('commitment_reminder')
    .values({ commitment_id: commitmentId, kind, sent_at: at })
    .onConflict((oc) => oc.columns(['commitment_id', 'kind']).doNothing())
    .returning('commitment_id')
    .execute();
  return rows.length > 0;
}

/** The e-mail address of the user who entered the contract, when they still have a working account. */
export async function selectCreatorAddress(db: FollowupDb, userId: number | null): Promise<string | null> {
  if (userId === null) return null;
  const row = await db
    .selectFrom('app_user')
    .select('email')
    .where('id', '=', userId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return row?.email ?? null;
}

/** The contract made for an awarded lot, with how many reports its commitments have. */
export async function selectContractOfLot(
  db: FollowupDb,
  opportunityId: number,
  position: number,
): Promise<{ id: number; source: string; reports: number } | undefined> {
  return db
    .selectFrom('contract as k')
    .select(['k.id', 'k.source'])
    .select((eb) =>
      eb
        .selectFrom('commitment_report as r')
        .innerJoin('contract_commitment as c', 'c.id', 'r.commitment_id')
        .whereRef('c.contract_id', '=', 'k.id')
        .select((x) => x.fn.countAll<number>().as('n'))
        .as('reports'),
    )
    .where('k.opportunity_id', '=', opportunityId)
    .where('k.lot_position', '=', position)
    .executeTakeFirst()
    .then((r) => (r ? { id: r.id, source: r.source, reports: Number(r.reports ?? 0) } : undefined));
}

/** The addresses of an organisation's buyers with working accounts (reminders of contracts no one entered by hand). */
export async function selectOrganisationBuyerAddresses(db: FollowupDb, organisationId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('app_user')
    .select('email')
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'buyer')
    .where('email_confirmed_at', 'is not', null)
    .where('disabled_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.email);
}

/** The organisations that may report on contracts as a labour-market unit: AME and samordningsförbund. */
export async function selectLabourMarketOrganisations(db: FollowupDb): Promise<{ id: number; name: string }[]> {
  return db
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('kind', 'in', ['ame', 'samordningsforbund'])
    .orderBy('name')
    .execute();
}

/** Whose contracts a list reads: an organisation's (as buyer or labour-market unit) or a supplier's. */
export type ContractParty = { partyOrganisationId: number } | { supplierEnterpriseId: number };

function partyFilter(of: ContractParty) {
  return 'partyOrganisationId' in of
    ? sql`(k.buyer_organisation_id = ${of.partyOrganisationId} or k.labour_market_organisation_id = ${of.partyOrganisationId})`
    : sql`k.supplier_enterprise_id = ${of.supplierEnterpriseId}`;
}

/**
 * Each commitment's status on `today` in SQL, from the totals kept with it: the rule of
 * commitment.rules.ts `statusFrom`, written again so that a list of thousands can be counted and
 * filtered in the database. contract.status-sql.test.ts holds the two to the same answers.
 */
function statusSql(today: string, rule: { warnFirst: number; warnEnd: number }) {
  const deadline = sql`(k.starts_on + make_interval(months => c.first_start_within_months))::date`;
  const day = sql`${today}::date`;
  // float8 as in the code (and faster than numeric).
  return sql<string>`case
    when round(c.person_months_total::float8 * 1000) >= round(c.met_share::float8 * 1000) * c.persons * c.months then 'met'
    when ${day} > ${deadline} and c.first_start_on is null then 'missed'
    when ${day} > ${deadline} and c.first_start_on > ${deadline} then 'missed'
    when ${day} > k.ends_on then 'missed'
    when c.started_total = 0 and ${deadline} - ${day} <= ${rule.warnFirst} then 'at_risk'
    when k.ends_on - ${day} <= ${rule.warnEnd} then 'at_risk'
    else 'on_track' end`;
}

/** Commitments per status over all of a party's contracts, counted in the database. */
export async function selectStatusCounts(
  db: FollowupDb,
  of: ContractParty,
  today: string,
  rule: { warnFirst: number; warnEnd: number },
): Promise<{ status: string; n: number }[]> {
  const { rows } = await sql<{ status: string; n: number }>`
    select ${statusSql(today, rule)} as status, count(*)::int as n
    from contract k join contract_commitment c on c.contract_id = k.id
    where ${partyFilter(of)}
    group by 1`.execute(db);
  return rows;
}

/**
 * A page of a party's contracts, newest start first, only those with a commitment in `status`
 * when given; with how many there are in all.
 */
export async function selectContractPage(
  db: FollowupDb,
  of: ContractParty,
  options: {
    today: string;
    rule: { warnFirst: number; warnEnd: number };
    status: string | null;
    limit: number;
    offset: number;
  },
): Promise<{ rows: ContractRow[]; total: number }> {
  const withStatus = options.status
    ? sql`and exists (select 1 from contract_commitment c where c.contract_id = k.id
        and ${statusSql(options.today, options.rule)} = ${options.status})`
    : sql``;
  // The count apart from the page: a window count over every row made the page read them all.
  const { rows } = await sql<ContractRow>`
    select k.*, lmu.name as labour_market_name
    from contract k left join organisation lmu on lmu.id = k.labour_market_organisation_id
    where ${partyFilter(of)} ${withStatus}
    order by k.starts_on desc, k.id desc
    limit ${options.limit} offset ${options.offset}`.execute(db);
  const counted = await sql<{ n: number }>`
    select count(*)::int as n from contract k where ${partyFilter(of)} ${withStatus}`.execute(db);
  return { rows, total: counted.rows[0]?.n ?? 0 };
}

/** A contract's own facts changed: by its buyer (contract.change.ts) or a later award notice (contract.awards.ts). */
export async function updateContract(db: FollowupDb, id: number, values: Updateable<ContractTable>): Promise<void> {
  await db.updateTable('contract').set(values).where('id', '=', id).execute();
}

/** The first and last day reported on a contract, null when nothing is. */
export async function selectReportSpan(
  db: FollowupDb,
  contractId: number,
): Promise<{ first: string; last: string } | null> {
  const row = await db
    .selectFrom('commitment_report as r')
    .innerJoin('contract_commitment as c', 'c.id', 'r.commitment_id')
    .select((eb) => [eb.fn.min('r.on_date').as('first'), eb.fn.max('r.on_date').as('last')])
    .where('c.contract_id', '=', contractId)
    .executeTakeFirst();
  return row?.first && row.last ? { first: String(row.first), last: String(row.last) } : null;
}
