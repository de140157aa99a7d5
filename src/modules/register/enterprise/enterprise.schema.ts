import { z } from 'zod';
import { categoryBySlug } from '../../../platform/reference/categories.js';
import { isCpvCode, normaliseCpv } from '../../../platform/reference/cpv.js';
import { shippedCpvByCode } from '../../../platform/reference/cpv.vocabulary.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import { LEGAL_FORM_KEYS } from './enterprise.types.js';
import { ORGNR_MESSAGES, parseOrgnr } from './orgnr.js';
import { registerText } from '../register.text.js';

const t = registerText.facts;

/**
 * One schema for the facts of an enterprise, whoever gives them (file import now, forms later).
 * Its messages (in the register's catalogue) are shown to the person who typed the value.
 */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: () => t.tooLong(max) })
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .default(null);

const count = (key: keyof typeof t.counts) =>
  z
    .number({ error: () => t.notInteger(t.counts[key]) })
    .int({ error: () => t.notInteger(t.counts[key]) })
    .min(0, { error: () => t.negative(t.counts[key]) })
    .max(100000, { error: () => t.tooLarge(t.counts[key]) });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => t.dateFormat })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), t.noSuchDate);

export const orgnrSchema = z.string().transform((s, ctx) => {
  const r = parseOrgnr(s);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: ORGNR_MESSAGES[r.error] });
    return z.NEVER;
  }
  return r.value;
});

// Messages as functions: read when input is checked, so that an English page gets English.
const municipalityCode = z
  .string()
  .refine((c) => municipalityByCode(c) !== undefined, { error: () => t.municipalityCode });
const countyCode = z.string().refine((c) => countyByCode(c) !== undefined, { error: () => t.countyCode });

/**
 * A code of CPV 2008 (the whole list ships with the product): a well-formed number that is not
 * a code would never match a buyer's notice or market analysis, which look codes up exactly.
 */
const cpvCode = z
  .string()
  .refine(isCpvCode, { error: () => t.cpvCode })
  .transform((s) => normaliseCpv(s) ?? s)
  .refine((c) => shippedCpvByCode(c) !== undefined, { error: (issue) => t.cpvUnknown(String(issue.input)) });

export const enterpriseFactsSchema = z
  .object({
    orgnr: orgnrSchema,
    name: z
      .string()
      .trim()
      .min(2, { error: () => t.nameMissing })
      .max(200, { error: () => t.tooLong(200) }),
    legalForm: z.enum(LEGAL_FORM_KEYS, { error: () => t.legalForm }),
    foundedYear: z
      .number()
      .int({ error: () => t.yearNotInteger })
      .min(1850, { error: () => t.yearTooEarly })
      .max(2100, { error: () => t.yearTooLate })
      .nullable()
      .default(null),
    description: z
      .string()
      .trim()
      .max(4000, { error: () => t.descriptionTooLong })
      .default(''),
    website: z
      .string()
      .trim()
      .max(300)
      .transform((s) => (s === '' ? null : /^https?:\/\//i.test(s) ? s : `https://${s}`))
      .pipe(z.url({ error: () => t.website }).nullable())
      .nullable()
      .default(null),
    email: z
      .string()
      .trim()
      .transform((s) => (s === '' ? null : s.toLowerCase()))
      .pipe(z.email({ error: () => t.email }).nullable())
      .nullable()
      .default(null),
    phone: optionalText(40),
    address: z
      .object({
        street: optionalText(200),
        postalCode: z
          .string()
          .trim()
          .transform((s) => s.replace(/\s/g, ''))
          .refine((s) => s === '' || /^\d{5}$/.test(s), t.postalCode)
          .transform((s) => (s === '' ? null : `${s.slice(0, 3)} ${s.slice(3)}`))
          .nullable()
          .default(null),
        city: optionalText(100),
        municipalityCode: municipalityCode.nullable().default(null),
      })
      .default({ street: null, postalCode: null, city: null, municipalityCode: null }),
    operatingAreas: z
      .array(z.object({ countyCode, municipalityCode: municipalityCode.nullable() }))
      .max(400)
      .default([]),
    offerings: z
      .array(
        z.object({
          category: z.string().refine((s) => categoryBySlug(s) !== undefined, t.category),
          cpv: z.array(cpvCode).max(50).default([]),
          description: optionalText(1000),
        }),
      )
      .max(40)
      .default([]),
    employees: z
      .object({
        total: count('employees'),
        targetGroup: count('targetGroup'),
        reportedOn: isoDate,
      })
      .refine((e) => e.targetGroup <= e.total, {
        error: () => t.targetGroupAboveTotal,
        path: ['targetGroup'],
      })
      .nullable()
      .default(null),
    targetGroups: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
    certifications: z
      .array(
        z.object({
          name: z.string().trim().min(1).max(200),
          issuer: optionalText(200),
          validUntil: isoDate.nullable(),
        }),
      )
      .max(20)
      .default([]),
    trainingPlaces: z
      .object({
        capacity: count('capacity'),
        free: count('free'),
        targetGroups: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
        adaptations: optionalText(1000),
        supervisors: count('supervisors').nullable().default(null),
      })
      .refine((t) => t.free <= t.capacity, {
        error: () => t.freeAboveCapacity,
        path: ['free'],
      })
      .nullable()
      .default(null),
    networks: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
  })
  .superRefine((e, ctx) => {
    e.operatingAreas.forEach((a, i) => {
      if (a.municipalityCode && municipalityByCode(a.municipalityCode)?.countyCode !== a.countyCode) {
        ctx.addIssue({ code: 'custom', path: ['operatingAreas', i], message: t.municipalityNotInCounty });
      }
    });
  });

export type EnterpriseFactsInput = z.input<typeof enterpriseFactsSchema>;
