import { isDeepStrictEqual } from 'node:util';
import type { Kysely, Transaction } from 'kysely';
import { actorLabel, audit, COMMAND_LINE } from '../../../platform/audit/audit.service.js';
import { lockEnterprisesByOrgnrs, upsertEnterprisesBulk, type BulkItem } from '../enterprise/enterprise.repository.js';
import { factsOf, toEnterprise } from '../enterprise/enterprise.service.js';
import {
  FACT_GROUPS,
  type Enterprise,
  type EnterpriseFacts,
  type FactGroup,
  type FactSource,
} from '../enterprise/enterprise.types.js';
import { findAggregatesByOrgnrs } from '../enterprise/aggregates.repository.js';
import { insertVersions } from '../enterprise/history.repository.js';
import { cleanCell } from './import.cells.js';
import { EXPORT_ONLY_COLUMNS, foldHeader, primaryLabel } from './import.columns.js';
import type { ParsedTable } from './import.parse.js';
import { isDateMissing, planImport, type ImportPlan } from './import.plan.js';
import { canonical, validateRow } from './import.row.js';
import { enterpriseIdsByOrgnr, markCriteriaReviewed } from './import.upload.repository.js';
import { buildSearchColumns } from '../enterprise/search-columns.js';
import type { RegisterDB } from '../db.js';
import type { ImportOptions, ImportReport } from './import.types.js';
import { importText } from './import.text.js';

/**
 * Imports a coordinator's spreadsheet of enterprises: every row is checked and every problem
 * reported (row, column, Swedish message); the whole file is written in one transaction, or
 * nothing is. Enterprises are matched by org.nr, and a row that would change nothing is not
 * written, so importing the same file twice changes nothing the second time.
 *
 * The steps (plan, check, write) are exported so that import.worker.ts can check rows in a
 * worker thread while the database writes the rows already checked.
 */

/**
 * What one written row does to one enterprise, for its version: the facts before (null when the
 * row creates it) and after, in the register's domain shape.
 */
export interface ImportChange {
  orgnr: string;
  before: EnterpriseFacts | null;
  after: EnterpriseFacts;
  statusBefore: string | null;
  statusAfter: string;
}

/** Rows per write; progress is reported after each. */
export const WRITE_BATCH = 500;

/**
 * The enterprises the file names, as the register has them. An import that writes reads them in
 * its own transaction, locked until it commits: what it compares with, keeps, and records as
 * "before" in the versions is then what it writes over, not a copy that a decision, an edit or
 * the yearly scan changed meanwhile. A dry run just reads.
 */
export async function loadExisting(
  db: Kysely<RegisterDB>,
  orgnrs: readonly string[],
  { lock }: { lock: boolean },
): Promise<Map<string, Enterprise>> {
  if (lock) await lockEnterprisesByOrgnrs(db, orgnrs);
  const existing = new Map<string, Enterprise>();
  for (const [orgnr, agg] of await findAggregatesByOrgnrs(db, orgnrs)) existing.set(orgnr, toEnterprise(agg));
  return existing;
}

/**
 * Checks every row against what is stored and hands the rows to write to `emit`, a batch at a
 * time. Stops handing out rows at the first problem unless invalid rows are to be skipped, as
 * nothing will be written then. Fills in the plan's report.
 */
export function checkRows(
  table: ParsedTable,
  plan: ImportPlan,
  existing: ReadonlyMap<string, Enterprise>,
  options: Omit<ImportOptions, 'onProgress' | 'inTransaction' | 'chooseSettings'>,
  emit: (batch: BulkItem[], changes: ImportChange[]) => void,
  onChecked?: (done: number, total: number) => void,
): void {
  const { map, report, orgnrOf } = plan;
  const now = options.now ?? new Date();
  const source: FactSource = {
    source: options.source,
    at: now.toISOString(),
    ...(options.note ? { note: options.note } : {}),
  };
  // An exported file says which enterprises are fictional; new ones from it stay marked so.
  const demoColumn = table.headers.findIndex((h) => foldHeader(h) === foldHeader(EXPORT_ONLY_COLUMNS.demo));
  const writing = () => !options.dryRun && (options.skipInvalid || report.invalid.length === 0);
  let batch: BulkItem[] = [];
  let changes: ImportChange[] = [];
  let checked = 0;
  for (const row of table.rows) {
    const orgnr = orgnrOf.get(row.rowNumber);
    if (row.cells.slice(table.headers.length).some((c) => c.trim() !== '')) {
      // Every later cell would be read into the wrong column; saying why helps more than their errors.
      report.invalid.push({
        row: row.rowNumber,
        column: table.headers.at(-1) ?? primaryLabel('orgnr'),
        message: importText.problems.tooManyCells,
      });
    } else if (orgnr !== undefined) {
      const before = existing.get(orgnr);
      const beforeFacts = before ? canonical(factsOf(before)) : null;
      const { facts, problems } = validateRow(map, row.cells, beforeFacts, orgnr, plan.settings.reportedOn);
      for (const p of problems) report.invalid.push({ row: row.rowNumber, ...p });
      if (facts && beforeFacts && isDeepStrictEqual(facts, beforeFacts)) report.unchanged++;
      else if (facts) {
        if (before) report.updated++;
        else report.created++;
        if (writing()) {
          const isDemo = before
            ? before.isDemo
            : demoColumn >= 0 && /^(ja|yes|true|1)$/i.test(cleanCell(row.cells[demoColumn] ?? ''));
          const meta = metaFor(facts, before, beforeFacts, source, isDemo);
          batch.push({ facts, meta, search: buildSearchColumns(facts) });
          changes.push({
            orgnr,
            before: beforeFacts,
            after: facts,
            statusBefore: before?.status ?? null,
            statusAfter: meta.status,
          });
          if (batch.length >= WRITE_BATCH) {
            emit(batch, changes);
            batch = [];
            changes = [];
          }
        }
      }
    }
    if (++checked % 1000 === 0) onChecked?.(checked, table.rows.length);
  }
  if (batch.length > 0 && writing()) emit(batch, changes);
  report.invalidRows = new Set(report.invalid.map((p) => p.row)).size;
  report.invalid.sort((a, b) => a.row - b.row);
  report.dateMissing = isDateMissing(plan);
}

/** Whether a checked file may be written: not a dry run, and no bad rows unless they are skipped. */
export function mayWrite(report: ImportReport, options: Pick<ImportOptions, 'dryRun' | 'skipInvalid'>): boolean {
  return !options.dryRun && (report.invalidRows === 0 || options.skipInvalid) && report.created + report.updated > 0;
}

export function writeBatch(trx: Transaction<RegisterDB>, batch: readonly BulkItem[]): Promise<string[]> {
  return upsertEnterprisesBulk(trx, batch, 'update');
}

/**
 * A version for every enterprise a batch created or changed (issue 3 §7: every change kept),
 * written in the import's transaction right after the batch. Not flagged for review: imports
 * are made by coordinators, who are the ones that review. When the coordinator attested that
 * the four criteria were checked, the written enterprises become reviewed here too.
 */
export async function writeImportVersions(
  trx: Transaction<RegisterDB>,
  changes: readonly ImportChange[],
  options: Pick<ImportOptions, 'actor' | 'now' | 'criteriaAttested'>,
): Promise<void> {
  if (changes.length === 0) return;
  const ids = await enterpriseIdsByOrgnr(
    trx,
    changes.map((c) => c.orgnr),
  );
  const actor = options.actor ?? COMMAND_LINE;
  const at = options.now ?? new Date();
  const label = actorLabel(actor);
  const userId = actor && 'id' in actor ? actor.id : null;
  await insertVersions(
    trx,
    changes.map((c) => {
      const enterpriseId = ids.get(c.orgnr);
      if (enterpriseId === undefined) throw new Error(`imported enterprise ${c.orgnr} not found`);
      return {
        enterpriseId,
        at,
        actorUserId: userId,
        actorLabel: label,
        action: 'imported',
        statusBefore: c.statusBefore,
        statusAfter: c.statusAfter,
        before: c.before,
        after: c.after,
        flaggedFields: [],
      };
    }),
  );
  if (options.criteriaAttested) await markCriteriaReviewed(trx, [...ids.values()], at, label);
}

/** The audit log's entry for a written file, in the same transaction as the rows. */
export async function auditImport(
  trx: Transaction<RegisterDB>,
  report: ImportReport,
  options: ImportOptions,
): Promise<void> {
  await audit(trx, {
    at: options.now ?? new Date(),
    actor: options.actor ?? COMMAND_LINE,
    action: 'import',
    subject: options.note ?? null,
    ip: options.ip ?? null,
    details: {
      file: options.note ?? null,
      format: options.format ?? null,
      rows: report.total,
      created: report.created,
      updated: report.updated,
      unchanged: report.unchanged,
      invalidRowsSkipped: report.invalidRows,
      // The coordinator's word that the four ASF criteria were checked for the file's enterprises
      // (absent: not attested, the new enterprises wait in the review queue).
      ...(options.criteriaAttested ? { criteriaAttested: true } : {}),
      // How the file was read, when not by its headers alone: what a later reader needs to redo it.
      ...(report.settings.columns.length > 0 || report.settings.reportedOn ? { settings: report.settings } : {}),
    },
  });
}

/** The whole import in this thread: check everything, then write in one transaction. */
export async function importEnterprises(
  db: Kysely<RegisterDB>,
  table: ParsedTable,
  options: ImportOptions,
): Promise<ImportReport> {
  const settings = options.chooseSettings ? await options.chooseSettings(table.headers) : options.settings;
  const plan = planImport(table, settings);
  if (plan.blocked) return plan.report;
  const { report } = plan;
  const orgnrs = [...plan.orgnrOf.values()];
  const now = options.now ?? new Date();
  const check = (existing: ReadonlyMap<string, Enterprise>) => {
    const batches: { items: BulkItem[]; changes: ImportChange[] }[] = [];
    checkRows(
      table,
      plan,
      existing,
      { ...options, now },
      (items, changes) => batches.push({ items, changes }),
      (done, total) => options.onProgress?.(done, total, 'kontroll'),
    );
    return batches;
  };
  if (options.dryRun) {
    check(await loadExisting(db, orgnrs, { lock: false }));
    return report;
  }
  // One transaction for the whole file, read and checked in it too (see loadExisting): a failure
  // half-way, or rows that may not be written, leave the register as it was.
  try {
    await db.transaction().execute(async (trx) => {
      await options.inTransaction?.(trx);
      const batches = check(await loadExisting(trx, orgnrs, { lock: true }));
      if (!mayWrite(report, options)) throw new Rollback();
      const total = batches.reduce((n, b) => n + b.items.length, 0);
      let written = 0;
      for (const batch of batches) {
        await writeBatch(trx, batch.items);
        await writeImportVersions(trx, batch.changes, { ...options, now });
        written += batch.items.length;
        options.onProgress?.(written, total, 'skrivning');
      }
      await auditImport(trx, report, { ...options, now });
    });
  } catch (e) {
    if (e instanceof Rollback) return report;
    throw e;
  }
  report.written = true;
  return report;
}

/** Thrown to end the import's transaction without writing (bad rows, or nothing to write). */
export class Rollback extends Error {}

/** The user stopped the import (ImportOptions.signal); nothing of it was written. */
export class ImportCancelled extends Error {}

/** Which group of facts each part of the input belongs to, for the per-group sources. */
const GROUP_OF: Record<FactGroup, (f: EnterpriseFacts) => unknown> = {
  basics: (f) => [
    f.name,
    f.legalForm,
    f.foundedYear,
    f.description,
    f.website,
    f.email,
    f.phone,
    f.address,
    f.networks,
  ],
  areas: (f) => f.operatingAreas,
  offerings: (f) => f.offerings,
  employees: (f) => [f.employees, f.targetGroups],
  certifications: (f) => f.certifications,
  training: (f) => f.trainingPlaces,
};

/**
 * New: published but not reviewed against the criteria (verifiedAt null: "imported, not
 * reviewed", in the coordinators' queue) unless the import is attested, which writeImportVersions
 * records with who and when; every group from this file. Changed: the changed groups re-sourced;
 * status, verification and demo flag as they are (the bulk write leaves them alone anyway: an
 * import is no decision and no confirmation).
 */
function metaFor(
  facts: EnterpriseFacts,
  before: Enterprise | undefined,
  beforeFacts: EnterpriseFacts | null,
  source: FactSource,
  isDemo: boolean,
): BulkItem['meta'] {
  const sources: Partial<Record<FactGroup, FactSource>> = { ...(before?.sources ?? {}) };
  for (const group of FACT_GROUPS) {
    if (!beforeFacts || !isDeepStrictEqual(GROUP_OF[group](facts), GROUP_OF[group](beforeFacts)))
      sources[group] = source;
  }
  if (before) return { status: before.status, isDemo: before.isDemo, sources, verifiedAt: before.verifiedAt };
  return { status: 'published', isDemo, sources, verifiedAt: null };
}
