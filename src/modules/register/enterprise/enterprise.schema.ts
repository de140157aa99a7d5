import { z } from 'zod';
import { categoryBySlug } from '../../../platform/reference/categories.js';
import { isCpvCode, normaliseCpv } from '../../../platform/reference/cpv.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import { LEGAL_FORM_KEYS } from './enterprise.types.js';
import { ORGNR_MESSAGES, parseOrgnr } from './orgnr.js';

/**
 * One schema for the facts of an enterprise, whoever gives them (file import now, forms later).
 * Messages are plain Swedish because they are shown to the person who typed the value.
 */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Högst ${max} tecken.`)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .default(null);

const count = (what: string) =>
  z
    .number({ error: `${what} ska vara ett heltal.` })
    .int(`${what} ska vara ett heltal.`)
    .min(0, `${what} kan inte vara negativt.`)
    .max(100000, `${what} verkar orimligt stort.`);

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum ska skrivas ÅÅÅÅ-MM-DD, till exempel 2026-03-31.')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'Datumet finns inte.');

export const orgnrSchema = z.string().transform((s, ctx) => {
  const r = parseOrgnr(s);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: ORGNR_MESSAGES[r.error] });
    return z.NEVER;
  }
  return r.value;
});

const municipalityCode = z
  .string()
  .refine((c) => municipalityByCode(c) !== undefined, 'Okänd kommunkod (fyra siffror, till exempel 0180).');
const countyCode = z
  .string()
  .refine((c) => countyByCode(c) !== undefined, 'Okänd länskod (två siffror, till exempel 01).');

const cpvCode = z
  .string()
  .refine(isCpvCode, 'CPV-koden ska ha åtta siffror, till exempel 90910000.')
  .transform((s) => normaliseCpv(s) ?? s);

export const enterpriseFactsSchema = z
  .object({
    orgnr: orgnrSchema,
    name: z.string().trim().min(2, 'Namnet måste anges.').max(200, 'Högst 200 tecken.'),
    legalForm: z.enum(LEGAL_FORM_KEYS, { error: 'Okänd företagsform.' }),
    foundedYear: z
      .number()
      .int('Året ska vara ett heltal.')
      .min(1850, 'Året verkar för tidigt.')
      .max(2100, 'Året verkar för sent.')
      .nullable()
      .default(null),
    description: z.string().trim().max(4000, 'Högst 4 000 tecken.').default(''),
    website: z
      .string()
      .trim()
      .max(300)
      .transform((s) => (s === '' ? null : /^https?:\/\//i.test(s) ? s : `https://${s}`))
      .pipe(z.url({ error: 'Webbadressen ser inte ut som en adress, till exempel https://exempel.se.' }).nullable())
      .nullable()
      .default(null),
    email: z
      .string()
      .trim()
      .transform((s) => (s === '' ? null : s.toLowerCase()))
      .pipe(z.email({ error: 'E-postadressen ser inte rätt ut, till exempel info@exempel.se.' }).nullable())
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
          .refine((s) => s === '' || /^\d{5}$/.test(s), 'Postnumret ska ha fem siffror.')
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
          category: z.string().refine((s) => categoryBySlug(s) !== undefined, 'Okänd tjänstekategori.'),
          cpv: z.array(cpvCode).max(50).default([]),
          description: optionalText(1000),
        }),
      )
      .max(40)
      .default([]),
    employees: z
      .object({
        total: count('Antal anställda'),
        targetGroup: count('Antal anställda ur målgruppen'),
        reportedOn: isoDate,
      })
      .refine((e) => e.targetGroup <= e.total, {
        message: 'Anställda ur målgruppen kan inte vara fler än alla anställda.',
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
        capacity: count('Antal arbetsträningsplatser'),
        free: count('Lediga platser'),
        targetGroups: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
        adaptations: optionalText(1000),
        supervisors: count('Antal handledare').nullable().default(null),
      })
      .refine((t) => t.free <= t.capacity, {
        message: 'Lediga platser kan inte vara fler än alla platser.',
        path: ['free'],
      })
      .nullable()
      .default(null),
    networks: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
  })
  .superRefine((e, ctx) => {
    e.operatingAreas.forEach((a, i) => {
      if (a.municipalityCode && municipalityByCode(a.municipalityCode)?.countyCode !== a.countyCode) {
        ctx.addIssue({ code: 'custom', path: ['operatingAreas', i], message: 'Kommunen ligger inte i det länet.' });
      }
    });
  });

export type EnterpriseFactsInput = z.input<typeof enterpriseFactsSchema>;
