import { z } from 'zod';
import { emailSchema, nameSchema, newPasswordSchema } from '../../../platform/auth/auth.schema.js';
import { orgnrSchema } from '../enterprise/enterprise.schema.js';
import { registrationText as t } from './registration.text.js';

/**
 * What `/registrera` asks for. The contact person's address and password follow the same rules as
 * every other account (auth.schema.ts); the org.nr the same rules as the register (Luhn, legal person).
 */
export const registrationSchema = z
  .object({
    orgnr: z
      .string({ error: () => t.form.orgnrRequired })
      .trim()
      .min(1, { error: () => t.form.orgnrRequired })
      .pipe(orgnrSchema),
    name: z
      .string({ error: () => t.form.nameRequired })
      .trim()
      .min(2, { error: () => t.form.nameRequired })
      .max(200, { error: () => t.form.nameTooLong }),
    contactName: nameSchema,
    email: emailSchema,
    ...newPasswordSchema.shape,
  })
  .refine((v) => v.password === v.password2, { path: ['password2'], error: () => t.form.passwordsDiffer });
export type RegistrationInput = z.infer<typeof registrationSchema>;

export const newLinkSchema = z.object({ email: emailSchema });
