import type { Transaction } from 'kysely';
import { actorLabel, type Actor } from '../../../platform/audit/audit.service.js';
import { AppError } from '../../../platform/http/errors.js';
import {
  findAggregateByOrgnr,
  lockEnterprisesByOrgnrs,
  upsertEnterprise,
  type EnterpriseAggregate,
} from './enterprise.repository.js';
import { factsOf, toEnterprise } from './enterprise.service.js';
import type { Enterprise, EnterpriseFacts, EnterpriseStatus, FactGroup, FactSourceKind } from './enterprise.types.js';
import { insertVersion, updateWorkflow, type WorkflowPatch } from './history.repository.js';
import { buildSearchColumns } from './search-columns.js';
import type { RegisterContext, RegisterDB } from '../db.js';
import { registerText } from '../register.text.js';

/**
 * The living register's one way to change an enterprise: every change of facts or status is
 * written together with a version (who, when, before, after) in one transaction.
 */

/**
 * Facts that the ASF criteria or LOU 4 kap. 18 § rest on. A change to one of them after
 * publication is shown to a coordinator, who can revert it.
 */
export const FLAGGED_FACTS: readonly { field: string; of: (f: EnterpriseFacts) => unknown }[] = [
  { field: 'legalForm', of: (f) => f.legalForm },
  {
    field: 'employees',
    of: (f) => (f.employees ? [f.employees.total, f.employees.targetGroup] : null),
  },
  {
    field: 'certifications',
    of: (f) => f.certifications.map((c) => [c.name, c.issuer, c.validUntil]),
  },
];

export function flaggedFields(before: EnterpriseFacts, after: EnterpriseFacts): string[] {
  return FLAGGED_FACTS.filter((f) => JSON.stringify(f.of(before)) !== JSON.stringify(f.of(after))).map((f) => f.field);
}

/** Statuses where the public sees the enterprise: changes there are what coordinators watch. */
const WATCHED: readonly EnterpriseStatus[] = ['published', 'needs_reverification'];

/** Workflow facts beside the enterprise's own: where it is in registration, verification and confirmation. */
export interface EnterpriseWorkflow {
  id: number;
  enterprise: Enterprise;
  confirmedAt: Date | null;
  submittedAt: Date | null;
  remindedAt: Date | null;
  reminderCount: number;
  archivedAt: Date | null;
  archivedReason: string | null;
  registrationStep: number;
  verifiedBy: string | null;
}

export function toWorkflow(agg: EnterpriseAggregate): EnterpriseWorkflow {
  const r = agg.row;
  return {
    id: r.id,
    enterprise: toEnterprise(agg),
    confirmedAt: r.confirmed_at,
    submittedAt: r.submitted_at,
    remindedAt: r.reminded_at,
    reminderCount: r.reminder_count,
    archivedAt: r.archived_at,
    archivedReason: r.archived_reason,
    registrationStep: r.registration_step,
    verifiedBy: r.verified_by,
  };
}

export async function getWorkflow(ctx: RegisterContext, orgnr: string): Promise<EnterpriseWorkflow | undefined> {
  const agg = await findAggregateByOrgnr(ctx.db, orgnr);
  return agg ? toWorkflow(agg) : undefined;
}

export async function requireWorkflow(ctx: RegisterContext, orgnr: string): Promise<EnterpriseWorkflow> {
  const w = await getWorkflow(ctx, orgnr);
  if (!w) throw new AppError('enterprise_not_found', registerText.errors.enterpriseNotFound);
  return w;
}

/**
 * Saves new facts for an existing enterprise. Status, verification and demo flag stay; the
 * changed groups get `source` as their source. Returns the flagged fields (empty before
 * publication: a draft is checked as a whole at verification).
 */
export async function updateFacts(
  ctx: RegisterContext,
  actor: Actor,
  orgnr: string,
  facts: EnterpriseFacts,
  options: { source: FactSourceKind; groups: readonly FactGroup[]; action?: string; trx?: Transaction<RegisterDB> },
): Promise<{ flagged: string[]; versionId: number }> {
  const run = async (trx: Transaction<RegisterDB>) => {
    // Lock first, then read: status and verification are written back from this read, so a
    // decision or an import committed meanwhile must be seen, not overwritten.
    await lockEnterprisesByOrgnrs(trx, [orgnr]);
    const agg = await findAggregateByOrgnr(trx, orgnr);
    if (!agg) throw new AppError('enterprise_not_found', registerText.errors.enterpriseNotFound);
    const current = toEnterprise(agg);
    const before = factsOf(current);
    const after: EnterpriseFacts = { ...facts, orgnr: current.orgnr };
    const now = ctx.now();
    const sources = { ...current.sources };
    for (const g of options.groups) sources[g] = { source: options.source, at: now.toISOString() };
    await upsertEnterprise(
      trx,
      after,
      { status: current.status, isDemo: current.isDemo, sources, verifiedAt: current.verifiedAt },
      buildSearchColumns(after),
    );
    const flagged = WATCHED.includes(current.status) ? flaggedFields(before, after) : [];
    const versionId = await insertVersion(trx, {
      enterpriseId: agg.row.id,
      at: now,
      actorUserId: actor && 'id' in actor ? actor.id : null,
      actorLabel: actorLabel(actor),
      action: options.action ?? 'updated',
      statusBefore: current.status,
      statusAfter: current.status,
      before,
      after,
      flaggedFields: flagged,
    });
    return { flagged, versionId };
  };
  return options.trx ? run(options.trx) : ctx.db.transaction().execute(run);
}

/**
 * Changes status and workflow columns (submit, approve, archive, confirm …) and records it as a
 * version without facts. Runs in the caller's transaction so that mail and audit go with it.
 */
export async function transition(
  trx: Transaction<RegisterDB>,
  ctx: RegisterContext,
  actor: Actor,
  enterprise: { id: number; status: EnterpriseStatus },
  action: string,
  patch: WorkflowPatch & { status?: EnterpriseStatus },
): Promise<number> {
  await updateWorkflow(trx, enterprise.id, patch);
  return insertVersion(trx, {
    enterpriseId: enterprise.id,
    at: ctx.now(),
    actorUserId: actor && 'id' in actor ? actor.id : null,
    actorLabel: actorLabel(actor),
    action,
    statusBefore: enterprise.status,
    statusAfter: patch.status ?? enterprise.status,
    before: null,
    after: null,
    flaggedFields: [],
  });
}
