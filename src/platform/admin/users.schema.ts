import { z } from 'zod';
import { roleSchema } from '../auth/auth.schema.js';
import { authText } from '../auth/auth.text.js';
import { adminText as t } from './admin.text.js';

/** Input of the admin forms: invite a user, change a user, add an organisation. */
export const ORGANISATION_KINDS = [
  'kommun',
  'region',
  'bolag',
  'samordningsforbund',
  'ame',
  'intresseorganisation',
  'annan',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** A field left empty (or a select on its empty choice) is null. */
const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => (v ? v : null));

const emptyIsUndefined = (v: unknown) => (v === '' ? undefined : v);

/** Role and what the user belongs to: an organisation (existing or new) or an enterprise. */
const belongingShape = {
  role: roleSchema,
  /** '' = none, 'ny' = a new one described by the two fields below, else an organisation's id. */
  organisation: z
    .string()
    .regex(/^(|ny|[1-9]\d{0,8})$/, t.errors.chooseOrganisation)
    .optional()
    .transform((v) => v ?? ''),
  newOrganisationName: optionalText(200, t.errors.nameLong),
  newOrganisationKind: z.preprocess(
    emptyIsUndefined,
    z.enum(ORGANISATION_KINDS, { error: () => t.errors.newOrganisationKind }).optional(),
  ),
  orgnr: optionalText(20, t.errors.orgnrLong),
};

type Belonging = z.infer<z.ZodObject<typeof belongingShape>>;

/** What each role must be given; checked after the fields themselves are valid. */
function checkBelonging(v: Belonging, ctx: z.RefinementCtx): void {
  const needsOrganisation = v.role === 'buyer' || v.role === 'coordinator';
  if (v.role === 'buyer' && v.organisation === '') {
    ctx.addIssue({ code: 'custom', path: ['organisation'], message: t.errors.chooseOrganisation });
  }
  if (needsOrganisation && v.organisation === 'ny') {
    if (!v.newOrganisationName) {
      ctx.addIssue({ code: 'custom', path: ['newOrganisationName'], message: t.errors.newOrganisationName });
    }
    if (!v.newOrganisationKind) {
      ctx.addIssue({ code: 'custom', path: ['newOrganisationKind'], message: t.errors.newOrganisationKind });
    }
  }
  if (v.role === 'enterprise_editor' && !v.orgnr) {
    ctx.addIssue({ code: 'custom', path: ['orgnr'], message: t.errors.orgnrMissing });
  }
}

export const belongingSchema = z.object(belongingShape).superRefine(checkBelonging);
export type BelongingInput = z.infer<typeof belongingSchema>;

export const inviteSchema = z
  .object({
    email: z
      .string({ error: () => t.errors.email })
      .trim()
      .toLowerCase()
      .min(1, { error: () => t.errors.email })
      .max(254, { error: () => authText.form.emailLong })
      .email({ error: () => authText.form.emailFormat }),
    name: optionalText(120, authText.form.nameLong),
    ...belongingShape,
  })
  .superRefine(checkBelonging);
export type InviteInput = z.infer<typeof inviteSchema>;

export const userActionSchema = z.object({
  atgard: z.enum(['roll', 'sparra', 'aktivera', 'bjud-in-igen'], { error: () => t.edit.unknownAction }),
});

export const organisationSchema = z.object({
  name: z
    .string({ error: () => t.errors.organisationName })
    .trim()
    .min(2, { error: () => t.errors.organisationName })
    .max(200, { error: () => t.errors.nameLong }),
  kind: z.enum(ORGANISATION_KINDS, { error: () => t.errors.organisationKind }),
  county: z.preprocess(
    emptyIsUndefined,
    z
      .string()
      .regex(/^\d{2}$/, { error: () => t.errors.county })
      .optional(),
  ),
  municipality: z.preprocess(
    emptyIsUndefined,
    z
      .string()
      .regex(/^\d{4}$/, { error: () => t.errors.municipality })
      .optional(),
  ),
});
export type OrganisationInput = z.infer<typeof organisationSchema>;
