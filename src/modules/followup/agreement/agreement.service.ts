import type { CurrentUser } from '../../../platform/auth/roles.js';
import { audit } from '../../../platform/audit/audit.service.js';
import { isoDate } from '../../../platform/calendar.js';
import type { FieldError } from '../../../platform/http/errors.js';
import { suppliersByText, supplierById, type Supplier } from '../../register/index.js';
import type { FollowupContext } from '../db.js';
import { isAdaptation, isTargetGroup } from './agreement.choices.js';
import {
  insertAgreement,
  selectAgreement,
  selectAgreements,
  selectAgreementsOfEnterprise,
  updateAgreement,
  type AgreementRow,
} from './agreement.repository.js';
import { agreementText } from './agreement.text.js';
import type { Agreement, AgreementTerms } from './agreement.types.js';

/**
 * Work-training agreements (issue 12 §4). A coordinator registers and changes those of their
 * own organisation; an administrator sees and changes all, and registers for their own
 * organisation. Buyers reach /uppfoljning for the contracts but not these: the access rule of
 * /uppfoljning/arbetstraning says so, and the service asks again for the single agreement.
 */

export function toAgreement(r: AgreementRow): Agreement {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    enterprise: { id: r.enterprise_id, orgnr: r.enterprise_orgnr, name: r.enterprise_name },
    diaryNumber: r.diary_number,
    municipalityCode: r.municipality_code,
    starts: r.starts_on,
    ends: r.ends_on,
    places: r.places,
    supervisors: r.supervisors,
    // Codes dropped from the lists later are not shown as if they were still offered.
    targetGroups: r.target_groups.filter(isTargetGroup),
    adaptations: r.adaptations.filter(isAdaptation),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Whether the user may register agreements: a coordinator or an administrator with an organisation. */
export function mayRegister(user: CurrentUser): boolean {
  return (user.role === 'coordinator' || user.role === 'admin') && user.organisationId !== null;
}

function mayChange(user: CurrentUser, a: Agreement): boolean {
  if (user.role === 'admin') return true;
  return user.role === 'coordinator' && user.organisationId === a.organisationId;
}

/** The agreements the user sees: an administrator all, a coordinator their organisation's, anyone else none. */
export async function agreementsFor(ctx: FollowupContext, user: CurrentUser): Promise<Agreement[]> {
  if (user.role === 'admin') return (await selectAgreements(ctx.db, null)).map(toAgreement);
  if (user.role !== 'coordinator' || user.organisationId === null) return [];
  return (await selectAgreements(ctx.db, user.organisationId)).map(toAgreement);
}

/** One agreement, when the user may see and change it; null otherwise (never saying whose it is). */
export async function agreementFor(ctx: FollowupContext, user: CurrentUser, id: number): Promise<Agreement | null> {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const row = await selectAgreement(ctx.db, id);
  const a = row ? toAgreement(row) : null;
  return a && mayChange(user, a) ? a : null;
}

/** An enterprise's own agreements, with any organisation (its page on /mitt-foretag). */
export async function agreementsOfEnterprise(ctx: FollowupContext, enterpriseId: number): Promise<Agreement[]> {
  return (await selectAgreementsOfEnterprise(ctx.db, enterpriseId)).map(toAgreement);
}

export type EnterpriseLookup =
  { ok: true; enterprise: Supplier } | { ok: false; error: FieldError; candidates: Supplier[] };

/**
 * The enterprise the coordinator means: the one they picked among candidates, else what they
 * typed (an org.nr, or part of a name that only one published enterprise has).
 */
export async function lookUpEnterprise(
  ctx: FollowupContext,
  typed: string,
  pickedId: string | undefined,
): Promise<EnterpriseLookup> {
  const t = agreementText.errors;
  const today = isoDate(ctx.now());
  if (pickedId && /^\d{1,9}$/.test(pickedId)) {
    const picked = await supplierById(ctx.db, Number(pickedId), today);
    if (picked) return { ok: true, enterprise: picked };
  }
  if (typed.trim() === '')
    return { ok: false, error: { field: 'enterprise', message: t.enterpriseMissing }, candidates: [] };
  const found = await suppliersByText(ctx.db, typed, today);
  if (found.length === 1) return { ok: true, enterprise: found[0]! };
  if (found.length === 0)
    return { ok: false, error: { field: 'enterprise', message: t.enterpriseUnknown }, candidates: [] };
  return { ok: false, error: { field: 'enterpriseId', message: t.enterprisePick }, candidates: found };
}

const rowValues = (terms: AgreementTerms) => ({
  diary_number: terms.diaryNumber,
  municipality_code: terms.municipalityCode,
  starts_on: terms.starts,
  ends_on: terms.ends,
  places: terms.places,
  supervisors: terms.supervisors,
  target_groups: terms.targetGroups,
  adaptations: terms.adaptations,
});

/** Registers an agreement for the user's organisation, in one transaction with its audit event. */
export async function registerAgreement(
  ctx: FollowupContext,
  user: CurrentUser,
  enterprise: Pick<Supplier, 'id' | 'orgnr' | 'name'>,
  terms: AgreementTerms,
): Promise<number> {
  if (!mayRegister(user)) throw new Error('registerAgreement: the user may not register agreements');
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertAgreement(trx, {
      organisation_id: user.organisationId!,
      enterprise_id: enterprise.id,
      enterprise_orgnr: enterprise.orgnr,
      enterprise_name: enterprise.name,
      ...rowValues(terms),
      created_by: user.id,
      created_at: now,
      updated_at: now,
    });
    await audit(trx, {
      at: now,
      actor: user,
      action: 'training_agreement_saved',
      subject: `${terms.diaryNumber} (${enterprise.orgnr})`,
      details: { trainingAgreement: id, trainingPlaces: terms.places },
    });
    return id;
  });
}

/** Changes an agreement's terms (never its parties), with its audit event; false when the user may not. */
export async function changeAgreement(
  ctx: FollowupContext,
  user: CurrentUser,
  id: number,
  terms: AgreementTerms,
): Promise<boolean> {
  const a = await agreementFor(ctx, user, id);
  if (!a) return false;
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await updateAgreement(trx, id, { ...rowValues(terms), updated_at: now });
    await audit(trx, {
      at: now,
      actor: user,
      action: 'training_agreement_saved',
      subject: `${terms.diaryNumber} (${a.enterprise.orgnr})`,
      details: { trainingAgreement: id, trainingPlaces: terms.places },
    });
  });
  return true;
}
