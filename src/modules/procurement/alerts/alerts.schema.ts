import { z } from 'zod';
import { CATEGORY_SLUGS } from '../../../platform/reference/categories.js';
import { cpvListField, placesField, textField } from '../opportunity/opportunity.schema.js';
import { OPPORTUNITY_KINDS } from '../opportunity/opportunity.types.js';
import type { AlertSettings } from './alerts.follow.js';
import { alertsText } from './alerts.text.js';

const list = <T extends string>(values: readonly T[]) =>
  z
    .union([z.string(), z.array(z.string())])
    .default([])
    .transform((v) => (Array.isArray(v) ? v : [v]).filter((x): x is T => (values as readonly string[]).includes(x)));

/** The alert settings form; a chosen follow with nothing chosen is refused with a message. */
export const alertSchema = z
  .object({
    frequency: z.enum(['daily', 'weekly', 'off'], { error: () => alertsText.errors.choose }).default('daily'),
    follow: z.enum(['profile', 'chosen'], { error: () => alertsText.errors.choose }).default('profile'),
    cpv: cpvListField,
    categories: list(CATEGORY_SLUGS),
    places: placesField,
    words: textField(200),
    kinds: list(OPPORTUNITY_KINDS),
  })
  .superRefine((v, ctx) => {
    const nothing =
      v.cpv.length +
        v.categories.length +
        v.places.countyCodes.length +
        v.places.municipalityCodes.length +
        v.kinds.length ===
        0 && v.words === '';
    if (v.follow === 'chosen' && nothing) {
      ctx.addIssue({ code: 'custom', path: ['follow'], message: alertsText.errors.chosenEmpty });
    }
  })
  .transform((v): AlertSettings => ({
    frequency: v.frequency,
    follow: v.follow,
    cpv: v.cpv,
    categories: v.categories,
    countyCodes: v.places.countyCodes,
    municipalityCodes: v.places.municipalityCodes,
    words: v.words,
    kinds: v.kinds,
  }));
