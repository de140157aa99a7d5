import { z } from 'zod';
import { normaliseCpv } from '../../../platform/reference/cpv.js';
import { shippedCpvByCode } from '../../../platform/reference/cpv.vocabulary.js';
import { settingsText } from './settings.text.js';

const t = settingsText.errors;
const source = z
  .string({ error: () => t.source })
  .trim()
  .min(1, { error: () => t.source })
  .max(500, { error: () => t.tooLong(500) });

export const limitSchema = z.object({
  year: z.coerce
    .number({ error: () => t.year })
    .int({ error: () => t.year })
    .min(2000, { error: () => t.year })
    .max(2100, { error: () => t.year }),
  kind: z.enum(['social_services', 'general'], { error: () => t.kind }),
  amount: z
    .string({ error: () => t.amount })
    .transform((s) => s.replace(/[\s\u00a0\u202f]|kr$/gi, ''))
    .refine((s) => /^\d{1,13}$/.test(s), { error: () => t.amount })
    .transform(Number),
  source,
});

export const removeLimitSchema = limitSchema.pick({ year: true, kind: true });

export const codeListSchema = z
  .object({
    codes: z.string().max(50_000).default(''),
    source: z
      .string()
      .trim()
      .max(500, { error: () => t.tooLong(500) })
      .default(''),
  })
  .transform((v, ctx) => {
    const codes: string[] = [];
    for (const token of v.codes.split(/[\s,;]+/).filter(Boolean)) {
      const code = normaliseCpv(token);
      if (!code) ctx.addIssue({ code: 'custom', path: ['codes'], message: t.cpvFormat(token) });
      else if (!shippedCpvByCode(code)) ctx.addIssue({ code: 'custom', path: ['codes'], message: t.cpvUnknown(code) });
      else if (!codes.includes(code)) codes.push(code);
    }
    if (codes.length > 0 && !v.source) ctx.addIssue({ code: 'custom', path: ['source'], message: t.source });
    return { codes: codes.sort(), source: v.source };
  });
