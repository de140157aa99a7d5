import { audit, type Actor } from '../audit/audit.service.js';
import { backupSettings, type Config } from '../config/config.js';
import type { AppContext } from '../context.js';
import type { Database } from '../db/database.js';
import { backupFileName, pruneBackups, writeBackupFile } from './backup.files.js';
import { backupHeading, DumpError, dumpDatabase, encodeBackup } from './dump.js';

export interface Backup {
  /** The file's bytes, compressed when its name ends in .gz. */
  bytes: Uint8Array;
  /** Size of the SQL before compression. */
  sqlBytes: number;
  /** Time taken to read the database (the embedded one waits for nothing else meanwhile). */
  dumpMs: number;
}

/** Reads the whole database into a backup file's bytes. */
export async function makeBackup(database: Database, config: Config, fileName: string, at: Date): Promise<Backup> {
  const started = performance.now();
  const sqlText = backupHeading(at, database.kind) + (await dumpDatabase(database, config.DATABASE_URL));
  const dumpMs = Math.round(performance.now() - started);
  return { bytes: await encodeBackup(sqlText, fileName), sqlBytes: Buffer.byteLength(sqlText), dumpMs };
}

export interface FolderBackup extends Backup {
  name: string;
  removed: string[];
}

/**
 * A backup into BACKUP_DIR (the nightly job, and an admin's "now" button), then the old ones
 * thinned out to the days and weeks kept. Written in the audit log.
 */
export async function backupToFolder(ctx: AppContext, actor: Actor): Promise<FolderBackup> {
  const now = ctx.now();
  const { dir } = backupSettings(ctx.config);
  const name = backupFileName(now);
  const backup = await makeBackup(ctx.database, ctx.config, name, now);
  try {
    await writeBackupFile(dir, name, backup.bytes);
  } catch (e) {
    // A full disk or a folder the server may not write: said on the admin page and in the
    // nightly job's error, in Swedish, rather than as an internal error.
    throw new DumpError(`Kopian kunde inte sparas i mappen ${dir}: ${(e as Error).message}`);
  }
  const removed = await pruneBackups(dir, ctx.config.BACKUP_KEEP_DAILY, ctx.config.BACKUP_KEEP_WEEKLY, now);
  await audit(ctx.db, {
    at: now,
    actor,
    action: 'backup',
    subject: name,
    details: { file: name, bytes: backup.bytes.length, dumpMs: backup.dumpMs, removed },
  });
  return { ...backup, name, removed };
}
