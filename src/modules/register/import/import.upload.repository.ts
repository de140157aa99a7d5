import type { Selectable } from 'kysely';
import type { ImportUploadTable } from '../register.tables.js';
import type { RegisterDb } from '../db.js';

/**
 * All SQL of the browser import: the uploaded files kept between the preview and the import,
 * and the ids the import's versions need. A file's bytes are kept only until it is imported;
 * the row stays (name, who, when) as the record of the import.
 */
export type UploadRow = Selectable<ImportUploadTable>;

export async function insertUpload(
  db: RegisterDb,
  u: { id: string; userId: number; fileName: string; content: Uint8Array; now: Date },
): Promise<void> {
  await db
    .insertInto('import_upload')
    .values({ id: u.id, user_id: u.userId, file_name: u.fileName, content: u.content, created_at: u.now })
    .execute();
}

export async function findUpload(db: RegisterDb, id: string): Promise<UploadRow | undefined> {
  return db.selectFrom('import_upload').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Marks the file imported and drops its bytes (they are in the register now, and may hold
 * contact details nobody needs twice); false when it already was (a second click, another tab).
 */
export async function markUploadImported(db: RegisterDb, id: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('import_upload')
    // The column is not null: an empty file stands for "no longer kept".
    .set({ imported_at: now, content: new Uint8Array(0) })
    .where('id', '=', id)
    .where('imported_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Files uploaded before the cutoff and never imported: abandoned after the preview. */
export async function deleteUploadsNotImportedBefore(db: RegisterDb, cutoff: Date): Promise<number> {
  const r = await db
    .deleteFrom('import_upload')
    .where('imported_at', 'is', null)
    .where('created_at', '<', cutoff)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** A user's uploads without their contents, newest first (their own data, /konto). */
export async function uploadsOfUser(
  db: RegisterDb,
  userId: number,
): Promise<{ id: string; file_name: string; created_at: Date; imported_at: Date | null }[]> {
  return db
    .selectFrom('import_upload')
    .select(['id', 'file_name', 'created_at', 'imported_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
}

/** A deleted account's uploads go with it. */
export async function deleteUploadsOf(db: RegisterDb, userId: number): Promise<void> {
  await db.deleteFrom('import_upload').where('user_id', '=', userId).execute();
}

/** Ids behind org.nrs just written by an import (the bulk write reports org.nrs only). */
export async function enterpriseIdsByOrgnr(db: RegisterDb, orgnrs: readonly string[]): Promise<Map<string, number>> {
  if (orgnrs.length === 0) return new Map();
  const rows = await db.selectFrom('enterprise').select(['id', 'orgnr']).where('orgnr', 'in', orgnrs).execute();
  return new Map(rows.map((r) => [r.orgnr, r.id]));
}

/** The column choices and date the file is to be read with (ImportSettings as JSON). */
export async function setUploadSettings(db: RegisterDb, id: string, settings: unknown): Promise<void> {
  await db
    .updateTable('import_upload')
    .set({ settings: JSON.stringify(settings) })
    .where('id', '=', id)
    .where('imported_at', 'is', null)
    .execute();
}

/**
 * The importing coordinator attested that the four criteria were checked (issue 9 §2): the
 * enterprises written that no coordinator had reviewed become reviewed, by them, now. Ones
 * already reviewed keep who and when (a later file does not rewrite an earlier decision).
 */
export async function markCriteriaReviewed(
  db: RegisterDb,
  ids: readonly number[],
  at: Date,
  byLabel: string,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('enterprise')
    .set({ verified_at: at, verified_by: byLabel })
    .where('id', 'in', ids)
    .where('verified_at', 'is', null)
    .execute();
}
