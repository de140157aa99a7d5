import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from './password.js';
import { ROLES } from './roles.js';
import { authText } from './auth.text.js';

const t = authText.form;

/** Input schemas of the account forms; the messages the form shows are in the catalogue (auth.sv.ts). */
export const emailSchema = z
  .string({ error: () => t.email })
  .trim()
  .toLowerCase()
  .min(1, { error: () => t.email })
  .max(254, { error: () => t.emailLong })
  .email({ error: () => t.emailFormat });

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: () => t.password })
    .min(1, { error: () => t.password })
    .max(500),
});

const password = z
  .string({ error: () => t.choosePassword })
  .min(PASSWORD_MIN_LENGTH, { error: () => t.passwordShort(PASSWORD_MIN_LENGTH) })
  .max(200, { error: () => t.passwordLong });

export const newPasswordSchema = z
  .object({ password, password2: z.string({ error: () => t.password2 }) })
  .refine((v) => v.password === v.password2, { path: ['password2'], error: () => t.passwordsDiffer });

export const nameSchema = z
  .string({ error: () => t.name })
  .trim()
  .min(2, { error: () => t.name })
  .max(120, { error: () => t.nameLong });

export const firstAdminSchema = z
  .object({
    email: emailSchema,
    name: nameSchema,
    password,
    password2: z.string({ error: () => t.password2 }),
  })
  .refine((v) => v.password === v.password2, { path: ['password2'], error: () => t.passwordsDiffer });

export const inviteAcceptSchema = z
  .object({ name: nameSchema, password, password2: z.string({ error: () => t.password2 }) })
  .refine((v) => v.password === v.password2, { path: ['password2'], error: () => t.passwordsDiffer });

export const forgotSchema = z.object({ email: emailSchema });

export const roleSchema = z.enum(ROLES, { error: () => t.role });
