import { isDeepStrictEqual } from 'node:util';
import { audit } from '../../../platform/audit/audit.service.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { findUserById } from '../../../platform/auth/user.repository.js';
import { baseUrl } from '../../../platform/config/config.js';
import { AppError } from '../../../platform/http/errors.js';
import { queueMail } from '../../../platform/mail/mail.service.js';
import { noticeSubmitted } from '../coordination/notice.service.js';
import { STEP_GROUPS, STEPS, type Step, type StepPatch } from './editor.schema.js';
import { editorText as t } from './editor.text.js';
import { findAggregateByOrgnr } from '../enterprise/enterprise.repository.js';
import { factsOf, toEnterprise } from '../enterprise/enterprise.service.js';
import { updateWorkflow } from '../enterprise/history.repository.js';
import {
  findEnterpriseRef,
  latestDecision,
  lockEnterpriseRef,
  type EnterpriseRef,
  type LatestDecision,
} from '../registration/registration.repository.js';
import { isEmailConfirmed } from '../registration/registration.service.js';
import {
  requireWorkflow,
  toWorkflow,
  transition,
  updateFacts,
  type EnterpriseWorkflow,
} from '../enterprise/workflow.service.js';
import type { RegisterContext } from '../db.js';

/**
 * What an enterprise editor does with their own enterprise: read where it stands, save the steps
 * of the form, send it in. Every function takes the signed-in user and only ever touches
 * `user.enterpriseId`: the pages have no org.nr in their addresses, so there is nothing to swap.
 */

/** The editor's enterprise, or null when the account belongs to none (or it no longer exists). */
export async function ownEnterprise(ctx: RegisterContext, user: CurrentUser): Promise<EnterpriseWorkflow | null> {
  if (user.enterpriseId === null) return null;
  const ref = await findEnterpriseRef(ctx.db, user.enterpriseId);
  return ref ? requireWorkflow(ctx, ref.orgnr) : null;
}

/** Whether each step has what it asks for. Steps 4 and 5 may rightly be empty: saving them is the answer. */
export function stepsDone(w: EnterpriseWorkflow): Record<Step, boolean> {
  const e = w.enterprise;
  return {
    1: w.registrationStep >= 1 && e.description.trim() !== '',
    2: e.offerings.length > 0 && e.operatingAreas.length > 0,
    3: e.employees !== null,
    4: w.registrationStep >= 4 || e.trainingPlaces !== null,
    5: w.registrationStep >= 5 || e.certifications.length > 0,
  };
}

/** Keys of editorText.submit.missing for what still stands between a draft and sending it in. */
export function missingForSubmit(w: EnterpriseWorkflow): string[] {
  const e = w.enterprise;
  const done = stepsDone(w);
  const missing: string[] = [];
  if (!done[1]) missing.push('step1');
  if (e.offerings.length === 0) missing.push('offerings');
  if (e.operatingAreas.length === 0) missing.push('areas');
  if (!done[3]) missing.push('employees');
  if (!done[4]) missing.push('step4');
  if (!done[5]) missing.push('step5');
  return missing;
}

/** Where "continue where you left off" goes: the first step not done, or the summary. */
export function nextStepOf(w: EnterpriseWorkflow): Step | null {
  const done = stepsDone(w);
  return STEPS.find((s) => !done[s]) ?? null;
}

export interface EditorHome {
  workflow: EnterpriseWorkflow;
  emailConfirmed: boolean;
  decision: LatestDecision | null;
  done: Record<Step, boolean>;
  next: Step | null;
}

export async function editorHome(ctx: RegisterContext, user: CurrentUser, w: EnterpriseWorkflow): Promise<EditorHome> {
  const [emailConfirmed, decision] = await Promise.all([isEmailConfirmed(ctx, user.id), latestDecision(ctx.db, w.id)]);
  return { workflow: w, emailConfirmed, decision: decision ?? null, done: stepsDone(w), next: nextStepOf(w) };
}

function noEnterprise(): AppError {
  return new AppError('forbidden', t.home.noEnterprise);
}

async function lockOwn(trx: Parameters<typeof lockEnterpriseRef>[0], user: CurrentUser): Promise<EnterpriseRef> {
  const ref = user.enterpriseId === null ? undefined : await lockEnterpriseRef(trx, user.enterpriseId);
  if (!ref) throw noEnterprise();
  return ref;
}

/**
 * Saves one step: the step's facts replace the saved ones, the rest stay. A published profile
 * changes at once; `flagged` lists changed facts the criteria rest on, which a coordinator will
 * see. The enterprise row is locked first, so two tabs saving different steps both count.
 * Refused while pending: a coordinator is deciding on the facts as sent in, and approval must not
 * publish facts nobody has read (flags only exist after publication). Withdrawing comes first.
 */
export async function saveStep(
  ctx: RegisterContext,
  user: CurrentUser,
  step: Step,
  patch: StepPatch,
): Promise<{ flagged: string[]; status: string }> {
  return ctx.db.transaction().execute(async (trx) => {
    const ref = await lockOwn(trx, user);
    if (ref.status === 'archived') throw new AppError('forbidden', t.archived.text);
    if (ref.status === 'pending') throw new AppError('forbidden', t.pending.text);
    const agg = await findAggregateByOrgnr(trx, ref.orgnr);
    if (!agg) throw noEnterprise();
    const current = factsOf(toEnterprise(agg));
    const next = { ...current, ...patch };
    let flagged: string[] = [];
    // Saving a step unchanged (clicking through) is not a change: no version, nothing to review.
    if (!isDeepStrictEqual(current, next)) {
      ({ flagged } = await updateFacts(ctx, user, ref.orgnr, next, {
        source: 'enterprise',
        groups: STEP_GROUPS[step],
        trx,
      }));
    }
    if (step > ref.registrationStep) await updateWorkflow(trx, ref.id, { registration_step: step });
    return { flagged, status: ref.status };
  });
}

/**
 * Sends a draft in for verification: status pending, the time it was sent, a version, and a
 * receipt by e-mail, in one transaction. Refused until the editor's address is confirmed.
 */
export async function submitForVerification(ctx: RegisterContext, user: CurrentUser): Promise<void> {
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const ref = await lockOwn(trx, user);
    if (ref.status !== 'draft') throw new AppError('conflict', t.submit.notDraft);
    if (!(await findUserById(trx, user.id))?.email_confirmed_at) throw new AppError('forbidden', t.submit.emailFirst);
    const agg = await findAggregateByOrgnr(trx, ref.orgnr);
    if (!agg) throw noEnterprise();
    const w = toWorkflow(agg);
    const missing = missingForSubmit(w);
    if (missing.length > 0) {
      const fields = missing.map((key) => ({ field: key, message: t.submit.missing[key] ?? key }));
      throw new AppError('invalid_form', fields[0]!.message, fields);
    }
    await transition(trx, ctx, user, { id: ref.id, status: 'draft' }, 'submitted', {
      status: 'pending',
      submitted_at: now,
    });
    await noticeSubmitted(trx, ctx, { name: w.enterprise.name, orgnr: ref.orgnr });
    await queueMail(trx, now, {
      to: user.email,
      subject: t.submit.mailSubject,
      text: t.submit.mailText(w.enterprise.name, `${baseUrl(ctx.config)}/mitt-foretag`),
    });
    await audit(trx, { at: now, actor: user, action: 'enterprise_submitted', subject: ref.orgnr });
  });
}

/**
 * Takes a submitted enterprise back to draft so that the editor can change it (nothing may change
 * while pending) and send it in again. The row is locked like every other editor write, so a
 * coordinator's decision and a withdrawal happen one after the other, never both on one state.
 */
export async function withdrawSubmission(ctx: RegisterContext, user: CurrentUser): Promise<void> {
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const ref = await lockOwn(trx, user);
    if (ref.status !== 'pending') throw new AppError('conflict', t.pending.notPending);
    await transition(trx, ctx, user, { id: ref.id, status: 'pending' }, 'withdrawn', { status: 'draft' });
    await audit(trx, { at: now, actor: user, action: 'enterprise_withdrawn', subject: ref.orgnr });
  });
}
