import { actorLabel, type Actor } from '../../../platform/audit/audit.service.js';
import type { ProcurementContext, ProcurementDb } from '../db.js';
import { diffOpportunities } from '../opportunity/opportunity.diff.js';
import { insertLots, insertOpportunity, updateOpportunity } from '../opportunity/opportunity.repository.js';
import { derivedColumns, lotColumns } from '../opportunity/opportunity.rows.js';
import { loadOpportunity, mayEdit } from '../opportunity/opportunity.service.js';
import { opportunityFromNotice, STAGES, type NoticeOpportunity } from './notice.map.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import type { NoticeFacts } from './notice.read.js';
import { readOne, type ReadResult } from './notice.worker.js';
import { deleteLots, insertNotice, recordNotice, selectByProcedure, underSavepoint } from './notice.repository.js';

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
}

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
  if (!read.ok) return { status: 'refused', reason: read.reason, detail: read.detail };
  const facts = read.facts;
  const op = opportunityFromNotice(facts);
  if (!op) return { status: 'refused', reason: 'not_procurement', detail: facts.subtype };
  if (options.country && op.countryCode !== options.country) {
    return { status: 'skipped', noticeId: facts.noticeId, country: op.countryCode };
  }
  if (inTransaction?.bare) return write(inTransaction.trx, ctx.now(), facts, op, options);
  const once = (): Promise<NoticeOutcome> =>
    inTransaction
      ? underSavepoint(inTransaction.trx, (trx) => write(trx, ctx.now(), facts, op, options))
      : ctx.db.transaction().execute((trx) => write(trx, ctx.now(), facts, op, options));
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

async function write(
  trx: ProcurementDb,
  now: Date,
  facts: NoticeFacts,
  op: NoticeOpportunity,
  options: NoticeImportOptions,
): Promise<NoticeOutcome> {
  const existing = await selectByProcedure(trx, facts.procedureId, { id: facts.noticeId, version: facts.version });
  if (existing?.seen) return { status: 'unchanged', noticeId: facts.noticeId, opportunityId: existing.id };
  const before = existing ? (await loadOpportunity(trx, existing.id))! : null;
  if (before && options.owner && !mayEdit(options.owner, before)) {
    return { status: 'refused', reason: 'not_yours', detail: before.title };
  }
  const stage = STAGES[op.stage];
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
  const facts_ = {
    title: op.title,
    description: op.description,
    buyer_name: op.buyerName,
    contact_email: op.contactEmail,
    contact_phone: op.contactPhone,
    notice_url: op.noticeUrl,
    country_code: op.countryCode,
    text_language: op.textLanguage,
    status: op.status,
    notice_stage: stage,
    updated_at: now,
    ...(ended ? { closed_at: now } : {}),
  };

  if (!existing || !before) {
    const kind = op.kind ?? 'advertised';
    const id = await insertOpportunity(trx, {
      ...facts_,
      kind,
      source: 'eforms',
      procedure_id: facts.procedureId,
      created_by: options.owner?.id ?? null,
      created_at: now,
      published_at: now,
      ...derivedColumns({ kind, deadlineAt: null, meetingAt: null }, op.lots),
    });
    await insertLots(trx, id, op.lots.map(lotColumns));
    await recordNotice(trx, notice(id), change(id, []));
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
  await updateOpportunity(trx, existing.id, { ...facts_, kind });
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
  return { status: 'updated', noticeId: facts.noticeId, opportunityId: existing.id };
}
