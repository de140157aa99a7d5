import { z } from 'zod';
import { isClockTime, isIsoDate, swedishTimeToDate } from '../../../platform/calendar.js';
import { formatList } from '../../../platform/i18n/format.js';
import { containsPersonalNumber } from '../../../platform/privacy/personal-number.js';
import { normaliseCpv } from '../../../platform/reference/cpv.js';
import { shippedCpvByCode } from '../../../platform/reference/cpv.vocabulary.js';
import { readPlaces } from '../../../platform/reference/places.js';
import { RESERVATION_KINDS } from '../reservation/reservation.rules.js';
import { CLAUSE_FORMS, CLAUSE_REQUIREMENTS, OPPORTUNITY_KINDS, type EmploymentClause } from './opportunity.types.js';
import { opportunityText } from './opportunity.text.js';

const t = opportunityText.errors;

/**
 * The buyer's two forms: the opportunity's own facts and a lot. A draft keeps what is written
 * even when it is not yet complete (publishing asks for the rest, opportunity.checks.ts); what is
 * written must be well formed. Messages are functions, read when the input is checked.
 */
/** Free text of at most `max` characters, a personnummer refused (also the alerts' and interest's forms). */
export const textField = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: () => t.tooLong(max) })
    .refine((s) => !containsPersonalNumber(s), { error: () => t.personalNumber })
    .default('');
const optional = (max: number) => textField(max).transform((s) => (s === '' ? null : s));

const email = optional(254).refine((v) => v === null || z.email().safeParse(v).success, { error: () => t.email });
const url = optional(1000).refine((v) => v === null || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v), { error: () => t.url });
const date = optional(10)
  .refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), { error: () => t.date })
  .refine((v) => v === null || !/^\d{4}-\d{2}-\d{2}$/.test(v) || isIsoDate(v), { error: () => t.noSuchDate });
const time = optional(5).refine((v) => v === null || isClockTime(v), { error: () => t.time });
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === '1' || v === 'on');

/** Date and time fields together: both or neither, then the moment in Swedish time. */
function moment(
  fields: { date: string | null; time: string | null },
  names: { date: string; time: string },
  ctx: z.RefinementCtx,
): Date | null {
  if (fields.date && !fields.time) ctx.addIssue({ code: 'custom', path: [names.time], message: t.dateWithoutTime });
  if (!fields.date && fields.time) ctx.addIssue({ code: 'custom', path: [names.date], message: t.timeWithoutDate });
  return fields.date && fields.time ? swedishTimeToDate(fields.date, fields.time) : null;
}

export const basicsSchema = z
  .object({
    kind: z.enum(OPPORTUNITY_KINDS, { error: () => t.kind }),
    title: textField(200).refine((s) => s !== '', { error: () => t.titleMissing }),
    description: textField(5000),
    buyerName: optional(200),
    contactName: optional(200),
    contactEmail: email,
    contactPhone: optional(40),
    expectedYear: optional(4).refine((v) => v === null || /^20\d\d$/.test(v), { error: () => t.quarter }),
    expectedQuarter: optional(1).refine((v) => v === null || /^[1-4]$/.test(v), { error: () => t.quarter }),
    noticeUrl: url,
    deadlineDate: date,
    deadlineTime: time,
    meetingDate: date,
    meetingTime: time,
    meetingPlace: optional(300),
    meetingLink: url,
    aimedAtLocal: checkbox,
  })
  .transform((v, ctx) => {
    if (Boolean(v.expectedYear) !== Boolean(v.expectedQuarter)) {
      ctx.addIssue({ code: 'custom', path: [v.expectedYear ? 'expectedQuarter' : 'expectedYear'], message: t.quarter });
    }
    return {
      kind: v.kind,
      title: v.title,
      description: v.description,
      buyerName: v.buyerName,
      contactName: v.contactName,
      contactEmail: v.contactEmail,
      contactPhone: v.contactPhone,
      expectedQuarter: v.expectedYear && v.expectedQuarter ? `${v.expectedYear}-${v.expectedQuarter}` : null,
      noticeUrl: v.noticeUrl,
      deadlineAt: moment(
        { date: v.deadlineDate, time: v.deadlineTime },
        { date: 'deadlineDate', time: 'deadlineTime' },
        ctx,
      ),
      meetingAt: moment(
        { date: v.meetingDate, time: v.meetingTime },
        { date: 'meetingDate', time: 'meetingTime' },
        ctx,
      ),
      meetingPlace: v.meetingPlace,
      meetingLink: v.meetingLink,
      aimedAtLocal: v.aimedAtLocal,
    };
  });
export type BasicsInput = z.infer<typeof basicsSchema>;

/** '90911200-1', '90911200': a code of CPV 2008, or the message saying why not. */
function readCpv(token: string): { code: string } | { error: string } {
  const code = normaliseCpv(token);
  if (!code) return { error: t.cpvFormat(token) };
  if (!shippedCpvByCode(code)) return { error: t.cpvUnknown(code) };
  return { code };
}

const cpvTokens = (s: string) => s.split(/[\s,;]+/).filter(Boolean);

const mainCpv = z
  .string()
  .trim()
  .default('')
  .transform((s, ctx) => {
    const tokens = cpvTokens(s);
    if (tokens.length === 0) return null;
    if (tokens.length > 1) {
      ctx.addIssue({ code: 'custom', message: t.cpvOneMain });
      return z.NEVER;
    }
    const r = readCpv(tokens[0]!);
    if ('error' in r) {
      ctx.addIssue({ code: 'custom', message: r.error });
      return z.NEVER;
    }
    return r.code;
  });

/** Several CPV codes typed with commas or spaces, each checked against CPV 2008 (also the alerts' form). */
export const cpvListField = z
  .string()
  .max(2000, { error: () => t.tooLong(2000) })
  .default('')
  .transform((s, ctx) => {
    const codes: string[] = [];
    for (const token of cpvTokens(s)) {
      const r = readCpv(token);
      if ('error' in r) ctx.addIssue({ code: 'custom', message: r.error });
      else if (!codes.includes(r.code)) codes.push(r.code);
    }
    return codes;
  });

/** Kommuner and whole län as written ('Falun, Dalarnas län'), each named when unknown (also the alerts' form). */
export const placesField = z
  .string()
  .max(2000, { error: () => t.tooLong(2000) })
  .default('')
  .transform((s, ctx) => {
    const { places, unknown } = readPlaces(s);
    for (const u of unknown) {
      ctx.addIssue({
        code: 'custom',
        message: t.placeUnknown(u.written, u.similar.length > 0 ? formatList(u.similar, 'or') : null),
      });
    }
    const counties = [...new Set(places.filter((p) => p.municipalityCode === null).map((p) => p.countyCode))];
    const municipalities = [...new Set(places.flatMap((p) => (p.municipalityCode ? [p.municipalityCode] : [])))];
    return { countyCodes: counties, municipalityCodes: municipalities };
  });

/** A whole number typed with spaces or 'kr' ('1 200 000 kr'). */
const wholeNumber = (message: () => string, min: number, max: number) =>
  z
    .string()
    .default('')
    .transform((s, ctx) => {
      const digits = s.replace(/[\s\u00a0\u202f]|kr$|kronor$/gi, '').trim();
      if (digits === '') return null;
      const n = /^\d+$/.test(digits) ? Number(digits) : NaN;
      if (!Number.isSafeInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: message() });
        return z.NEVER;
      }
      return n;
    });

export const lotSchema = z
  .object({
    title: textField(200),
    description: textField(5000),
    mainCpv,
    additionalCpv: cpvListField,
    place: placesField,
    estimatedValue: wholeNumber(() => t.amount, 0, 1e13),
    contractMonths: wholeNumber(() => t.months, 0, 600),
    contractStart: date,
    reservation: z
      .union([z.literal(''), z.enum(RESERVATION_KINDS)], { error: () => t.reservation })
      .default('')
      .transform((v) => (v === '' ? null : v)),
    reservationReason: optional(2000),
    clauseRequirement: z
      .union([z.literal(''), z.enum(CLAUSE_REQUIREMENTS)], { error: () => t.clauseRequirement })
      .default('')
      .transform((v) => (v === '' ? null : v)),
    clauseTargetGroup: textField(300),
    clauseForms: z
      .union([z.string(), z.array(z.string())])
      .default([])
      .transform((v) =>
        (Array.isArray(v) ? v : [v]).filter((x): x is EmploymentClause['forms'][number] =>
          (CLAUSE_FORMS as readonly string[]).includes(x),
        ),
      ),
    clausePersons: wholeNumber(() => t.count, 0, 10000),
    clauseMonths: wholeNumber(() => t.months, 0, 600),
    clauseFirstStart: wholeNumber(() => t.months, 0, 120),
    clauseMetShare: wholeNumber(() => t.percent, 1, 100),
  })
  .transform((v) => ({
    title: v.title,
    description: v.description,
    mainCpv: v.mainCpv,
    additionalCpv: v.additionalCpv.filter((c) => c !== v.mainCpv),
    countyCodes: v.place.countyCodes,
    municipalityCodes: v.place.municipalityCodes,
    estimatedValue: v.estimatedValue,
    contractMonths: v.contractMonths,
    contractStart: v.contractStart,
    reservation: v.reservation,
    reservationReason: v.reservation ? v.reservationReason : null,
    employmentClause: v.clauseRequirement
      ? {
          requirement: v.clauseRequirement,
          targetGroup: v.clauseTargetGroup,
          forms: v.clauseForms,
          persons: v.clausePersons,
          months: v.clauseMonths,
          firstStartWithinMonths: v.clauseFirstStart,
          metSharePercent: v.clauseMetShare,
        }
      : null,
  }));
export type LotInput = z.infer<typeof lotSchema>;

/** The publish form's questions: why not divided into lots, whether a dialogue was held and why not. */
export const publishSchema = z
  .object({
    noLotsReason: optional(2000),
    dialogueHeld: z.enum(['yes', 'no', '']).default('').catch(''),
    noDialogueReason: optional(2000),
  })
  .transform((v) => ({
    noLotsReason: v.noLotsReason,
    dialogueHeld: v.dialogueHeld === '' ? null : v.dialogueHeld === 'yes',
    noDialogueReason: v.dialogueHeld === 'no' ? v.noDialogueReason : null,
  }));
