import { actorLabel, audit } from '../../../platform/audit/audit.service.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { baseUrl } from '../../../platform/config/config.js';
import { AppError } from '../../../platform/http/errors.js';
import type { EnterpriseFacts, FactGroup } from '../enterprise/enterprise.types.js';
import {
  findVersion,
  listChanges,
  markVersionReverted,
  markVersionReviewed,
} from '../enterprise/history.repository.js';
import type { ChangeFilter } from './verification.schema.js';
import { latestFactVersionIds, lockEnterprise } from './verification.repository.js';
import { changedFields, mailEditors } from './verification.service.js';
import { verificationText as t } from './verification.text.js';
import { updateFacts } from '../enterprise/workflow.service.js';
import type { RegisterContext } from '../db.js';
import { registerText } from '../register.text.js';

/**
 * The coordinators' feed of changes (issue 3 §4): what published enterprises changed about
 * themselves, with the facts the criteria rest on flagged. A coordinator marks a change as
 * reviewed, or reverts it: the facts from before are saved again as a new version, so the
 * reverted change itself stays in the history.
 */

export const CHANGES_PAGE_SIZE = 25;

export interface ChangeItem {
  id: number;
  orgnr: string;
  name: string;
  at: Date;
  actor: string;
  action: string;
  before: EnterpriseFacts;
  after: EnterpriseFacts;
  flaggedFields: string[];
  /** Changed facts that are not flagged, for context. */
  otherFields: string[];
  reviewedAt: Date | null;
  reviewedBy: string | null;
  reverted: boolean;
  /** Only the enterprise's latest change of facts can be reverted without losing a later one. */
  isLatest: boolean;
}

export interface ChangeFeed {
  filter: ChangeFilter;
  items: ChangeItem[];
  total: number;
  page: number;
  pageCount: number;
}

export async function changeFeed(ctx: RegisterContext, filter: ChangeFilter, page: number): Promise<ChangeFeed> {
  const { rows, total } = await listChanges(ctx.db, {
    flaggedOnly: filter !== 'alla',
    unreviewedOnly: filter === 'flaggade',
    offset: (page - 1) * CHANGES_PAGE_SIZE,
    limit: CHANGES_PAGE_SIZE,
  });
  const latest = await latestFactVersionIds(
    ctx.db,
    rows.map((r) => r.enterprise_id),
  );
  return {
    filter,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / CHANGES_PAGE_SIZE)),
    items: rows.map((r) => ({
      id: r.id,
      orgnr: r.orgnr,
      name: r.name,
      at: r.at,
      actor: r.actor_label,
      action: r.action,
      before: r.before as EnterpriseFacts,
      after: r.after as EnterpriseFacts,
      flaggedFields: r.flagged_fields,
      otherFields: changedFields(r.before, r.after).filter((f) => !r.flagged_fields.includes(f)),
      reviewedAt: r.reviewed_at,
      reviewedBy: r.reviewed_by_label,
      reverted: r.reverted_by_version !== null,
      isLatest: latest.get(r.enterprise_id) === r.id,
    })),
  };
}

async function requireChange(ctx: RegisterContext, id: number) {
  const v = await findVersion(ctx.db, id);
  if (!v) throw new AppError('not_found', t.changes.notFound);
  if (v.before === null || v.after === null) throw new AppError('conflict', t.changes.notAChange);
  return v;
}

/** A coordinator has looked at the change and lets it stand. The first review is the one kept. */
export async function markChangeReviewed(ctx: RegisterContext, actor: CurrentUser, id: number): Promise<void> {
  const v = await requireChange(ctx, id);
  if (v.reviewed_at !== null) return;
  await markVersionReviewed(ctx.db, id, ctx.now(), actorLabel(actor));
}

/** Which group of facts each top-level fact belongs to: the reverted groups get the coordinator as source. */
const GROUP_OF_FIELD: Record<string, FactGroup> = {
  operatingAreas: 'areas',
  offerings: 'offerings',
  employees: 'employees',
  targetGroups: 'employees',
  certifications: 'certifications',
  trainingPlaces: 'training',
};

// Belongs in verificationText.changes with the other messages of the feed (that file is being
// edited elsewhere at the moment).
const ARCHIVED =
  'Företaget är arkiverat och finns inte längre i registret. Ändringar hos ett arkiverat företag kan inte återställas.';

/**
 * Saves the facts from before the change again, as a new version by the coordinator, marks the
 * change reverted, and tells the enterprise why. Refused when the enterprise has changed its
 * facts since (reverting then would silently undo the later change too) and when it is archived.
 */
export async function revertChange(
  ctx: RegisterContext,
  actor: CurrentUser,
  id: number,
  reason: string | null,
  ip: string | null = null,
): Promise<{ orgnr: string }> {
  await requireChange(ctx, id);
  const now = ctx.now();
  const label = actorLabel(actor);
  return ctx.db.transaction().execute(async (trx) => {
    const v = await findVersion(trx, id);
    if (!v || v.before === null || v.after === null) throw new AppError('not_found', t.changes.notFound);
    const e = await lockEnterprise(trx, { id: v.enterprise_id });
    if (!e) throw new AppError('enterprise_not_found', registerText.errors.enterpriseNotFound);
    // Archived means out of the register: saving facts again would change a profile nobody keeps.
    if (e.status === 'archived') throw new AppError('conflict', ARCHIVED);
    // Read again under the lock: another coordinator may have reverted it a moment ago.
    const current = await findVersion(trx, id);
    if (current?.reverted_by_version !== null) throw new AppError('conflict', t.changes.alreadyReverted);
    const latest = await latestFactVersionIds(trx, [e.id]);
    if (latest.get(e.id) !== id) throw new AppError('conflict', t.changes.notLatest);

    const before = v.before as EnterpriseFacts;
    const fields = changedFields(v.before, v.after);
    const groups = [...new Set(fields.map((f) => GROUP_OF_FIELD[f] ?? 'basics'))];
    const { versionId } = await updateFacts(ctx, actor, e.orgnr, before, {
      source: 'coordinator',
      groups,
      action: 'reverted',
      trx,
    });
    await markVersionReverted(trx, id, versionId, now, label);
    // The coordinator's own revert needs no second look.
    await markVersionReviewed(trx, versionId, now, label);
    await audit(trx, {
      at: now,
      actor,
      action: 'enterprise_reverted',
      subject: e.orgnr,
      details: { version: id, newVersion: versionId, fields, reason },
      ip,
    });
    await mailEditors(trx, now, e.id, {
      subject: t.mail.revertedSubject(e.name),
      text: t.mail.revertedText(
        e.name,
        e.orgnr,
        fields.map(fieldLabel).join(', '),
        `${baseUrl(ctx.config)}/mitt-foretag`,
        reason,
      ),
    });
    return { orgnr: e.orgnr };
  });
}

/** The name of a top-level fact: the flagged facts' own labels first. */
export function fieldLabel(field: string): string {
  const flagged = (t.flaggedFacts as Record<string, unknown>)[field];
  const plain = (t.facts as Record<string, unknown>)[field];
  return typeof flagged === 'string' ? flagged : typeof plain === 'string' ? plain : field;
}
