import { z } from 'zod';
import { isIsoDate } from '../../../platform/calendar.js';
import { isMunicipalityCode } from '../../../platform/reference/geo.js';
import { containsPersonalNumber } from '../../../platform/privacy/personal-number.js';
import { isAdaptation, isTargetGroup, type AdaptationCode, type TargetGroupCode } from './agreement.choices.js';
import { agreementText } from './agreement.text.js';
import type { AgreementTerms } from './agreement.types.js';

const t = agreementText.errors;

const date = z
  .string({ error: () => t.date })
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), { error: () => t.date })
  .refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isIsoDate(v), { error: () => t.noSuchDate });

const wholeNumber = (min: number, max: number, message: () => string) =>
  z
    .string({ error: message })
    .trim()
    .refine((s) => /^\d{1,4}$/.test(s) && Number(s) >= min && Number(s) <= max, { error: message })
    .transform(Number);

/** A checkbox group posts nothing, one string or a list: always a list of known codes here. */
const codes = <C extends string>(known: (code: string) => code is C) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set((Array.isArray(v) ? v : v ? [v] : []).filter(known))]);

/**
 * The terms as the coordinator writes them. The enterprise is looked up separately (the form
 * may ask "which one?"); the service adds it. What the tables would refuse is refused here first,
 * each with its message beside the field.
 */
export const agreementTermsSchema = z
  .object({
    diaryNumber: z
      .string({ error: () => t.diaryNumber })
      .trim()
      .min(1, { error: () => t.diaryNumber })
      .max(60, { error: () => t.diaryNumberLong })
      .refine((s) => !containsPersonalNumber(s), { error: () => t.personalNumber }),
    municipality: z
      .string({ error: () => t.municipality })
      .trim()
      .refine(isMunicipalityCode, { error: () => t.municipality }),
    starts: date,
    ends: date,
    places: wholeNumber(1, 1000, () => t.places),
    supervisors: wholeNumber(0, 1000, () => t.supervisors),
    targetGroups: codes<TargetGroupCode>(isTargetGroup).refine((l) => l.length > 0, { error: () => t.targetGroups }),
    adaptations: codes<AdaptationCode>(isAdaptation),
  })
  .superRefine((v, ctx) => {
    if (v.ends < v.starts) ctx.addIssue({ code: 'custom', path: ['ends'], message: t.endsBeforeStart });
  })
  .transform((v): AgreementTerms => ({
    diaryNumber: v.diaryNumber,
    municipalityCode: v.municipality,
    starts: v.starts,
    ends: v.ends,
    places: v.places,
    supervisors: v.supervisors,
    targetGroups: v.targetGroups,
    adaptations: v.adaptations,
  }));
