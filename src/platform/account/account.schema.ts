import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from '../auth/password.js';
import { authText } from '../auth/auth.text.js';
import { accountText as t } from './account.text.js';

/** Input of the forms on /konto. */
export const nameSchema = z.object({
  name: z
    .string({ error: () => t.errors.name })
    .trim()
    .min(2, { error: () => t.errors.name })
    .max(120, { error: () => t.errors.nameLong }),
});

export const passwordChangeSchema = z
  .object({
    current: z
      .string({ error: () => t.errors.current })
      .min(1, { error: () => t.errors.current })
      .max(500),
    password: z
      .string({ error: () => t.errors.newPassword })
      .min(PASSWORD_MIN_LENGTH, { error: () => authText.form.passwordShort(PASSWORD_MIN_LENGTH) })
      .max(200, { error: () => authText.form.passwordLong }),
    password2: z.string({ error: () => t.errors.newPassword2 }),
  })
  .refine((v) => v.password === v.password2, { path: ['password2'], error: () => authText.form.passwordsDiffer });

export const deleteSchema = z.object({
  confirm: z.literal('1', { error: () => t.errors.confirm }),
  password: z
    .string({ error: () => t.errors.current })
    .min(1, { error: () => t.errors.current })
    .max(500),
});
