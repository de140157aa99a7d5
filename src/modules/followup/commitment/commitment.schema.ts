import { z } from 'zod';
import { isIsoDate } from '../../../platform/calendar.js';
import { containsPersonalNumber } from '../../../platform/privacy/personal-number.js';
import type { FulfilmentReport } from './commitment.rules.js';
import { commitmentText } from './commitment.text.js';

const t = commitmentText.errors;

const count = z
  .string()
  .trim()
  .default('')
  .transform((s, ctx) => {
    if (s === '') return 0;
    if (!/^\d{1,6}$/.test(s)) {
      ctx.addIssue({ code: 'custom', message: t.count });
      return z.NEVER;
    }
    return Number(s);
  });

/** Months with a decimal comma or point ('4,5'), 0 or more, at most two decimals. */
const months = z
  .string()
  .trim()
  .default('')
  .transform((s, ctx) => {
    if (s === '') return 0;
    const normal = s.replace(',', '.');
    if (!/^\d{1,5}(\.\d{1,2})?$/.test(normal)) {
      ctx.addIssue({ code: 'custom', message: t.personMonths });
      return z.NEVER;
    }
    return Number(normal);
  });

const NOTE_MAX = 500;

/**
 * A fulfilment report as the supplier or the buyer sends it (the labour-market unit comes with the
 * agreements): counts and the day it happened, and a short note that must not hold a personnummer (the platform keeps no personal data
 * about participants, DESIGN §4).
 */
export const reportSchema = z
  .object({
    on: z
      .string({ error: () => t.date })
      .trim()
      .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), { error: () => t.date })
      .refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isIsoDate(v), { error: () => t.noSuchDate }),
    offered: count,
    started: count,
    completed: count,
    becameEmployment: count,
    personMonths: months,
    note: z
      .string()
      .trim()
      .max(NOTE_MAX, { error: () => t.tooLong(NOTE_MAX) })
      .refine((s) => !containsPersonalNumber(s), { error: () => t.personalNumber })
      .default(''),
  })
  .superRefine((v, ctx) => {
    if (v.offered + v.started + v.completed + v.becameEmployment + v.personMonths === 0) {
      ctx.addIssue({ code: 'custom', path: ['started'], message: t.nothingReported });
    }
  })
  .transform((v): FulfilmentReport & { note: string } => v);
