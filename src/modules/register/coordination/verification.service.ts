import { isDeepStrictEqual } from 'node:util';
import type { Transaction } from 'kysely';
import { actorLabel, audit } from '../../../platform/audit/audit.service.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { usersOfEnterprise } from '../../../platform/auth/user.repository.js';
import { baseUrl } from '../../../platform/config/config.js';
import { AppError } from '../../../platform/http/errors.js';
import { queueMail, type OutgoingMail } from '../../../platform/mail/mail.service.js';
import { municipalityByCode } from '../../../platform/reference/geo.js';
import type { EnterpriseStatus } from '../enterprise/enterprise.types.js';
import { listVersionsOf, type WorkflowPatch } from '../enterprise/history.repository.js';
import type { Checklist, DecisionInput } from './verification.schema.js';
import { CRITERIA } from './verification.schema.js';
import {
  countByStatus,
  countUnreviewedFlagged,
  countUnreviewedImports,
  insertVerification,
  listPending,
  listUnreviewedImports,
  latestVersionId,
  listVerificationsOf,
  lockEnterprise,
} from './verification.repository.js';
import { verificationText as t } from './verification.text.js';
import { countOpenReports, listOpenReportsFor, type ReportRow } from './report.repository.js';
import { requireWorkflow, transition, type EnterpriseWorkflow } from '../enterprise/workflow.service.js';
import type { RegisterContext, RegisterDB } from '../db.js';
import { registerText } from '../register.text.js';

/**
 * A coordinator's work on single enterprises (issue 3 §3): the queue of submitted ones, the
 * decision against the four ASF criteria, and archiving. Each decision changes the status,
 * records a version, a verification row and an audit event, and queues the e-mails to the
 * enterprise's editors, all in one transaction: either everything happened or nothing did.
 */

const DAY = 86_400_000;

export interface CoordinationCounts {
  pending: number;
  /** Public enterprises from imports that nobody reviewed against the criteria. */
  unreviewedImports: number;
  flaggedUnreviewed: number;
  /** Readers' reports of incorrect information not yet dealt with (report.*). */
  openReports: number;
  /** Published profiles not confirmed for twelve months (status needs_reverification). */
  stale: number;
  published: number;
  archived: number;
}

export async function coordinationCounts(ctx: RegisterContext): Promise<CoordinationCounts> {
  const [byStatus, flaggedUnreviewed, unreviewed, openReports] = await Promise.all([
    countByStatus(ctx.db),
    countUnreviewedFlagged(ctx.db),
    countUnreviewedImports(ctx.db),
    countOpenReports(ctx.db),
  ]);
  const n = (s: EnterpriseStatus) => byStatus.get(s) ?? 0;
  return {
    pending: n('pending'),
    unreviewedImports: unreviewed,
    flaggedUnreviewed,
    openReports,
    stale: n('needs_reverification'),
    published: n('published') + n('needs_reverification'),
    archived: n('archived'),
  };
}

export interface QueueItem {
  orgnr: string;
  name: string;
  municipality: string | null;
  /** When it was submitted; enterprises from before submission existed show their last change. */
  submittedAt: Date;
  waitedDays: number;
}

export async function verificationQueue(ctx: RegisterContext): Promise<QueueItem[]> {
  const now = ctx.now().getTime();
  return (await listPending(ctx.db)).map((r) => {
    const submittedAt = r.submitted_at ?? r.updated_at;
    return {
      orgnr: r.orgnr,
      name: r.name,
      municipality: r.municipality_code ? (municipalityByCode(r.municipality_code)?.name ?? null) : null,
      submittedAt,
      waitedDays: Math.max(0, Math.floor((now - submittedAt.getTime()) / DAY)),
    };
  });
}

/**
 * Whether a coordinator's decision against the criteria is due: submitted by the enterprise, or
 * public from an import nobody reviewed (verifiedAt null; issue 9 §2).
 */
export function awaitsDecision(e: { status: string; verifiedAt: Date | null }): boolean {
  return e.status === 'pending' || ((e.status === 'published' || e.status === 'needs_reverification') && !e.verifiedAt);
}

/** Imported enterprises that are public but not reviewed against the criteria, with how long they have waited. */
export async function unreviewedImports(ctx: RegisterContext): Promise<QueueItem[]> {
  const now = ctx.now().getTime();
  return (await listUnreviewedImports(ctx.db)).map((r) => ({
    orgnr: r.orgnr,
    name: r.name,
    municipality: r.municipality_code ? (municipalityByCode(r.municipality_code)?.name ?? null) : null,
    submittedAt: r.created_at,
    waitedDays: Math.max(0, Math.floor((now - r.created_at.getTime()) / DAY)),
  }));
}

export interface DecisionRecord {
  decidedAt: Date;
  by: string;
  decision: string;
  /** The criteria the coordinator went through; empty for an archiving. */
  checklist: Partial<Checklist>;
  evidence: string | null;
  message: string | null;
}

export interface HistoryEntry {
  id: number;
  at: Date;
  actor: string;
  action: string;
  statusBefore: string | null;
  statusAfter: string | null;
  /** Top-level facts that changed; 'all' for the first version, [] for a change of status only. */
  changedFields: string[] | 'all';
  flaggedFields: string[];
  reverted: boolean;
}

export interface CoordinatorView {
  workflow: EnterpriseWorkflow;
  contacts: { email: string; name: string | null }[];
  decisions: DecisionRecord[];
  history: HistoryEntry[];
  /** The newest version when the page was made; the decision form sends it back (see decide). */
  latestVersionId: number;
  /** What readers reported wrong on the profile, not yet dealt with. */
  openReports: ReportRow[];
}

/** Everything a coordinator sees about one enterprise, whatever its status. */
export async function coordinatorView(ctx: RegisterContext, orgnr: string): Promise<CoordinatorView> {
  const workflow = await requireWorkflow(ctx, orgnr);
  const [users, verifications, versions, latest, openReports] = await Promise.all([
    usersOfEnterprise(ctx.db, workflow.id),
    listVerificationsOf(ctx.db, workflow.id),
    listVersionsOf(ctx.db, workflow.id),
    latestVersionId(ctx.db, workflow.id),
    listOpenReportsFor(ctx.db, workflow.id),
  ]);
  return {
    workflow,
    openReports,
    contacts: users.map((u) => ({ email: u.email, name: u.name })),
    decisions: verifications.map((v) => ({
      decidedAt: v.decided_at,
      by: v.decided_by_label,
      decision: v.decision,
      checklist: v.checklist as Partial<Checklist>,
      evidence: v.evidence,
      message: v.message,
    })),
    history: versions.map((v) => ({
      id: v.id,
      at: v.at,
      actor: v.actor_label,
      action: v.action,
      statusBefore: v.status_before,
      statusAfter: v.status_after,
      changedFields: v.before === null ? (v.after === null ? [] : 'all') : changedFields(v.before, v.after),
      flaggedFields: v.flagged_fields,
      reverted: v.reverted_by_version !== null,
    })),
    latestVersionId: latest,
  };
}

/** The top-level facts that differ between two versions (key order does not matter: jsonb reorders). */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => !isDeepStrictEqual(a[k] ?? null, b[k] ?? null));
}

/** Approve, ask for more, or reject a submitted enterprise. */
export async function decide(
  ctx: RegisterContext,
  actor: CurrentUser,
  orgnr: string,
  input: DecisionInput,
  ip: string | null = null,
): Promise<void> {
  // The form checks this too; the rule belongs here, where the decision is made.
  if (input.decision === 'approved' && !CRITERIA.every((c) => input.checklist[c].met)) {
    throw new AppError('invalid_form', t.decision.allCriteria);
  }
  if (input.decision !== 'approved' && !input.message) {
    throw new AppError(
      'invalid_form',
      input.decision === 'rejected' ? t.decision.messageRequiredReject : t.decision.messageRequiredMore,
    );
  }
  const now = ctx.now();
  const label = actorLabel(actor);
  await ctx.db.transaction().execute(async (trx) => {
    const e = await lockEnterprise(trx, { orgnr });
    if (!e) throw new AppError('enterprise_not_found', registerText.errors.enterpriseNotFound);
    if (!awaitsDecision({ status: e.status, verifiedAt: e.verified_at })) {
      throw new AppError('conflict', t.decision.notPending(statusLabel(e.status)));
    }
    // A version newer than the page showed: the facts changed while the coordinator read them
    // (withdrawn, changed and sent in again; an import). Deciding now would decide on unseen facts.
    if (input.shownVersion !== null && (await latestVersionId(trx, e.id)) > input.shownVersion) {
      throw new AppError('conflict', t.decision.changedMeanwhile);
    }
    // Approval counts as the first confirmation: the yearly reminders count from here.
    const patch: WorkflowPatch & { status: EnterpriseStatus } =
      input.decision === 'approved'
        ? {
            status: 'published',
            verified_at: now,
            verified_by: label,
            confirmed_at: now,
            reminded_at: null,
            reminder_count: 0,
          }
        : { status: 'draft' };
    // An imported enterprise is decided on where it stands (public); rejecting it takes it down.
    const from = { id: e.id, status: e.status as EnterpriseStatus };
    await transition(trx, ctx, actor, from, input.decision, patch);
    await insertVerification(trx, {
      enterpriseId: e.id,
      decidedAt: now,
      decidedBy: actor.id,
      decidedByLabel: label,
      decision: input.decision,
      checklist: input.checklist,
      evidence: input.evidence,
      message: input.message,
    });
    await audit(trx, {
      at: now,
      actor,
      action: 'enterprise_decision',
      subject: e.orgnr,
      details: { decision: input.decision, criteriaMet: CRITERIA.filter((c) => input.checklist[c].met) },
      ip,
    });
    await mailEditors(trx, now, e.id, decisionMail(baseUrl(ctx.config), e, input));
  });
}

/** What the enterprise is told: approval links to the public profile, every mail to the edit page. */
function decisionMail(
  base: string,
  e: { orgnr: string; name: string },
  input: DecisionInput,
): Omit<OutgoingMail, 'to'> {
  const edit = `${base}/mitt-foretag`;
  const message = input.message ?? '';
  switch (input.decision) {
    case 'approved':
      return {
        subject: t.mail.approvedSubject(e.name),
        text: t.mail.approvedText(e.name, e.orgnr, `${base}/foretag/${e.orgnr}`, edit, input.message),
      };
    case 'rejected':
      return { subject: t.mail.rejectedSubject(e.name), text: t.mail.rejectedText(e.name, e.orgnr, edit, message) };
    case 'more_information':
      return { subject: t.mail.moreSubject(e.name), text: t.mail.moreText(e.name, e.orgnr, edit, message) };
  }
}

/** Takes an enterprise that has closed out of the register. Nothing is deleted; the history stays. */
export async function archiveEnterprise(
  ctx: RegisterContext,
  actor: CurrentUser,
  orgnr: string,
  reason: string,
  ip: string | null = null,
): Promise<void> {
  const now = ctx.now();
  const label = actorLabel(actor);
  await ctx.db.transaction().execute(async (trx) => {
    const e = await lockEnterprise(trx, { orgnr });
    if (!e) throw new AppError('enterprise_not_found', registerText.errors.enterpriseNotFound);
    if (e.status === 'archived') throw new AppError('conflict', t.archive.already);
    await transition(trx, ctx, actor, { id: e.id, status: e.status as EnterpriseStatus }, 'archived', {
      status: 'archived',
      archived_at: now,
      archived_reason: reason,
    });
    await insertVerification(trx, {
      enterpriseId: e.id,
      decidedAt: now,
      decidedBy: actor.id,
      decidedByLabel: label,
      decision: 'archived',
      checklist: {},
      evidence: null,
      message: reason,
    });
    await audit(trx, {
      at: now,
      actor,
      action: 'enterprise_archived',
      subject: e.orgnr,
      details: { reason, statusBefore: e.status },
      ip,
    });
    await mailEditors(trx, now, e.id, {
      subject: t.mail.archivedSubject(e.name),
      text: t.mail.archivedText(e.name, e.orgnr, reason),
    });
  });
}

/** The same message to every active account of the enterprise, in the caller's transaction. */
export async function mailEditors(
  trx: Transaction<RegisterDB>,
  now: Date,
  enterpriseId: number,
  message: Omit<OutgoingMail, 'to'>,
): Promise<number> {
  const users = await usersOfEnterprise(trx, enterpriseId);
  for (const u of users) await queueMail(trx, now, { ...message, to: u.email });
  return users.length;
}

export function statusLabel(status: string): string {
  return (t.statuses as Record<string, string>)[status] ?? status;
}
