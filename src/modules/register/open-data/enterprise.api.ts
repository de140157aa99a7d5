import { z } from 'zod';
import { categoryBySlug } from '../../../platform/reference/categories.js';
import type { CpvLabel } from '../../../platform/reference/cpv.repository.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import {
  ENTERPRISE_STATUSES,
  FACT_GROUPS,
  FACT_SOURCES,
  LEGAL_FORMS,
  LEGAL_FORM_KEYS,
  type Enterprise,
  type FactSourceKind,
} from '../enterprise/enterprise.types.js';
import { RESERVED_SHARE_RULE, isCertificationValid, isReservable, targetGroupShare } from '../enterprise/rules.js';
import { SORTS, type EnterpriseSummary, type SearchResult } from '../search/search.types.js';

/**
 * The open-data API's shapes, in English names, as zod schemas: the TypeScript types come from
 * them, the OpenAPI document is generated from them (enterprise.openapi.ts) and the tests check
 * real responses against them, so documentation and answers cannot drift apart. The domain types
 * stay free to change; these may only grow. Internal ids never appear here.
 */

const orgnr = z
  .string()
  .regex(/^\d{6}-\d{4}$/)
  .describe('Organisationsnummer, NNNNNN-NNNN.');
const isoDateTime = z.string().describe('Tidpunkt i ISO 8601 (UTC).').meta({ format: 'date-time' });
const isoDay = z.string().describe('Datum, ÅÅÅÅ-MM-DD.').meta({ format: 'date' });
const count = z.number().int().min(0);

/**
 * Whether the enterprise was reviewed against the four ASF criteria (issue 9 §2): by a
 * coordinator's decision or at an import the coordinator attested; or imported and not yet reviewed.
 */
const CriteriaReviewSchema = z
  .enum(['reviewed', 'imported_not_reviewed'])
  .describe(
    'reviewed: en samordnare har granskat företaget mot de fyra ASF-kriterierna (verifiedAt säger när). ' +
      'imported_not_reviewed: uppgifterna kommer från en inläst fil och ingen har granskat dem mot kriterierna.',
  );

const criteriaReview = (verifiedAt: Date | null): z.infer<typeof CriteriaReviewSchema> =>
  verifiedAt ? 'reviewed' : 'imported_not_reviewed';

export const CodeNameSchema = z
  .object({ code: z.string(), name: z.string() })
  .strict()
  .describe('En kod med sitt svenska namn (län eller kommun).');

const EmployeesBriefSchema = z
  .object({
    total: count,
    targetGroupShare: z.number().min(0).max(1).nullable().describe('Andel anställda ur målgruppen, 0–1.'),
  })
  .strict();

export const EnterpriseListItemSchema = z
  .object({
    orgnr,
    name: z.string(),
    legalForm: z.enum(LEGAL_FORM_KEYS),
    city: z.string().nullable(),
    municipality: CodeNameSchema.nullable().describe('Kommunen där företaget har sitt säte.'),
    county: CodeNameSchema.nullable(),
    operatingCounties: z.array(z.string()).describe('Länskoder där företaget levererar.'),
    categories: z.array(z.string()).describe('Tjänstekategorier (slug, se /api/v1/reference/categories).'),
    excerpt: z.string(),
    employees: EmployeesBriefSchema.nullable(),
    reservable: z
      .boolean()
      .describe('Minst 30 % ur målgruppen enligt uppgifter från de senaste 12 månaderna (LOU 4 kap. 18 §).'),
    certified: z.boolean().describe('Har minst en giltig certifiering.'),
    trainingPlacesFree: count.nullable(),
    verifiedAt: isoDateTime
      .nullable()
      .describe('När en samordnare granskade företaget mot de fyra ASF-kriterierna; null när det inte är granskat.'),
    criteriaReview: CriteriaReviewSchema,
    status: z.enum(ENTERPRISE_STATUSES),
    demo: z.boolean().describe('Påhittat exempelföretag (demodata).'),
    url: z.string().describe('Profilsidan på svenska.'),
    apiUrl: z.string(),
  })
  .strict();

export const FacetValueSchema = z.object({ value: z.string(), count }).strict();

export const FacetsSchema = z
  .object({
    county: z.array(FacetValueSchema),
    municipality: z.array(FacetValueSchema).describe('Bara när ett län är valt.'),
    category: z.array(FacetValueSchema),
    reservable: count,
    certified: count,
    hasTrainingPlaces: count,
  })
  .strict()
  .describe('Antal träffar per filtervärde, räknat med övriga val.');

export const EnterpriseListSchema = z
  .object({
    items: z.array(EnterpriseListItemSchema),
    total: count,
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    facets: FacetsSchema,
    corrections: z
      .array(z.object({ from: z.string(), to: z.array(z.string()) }).strict())
      .describe('Ord i sökningen som också söktes som närliggande ord (stavfel).'),
  })
  .strict();

const FactSourceSchema = z
  .object({
    source: z.enum(Object.keys(FACT_SOURCES) as [FactSourceKind, ...FactSourceKind[]]),
    sourceName: z.string(),
    at: isoDateTime,
    note: z.string().optional(),
  })
  .strict();

export const ReservedShareRuleSchema = z
  .object({
    minShare: z.number(),
    maxReportAgeMonths: z.number().int(),
    source: z.string(),
    validFrom: isoDay,
  })
  .strict();

export const EnterpriseDetailSchema = z
  .object({
    orgnr,
    name: z.string(),
    legalForm: z.enum(LEGAL_FORM_KEYS),
    legalFormName: z.string(),
    foundedYear: z.number().int().nullable(),
    description: z.string(),
    website: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z
      .object({
        street: z.string().nullable(),
        postalCode: z.string().nullable(),
        city: z.string().nullable(),
        municipality: CodeNameSchema.nullable(),
        county: CodeNameSchema.nullable(),
      })
      .strict(),
    operatingAreas: z
      .array(
        z
          .object({ county: CodeNameSchema, municipality: CodeNameSchema.nullable().describe('null = hela länet.') })
          .strict(),
      )
      .describe('Där företaget levererar.'),
    offerings: z.array(
      z
        .object({
          category: z.object({ slug: z.string(), name: z.string().nullable() }).strict(),
          cpv: z.array(
            z
              .object({ code: z.string(), labelSv: z.string().nullable(), labelEn: z.string().nullable() })
              .strict()
              .describe('CPV-kod; etiketterna är null när koden inte finns i den inlästa CPV-listan.'),
          ),
          description: z.string().nullable(),
        })
        .strict(),
    ),
    employees: z
      .object({
        total: count,
        targetGroup: count,
        targetGroupShare: z.number().min(0).max(1).nullable(),
        reportedOn: isoDay,
      })
      .strict()
      .nullable(),
    targetGroups: z.array(z.string()),
    certifications: z.array(
      z
        .object({ name: z.string(), issuer: z.string().nullable(), validUntil: isoDay.nullable(), valid: z.boolean() })
        .strict(),
    ),
    certified: z.boolean(),
    trainingPlaces: z
      .object({
        capacity: count,
        free: count,
        targetGroups: z.array(z.string()),
        adaptations: z.string().nullable(),
        supervisors: count.nullable(),
      })
      .strict()
      .nullable(),
    networks: z.array(z.string()),
    status: z.enum(ENTERPRISE_STATUSES),
    verifiedAt: isoDateTime
      .nullable()
      .describe('När en samordnare granskade företaget mot de fyra ASF-kriterierna; null när det inte är granskat.'),
    criteriaReview: CriteriaReviewSchema,
    updatedAt: isoDateTime,
    sources: z
      .partialRecord(z.enum(FACT_GROUPS), FactSourceSchema)
      .describe('Varifrån varje grupp av uppgifter kommer.'),
    lou4_18: z
      .object({ reservable: z.boolean(), rule: ReservedShareRuleSchema })
      .strict()
      .describe('Om företaget kan delta i upphandlingar reserverade enligt LOU 4 kap. 18 §, och regeln som gäller.'),
    demo: z.boolean(),
    url: z.string(),
    apiUrl: z.string(),
  })
  .strict();

export type EnterpriseListItem = z.infer<typeof EnterpriseListItemSchema>;
export type EnterpriseList = z.infer<typeof EnterpriseListSchema>;
export type EnterpriseDetail = z.infer<typeof EnterpriseDetailSchema>;

/** The sort names the API accepts (the same words as internally). */
export const API_SORTS = SORTS;

export const profileUrl = (o: string) => `/foretag/${o}`;
export const enterpriseApiUrl = (o: string) => `/api/v1/enterprises/${o}`;

// Shares are fractions; three decimals are plenty and keep the JSON free of 0.33333333333333331.
const roundShare = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 1000);

function countyRef(code: string | null): { code: string; name: string } | null {
  if (!code) return null;
  return { code, name: countyByCode(code)?.name ?? code };
}

function municipalityRef(code: string | null): { code: string; name: string } | null {
  if (!code) return null;
  return { code, name: municipalityByCode(code)?.name ?? code };
}

export function toEnterpriseListItem(s: EnterpriseSummary): EnterpriseListItem {
  return {
    orgnr: s.orgnr,
    name: s.name,
    legalForm: s.legalForm,
    city: s.city,
    municipality: municipalityRef(s.municipalityCode),
    county: countyRef(s.countyCode),
    operatingCounties: s.areaCounties,
    categories: s.categories,
    excerpt: s.excerpt,
    employees:
      s.employeesTotal === null ? null : { total: s.employeesTotal, targetGroupShare: roundShare(s.targetGroupShare) },
    reservable: s.reservable,
    certified: s.certified,
    trainingPlacesFree: s.trainingPlacesFree,
    verifiedAt: s.verifiedAt ? s.verifiedAt.toISOString() : null,
    criteriaReview: criteriaReview(s.verifiedAt),
    status: s.status as EnterpriseListItem['status'],
    demo: s.isDemo,
    url: profileUrl(s.orgnr),
    apiUrl: enterpriseApiUrl(s.orgnr),
  };
}

export function toEnterpriseList(r: SearchResult): EnterpriseList {
  return {
    items: r.items.map(toEnterpriseListItem),
    total: r.total,
    page: r.page,
    pageSize: r.pageSize,
    facets: r.facets,
    corrections: r.corrections,
  };
}

/** All CPV codes an enterprise's offerings name, to look their labels up in one query. */
export function cpvCodesOf(e: Enterprise): string[] {
  return e.offerings.flatMap((o) => o.cpv);
}

export function toEnterpriseDetail(e: Enterprise, today: string, cpvLabels: Map<string, CpvLabel>): EnterpriseDetail {
  const municipality = municipalityByCode(e.address.municipalityCode ?? '');
  const certifications = e.certifications.map((c) => ({
    name: c.name,
    issuer: c.issuer,
    validUntil: c.validUntil,
    valid: isCertificationValid(c, today),
  }));
  const reservable = isReservable(e.employees, today);
  const sources: EnterpriseDetail['sources'] = {};
  for (const group of FACT_GROUPS) {
    const s = e.sources[group];
    if (!s) continue;
    sources[group] = {
      source: s.source,
      sourceName: FACT_SOURCES[s.source] ?? s.source,
      at: s.at,
      ...(s.note ? { note: s.note } : {}),
    };
  }
  return {
    orgnr: e.orgnr,
    name: e.name,
    legalForm: e.legalForm,
    legalFormName: LEGAL_FORMS[e.legalForm] ?? e.legalForm,
    foundedYear: e.foundedYear,
    description: e.description,
    website: e.website,
    email: e.email,
    phone: e.phone,
    address: {
      street: e.address.street,
      postalCode: e.address.postalCode,
      city: e.address.city,
      municipality: municipalityRef(e.address.municipalityCode),
      county: countyRef(municipality?.countyCode ?? null),
    },
    operatingAreas: e.operatingAreas.map((a) => ({
      county: countyRef(a.countyCode) ?? { code: a.countyCode, name: a.countyCode },
      municipality: municipalityRef(a.municipalityCode),
    })),
    offerings: e.offerings.map((o) => ({
      category: { slug: o.category, name: categoryBySlug(o.category)?.name ?? null },
      cpv: o.cpv.map((code) => {
        const label = cpvLabels.get(code);
        return { code, labelSv: label?.labelSv ?? null, labelEn: label?.labelEn ?? null };
      }),
      description: o.description,
    })),
    employees: e.employees
      ? {
          total: e.employees.total,
          targetGroup: e.employees.targetGroup,
          targetGroupShare: roundShare(targetGroupShare(e.employees)),
          reportedOn: e.employees.reportedOn,
        }
      : null,
    targetGroups: e.targetGroups,
    certifications,
    certified: certifications.some((c) => c.valid),
    trainingPlaces: e.trainingPlaces
      ? {
          capacity: e.trainingPlaces.capacity,
          free: e.trainingPlaces.free,
          targetGroups: e.trainingPlaces.targetGroups,
          adaptations: e.trainingPlaces.adaptations,
          supervisors: e.trainingPlaces.supervisors,
        }
      : null,
    networks: e.networks,
    status: e.status,
    verifiedAt: e.verifiedAt ? e.verifiedAt.toISOString() : null,
    criteriaReview: criteriaReview(e.verifiedAt),
    updatedAt: e.updatedAt.toISOString(),
    sources,
    lou4_18: { reservable, rule: { ...RESERVED_SHARE_RULE } },
    demo: e.isDemo,
    url: profileUrl(e.orgnr),
    apiUrl: enterpriseApiUrl(e.orgnr),
  };
}
