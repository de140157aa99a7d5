import { audit, actorLabel } from '../../../platform/audit/audit.service.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { SWEDISH_TIME_ZONE } from '../../../platform/calendar.js';
import type { ProcurementContext, ProcurementDb } from '../db.js';
import { loadProcurementRules, type ProcurementRules } from '../settings/settings.service.js';
import { opportunityText } from './opportunity.text.js';
import { diffOpportunities } from './opportunity.diff.js';
import { deadlinesChanged, opportunitiesPublished } from './opportunity.events.js';
import { publishFindings, type CheckFinding } from './opportunity.checks.js';
import {
  deleteLot,
  insertChange,
  insertLot,
  insertOpportunity,
  organisationName,
  selectChanges,
  selectLots,
  selectOpportunities,
  selectOpportunity,
  selectOwnOpportunities,
  updateLot,
  updateOpportunity,
} from './opportunity.repository.js';
import { derivedColumns, lotColumns, toOpportunity, type LotFacts } from './opportunity.rows.js';
import type { BasicsInput, LotInput } from './opportunity.schema.js';
import {
  endingsFrom,
  isFinal,
  type EndingStatus,
  type FieldChange,
  type Opportunity,
  type OpportunityChange,
} from './opportunity.types.js';

/** The answers the publish form asks for: why not in lots, whether a dialogue was held. */
export interface PublishAnswers {
  noLotsReason: string | null;
  dialogueHeld: boolean | null;
  noDialogueReason: string | null;
}

export type Saved<T = void> = { ok: true; value: T } | { ok: false; findings: CheckFinding[] };

export async function loadOpportunity(
  db: ProcurementDb,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<Opportunity | null> {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const row = await selectOpportunity(db, id, options);
  return row ? toOpportunity(row, await selectLots(db, [id])) : null;
}

/** Several opportunities by id (those that exist), with their lots. */
export async function loadOpportunities(db: ProcurementDb, ids: readonly number[]): Promise<Opportunity[]> {
  const rows = await selectOpportunities(db, ids);
  const lots = await selectLots(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toOpportunity(r, lots));
}

/**
 * Who may change an opportunity: its organisation's buyers and coordinators (or, for one made
 * without an organisation, its maker), and administrators. access.ts lets the roles in; this
 * decides which opportunity.
 */
export function mayEdit(user: CurrentUser, o: Opportunity): boolean {
  if (user.role === 'admin') return true;
  if (user.role !== 'buyer' && user.role !== 'coordinator') return false;
  if (o.buyerOrganisationId !== null) return o.buyerOrganisationId === user.organisationId;
  return o.createdBy === user.id;
}

export async function ownOpportunities(ctx: ProcurementContext, user: CurrentUser): Promise<Opportunity[]> {
  const rows = await selectOwnOpportunities(ctx.db, { organisationId: user.organisationId, userId: user.id });
  const lots = await selectLots(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toOpportunity(r, lots));
}

/** The buyer's organisation's name, the form's suggestion for who buys. */
export async function buyerNameOf(ctx: ProcurementContext, user: CurrentUser): Promise<string | null> {
  return user.organisationId ? organisationName(ctx.db, user.organisationId) : null;
}

export async function createOpportunity(
  ctx: ProcurementContext,
  user: CurrentUser,
  input: BasicsInput,
): Promise<number> {
  const now = ctx.now();
  const buyerName = input.buyerName ?? (await buyerNameOf(ctx, user)) ?? '';
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertOpportunity(trx, {
      ...basicsColumns({ ...input, buyerName }),
      buyer_organisation_id: user.organisationId,
      created_by: user.id,
      created_at: now,
      updated_at: now,
      ...derivedColumns(input, []),
    });
    await insertChange(trx, {
      opportunity_id: id,
      at: now,
      actor_user_id: user.id,
      actor_label: actorLabel(user),
      kind: 'created',
      changes: '[]',
    });
    return id;
  });
}

function basicsColumns(input: BasicsInput & { buyerName: string }) {
  return {
    kind: input.kind,
    title: input.title,
    description: input.description,
    buyer_name: input.buyerName,
    contact_name: input.contactName,
    contact_email: input.contactEmail,
    contact_phone: input.contactPhone,
    expected_quarter: input.expectedQuarter,
    notice_url: input.noticeUrl,
    deadline_at: input.deadlineAt,
    deadline_zone: input.deadlineAt ? SWEDISH_TIME_ZONE : null,
    meeting_at: input.meetingAt,
    meeting_place: input.meetingPlace,
    meeting_link: input.meetingLink,
    aimed_at_local: input.aimedAtLocal,
  };
}

/**
 * One change to an opportunity, in a transaction with the row locked: the change is made, and a
 * published one must not get a finding of the publishing checks it did not already have (or
 * nothing is written) — what it had (a deadline now passed, an imported notice's missing
 * answers) does not stop a correction. It gets a history entry naming every field readers see
 * moved (a moved deadline among them). An awarded or cancelled opportunity is not changed.
 */
async function change(
  ctx: ProcurementContext,
  user: CurrentUser,
  id: number,
  apply: (trx: ProcurementDb, o: Opportunity) => Promise<void>,
): Promise<Saved<Opportunity> | null> {
  const rules = await loadProcurementRules(ctx.db);
  const now = ctx.now();
  return ctx.db
    .transaction()
    .execute(async (trx) => {
      const before = await loadOpportunity(trx, id, { forUpdate: true });
      if (!before || !mayEdit(user, before)) return null;
      if (isFinal(before.status)) {
        throw new Refused([{ severity: 'error', field: 'status', lot: null, message: opportunityText.checks.ended }]);
      }
      await apply(trx, before);
      const after = (await loadOpportunity(trx, id))!;
      await updateOpportunity(trx, id, { updated_at: now, ...derivedColumns(after, after.lots) });
      if (before.status === 'draft') return { ok: true as const, value: after };
      const had = new Set(errorsOf(before, rules, now).map((f) => f.message));
      const errors = errorsOf(after, rules, now).filter((f) => !had.has(f.message));
      if (errors.length > 0) {
        // Nothing of the change is kept: a published opportunity stays one that could be published.
        throw new Refused(errors);
      }
      const changes = diffOpportunities(before, after);
      if (changes.length > 0) await recordChange(trx, id, user, now, 'changed', changes);
      await deadlinesChanged(trx, before, after, now);
      return { ok: true as const, value: after };
    })
    .catch((e: unknown) => {
      if (e instanceof Refused) return { ok: false as const, findings: e.findings };
      throw e;
    });
}

const errorsOf = (o: Opportunity, rules: ProcurementRules, now: Date) =>
  publishFindings(o, rules, now).filter((f) => f.severity === 'error');

class Refused extends Error {
  constructor(readonly findings: CheckFinding[]) {
    super('refused');
  }
}

async function recordChange(
  db: ProcurementDb,
  id: number,
  user: CurrentUser,
  at: Date,
  kind: OpportunityChange['kind'],
  changes: FieldChange[] = [],
): Promise<void> {
  await insertChange(db, {
    opportunity_id: id,
    at,
    actor_user_id: user.id,
    actor_label: actorLabel(user),
    kind,
    changes: JSON.stringify(changes),
  });
}

export function saveBasics(ctx: ProcurementContext, user: CurrentUser, id: number, input: BasicsInput) {
  return change(ctx, user, id, async (trx, o) => {
    await updateOpportunity(trx, id, basicsColumns({ ...input, buyerName: input.buyerName ?? o.buyerName }));
  });
}

/** Saves lot `position` (null: a new lot at the end); the saved opportunity and the lot's position. */
export async function saveLot(
  ctx: ProcurementContext,
  user: CurrentUser,
  id: number,
  position: number | null,
  input: LotInput,
): Promise<Saved<{ opportunity: Opportunity; position: number }> | null> {
  let saved = position;
  const result = await change(ctx, user, id, async (trx, o) => {
    const kept = o.lots.find((l) => l.position === position);
    // What the form does not show (from a notice) is kept as it was.
    const facts: LotFacts = {
      lotRef: kept?.lotRef ?? null,
      nutsCodes: kept?.nutsCodes ?? [],
      currency: kept?.currency ?? 'SEK',
      deadlineAt: kept?.deadlineAt ?? null,
      deadlineZone: kept?.deadlineZone ?? null,
      smeSuitable: kept?.smeSuitable ?? null,
      socialObjective: kept?.socialObjective ?? null,
      ...input,
    };
    if (position !== null && kept) await updateLot(trx, id, position, lotColumns(facts));
    else saved = await insertLot(trx, id, lotColumns(facts));
  });
  if (!result || !result.ok) return result;
  return { ok: true, value: { opportunity: result.value, position: saved! } };
}

/** A draft's lot removed (a published one keeps its lots: readers may have answered one). */
export async function removeLot(ctx: ProcurementContext, user: CurrentUser, id: number, position: number) {
  return change(ctx, user, id, async (trx, o) => {
    if (o.status === 'draft') await deleteLot(trx, id, position);
  });
}

/** Publishes a draft once nothing stops it; the findings that do otherwise. */
export async function publishOpportunity(
  ctx: ProcurementContext,
  user: CurrentUser,
  id: number,
  answers: PublishAnswers,
  ip: string | null,
): Promise<Saved<Opportunity> | null> {
  const rules = await loadProcurementRules(ctx.db);
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const o = await loadOpportunity(trx, id, { forUpdate: true });
    if (!o || !mayEdit(user, o)) return null;
    if (o.status !== 'draft') return { ok: true as const, value: o };
    const answered: Opportunity = { ...o, ...answers };
    // The answers are kept even when something else stops publishing: nothing typed is lost.
    await updateOpportunity(trx, id, {
      no_lots_reason: answers.noLotsReason,
      dialogue_held: answers.dialogueHeld,
      no_dialogue_reason: answers.noDialogueReason,
    });
    const errors = publishFindings(answered, rules, now).filter((f) => f.severity === 'error');
    if (errors.length > 0) return { ok: false as const, findings: errors };
    await updateOpportunity(trx, id, { status: 'published', published_at: now, updated_at: now });
    await recordChange(trx, id, user, now, 'published');
    await opportunitiesPublished(trx, [id], now);
    await audit(trx, { at: now, actor: user, action: 'opportunity_published', subject: `opportunity:${id}`, ip });
    return { ok: true as const, value: { ...answered, status: 'published' as const, publishedAt: now } };
  });
}

/** Closes, awards or cancels a published opportunity (a closed one can still be awarded). */
export async function endOpportunity(
  ctx: ProcurementContext,
  user: CurrentUser,
  id: number,
  status: EndingStatus,
  ip: string | null,
): Promise<boolean> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const o = await loadOpportunity(trx, id, { forUpdate: true });
    if (!o || !mayEdit(user, o)) return false;
    if (!endingsFrom(o.status).includes(status)) return false;
    await updateOpportunity(trx, id, { status, closed_at: now, updated_at: now });
    await recordChange(trx, id, user, now, status);
    await audit(trx, {
      at: now,
      actor: user,
      action: 'opportunity_ended',
      subject: `opportunity:${id}`,
      details: { status },
      ip,
    });
    return true;
  });
}

export async function changesOf(ctx: ProcurementContext, id: number): Promise<OpportunityChange[]> {
  const rows = await selectChanges(ctx.db, id);
  return rows.map((r) => ({
    at: r.at,
    actorLabel: r.actor_label,
    kind: r.kind as OpportunityChange['kind'],
    changes: (r.changes as FieldChange[]) ?? [],
  }));
}
