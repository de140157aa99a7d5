import { z } from 'zod';
import { listingText } from './listing.text.js';

const t = listingText.errors;

const text = (missing: () => string) =>
  z
    .string({ error: missing })
    .trim()
    .min(2, { error: missing })
    .max(200, { error: () => t.tooLong });

/** What a coordinator who chose to be listed on /samordnare gives beside their name and e-mail. */
export const listingSchema = z.object({
  organisation: text(() => t.organisation),
  area: text(() => t.area),
  phone: z
    .string()
    .trim()
    .max(30, { error: () => t.phone })
    // Digits with the usual separators, and enough of them to be a number someone can call.
    .refine((v) => v === '' || (/^\+?[\d\s()-]+$/.test(v) && v.replace(/\D/g, '').length >= 5), {
      error: () => t.phone,
    })
    .optional()
    .transform((v) => (v ? v : null)),
});
export type ListingInput = z.infer<typeof listingSchema>;
