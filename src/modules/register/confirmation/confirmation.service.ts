import type { Transaction } from 'kysely';
import type { Actor } from '../../../platform/audit/audit.service.js';
import { signingSecret } from '../../../platform/auth/secret.js';
import { signToken, verifyToken } from '../../../platform/auth/tokens.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { usersOfEnterprise } from '../../../platform/auth/user.repository.js';
import { baseUrl } from '../../../platform/config/config.js';
import { AppError } from '../../../platform/http/errors.js';
import { formatDate } from '../../../platform/i18n/format.js';
import { queueMail } from '../../../platform/mail/mail.service.js';
import {
  findForConfirmation,
  listScanCandidates,
  lockForConfirmation,
  type ConfirmationRow,
} from './confirmation.repository.js';
import { confirmationText } from './confirmation.text.js';
import { PUBLIC_STATUSES, type EnterpriseStatus } from '../enterprise/enterprise.types.js';
import { updateWorkflow } from '../enterprise/history.repository.js';
import { getWorkflow, transition, type EnterpriseWorkflow } from '../enterprise/workflow.service.js';
import type { RegisterContext, RegisterDB } from '../db.js';
import { registerText } from '../register.text.js';
import { addMonths } from '../../../platform/calendar.js';

/**
 * The yearly confirmation as data, in one place (issue 3 item 5; DESIGN §4: a published profile
 * moves to needs_reverification twelve months after its last verification or confirmation).
 * The reference date is the later of verified_at and confirmed_at.
 */
export const CONFIRMATION_RULES = {
  /** The first e-mail, with the one-click link, goes out this long after the reference date. */
  askAfterMonths: 11,
  /** Then the profile is shown as not confirmed (needs_reverification) and a second e-mail goes out. */
  lapseAfterMonths: 12,
  /** Reminders after that, this many days apart … */
  reminderIntervalDays: 14,
  /** … and at most this many. */
  maxReminders: 3,
  /** How long a one-click link works. */
  linkValidDays: 60,
  source: 'Issue 3 punkt 5 (årlig bekräftelse); DESIGN §4 (published → needs_reverification efter 12 månader)',
} as const;

export const CONFIRM_TOKEN_PURPOSE = 'confirm_enterprise';

/**
 * reminder_count counts the e-mails about confirmation since the reference date, and so says how
 * far an enterprise has come: 1 = the eleven-month notice, 2 = the twelve-month notice (the
 * profile has lapsed), 3 and on = the reminders after it.
 */
const LAPSED_STAGE = 2;
const LAST_STAGE = LAPSED_STAGE + CONFIRMATION_RULES.maxReminders;
const DAY_MS = 24 * 60 * 60 * 1000;

const SCAN_ACTOR: Actor = { system: 'Årlig bekräftelse (automatisk)' };
const LINK_ACTOR: Actor = { system: 'Bekräftad med länk i e-post' };

export type ConfirmationStep = 'notice' | 'lapsed' | 'reminder';

/** When the profile lapses (and, after a confirmation, until when it is valid). */
export function dueDate(reference: Date): Date {
  return addMonths(reference, CONFIRMATION_RULES.lapseAfterMonths);
}

/**
 * How many e-mails have gone out for the current reference date. A count from before a newer
 * verification or confirmation does not count, whoever forgot to reset it.
 */
export function mailsSent(row: Pick<ConfirmationRow, 'reference' | 'remindedAt' | 'reminderCount'>): number {
  return row.remindedAt && row.remindedAt >= row.reference ? row.reminderCount : 0;
}

/** What the scan should do to an enterprise now, if anything. Pure: tested on its own. */
export function nextStep(
  row: Pick<ConfirmationRow, 'status' | 'reference' | 'remindedAt' | 'reminderCount'>,
  now: Date,
): ConfirmationStep | null {
  const sent = mailsSent(row);
  if (row.status === 'published') {
    if (now >= addMonths(row.reference, CONFIRMATION_RULES.lapseAfterMonths)) return 'lapsed';
    if (now >= addMonths(row.reference, CONFIRMATION_RULES.askAfterMonths) && sent === 0) return 'notice';
    return null;
  }
  if (row.status !== 'needs_reverification') return null;
  // Lapsed without the twelve-month e-mail (no address then, or set by hand): send it now.
  if (sent < LAPSED_STAGE) return 'lapsed';
  const nextReminder = row.remindedAt ? row.remindedAt.getTime() + CONFIRMATION_RULES.reminderIntervalDays * DAY_MS : 0;
  return sent < LAST_STAGE && now.getTime() >= nextReminder ? 'reminder' : null;
}

export interface ScanSummary {
  notices: number;
  lapsed: number;
  reminders: number;
  /** Enterprises with a step due but no editor account and no public e-mail. */
  withoutAddress: number;
}

/**
 * The daily scan. Each enterprise is handled in a transaction of its own that locks its row,
 * decides again, and writes the status, the count and the e-mails together: a second scan (or a
 * second worker) finds the count already raised and sends nothing twice. Demo enterprises are
 * skipped (the repository leaves them out): their addresses are fictional .example ones.
 */
export async function runConfirmationScan(ctx: RegisterContext): Promise<ScanSummary> {
  const now = ctx.now();
  const summary: ScanSummary = { notices: 0, lapsed: 0, reminders: 0, withoutAddress: 0 };
  // Eleven months are at least 334 days: a date filter the database can use, refined per row below.
  const candidates = await listScanCandidates(ctx.db, new Date(now.getTime() - 333 * DAY_MS));
  const secret = await signingSecret(ctx);
  const failures: string[] = [];
  for (const candidate of candidates) {
    if (!nextStep(candidate, now)) continue;
    // One enterprise's trouble (a broken address) must not hold up the rest of the register.
    try {
      const step = await ctx.db.transaction().execute((trx) => stepOne(trx, ctx, candidate.id, now, secret));
      if (step === 'no_address') summary.withoutAddress++;
      else if (step) summary[step === 'notice' ? 'notices' : step === 'lapsed' ? 'lapsed' : 'reminders']++;
    } catch (e) {
      failures.push(`${candidate.orgnr}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  // The job is tried again later (sending nothing twice); the message says who is stuck.
  if (failures.length > 0) {
    throw new Error(`Årlig bekräftelse: ${failures.length} företag kunde inte behandlas (${failures.join('; ')})`);
  }
  return summary;
}

/** Locks one enterprise, decides again and writes status, count and e-mails together. */
async function stepOne(
  trx: Transaction<RegisterDB>,
  ctx: RegisterContext,
  id: number,
  now: Date,
  secret: string,
): Promise<ConfirmationStep | 'no_address' | null> {
  const row = await lockForConfirmation(trx, { id });
  const step = row && !row.isDemo ? nextStep(row, now) : null;
  if (!row || !step) return null;
  const recipients = await recipientsOf(trx, row);
  // Without an address nothing is counted as sent; the status still moves at twelve months.
  const mailPatch =
    recipients.length > 0
      ? { reminded_at: now, reminder_count: step === 'lapsed' ? LAPSED_STAGE : mailsSent(row) + 1 }
      : {};
  if (step === 'lapsed' && row.status === 'published') {
    await transition(trx, ctx, SCAN_ACTOR, { id: row.id, status: 'published' }, 'needs_reverification', {
      status: 'needs_reverification',
      ...mailPatch,
    });
  } else {
    await updateWorkflow(trx, row.id, mailPatch);
  }
  const mail = composeMail(ctx, step, row, now, secret);
  for (const to of recipients) await queueMail(trx, now, { to, ...mail });
  return recipients.length > 0 ? step : 'no_address';
}

/** Every editor account of the enterprise; if it has none, its public e-mail address. */
async function recipientsOf(trx: Transaction<RegisterDB>, row: ConfirmationRow): Promise<string[]> {
  const editors = [...new Set((await usersOfEnterprise(trx, row.id)).map((u) => u.email))].filter(looksLikeAddress);
  if (editors.length > 0) return editors;
  return row.email && looksLikeAddress(row.email) ? [row.email.trim()] : [];
}

/** The outbox refuses anything else; an imported contact field may hold a name or a phone number. */
function looksLikeAddress(s: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(s.trim());
}

/**
 * The signed one-click link. The reference date in it makes it useless after a newer
 * confirmation. Its length is fixed (180 characters): the router takes path parameters of up to
 * 200 (maxParamLength in app.ts), so anything added to the data must stay small.
 */
export function confirmationToken(secret: string, row: Pick<ConfirmationRow, 'orgnr' | 'reference'>, expiresAt: Date) {
  return signToken(secret, CONFIRM_TOKEN_PURPOSE, { orgnr: row.orgnr, ref: row.reference.toISOString() }, expiresAt);
}

function composeMail(
  ctx: RegisterContext,
  step: ConfirmationStep,
  row: ConfirmationRow,
  now: Date,
  secret: string,
): { subject: string; text: string } {
  const t = confirmationText.mail;
  const expiresAt = new Date(now.getTime() + CONFIRMATION_RULES.linkValidDays * DAY_MS);
  const site = baseUrl(ctx.config);
  const confirmLink = `${site}/bekrafta/${confirmationToken(secret, row, expiresAt)}`;
  const reference = formatDate(row.reference);
  const subject =
    step === 'notice'
      ? t.noticeSubject(row.name)
      : step === 'lapsed'
        ? t.lapsedSubject(row.name)
        : t.reminderSubject(row.name);
  const intro =
    step === 'notice'
      ? t.noticeIntro(row.name, row.orgnr, reference, formatDate(dueDate(row.reference)))
      : step === 'lapsed'
        ? t.lapsedIntro(row.name, row.orgnr, reference)
        : t.reminderIntro(row.name, row.orgnr, reference);
  const text = [
    t.greeting,
    '',
    intro,
    '',
    t.confirmStep(formatDate(expiresAt)),
    confirmLink,
    '',
    t.editStep,
    `${site}/mitt-foretag`,
    '',
    t.why,
    '',
    t.signature,
    '',
  ].join('\n');
  return { subject, text };
}

// --- Confirming -------------------------------------------------------------------------------

export type LinkProblem =
  | { problem: 'invalid' }
  | { problem: 'expired' }
  | { problem: 'unavailable' }
  /** A newer verification or confirmation: the link's work is done. */
  | { problem: 'stale'; name: string; reference: Date; validUntil: Date };

export type LinkCheck = ({ ok: true } & ConfirmationView) | ({ ok: false } & LinkProblem);

/** What the confirmation pages show: the enterprise as the register has it and its dates. */
export interface ConfirmationView {
  workflow: EnterpriseWorkflow;
  reference: Date;
  dueAt: Date;
  lapsed: boolean;
}

function readToken(secret: string, token: string, now: Date): { orgnr: string; ref: string } | LinkProblem {
  const verified = verifyToken(secret, CONFIRM_TOKEN_PURPOSE, token, now);
  if (!verified.ok) return { problem: verified.reason };
  const { orgnr, ref } = verified.data;
  if (typeof orgnr !== 'string' || typeof ref !== 'string') return { problem: 'invalid' };
  return { orgnr, ref };
}

function isPublic(status: string): boolean {
  return (PUBLIC_STATUSES as readonly string[]).includes(status);
}

function staleProblem(row: ConfirmationRow): LinkProblem {
  return { problem: 'stale', name: row.name, reference: row.reference, validUntil: dueDate(row.reference) };
}

async function viewOf(ctx: RegisterContext, row: ConfirmationRow): Promise<ConfirmationView | undefined> {
  const workflow = await getWorkflow(ctx, row.orgnr);
  if (!workflow) return undefined;
  return {
    workflow,
    reference: row.reference,
    dueAt: dueDate(row.reference),
    lapsed: row.status === 'needs_reverification',
  };
}

/** For the page behind the e-mailed link: is the link good, and what is to be confirmed. */
export async function checkConfirmationLink(ctx: RegisterContext, token: string): Promise<LinkCheck> {
  const read = readToken(await signingSecret(ctx), token, ctx.now());
  if ('problem' in read) return { ok: false, ...read };
  const row = await findForConfirmation(ctx.db, { orgnr: read.orgnr });
  if (!row || !isPublic(row.status)) return { ok: false, problem: 'unavailable' };
  if (row.reference.toISOString() !== read.ref) return { ok: false, ...staleProblem(row) };
  const view = await viewOf(ctx, row);
  return view ? { ok: true, ...view } : { ok: false, problem: 'unavailable' };
}

export type ConfirmOutcome =
  { ok: true; name: string; orgnr: string; validUntil: Date } | ({ ok: false } & LinkProblem);

/** The button behind the e-mailed link: confirms when the link is still the newest. */
export async function confirmWithLink(ctx: RegisterContext, token: string): Promise<ConfirmOutcome> {
  const read = readToken(await signingSecret(ctx), token, ctx.now());
  if ('problem' in read) return { ok: false, ...read };
  return ctx.db.transaction().execute(async (trx) => {
    const row = await lockForConfirmation(trx, { orgnr: read.orgnr });
    if (!row || !isPublic(row.status)) return { ok: false, problem: 'unavailable' } as const;
    if (row.reference.toISOString() !== read.ref) return { ok: false, ...staleProblem(row) } as const;
    const validUntil = await confirm(trx, ctx, LINK_ACTOR, row);
    return { ok: true, name: row.name, orgnr: row.orgnr, validUntil } as const;
  });
}

/**
 * Confirmed now: back to published if it had lapsed, the reminder count starts over, and a
 * version records who confirmed. Gives the date until which the confirmation holds.
 */
async function confirm(
  trx: Transaction<RegisterDB>,
  ctx: RegisterContext,
  actor: Actor,
  row: ConfirmationRow,
): Promise<Date> {
  const now = ctx.now();
  await transition(trx, ctx, actor, { id: row.id, status: row.status as EnterpriseStatus }, 'confirmed', {
    confirmed_at: now,
    status: 'published',
    reminder_count: 0,
    reminded_at: null,
  });
  return dueDate(now);
}

function editorEnterpriseId(user: CurrentUser): number {
  if (user.enterpriseId === null) throw new AppError('forbidden', confirmationText.editor.noEnterprise);
  return user.enterpriseId;
}

/** The signed-in editor's own enterprise: what the confirmation page shows; undefined before publication. */
export async function editorConfirmationView(
  ctx: RegisterContext,
  user: CurrentUser,
): Promise<ConfirmationView | undefined> {
  const row = await findForConfirmation(ctx.db, { id: editorEnterpriseId(user) });
  if (!row) throw new AppError('enterprise_not_found', registerText.errors.enterpriseNotFound);
  return isPublic(row.status) ? viewOf(ctx, row) : undefined;
}

/** A signed-in editor confirms their own enterprise (only theirs: the id comes from the session). */
export async function confirmAsEditor(ctx: RegisterContext, user: CurrentUser): Promise<Date> {
  const id = editorEnterpriseId(user);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await lockForConfirmation(trx, { id });
    if (!row) throw new AppError('enterprise_not_found', registerText.errors.enterpriseNotFound);
    if (!isPublic(row.status)) throw new AppError('conflict', confirmationText.editor.notPublic);
    return confirm(trx, ctx, user, row);
  });
}

/** The date the public profile gives for "not confirmed since": when the twelve months ran out. */
export function unconfirmedSince(workflow: EnterpriseWorkflow): Date | null {
  if (workflow.enterprise.status !== 'needs_reverification') return null;
  return dueDate(referenceOf(workflow));
}

/** The same reference date as the repository's SQL, from the domain object. */
export function referenceOf(workflow: EnterpriseWorkflow): Date {
  const { verifiedAt, createdAt } = workflow.enterprise;
  const dates = [verifiedAt, workflow.confirmedAt].filter((d): d is Date => d !== null);
  if (dates.length === 0) return createdAt;
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}
