import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from './password.js';
import { ROLES } from './roles.js';

/** Input schemas of the account forms, with the Swedish messages the form shows. */
export const emailSchema = z
  .string({ error: 'Skriv din e-postadress.' })
  .trim()
  .toLowerCase()
  .min(1, 'Skriv din e-postadress.')
  .max(254, 'E-postadressen är för lång.')
  .email('Skriv e-postadressen som namn@exempel.se.');

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: 'Skriv ditt lösenord.' }).min(1, 'Skriv ditt lösenord.').max(500),
});

const password = z
  .string({ error: 'Välj ett lösenord.' })
  .min(PASSWORD_MIN_LENGTH, `Lösenordet måste ha minst ${PASSWORD_MIN_LENGTH} tecken.`)
  .max(200, 'Lösenordet får ha högst 200 tecken.');

export const newPasswordSchema = z
  .object({ password, password2: z.string({ error: 'Skriv lösenordet en gång till.' }) })
  .refine((v) => v.password === v.password2, { path: ['password2'], message: 'Lösenorden är inte lika.' });

export const nameSchema = z
  .string({ error: 'Skriv ditt namn.' })
  .trim()
  .min(2, 'Skriv ditt namn.')
  .max(120, 'Namnet får ha högst 120 tecken.');

export const firstAdminSchema = z
  .object({
    email: emailSchema,
    name: nameSchema,
    password,
    password2: z.string({ error: 'Skriv lösenordet en gång till.' }),
  })
  .refine((v) => v.password === v.password2, { path: ['password2'], message: 'Lösenorden är inte lika.' });

export const inviteAcceptSchema = z
  .object({ name: nameSchema, password, password2: z.string({ error: 'Skriv lösenordet en gång till.' }) })
  .refine((v) => v.password === v.password2, { path: ['password2'], message: 'Lösenorden är inte lika.' });

export const forgotSchema = z.object({ email: emailSchema });

export const roleSchema = z.enum(ROLES, { error: 'Välj en roll.' });
