import type { Migration } from 'kysely';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { audit } from '../audit/audit.service.js';
import { backupSettings, type Config } from '../config/config.js';
import { openDatabase, type Database } from '../db/database.js';
import { analyze } from '../db/maintenance.js';
import { migrateToLatest } from '../db/migrations.js';
import { acquireDataDirLock, commandSocketPath, LOCK_FILE } from '../owner/lock.js';
import { existingTables, restoreScript, type RestoreResult } from './restore.js';

/**
 * `asf restore`: a backup into the configured database, which must be empty unless the user
 * says --force. Then the embedded database's folder is moved aside whole (nothing is deleted)
 * and a PostgreSQL database's public schema is emptied. After loading, the database is brought
 * to the newest migration, so a backup from an older version opens in this one.
 */
export interface RestoreOutcome extends RestoreResult {
  /** Where the embedded database that was there before now is. */
  movedAside: string | null;
  migrations: string[];
}

export class TargetNotEmptyError extends Error {
  constructor(readonly tables: string[]) {
    super(`target has ${tables.length} tables`);
  }
}

export interface RestoreOptions {
  force: boolean;
  /** The composed migrations, run after the restore: a backup from an older version is brought up to date. */
  migrations: Readonly<Record<string, Migration>>;
  fileName: string;
  now: Date;
  onProgress?: (done: number, total: number) => void;
}

export async function restoreConfigured(
  config: Config,
  script: string,
  options: RestoreOptions,
): Promise<RestoreOutcome> {
  if (config.DATABASE_URL) {
    const database = await openDatabase({ url: config.DATABASE_URL });
    try {
      const tables = await existingTables(database);
      if (tables.length > 0 && !options.force) throw new TargetNotEmptyError(tables);
      return { ...(await load(database, script, options, tables.length > 0)), movedAside: null };
    } finally {
      await database.close();
    }
  }
  const dir = config.DATA_DIR;
  let movedAside: string | null = null;
  let lock: ReturnType<typeof acquireDataDirLock> | undefined;
  if (existsSync(join(dir, 'PG_VERSION'))) {
    const before = await openDatabase({ dataDir: dir });
    const tables = await existingTables(before).finally(() => before.close());
    if (tables.length > 0 && !options.force) throw new TargetNotEmptyError(tables);
    // An initialised but empty database (a restore that stopped half-way) is simply filled.
    if (tables.length > 0) ({ movedAside, lock } = await moveDataDirAside(config, options.now));
  }
  try {
    const database = await openDatabase({ dataDir: dir });
    try {
      return { ...(await load(database, script, options, false)), movedAside };
    } finally {
      await database.close();
    }
  } catch (e) {
    // A restore that fails changes nothing: the database that was there goes back in place.
    if (movedAside) await moveBack(config, movedAside);
    throw e;
  } finally {
    lock?.release();
  }
}

async function load(
  database: Database,
  script: string,
  options: RestoreOptions,
  replacePublic: boolean,
): Promise<Omit<RestoreOutcome, 'movedAside'>> {
  const result = await restoreScript(database, script, { onProgress: options.onProgress, replacePublic });
  const migrations = await migrateToLatest(database.db, options.migrations);
  await analyze(database.db, database.kind);
  await audit(database.db, {
    at: options.now,
    actor: { system: 'Kommandoraden (asf restore)' },
    action: 'restore',
    subject: options.fileName,
    details: { file: options.fileName, tables: result.tables, rows: result.rows, migrations },
  });
  return { ...result, migrations };
}

/**
 * The whole folder is renamed in one step, so it is never half moved. This process held the
 * folder's lock, which went with it; it takes the new, empty folder's lock before anyone else
 * can, or stops with the old database safe where it was moved. The backups folder comes back.
 */
async function moveDataDirAside(config: Config, now: Date) {
  const dir = resolve(config.DATA_DIR);
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const movedAside = join(dirname(dir), `${basename(dir)}-fore-aterstallning-${stamp}`);
  await rename(dir, movedAside);
  await mkdir(dir, { recursive: true });
  const lock = acquireDataDirLock(dir, {
    role: 'command',
    what: 'asf restore',
    socket: null,
  });
  await rm(join(movedAside, LOCK_FILE), { force: true });
  await rm(commandSocketPath(movedAside), { force: true });
  const backups = backupsFolderIn(config);
  if (backups) await moveIfThere(join(movedAside, backups), join(dir, backups));
  return { movedAside, lock };
}

/** After a failed restore: the backups folder back into the old database's folder, and that back in place. */
async function moveBack(config: Config, movedAside: string): Promise<void> {
  const dir = resolve(config.DATA_DIR);
  const backups = backupsFolderIn(config);
  if (backups) await moveIfThere(join(dir, backups), join(movedAside, backups));
  // What is left is the empty database this restore made, and its lock.
  await rm(dir, { recursive: true, force: true });
  await rename(movedAside, dir);
}

/** BACKUP_DIR relative to DATA_DIR when it is inside it (by default: sakerhetskopior). */
function backupsFolderIn(config: Config): string | null {
  const dir = resolve(config.DATA_DIR);
  const backups = resolve(backupSettings(config).dir);
  return backups.startsWith(dir + sep) ? relative(dir, backups) : null;
}

async function moveIfThere(from: string, to: string): Promise<void> {
  if (!existsSync(from)) return;
  await mkdir(dirname(to), { recursive: true });
  await rename(from, to);
}
