import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from '../auth/password.js';
import { authSv } from '../auth/auth.sv.js';
import { accountSv as t } from './account.sv.js';

/** Input of the forms on /konto. */
export const nameSchema = z.object({
  name: z.string({ error: t.errors.name }).trim().min(2, t.errors.name).max(120, t.errors.nameLong),
});

export const passwordChangeSchema = z
  .object({
    current: z.string({ error: t.errors.current }).min(1, t.errors.current).max(500),
    password: z
      .string({ error: t.errors.newPassword })
      .min(PASSWORD_MIN_LENGTH, authSv.form.passwordShort(PASSWORD_MIN_LENGTH))
      .max(200, authSv.form.passwordLong),
    password2: z.string({ error: t.errors.newPassword2 }),
  })
  .refine((v) => v.password === v.password2, { path: ['password2'], message: authSv.form.passwordsDiffer });

export const deleteSchema = z.object({
  confirm: z.literal('1', { error: t.errors.confirm }),
  password: z.string({ error: t.errors.current }).min(1, t.errors.current).max(500),
});
