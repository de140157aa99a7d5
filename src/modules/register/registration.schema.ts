import { z } from 'zod';
import { emailSchema, nameSchema, newPasswordSchema } from '../../platform/auth/auth.schema.js';
import { orgnrSchema } from './enterprise.schema.js';
import { registrationSv as t } from './registration.sv.js';

/**
 * What `/registrera` asks for. The contact person's address and password follow the same rules as
 * every other account (auth.schema.ts); the org.nr the same rules as the register (Luhn, legal person).
 */
export const registrationSchema = z
  .object({
    orgnr: z.string({ error: t.form.orgnrRequired }).trim().min(1, t.form.orgnrRequired).pipe(orgnrSchema),
    name: z.string({ error: t.form.nameRequired }).trim().min(2, t.form.nameRequired).max(200, t.form.nameTooLong),
    contactName: nameSchema,
    email: emailSchema,
    ...newPasswordSchema.shape,
  })
  .refine((v) => v.password === v.password2, { path: ['password2'], message: t.form.passwordsDiffer });
export type RegistrationInput = z.infer<typeof registrationSchema>;

/**
 * A posted form without NUL characters. No one types them, but a crafted request can send them,
 * and PostgreSQL refuses them in text: they would turn a bad request into a server error.
 */
export function withoutNul(body: unknown): unknown {
  if (!body || typeof body !== 'object') return body;
  const clean = (v: unknown): unknown =>
    typeof v === 'string' ? v.replaceAll('\u0000', '') : Array.isArray(v) ? v.map(clean) : v;
  return Object.fromEntries(Object.entries(body as Record<string, unknown>).map(([k, v]) => [k, clean(v)]));
}

export const newLinkSchema = z.object({ email: emailSchema });
