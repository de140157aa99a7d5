import type { Kysely } from 'kysely';
import {
  findAggregateByOrgnr,
  findEnterpriseIdByOrgnr,
  upsertEnterprise,
  type EnterpriseAggregate,
  type SaveMeta,
} from './enterprise.repository.js';
import type { Enterprise, EnterpriseFacts, LegalForm, EnterpriseStatus } from './enterprise.types.js';
import { PUBLIC_STATUSES } from './enterprise.types.js';
import { buildSearchColumns } from './search-columns.js';
import type { RegisterDB } from '../db.js';

export async function saveEnterprise(db: Kysely<RegisterDB>, facts: EnterpriseFacts, meta: SaveMeta): Promise<void> {
  const search = buildSearchColumns(facts);
  await db.transaction().execute((trx) => upsertEnterprise(trx, facts, meta, search));
}

/** Any enterprise, whatever its status (for import and, later, editors and coordinators). */
export async function getEnterprise(db: Kysely<RegisterDB>, orgnr: string): Promise<Enterprise | undefined> {
  const agg = await findAggregateByOrgnr(db, orgnr);
  return agg ? toEnterprise(agg) : undefined;
}

/** An enterprise the public may see, or undefined. */
export async function getPublicEnterprise(db: Kysely<RegisterDB>, orgnr: string): Promise<Enterprise | undefined> {
  const e = await getEnterprise(db, orgnr);
  return e && PUBLIC_STATUSES.includes(e.status) ? e : undefined;
}

export function toEnterprise({ row, areas, offerings, certifications }: EnterpriseAggregate): Enterprise {
  return {
    orgnr: row.orgnr,
    name: row.name,
    legalForm: row.legal_form as LegalForm,
    foundedYear: row.founded_year,
    description: row.description,
    website: row.website,
    email: row.email,
    phone: row.phone,
    address: {
      street: row.street_address,
      postalCode: row.postal_code,
      city: row.city,
      municipalityCode: row.municipality_code,
    },
    operatingAreas: areas.map((a) => ({ countyCode: a.county_code, municipalityCode: a.municipality_code })),
    offerings: offerings.map((o) => ({ category: o.category_slug, cpv: o.cpv_codes, description: o.description })),
    employees:
      row.employees_total !== null && row.employees_target_group !== null && row.employees_reported_on !== null
        ? { total: row.employees_total, targetGroup: row.employees_target_group, reportedOn: row.employees_reported_on }
        : null,
    targetGroups: row.target_groups,
    certifications: certifications.map((c) => ({ name: c.name, issuer: c.issuer, validUntil: c.valid_until })),
    trainingPlaces:
      row.training_capacity !== null
        ? {
            capacity: row.training_capacity,
            free: row.training_free ?? 0,
            targetGroups: row.training_target_groups,
            adaptations: row.training_adaptations,
            supervisors: row.training_supervisors,
          }
        : null,
    networks: row.networks,
    status: row.status as EnterpriseStatus,
    verifiedAt: row.verified_at,
    isDemo: row.is_demo,
    sources: row.sources,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The facts part of an enterprise, in the shape the input schema produces, for comparisons. */
export function factsOf(e: Enterprise): EnterpriseFacts {
  const { status: _s, verifiedAt: _v, isDemo: _d, sources: _so, createdAt: _c, updatedAt: _u, ...facts } = e;
  return facts;
}

/** The id behind an org.nr (written with or without hyphen), for linking accounts to an enterprise. */
export async function enterpriseIdByOrgnr(db: Kysely<RegisterDB>, orgnr: string): Promise<number | undefined> {
  const digits = orgnr.replace(/\D/g, '');
  if (digits.length !== 10) return undefined;
  return findEnterpriseIdByOrgnr(db, `${digits.slice(0, 6)}-${digits.slice(6)}`);
}
