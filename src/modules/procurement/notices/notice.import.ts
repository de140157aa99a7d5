import { actorLabel, type Actor } from '../../../platform/audit/audit.service.js';
import { publish } from '../../../platform/jobs/events.js';
import type { AppModule } from '../../../platform/module.js';
import type { ProcurementContext, ProcurementDb } from '../db.js';
import { diffOpportunities } from '../opportunity/opportunity.diff.js';
import { deadlinesChanged, opportunitiesPublished } from '../opportunity/opportunity.events.js';
import {
  insertLots,
  insertLotsOf,
  insertOpportunity,
  updateOpportunity,
} from '../opportunity/opportunity.repository.js';
import { derivedColumns, lotColumns } from '../opportunity/opportunity.rows.js';
import { loadOpportunity, mayEdit } from '../opportunity/opportunity.service.js';
import { opportunityFromNotice, STAGES, type NoticeOpportunity } from './notice.map.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import type { NoticeFacts } from './notice.read.js';
import { readOne, type ReadResult } from './notice.worker.js';
import {
  deleteLots,
  insertImported,
  insertNotice,
  knownProcedures,
  recordNotice,
  selectByProcedure,
  selectLotPositions,
  underSavepoint,
  upsertAwards,
} from './notice.repository.js';

export type NoticeOutcome =
  | { status: 'created' | 'updated' | 'unchanged' | 'older'; noticeId: string; opportunityId: number | null }
  | { status: 'skipped'; noticeId: string; country: string }
  | {
      status: 'refused';
      reason: 'not_xml' | 'not_eforms' | 'not_procurement' | 'not_yours' | 'invalid';
      detail: string;
    };

export interface NoticeImportOptions {
  /** Only notices from this country (alpha-2); others are skipped. */
  country?: string | null;
  actor: Actor;
  /**
   * The uploader: they may change what the import makes, and a notice may update only an
   * opportunity they may change. null from the command line, which may update any.
   */
  owner: CurrentUser | null;
  /**
   * The uploader's organisation: an opportunity the notice makes whose buyer (BT-500) bears its
   * name becomes the organisation's (its follow-up makes contracts of the awards). Anyone may read
   * in any public notice; a notice of another buyer stays only the uploader's to change.
   */
  ownerOrganisation?: { id: number; name: string } | null;
}

/** The same name, as people write it: case and spacing aside. */
const sameName = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv') === b.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/**
 * Reads one eForms notice into the opportunity of its procedure (BT-04): the first notice makes
 * it, later ones update it, an award notice closes it. The same notice and version again changes
 * nothing. A file that is not an eForms notice is refused before anything is written, and each
 * notice is written whole or not at all.
 */
export async function importNotice(
  ctx: ProcurementContext,
  xml: string,
  options: NoticeImportOptions,
): Promise<NoticeOutcome> {
  return importRead(ctx, readOne(xml), options);
}

/**
 * As importNotice, for a notice already read (in the reader's thread, notice.worker.ts). Given a
 * batch's transaction, the notice is written under a savepoint of it (still whole or not at all,
 * without a commit of its own), or `bare`: straight into it, any error thrown for the batch to
 * roll back and write again notice by notice.
 */
export async function importRead(
  ctx: ProcurementContext,
  read: ReadResult,
  options: NoticeImportOptions,
  inTransaction?: { trx: ProcurementDb; bare: boolean },
): Promise<NoticeOutcome> {
  const ready = prepare(read, options);
  if ('outcome' in ready) return ready.outcome;
  const { facts, op } = ready;
  const modules = ctx.composition.modules;
  if (inTransaction?.bare) return write(inTransaction.trx, ctx.now(), facts, op, options, modules);
  const once = (): Promise<NoticeOutcome> =>
    inTransaction
      ? underSavepoint(inTransaction.trx, (trx) => write(trx, ctx.now(), facts, op, options, modules))
      : ctx.db.transaction().execute((trx) => write(trx, ctx.now(), facts, op, options, modules));
  try {
    return await once().catch((e: unknown) => {
      // Two processes reading the first notices of one procedure at once: the second finds the
      // opportunity the first made when it tries again.
      if ((e as { code?: string }).code === '23505') return once();
      throw e;
    });
  } catch (e) {
    // Whatever else the database refuses in one notice (a value out of range) is that file's
    // error, named with its reason; the other files go on.
    const code = (e as { code?: string }).code;
    if (typeof code === 'string' && /^(22|23)/.test(code)) {
      return { status: 'refused', reason: 'invalid', detail: (e as Error).message };
    }
    throw e;
  }
}

/**
 * A batch of notices straight into its transaction, any error thrown for the batch to roll back
 * (and be written again notice by notice with importRead). The first notice of each procedure not
 * seen before, the most of an import, is written with the others like it: a statement per table
 * for all of them, where one by one took four per notice and the import waited on the database
 * (on PGlite the statements run in the importing thread). The rest go one by one, in order.
 */
export async function importBatch(
  ctx: ProcurementContext,
  trx: ProcurementDb,
  reads: readonly ReadResult[],
  options: NoticeImportOptions,
): Promise<NoticeOutcome[]> {
  const now = ctx.now();
  const ready = reads.map((r) => prepare(r, options));
  const perProcedure = new Map<string, number>();
  for (const r of ready)
    if ('op' in r) perProcedure.set(r.facts.procedureId, (perProcedure.get(r.facts.procedureId) ?? 0) + 1);
  const known = await knownProcedures(trx, [...perProcedure.keys()]);
  const isNew = (r: Writable) => perProcedure.get(r.facts.procedureId) === 1 && !known.has(r.facts.procedureId);
  const made = await createAll(
    trx,
    now,
    ready.filter((r): r is Writable => 'op' in r && isNew(r)),
    options,
    ctx.composition.modules,
  );
  const outcomes: NoticeOutcome[] = [];
  for (const r of ready) {
    if ('outcome' in r) outcomes.push(r.outcome);
    else if (isNew(r))
      outcomes.push({ status: 'created', noticeId: r.facts.noticeId, opportunityId: made.get(r.facts.procedureId)! });
    else outcomes.push(await write(trx, now, r.facts, r.op, options, ctx.composition.modules));
  }
  return outcomes;
}

type Writable = { facts: NoticeFacts; op: NoticeOpportunity };
type Prepared = { outcome: NoticeOutcome } | Writable;

/** What a notice read makes, or why nothing is written for it (refused, another country). */
function prepare(read: ReadResult, options: NoticeImportOptions): Prepared {
  if (!read.ok) return { outcome: { status: 'refused', reason: read.reason, detail: read.detail } };
  const facts = read.facts;
  const op = opportunityFromNotice(facts);
  if (!op) return { outcome: { status: 'refused', reason: 'not_procurement', detail: facts.subtype } };
  if (options.country && op.countryCode !== options.country) {
    return { outcome: { status: 'skipped', noticeId: facts.noticeId, country: op.countryCode } };
  }
  return { facts, op };
}

/** The rows a notice writes: its record, the opportunity's history entry, the opportunity's facts, a new opportunity. */
function rowsOf(now: Date, facts: NoticeFacts, op: NoticeOpportunity, options: NoticeImportOptions) {
  const notice = (opportunityId: number) => ({
    notice_id: facts.noticeId,
    version: facts.version,
    procedure_id: facts.procedureId,
    opportunity_id: opportunityId,
    subtype: facts.subtype,
    issue_date: facts.issueDate,
    imported_at: now,
  });
  const change = (id: number, changes: unknown[]) => ({
    opportunity_id: id,
    at: now,
    actor_user_id: options.owner?.id ?? null,
    actor_label: actorLabel(options.actor),
    kind: 'notice',
    changes: JSON.stringify(changes),
  });
  const ended = op.status === 'closed' || op.status === 'awarded';
  const opportunityFacts = {
    title: op.title,
    description: op.description,
    buyer_name: op.buyerName,
    contact_email: op.contactEmail,
    contact_phone: op.contactPhone,
    notice_url: op.noticeUrl,
    country_code: op.countryCode,
    text_language: op.textLanguage,
    status: op.status,
    notice_stage: STAGES[op.stage],
    updated_at: now,
    ...(ended ? { closed_at: now } : {}),
  };
  const kind = op.kind ?? 'advertised';
  const opportunity = {
    ...opportunityFacts,
    kind,
    source: 'eforms',
    procedure_id: facts.procedureId,
    created_by: options.owner?.id ?? null,
    buyer_organisation_id:
      options.ownerOrganisation && sameName(op.buyerName, options.ownerOrganisation.name)
        ? options.ownerOrganisation.id
        : null,
    created_at: now,
    published_at: now,
    ...derivedColumns({ kind, deadlineAt: null, meetingAt: null }, op.lots),
  };
  return { notice, change, opportunityFacts, opportunity };
}

/** The first notices of procedures not seen before, all at once; the id each procedure's opportunity got. */
async function createAll(
  trx: ProcurementDb,
  now: Date,
  items: readonly Writable[],
  options: NoticeImportOptions,
  modules: readonly AppModule[],
): Promise<Map<string, number>> {
  if (items.length === 0) return new Map();
  const rows = items.map(({ facts, op }) => ({ ...rowsOf(now, facts, op, options), facts, op }));
  const ids = await insertImported(
    trx,
    rows.map((r) => r.opportunity),
  );
  const idOf = (r: (typeof rows)[number]) => ids.get(r.facts.procedureId)!;
  await insertLotsOf(
    trx,
    rows.map((r) => ({ opportunityId: idOf(r), lots: r.op.lots.map(lotColumns) })),
  );
  await recordNotice(
    trx,
    rows.map((r) => r.notice(idOf(r))),
    rows.map((r) => r.change(idOf(r), [])),
  );
  await opportunitiesPublished(trx, rows.filter((r) => r.op.status === 'published').map(idOf), now);
  for (const r of rows) await recordAwards(trx, now, idOf(r), r.facts, modules);
  return ids;
}

async function write(
  trx: ProcurementDb,
  now: Date,
  facts: NoticeFacts,
  op: NoticeOpportunity,
  options: NoticeImportOptions,
  modules: readonly AppModule[],
): Promise<NoticeOutcome> {
  const existing = await selectByProcedure(trx, facts.procedureId, { id: facts.noticeId, version: facts.version });
  if (existing?.seen) return { status: 'unchanged', noticeId: facts.noticeId, opportunityId: existing.id };
  const before = existing ? (await loadOpportunity(trx, existing.id))! : null;
  if (before && options.owner && !mayEdit(options.owner, before)) {
    return { status: 'refused', reason: 'not_yours', detail: before.title };
  }
  const stage = STAGES[op.stage];
  const { notice, change, opportunityFacts, opportunity } = rowsOf(now, facts, op, options);

  if (!existing || !before) {
    const id = await insertOpportunity(trx, opportunity);
    await insertLots(trx, id, op.lots.map(lotColumns));
    await recordNotice(trx, notice(id), change(id, []));
    if (op.status === 'published') await opportunitiesPublished(trx, [id], now);
    await recordAwards(trx, now, id, facts, modules);
    return { status: 'created', noticeId: facts.noticeId, opportunityId: id };
  }

  // An earlier stage, or a notice issued before the last one read (read in another order than
  // published), is kept on record and changes nothing.
  const issuedBefore =
    facts.issueDate !== null && existing.latest_issue !== null && facts.issueDate < existing.latest_issue;
  if (stage < (existing.notice_stage ?? 0) || issuedBefore) {
    await insertNotice(trx, notice(existing.id));
    return { status: 'older', noticeId: facts.noticeId, opportunityId: existing.id };
  }
  const kind = op.kind ?? before.kind;
  await updateOpportunity(trx, existing.id, { ...opportunityFacts, kind });
  // An award or change notice carries no reservation (BT-71) or deadline: the lots stand as the
  // plan or call made them, with what the buyer added. A change notice may leave out the lots.
  const result = op.stage === 'result' || op.stage === 'change';
  if (op.lots.length > 0 && !(result && before.lots.length > 0)) {
    await deleteLots(trx, existing.id);
    await insertLots(trx, existing.id, op.lots.map(lotColumns));
  }
  const after = (await loadOpportunity(trx, existing.id))!;
  await updateOpportunity(trx, existing.id, derivedColumns(after, after.lots));
  const moved = before.status === after.status ? [] : [{ field: 'status', before: before.status, after: after.status }];
  await recordNotice(trx, notice(existing.id), change(existing.id, [...moved, ...diffOpportunities(before, after)]));
  await deadlinesChanged(trx, before, after, now);
  await recordAwards(trx, now, existing.id, facts, modules);
  return { status: 'updated', noticeId: facts.noticeId, opportunityId: existing.id };
}

/** The event the follow-up module makes contracts of: the lots an award notice names winners of. */
export const LOT_AWARDED_EVENT = 'procurement.lot_awarded';
export interface LotAwardedEvent {
  opportunityId: number;
}

/**
 * Who won each lot, from a result notice: kept per lot, and told as an event to the modules that
 * listen (the follow-up makes a contract of each), in the notice's transaction.
 */
async function recordAwards(
  trx: ProcurementDb,
  now: Date,
  opportunityId: number,
  facts: NoticeFacts,
  modules: readonly AppModule[],
): Promise<void> {
  const won = facts.awards.filter((a) => a.winners.length > 0);
  if (won.length === 0) return;
  const positions = await selectLotPositions(trx, opportunityId);
  const rows = won.flatMap((a) => {
    const position = positions.get(a.lotRef);
    if (position === undefined) return [];
    return [
      {
        opportunity_id: opportunityId,
        lot_position: position,
        winners: JSON.stringify(a.winners),
        value: a.value?.amount ?? null,
        currency: a.value?.currency ?? null,
        concluded_on: a.concludedOn,
        notice_id: facts.noticeId,
        recorded_at: now,
      },
    ];
  });
  if (rows.length === 0) return;
  await upsertAwards(trx, rows);
  await publish(trx, modules, LOT_AWARDED_EVENT, { opportunityId } satisfies LotAwardedEvent, now);
}
