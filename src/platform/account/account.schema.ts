import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from '../auth/password.js';
import { accountText as t } from './account.text.js';

/** Input of the forms on /konto. */
export const nameSchema = z.object({
  name: z.string({ error: t.errors.name }).trim().min(2, t.errors.name).max(120, t.errors.nameLong),
});

export const passwordChangeSchema = z
  .object({
    current: z.string({ error: t.errors.current }).min(1, t.errors.current).max(500),
    password: z
      .string({ error: 'Välj ett nytt lösenord.' })
      .min(PASSWORD_MIN_LENGTH, `Lösenordet måste ha minst ${PASSWORD_MIN_LENGTH} tecken.`)
      .max(200, 'Lösenordet får ha högst 200 tecken.'),
    password2: z.string({ error: 'Skriv det nya lösenordet en gång till.' }),
  })
  .refine((v) => v.password === v.password2, { path: ['password2'], message: 'Lösenorden är inte lika.' });

export const deleteSchema = z.object({
  confirm: z.literal('1', { error: t.errors.confirm }),
  password: z.string({ error: t.errors.current }).min(1, t.errors.current).max(500),
});
