import { z } from 'zod';
import { textField } from '../opportunity/opportunity.schema.js';
import { interestText } from './interest.text.js';

const t = interestText.errors;
const position = z.coerce.number().int().min(1).max(1000);
const flag = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (Array.isArray(v) ? v.includes('1') : v === '1'));

/** The interest page's four forms, told apart by the button pressed (`action`). */
export const interestSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('save'),
    lot: position,
    message: textField(500),
    showBuyer: flag,
    jointBid: flag,
  }),
  z.object({ action: z.literal('withdraw'), lot: position }),
  z.object({
    action: z.literal('contact'),
    lot: position,
    partner: z.coerce.number().int().min(1),
    message: textField(2000).refine((s) => s !== '', { error: () => t.contact }),
  }),
  z.object({
    action: z.literal('rsvp'),
    persons: z
      .string()
      .trim()
      .regex(/^\d{1,2}$/, { error: () => t.persons })
      .transform(Number)
      .refine((n) => n <= 20, { error: () => t.persons }),
  }),
]);

export type InterestForm = z.infer<typeof interestSchema>;
