import { sql, type ExpressionBuilder, type Transaction } from 'kysely';
import type { RegisterDB, RegisterDb } from '../db.js';

/** All SQL of the yearly confirmation: who is due, locking one enterprise, and the coordinators' figures. */

/** What the confirmation needs of an enterprise: its dates and how many mails it has had. */
export interface ConfirmationRow {
  id: number;
  orgnr: string;
  name: string;
  email: string | null;
  status: string;
  isDemo: boolean;
  /** The later of verified_at and confirmed_at; created_at when it has neither (see referenceSql). */
  reference: Date;
  confirmedAt: Date | null;
  remindedAt: Date | null;
  reminderCount: number;
}

/**
 * The reference date in SQL. greatest() skips nulls in PostgreSQL. An enterprise published
 * without ever being verified or confirmed (an old import) counts from when it entered the register.
 */
const referenceSql = sql<Date>`coalesce(greatest(enterprise.verified_at, enterprise.confirmed_at), enterprise.created_at)`;

const PUBLIC = ['published', 'needs_reverification'];

function select(db: RegisterDb) {
  return db
    .selectFrom('enterprise')
    .select([
      'enterprise.id',
      'enterprise.orgnr',
      'enterprise.name',
      'enterprise.email',
      'enterprise.status',
      'enterprise.is_demo',
      'enterprise.confirmed_at',
      'enterprise.reminded_at',
      'enterprise.reminder_count',
      referenceSql.as('reference'),
    ]);
}

type Selected = Awaited<ReturnType<ReturnType<typeof select>['executeTakeFirstOrThrow']>>;

function toRow(r: Selected): ConfirmationRow {
  return {
    id: r.id,
    orgnr: r.orgnr,
    name: r.name,
    email: r.email,
    status: r.status,
    isDemo: r.is_demo,
    reference: new Date(r.reference),
    confirmedAt: r.confirmed_at,
    remindedAt: r.reminded_at,
    reminderCount: r.reminder_count,
  };
}

/**
 * Public, non-demo enterprises whose reference date is on or before `referenceBefore`: a
 * superset of those the scan may have to write to (the service decides exactly). Demo
 * enterprises are left out: their addresses are fictional (.example) and nobody would answer.
 */
export async function listScanCandidates(db: RegisterDb, referenceBefore: Date): Promise<ConfirmationRow[]> {
  const rows = await select(db)
    .where('enterprise.status', 'in', PUBLIC)
    .where('enterprise.is_demo', '=', false)
    .where(referenceSql, '<=', referenceBefore)
    .orderBy('enterprise.id')
    .execute();
  return rows.map(toRow);
}

/** Reads and locks one enterprise for the rest of the transaction (the scan and a confirmation may meet). */
export async function lockForConfirmation(
  trx: Transaction<RegisterDB>,
  key: { id: number } | { orgnr: string },
): Promise<ConfirmationRow | undefined> {
  const query = select(trx);
  const row = await (
    'id' in key ? query.where('enterprise.id', '=', key.id) : query.where('enterprise.orgnr', '=', key.orgnr)
  )
    .forUpdate()
    .executeTakeFirst();
  return row ? toRow(row) : undefined;
}

export async function findForConfirmation(
  db: RegisterDb,
  key: { id: number } | { orgnr: string },
): Promise<ConfirmationRow | undefined> {
  const query = select(db);
  const row = await (
    'id' in key ? query.where('enterprise.id', '=', key.id) : query.where('enterprise.orgnr', '=', key.orgnr)
  ).executeTakeFirst();
  return row ? toRow(row) : undefined;
}

/**
 * The coordinators' list: enterprises that need reverification, and published ones whose
 * reference date is on or before `dueSoonReference` (due within the coming month), oldest first.
 */
export async function listStale(
  db: RegisterDb,
  dueSoonReference: Date,
  page: { offset: number; limit: number },
): Promise<{ rows: ConfirmationRow[]; total: number }> {
  const stale = (w: ExpressionBuilder<RegisterDB, 'enterprise'>) =>
    w.and([
      w('enterprise.is_demo', '=', false),
      w.or([
        w('enterprise.status', '=', 'needs_reverification'),
        w.and([w('enterprise.status', '=', 'published'), w(referenceSql, '<=', dueSoonReference)]),
      ]),
    ]);
  const [rows, count] = await Promise.all([
    select(db)
      .where(stale)
      .orderBy(referenceSql)
      .orderBy('enterprise.orgnr')
      .offset(page.offset)
      .limit(page.limit)
      .execute(),
    db
      .selectFrom('enterprise')
      .where(stale)
      .select(sql<string>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(toRow), total: Number(count.n) };
}

export interface StaleCounts {
  /** Published, reference in (overdueReference, dueSoonReference]: the mail has gone or goes soon. */
  due: number;
  /** Needs reverification, or published with the twelve months already passed (the scan has not run yet). */
  overdue: number;
}

export async function countStale(db: RegisterDb, dueSoonReference: Date, overdueReference: Date): Promise<StaleCounts> {
  const row = await db
    .selectFrom('enterprise')
    .where('enterprise.is_demo', '=', false)
    .where('enterprise.status', 'in', PUBLIC)
    .select([
      sql<string>`count(*) filter (where enterprise.status = 'published' and ${referenceSql} <= ${dueSoonReference} and ${referenceSql} > ${overdueReference})`.as(
        'due',
      ),
      sql<string>`count(*) filter (where enterprise.status = 'needs_reverification' or ${referenceSql} <= ${overdueReference})`.as(
        'overdue',
      ),
    ])
    .executeTakeFirstOrThrow();
  return { due: Number(row.due), overdue: Number(row.overdue) };
}

export interface ConfirmationCounts {
  /** Enterprises confirmed at least once since `since`. */
  enterprises: number;
  /** Confirmations since `since`. */
  confirmations: number;
  /** Of those, made while the profile was still published (before the twelve months ran out). */
  onTime: number;
}

/** From the versions: each confirmation is one, with the status it found. */
export async function countConfirmations(db: RegisterDb, since: Date): Promise<ConfirmationCounts> {
  const row = await db
    .selectFrom('enterprise_version')
    .innerJoin('enterprise', 'enterprise.id', 'enterprise_version.enterprise_id')
    .where('enterprise.is_demo', '=', false)
    .where('enterprise_version.action', '=', 'confirmed')
    .where('enterprise_version.at', '>=', since)
    .select([
      sql<string>`count(distinct enterprise_version.enterprise_id)`.as('enterprises'),
      sql<string>`count(*)`.as('confirmations'),
      sql<string>`count(*) filter (where enterprise_version.status_before = 'published')`.as('on_time'),
    ])
    .executeTakeFirstOrThrow();
  return {
    enterprises: Number(row.enterprises),
    confirmations: Number(row.confirmations),
    onTime: Number(row.on_time),
  };
}
