import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SWEDISH_TIME_ZONE } from '../calendar.js';

/**
 * The backups in BACKUP_DIR: `asf-ÅÅÅÅ-MM-DD-TTMMSS.sql.gz`, named by the Swedish clock so that
 * an admin finds yesterday's at a glance (to the second, so that two taken in one minute are two
 * files; older names without seconds are read too). A file is written under a temporary name and
 * renamed when whole, so a crash half-way never leaves a half backup that looks whole.
 */
const NAME = /^asf-(\d{4}-\d{2}-\d{2})-(\d{2})(\d{2})(\d{2})?\.sql\.gz$/;
const TEMP = /^\.asf-.*\.tmp$/;

export interface BackupFile {
  name: string;
  /** The Swedish calendar day in the name. */
  day: string;
  /** When it was taken, Swedish time, from its name: 'ÅÅÅÅ-MM-DD TT:MM'. */
  taken: string;
  bytes: number;
  modifiedAt: Date;
}

const nameParts = new Intl.DateTimeFormat('sv-SE', {
  timeZone: SWEDISH_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export function backupFileName(at: Date): string {
  const p = Object.fromEntries(nameParts.formatToParts(at).map((x) => [x.type, x.value]));
  return `asf-${p.year}-${p.month}-${p.day}-${p.hour}${p.minute}${p.second}.sql.gz`;
}

export function isBackupFileName(name: string): boolean {
  return NAME.test(name);
}

export async function writeBackupFile(dir: string, name: string, bytes: Uint8Array): Promise<string> {
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${name}.${randomBytes(4).toString('hex')}.tmp`);
  await writeFile(temp, bytes, { mode: 0o600 });
  const path = join(dir, name);
  await rename(temp, path);
  return path;
}

/** Newest first. A missing folder is no backups yet. */
export async function listBackups(dir: string): Promise<BackupFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const files: BackupFile[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m) continue;
    const s = await stat(join(dir, name));
    files.push({ name, day: m[1]!, taken: `${m[1]} ${m[2]}:${m[3]}`, bytes: s.size, modifiedAt: s.mtime });
  }
  return files.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/**
 * Which backups to keep: every one from the last 24 hours before `now` (an admin who takes one
 * after a mistake must not lose the night's, taken before it), the newest of each of the last
 * `daily` days that have one, and the newest of each of the last `weekly` weeks (Monday to
 * Sunday) that have one. The rest go.
 */
export function backupsToKeep(files: readonly BackupFile[], daily: number, weekly: number, now?: Date): Set<string> {
  const newestFirst = [...files].sort((a, b) => (a.name < b.name ? 1 : -1));
  const keep = new Set<string>();
  if (now) {
    // By the time in the name (not the file's own time, which a copy or a test clock changes).
    const since = stampOf(backupFileName(new Date(now.getTime() - 86_400_000)));
    const until = stampOf(backupFileName(now));
    for (const f of files) {
      const stamp = stampOf(f.name);
      if (stamp > since && stamp <= until) keep.add(f.name);
    }
  }
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const f of newestFirst) {
    if (!days.has(f.day) && days.size < daily) {
      days.add(f.day);
      keep.add(f.name);
    }
    const week = mondayOf(f.day);
    if (!weeks.has(week) && weeks.size < weekly) {
      weeks.add(week);
      keep.add(f.name);
    }
  }
  return keep;
}

/** 'ÅÅÅÅ-MM-DD-TTMMSS' of a backup's name, comparable as text (an older name without seconds as :00). */
function stampOf(name: string): string {
  const m = NAME.exec(name);
  return m ? `${m[1]}-${m[2]}${m[3]}${m[4] ?? '00'}` : '';
}

function mondayOf(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** Removes the backups not kept, and temporary files a crash left (older than an hour). */
export async function pruneBackups(dir: string, daily: number, weekly: number, now: Date): Promise<string[]> {
  const files = await listBackups(dir);
  const keep = backupsToKeep(files, daily, weekly, now);
  const removed: string[] = [];
  for (const f of files) {
    if (keep.has(f.name)) continue;
    await unlink(join(dir, f.name));
    removed.push(f.name);
  }
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!TEMP.test(name)) continue;
    const s = await stat(join(dir, name)).catch(() => undefined);
    if (s && now.getTime() - s.mtimeMs > 3_600_000) await unlink(join(dir, name)).catch(() => undefined);
  }
  return removed;
}
