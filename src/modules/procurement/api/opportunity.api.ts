import { z } from 'zod';
import { listOf } from '../../../platform/api/openapi.js';
import { shippedCpvByCode } from '../../../platform/reference/cpv.vocabulary.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import {
  CLAUSE_FORMS,
  CLAUSE_REQUIREMENTS,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  type Lot,
  type Opportunity,
} from '../opportunity/opportunity.types.js';
import { RESERVATION_KINDS, RESERVATION_RULES } from '../reservation/reservation.rules.js';

/**
 * The API's shapes of an opportunity, in English names, as zod schemas: the OpenAPI document is
 * made from them and the tests check real answers against them. They may only grow.
 */
const isoDateTime = z.string().describe('Tidpunkt i ISO 8601 (UTC).').meta({ format: 'date-time' });
const isoDay = z.string().describe('Datum, ÅÅÅÅ-MM-DD.').meta({ format: 'date' });
const CodeLabel = z
  .object({ code: z.string(), labelSv: z.string().nullable(), labelEn: z.string().nullable() })
  .strict();
const CodeName = z.object({ code: z.string(), name: z.string() }).strict();

const ReservationSchema = z
  .object({
    kind: z.enum(RESERVATION_KINDS),
    reference: z.string().describe('Lagrummet, till exempel LOU 4 kap. 18 § första stycket 1.'),
    eformsCode: z
      .string()
      .describe('eForms BT-71 (res-ws, res-pub-ser), BT-736 (yes) eller none när eForms saknar kod (19 kap. 25 a §).'),
    reason: z.string().nullable(),
  })
  .strict();

const ClauseSchema = z
  .object({
    requirement: z.enum(CLAUSE_REQUIREMENTS),
    targetGroup: z.string(),
    forms: z.array(z.enum(CLAUSE_FORMS)),
    persons: z.number().int().nullable(),
    months: z.number().int().nullable(),
    firstStartWithinMonths: z.number().int().nullable(),
    metSharePercent: z.number().int().nullable(),
  })
  .strict()
  .describe('Sysselsättningskrav (DESIGN §5).');

export const LotSchema = z
  .object({
    number: z.number().int().min(1),
    lotId: z.string().nullable().describe('Delområdets id i eForms (LOT-0001) när det kommer från en annons.'),
    title: z.string(),
    description: z.string(),
    mainCpv: CodeLabel.nullable(),
    additionalCpv: z.array(CodeLabel),
    counties: z.array(CodeName).describe('Hela län där det utförs.'),
    municipalities: z.array(CodeName.extend({ countyCode: z.string() }).strict()),
    nuts: z.array(z.string()),
    estimatedValue: z.object({ amount: z.number(), currency: z.string() }).strict().nullable(),
    contractMonths: z.number().int().nullable(),
    contractStart: isoDay.nullable(),
    deadline: isoDateTime.nullable().describe('Delområdets egen sista dag, när den skiljer sig.'),
    reservation: ReservationSchema.nullable(),
    employmentClause: ClauseSchema.nullable(),
  })
  .strict();

export const OpportunitySchema = z
  .object({
    id: z.number().int(),
    url: z.string().describe('Sidan på plattformen.'),
    apiUrl: z.string(),
    kind: z.enum(OPPORTUNITY_KINDS),
    status: z.enum(OPPORTUNITY_STATUSES),
    title: z.string(),
    description: z.string(),
    buyer: z.object({ name: z.string() }).strict(),
    contact: z
      .object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() })
      .strict(),
    expectedQuarter: z.string().nullable().describe('Planerad annonsering, ÅÅÅÅ-K (2027-2).'),
    noticeUrl: z.string().nullable(),
    deadline: isoDateTime.nullable(),
    deadlineZone: z.string().nullable().describe('Tidszonen sista dagen angavs i.'),
    closesAt: isoDateTime.nullable().describe('Första sista dag bland upphandlingen och dess delområden, eller mötet.'),
    meeting: z
      .object({ at: isoDateTime.nullable(), place: z.string().nullable(), link: z.string().nullable() })
      .strict()
      .nullable(),
    aimedAtLocal: z.boolean(),
    country: z.string(),
    source: z.string(),
    publishedAt: isoDateTime.nullable(),
    updatedAt: isoDateTime,
    lots: z.array(LotSchema),
  })
  .strict();

export const OpportunityListSchema = listOf(OpportunitySchema);

const cpv = (code: string) => {
  const c = shippedCpvByCode(code);
  return { code, labelSv: c?.labelSv ?? null, labelEn: c?.labelEn ?? null };
};

function toLotJson(lot: Lot): z.infer<typeof LotSchema> {
  const rule = lot.reservation ? RESERVATION_RULES[lot.reservation] : null;
  return {
    number: lot.position,
    lotId: lot.lotRef,
    title: lot.title,
    description: lot.description,
    mainCpv: lot.mainCpv ? cpv(lot.mainCpv) : null,
    additionalCpv: lot.additionalCpv.map(cpv),
    counties: lot.countyCodes.map((c) => ({ code: c, name: countyByCode(c)?.name ?? c })),
    municipalities: lot.municipalityCodes.map((m) => {
      const found = municipalityByCode(m);
      return { code: m, name: found?.name ?? m, countyCode: found?.countyCode ?? '' };
    }),
    nuts: lot.nutsCodes,
    estimatedValue: lot.estimatedValue === null ? null : { amount: lot.estimatedValue, currency: lot.currency },
    contractMonths: lot.contractMonths,
    contractStart: lot.contractStart,
    deadline: lot.deadlineAt?.toISOString() ?? null,
    reservation:
      lot.reservation && rule
        ? {
            kind: lot.reservation,
            reference: rule.reference,
            eformsCode: rule.eforms?.code ?? 'none',
            reason: lot.reservationReason,
          }
        : null,
    employmentClause: lot.employmentClause,
  };
}

export function toOpportunityJson(o: Opportunity, base: string): z.infer<typeof OpportunitySchema> {
  return {
    id: o.id,
    url: `${base}/upphandlingar/${o.id}`,
    apiUrl: `${base}/api/v1/opportunities/${o.id}`,
    kind: o.kind,
    status: o.status,
    title: o.title,
    description: o.description,
    buyer: { name: o.buyerName },
    contact: { name: o.contactName, email: o.contactEmail, phone: o.contactPhone },
    expectedQuarter: o.expectedQuarter,
    noticeUrl: o.noticeUrl,
    deadline: o.deadlineAt?.toISOString() ?? null,
    deadlineZone: o.deadlineZone,
    closesAt: o.closesAt?.toISOString() ?? null,
    meeting:
      o.kind === 'dialogue'
        ? { at: o.meetingAt?.toISOString() ?? null, place: o.meetingPlace, link: o.meetingLink }
        : null,
    aimedAtLocal: o.aimedAtLocal,
    country: o.countryCode,
    source: o.source,
    publishedAt: o.publishedAt?.toISOString() ?? null,
    updatedAt: o.updatedAt.toISOString(),
    lots: o.lots.map(toLotJson),
  };
}
