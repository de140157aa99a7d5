import { sql, type Kysely } from 'kysely';
import type { RegisterDB } from '../db.js';
import { PUBLIC_STATUSES } from '../enterprise/enterprise.types.js';

/** The columns a supplier read needs: the stored search columns, never the profile's child rows. */
export interface SupplierRow {
  id: number;
  orgnr: string;
  name: string;
  status: string;
  municipality_code: string | null;
  area_counties: string[];
  area_municipalities: string[];
  category_slugs: string[];
  cpv_codes: string[];
  employees_total: number | null;
  employees_target_group: number | null;
  employees_reported_on: string | null;
  certified_until: string | null;
  training_free: number | null;
  updated_at: Date;
  confirmed_at: Date | null;
}

export interface SupplierFilter {
  /** CPV codes without check digit, 2–8 digits; a supplier matches when one of its codes starts with one. */
  cpvPrefixes?: readonly string[];
  /** Whole CPV codes; a supplier matches when it offers one of them (the index answers this). */
  cpvCodes?: readonly string[];
  /** Kommun codes; a supplier delivering in a whole län counts for each of its kommuner. */
  municipalityCodes?: readonly string[];
  /** Län codes; a supplier delivering anywhere in one counts (one index key instead of its kommuner). */
  countyCodes?: readonly string[];
  /** Only these enterprises (one enterprise's own matches). */
  ids?: readonly number[];
  /** Only those written at or after this point of the register's history (registerPosition; migration 0020). */
  changedSince?: string;
  /** Only the enterprise with this org.nr (NNNNNN-NNNN). */
  orgnr?: string;
  /** Only those whose name contains these words, in any case. */
  nameContains?: string;
  afterId?: number;
  limit: number;
}

/**
 * Published enterprises in id order, a page at a time, filtered on the columns the search keeps
 * up to date on every save (area_municipalities already expands a whole län to its kommuner).
 */
export async function selectSuppliers(db: Kysely<RegisterDB>, f: SupplierFilter): Promise<SupplierRow[]> {
  let q = db
    .selectFrom('enterprise')
    .select([
      'id',
      'orgnr',
      'name',
      'status',
      'municipality_code',
      'area_counties',
      'area_municipalities',
      'category_slugs',
      'cpv_codes',
      'employees_total',
      'employees_target_group',
      'employees_reported_on',
      'certified_until',
      'training_free',
      'updated_at',
      'confirmed_at',
    ])
    .where('status', 'in', [...PUBLIC_STATUSES]);
  if (f.cpvPrefixes && f.cpvPrefixes.length > 0) {
    const patterns = f.cpvPrefixes.map((p) => `${p}%`);
    q = q.where(sql<boolean>`exists (select 1 from unnest(cpv_codes) c where c like any(${patterns}::text[]))`);
  }
  const byCodes = f.cpvCodes !== undefined && f.cpvCodes.length > 0;
  if (byCodes) q = q.where(sql<boolean>`cpv_codes && ${[...f.cpvCodes!]}::text[]`);
  if (f.municipalityCodes && f.municipalityCodes.length > 0) {
    q = q.where(sql<boolean>`area_municipalities && ${[...f.municipalityCodes]}::text[]`);
  }
  if (f.countyCodes && f.countyCodes.length > 0) {
    q = q.where(sql<boolean>`area_counties && ${[...f.countyCodes]}::text[]`);
  }
  if (f.ids) q = q.where('id', 'in', f.ids.length > 0 ? [...f.ids] : [0]);
  if (f.changedSince !== undefined) q = q.where(sql<boolean>`changed_xid >= ${f.changedSince}::xid8`);
  if (f.orgnr !== undefined) q = q.where('orgnr', '=', f.orgnr);
  if (f.nameContains !== undefined) {
    const pattern = `%${f.nameContains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<boolean>`name ilike ${pattern}`);
  }
  const afterId = f.afterId ?? 0;
  if (!byCodes) return q.where('id', '>', afterId).orderBy('id').limit(f.limit).execute();
  // Whole codes are selective and indexed: the indexes find the few hundred rows first, then they
  // are paged. Asked for in one query, the planner would walk the whole table in id order for the
  // LIMIT (125 ms at 30 000 enterprises). OFFSET 0 keeps the inner query a query of its own.
  return db
    .selectFrom(q.offset(0).as('matching'))
    .selectAll()
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(f.limit)
    .execute() as Promise<SupplierRow[]>;
}

/** The oldest transaction running now (pg_snapshot_xmin), as text: rows written from here on have changed_xid at or after it. */
export async function selectRegisterPosition(db: Kysely<RegisterDB>): Promise<string> {
  const { rows } = await sql<{ xmin: string }>`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`.execute(
    db,
  );
  return rows[0]!.xmin;
}
