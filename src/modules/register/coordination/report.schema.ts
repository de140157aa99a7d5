import { z } from 'zod';
import { containsPersonalNumber } from '../../../platform/privacy/personal-number.js';
import { reportText } from './report.text.js';
import { REPORT_TOPICS } from './report.topics.js';

const t = reportText.errors;

export const REPORT_MAX_LENGTH = 2000;

/** "Rapportera fel uppgift": what is wrong, and where an answer may go (optional). */
export const reportSchema = z.object({
  topic: z.enum(REPORT_TOPICS, { error: () => t.topic }),
  message: z
    .string({ error: () => t.messageMissing })
    .trim()
    .min(1, { error: () => t.messageMissing })
    .min(10, { error: () => t.messageShort })
    .max(REPORT_MAX_LENGTH, { error: () => t.messageLong })
    .refine((text) => !containsPersonalNumber(text), { error: () => t.personalNumber }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, { error: () => t.email })
    .refine((v) => v === '' || z.email().safeParse(v).success, { error: () => t.email })
    .optional()
    .transform((v) => (v ? v : null)),
});
export type ReportInput = z.infer<typeof reportSchema>;
