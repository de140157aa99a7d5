import type { Kysely } from 'kysely';
import type { PlatformDB } from '../../../platform/db/schema.js';
import { withRegisterTables } from '../db.js';
import { enterpriseIdByOrgnr } from '../enterprise/enterprise.service.js';
import { parseOrgnr } from '../enterprise/orgnr.js';
import { isReservable, targetGroupShare, RESERVED_SHARE_RULE } from '../enterprise/rules.js';
import { selectRegisterPosition, selectSuppliers, type SupplierRow } from './supply.repository.js';

/**
 * The register's read face for other modules (procurement matches opportunities against it, in
 * bulk): what a published enterprise supplies, where, and whether it can take part in a
 * reserved procurement. Other modules read enterprises only through this service, never the
 * register's tables, so the register may change its tables without breaking them.
 */
export interface Supplier {
  id: number;
  orgnr: string;
  name: string;
  /** Kommun code of the enterprise's address, when given. */
  seatMunicipalityCode: string | null;
  /** Where it delivers: län codes, and kommun codes with a whole län expanded to its kommuner. */
  deliversInCounties: readonly string[];
  deliversInMunicipalities: readonly string[];
  /** Service categories (slugs of platform/reference/categories). */
  categories: readonly string[];
  /** CPV codes (8 digits) offered, a category's own codes included. */
  cpvCodes: readonly string[];
  reservation: {
    /** Share of employees from the target group (0–1), null without figures. */
    targetGroupShare: number | null;
    /** 'YYYY-MM-DD' the figures were reported. */
    reportedOn: string | null;
    /** The reported head counts behind the share (a joint bid adds them up), null without figures. */
    employees: { total: number; targetGroup: number } | null;
    /** LOU 4 kap. 18 §: at least 30 % on figures at most 12 months old, as of `today`. */
    eligible: boolean;
  };
  /** Latest valid-until of its certifications ('9999-12-31' = no expiry), null without any. */
  certifiedUntil: string | null;
  freeTrainingPlaces: number | null;
  updatedAt: Date;
  confirmedAt: Date | null;
}

export interface SupplierQuery {
  /** CPV codes or their leading digits ('909' finds 90910000 and 90911000). */
  cpvPrefixes?: readonly string[];
  /** Whole CPV codes, any of them offered: much faster than prefixes on a large register (an index). */
  cpvCodes?: readonly string[];
  /** Kommun codes ('2081' Borlänge); delivering in the whole län counts. */
  municipalityCodes?: readonly string[];
  /** Län codes ('20' Dalarna): delivering anywhere in the län counts. Faster than all its kommuner. */
  countyCodes?: readonly string[];
  /** Only these enterprises. */
  ids?: readonly number[];
  /** Only those whose profile was written at or after this point (registerPosition): all that changed since, and a few before. */
  changedSince?: string;
  /** Only the enterprise with this org.nr (NNNNNN-NNNN). */
  orgnr?: string;
  /** Only those whose name contains these words, in any case. */
  nameContains?: string;
  /** 'YYYY-MM-DD' (Swedish time) the reservation eligibility is judged on. */
  today: string;
}

/** The rule behind `reservation.eligible`, with its law reference and valid-from date. */
export const SUPPLIER_RESERVATION_RULE = RESERVED_SHARE_RULE;

const BATCH = 1000;

/**
 * Every published enterprise matching the query, in batches of up to 1 000 (id order), so that
 * matching 30 000 enterprises never holds them all at once.
 */
export async function* supplierBatches(db: Kysely<PlatformDB>, query: SupplierQuery): AsyncGenerator<Supplier[]> {
  const rdb = withRegisterTables(db);
  let afterId = 0;
  for (;;) {
    const rows = await selectSuppliers(rdb, {
      cpvPrefixes: query.cpvPrefixes,
      cpvCodes: query.cpvCodes,
      countyCodes: query.countyCodes,
      municipalityCodes: query.municipalityCodes,
      ids: query.ids,
      changedSince: query.changedSince,
      orgnr: query.orgnr,
      nameContains: query.nameContains,
      afterId,
      limit: BATCH,
    });
    if (rows.length === 0) return;
    yield rows.map((r) => toSupplier(r, query.today));
    afterId = rows.at(-1)!.id;
    if (rows.length < BATCH) return;
  }
}

/** All matching suppliers at once (for small answers; use supplierBatches for the whole register). */
export async function findSuppliers(db: Kysely<PlatformDB>, query: SupplierQuery): Promise<Supplier[]> {
  const out: Supplier[] = [];
  for await (const batch of supplierBatches(db, query)) out.push(...batch);
  return out;
}

/** One published enterprise as a supplier, or null when it is not published. */
export async function supplierById(db: Kysely<PlatformDB>, id: number, today: string): Promise<Supplier | null> {
  const [found] = await findSuppliers(db, { ids: [id], today });
  return found ?? null;
}

/** The published enterprise with this org.nr ('NNNNNN-NNNN'), or null. */
export async function supplierByOrgnr(db: Kysely<PlatformDB>, orgnr: string, today: string): Promise<Supplier | null> {
  const id = await enterpriseIdByOrgnr(withRegisterTables(db), orgnr);
  return id === undefined ? null : supplierById(db, id, today);
}

function toSupplier(r: SupplierRow, today: string): Supplier {
  const employees =
    r.employees_total !== null && r.employees_target_group !== null && r.employees_reported_on !== null
      ? { total: r.employees_total, targetGroup: r.employees_target_group, reportedOn: r.employees_reported_on }
      : null;
  return {
    id: r.id,
    orgnr: r.orgnr,
    name: r.name,
    seatMunicipalityCode: r.municipality_code,
    deliversInCounties: r.area_counties,
    deliversInMunicipalities: r.area_municipalities,
    categories: r.category_slugs,
    cpvCodes: r.cpv_codes,
    reservation: {
      targetGroupShare: targetGroupShare(employees),
      reportedOn: r.employees_reported_on,
      employees: employees ? { total: employees.total, targetGroup: employees.targetGroup } : null,
      eligible: isReservable(employees, today),
    },
    certifiedUntil: r.certified_until,
    freeTrainingPlaces: r.training_free,
    updatedAt: r.updated_at,
    confirmedAt: r.confirmed_at,
  };
}

/**
 * Published enterprises a person means by what they typed: an org.nr (any common way of writing
 * it) finds that one, anything else the names containing it; at most `limit`, for a form that
 * asks "which one?" (the follow-up module's agreements).
 */
export async function suppliersByText(
  db: Kysely<PlatformDB>,
  text: string,
  today: string,
  limit = 10,
): Promise<Supplier[]> {
  const words = text.trim();
  if (words === '') return [];
  const orgnr = parseOrgnr(words);
  const rows = await selectSuppliers(withRegisterTables(db), {
    ...(orgnr.ok ? { orgnr: orgnr.value } : { nameContains: words.slice(0, 200) }),
    limit,
  });
  return rows.map((r) => toSupplier(r, today));
}

/**
 * A point in the register's history: every enterprise written after it is found by `changedSince`
 * (the oldest transaction still running now; one that ends later writes rows at or after it). So
 * another module can ask "what changed since I last looked" (the nightly re-match).
 */
export async function registerPosition(db: Kysely<PlatformDB>): Promise<string> {
  return selectRegisterPosition(withRegisterTables(db));
}
