import { sql, type RawBuilder } from 'kysely';
import { PUBLIC_STATUSES } from '../enterprise/enterprise.types.js';
import type { RegisterDb } from '../db.js';
import type { SummaryRow } from './search.repository.js';

/** The SQL of the in-process read model (read-model.ts): where the register stands, and its rows. */

export interface RegisterStamp {
  version: number;
  /** Moves on every delete or truncate (migration 0020). */
  deleted: number;
  /** The enterprise table's identity: a restored backup makes a new table, whatever its counters say. */
  table: number;
  /** The transaction that last bumped the version (xid8 as text; '' before any). */
  lastXid: string;
}

/**
 * The stamp, with the oldest transaction still running in the statement's snapshot: a catch-up reads
 * it before the rows (every writer older than `xmin` had ended by then).
 */
export async function readRegisterStamp(db: RegisterDb): Promise<RegisterStamp & { xmin: string }> {
  const { rows } = await sql<RegisterStamp & { xmin: string }>`
    select version::float8 as version, deleted::float8 as deleted, 'enterprise'::regclass::oid::int as "table",
      coalesce(last_xid::text, '') as "lastXid", pg_snapshot_xmin(pg_current_snapshot())::text as xmin
    from register_version`.execute(db);
  return rows[0]!;
}

/** An enterprise as the read model holds it: the page's summary (computed flags aside), the search columns and the tsvector. */
export interface ReadModelRow extends Omit<SummaryRow, 'is_reservable' | 'is_certified' | 'total'> {
  id: number;
  area_municipalities: string[];
  employees_reported_on: string | null;
  certified_until: string | null;
  /** verified_at in microseconds: the SQL orders by it to the microsecond, a Date keeps milliseconds. */
  verified_us: number | null;
  sort_name: string;
  /** search_document as tsvector text. */
  document: string;
}

/**
 * Rows whose last writer is `xmin` or newer (every status: one that left the public ones must leave
 * the model too): all that a snapshot with that xmin may not have seen, and some it did. In id order,
 * `limit` after `afterId`.
 */
export async function selectChangedRows(
  db: RegisterDb,
  xmin: string,
  afterId: number,
  limit: number,
): Promise<ReadModelRow[]> {
  return selectRows(db, sql`changed_xid >= ${xmin}::xid8 and id > ${afterId} order by id limit ${limit}`);
}

/** The public register in id order, `limit` rows after `afterId`: the model is built a batch at a time. */
export async function selectPublicRows(db: RegisterDb, afterId: number, limit: number): Promise<ReadModelRow[]> {
  const statuses = sql.join(PUBLIC_STATUSES.map((st) => sql.lit(st)));
  return selectRows(db, sql`status in (${statuses}) and id > ${afterId} order by id limit ${limit}`);
}

async function selectRows(db: RegisterDb, where: RawBuilder<unknown>): Promise<ReadModelRow[]> {
  const { rows } = await sql<ReadModelRow>`
    select id, orgnr, status, name, legal_form, city, municipality_code, county_code, area_counties,
      area_municipalities, category_slugs, cpv_codes, left(description, 240) as excerpt, employees_total,
      employees_target_group, employees_reported_on::text as employees_reported_on,
      certified_until::text as certified_until, training_free, verified_at,
      (extract(epoch from verified_at) * 1000000)::float8 as verified_us, is_demo, sort_name,
      coalesce(search_document::text, '') as document
    from enterprise where ${where}`.execute(db);
  return rows;
}

/** The database's reading of a query (stemming, stop words): to_tsquery('swedish', …) as text. */
export async function normaliseTsquery(db: RegisterDb, tsquery: string): Promise<string> {
  const { rows } = await sql<{ q: string }>`select to_tsquery('swedish', ${tsquery})::text as q`.execute(db);
  return rows[0]?.q ?? '';
}
