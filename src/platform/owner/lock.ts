import { createHash, randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { formatDateTime } from '../i18n/format.js';

/**
 * One owner per embedded-database folder. PGlite is PostgreSQL in the process with no server
 * in front: two processes that open the same folder both write its files, and the register is
 * lost (seen: "found xmin … from before relfrozenxid", then PGlite aborting at every start).
 * The process that opens a folder first writes `asf.lock` in it; everyone else reads who holds
 * it. A lock whose process is gone (kill -9, a power cut) is recognised and taken over.
 */
export const LOCK_FILE = 'asf.lock';

export type OwnerRole = 'server' | 'command';

export interface LockHolder {
  pid: number;
  host: string;
  /** Linux: the boot and the process's start time, so that a reused pid is not taken for the owner. */
  identity: string | null;
  role: OwnerRole;
  /** What the holder runs, for the message a second process shows ("asf import enterprises …"). */
  what: string;
  startedAt: string;
  /** The server's command channel (see channel.server.ts); null for a command. */
  socket: string | null;
  /** Proves to the server that a client could read this file (it is readable by its owner only). */
  token: string;
}

export interface DataDirLock {
  readonly path: string;
  readonly holder: LockHolder;
  /** Removes the lock if it is still ours. */
  release(): void;
  /** Whether the lock file still names this process (someone may have deleted it by hand). */
  stillHeld(): boolean;
  /**
   * For a long-running owner: puts the lock back if someone deleted the file, and says 'lost'
   * if another process has written its own meanwhile (it may have opened the database too).
   */
  check(): 'held' | 'restored' | 'lost';
}

/** The folder is held by a live process; the message says which, in Swedish. */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(busyMessage(dataDir, holder));
  }
}

export function lockPath(dataDir: string): string {
  return join(dataDir, LOCK_FILE);
}

/**
 * Takes the folder's lock or throws DataDirBusyError. The file is written whole under a
 * temporary name and then hard-linked into place, which fails if the name exists: no reader
 * ever sees half a lock, and of two processes starting together exactly one wins.
 */
export function acquireDataDirLock(
  dataDir: string,
  who: { role: OwnerRole; what: string; socket?: string | null },
): DataDirLock {
  const path = lockPath(dataDir);
  const holder: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    identity: processIdentity(process.pid),
    role: who.role,
    what: who.what,
    startedAt: new Date().toISOString(),
    socket: who.socket ?? null,
    token: randomBytes(24).toString('base64url'),
  };
  const text = JSON.stringify(holder, null, 2);
  for (let attempt = 0; attempt < 10; attempt++) {
    if (createWhole(path, text)) return ownLock(path, holder);
    const current = readLockText(path);
    if (current === undefined) continue; // released meanwhile: try again
    const other = parseHolder(current);
    if (other && isAlive(other)) throw new DataDirBusyError(dataDir, other);
    takeOver(path, current);
  }
  throw new Error(`Kunde inte ta låset ${path}: det byttes ägare hela tiden.`);
}

/** Who holds the folder now, if anyone alive does. */
export function readLiveHolder(dataDir: string): LockHolder | undefined {
  const text = readLockText(lockPath(dataDir));
  const holder = text === undefined ? undefined : parseHolder(text);
  return holder && isAlive(holder) ? holder : undefined;
}

/** Creates the file with its whole content, or gives false if the name exists. */
function createWhole(path: string, text: string): boolean {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temp, text, { mode: 0o600 });
  try {
    linkSync(temp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return false;
  } finally {
    unlinkSync(temp);
  }
}

function ownLock(path: string, holder: LockHolder): DataDirLock {
  const stillHeld = () => parseHolder(readLockText(path) ?? '')?.token === holder.token;
  return {
    path,
    holder,
    stillHeld,
    check() {
      const text = readLockText(path);
      if (text !== undefined) return parseHolder(text)?.token === holder.token ? 'held' : 'lost';
      return createWhole(path, JSON.stringify(holder, null, 2)) ? 'restored' : stillHeld() ? 'held' : 'lost';
    },
    release() {
      if (!stillHeld()) return;
      try {
        unlinkSync(path);
      } catch {
        // already gone
      }
    },
  };
}

/**
 * A dead holder's lock is moved aside under a unique name, so that of two processes taking
 * over at once only one moves it. If what we moved is not the dead lock we looked at (the
 * other process has already replaced it with its own), it is linked back.
 */
export function takeOver(path: string, deadText: string): void {
  const aside = `${path}.stale.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  const moved = readLockText(aside);
  if (moved !== deadText) {
    try {
      linkSync(aside, path);
    } catch {
      // a third process took the name meanwhile; its lock stands
    }
  }
  unlinkSync(aside);
}

function readLockText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const h = JSON.parse(text) as Partial<LockHolder>;
    if (typeof h.pid !== 'number' || typeof h.token !== 'string' || typeof h.host !== 'string') return undefined;
    return {
      pid: h.pid,
      host: h.host,
      identity: h.identity ?? null,
      role: h.role === 'server' ? 'server' : 'command',
      what: h.what ?? '',
      startedAt: h.startedAt ?? '',
      socket: h.socket ?? null,
      token: h.token,
    };
  } catch {
    // Not ours or damaged: no process can be named as holding it.
    return undefined;
  }
}

/**
 * A holder on another machine (a shared network folder) cannot be checked from here, so it
 * counts as alive: taking its folder over could destroy it.
 */
export function isAlive(holder: LockHolder): boolean {
  if (holder.host !== os.hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = processIdentity(holder.pid);
  return holder.identity === null || now === null || now === holder.identity;
}

/**
 * The boot and the process's start time in clock ticks (Linux /proc). After a power cut the
 * same pid may belong to some other program; the identity tells them apart. Elsewhere null,
 * and the pid alone decides.
 */
export function processIdentity(pid: number): string | null {
  try {
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return start ? `${boot}:${start}` : null;
  } catch {
    return null;
  }
}

function busyMessage(dataDir: string, holder: LockHolder): string {
  const since = Number.isNaN(Date.parse(holder.startedAt))
    ? ''
    : ` sedan ${formatDateTime(new Date(holder.startedAt))}`;
  const where =
    holder.host === os.hostname() ? `process ${holder.pid}` : `process ${holder.pid} på datorn ${holder.host}`;
  const what = holder.role === 'server' ? 'servern (npm start)' : `kommandot ${holder.what}`;
  return `Databasen i ${dataDir} används redan av ${what}, ${where}${since}. Bara en process åt gången får öppna den inbyggda databasen.`;
}

/**
 * Where the server listens for commands: in the folder itself, which only its owner can write
 * (and the socket is made readable by its owner only). Unix sockets have a short path limit
 * (about 100 bytes); a folder deeper than that gets a private name in the system's temporary
 * folder instead, recorded in the lock for clients to find. Windows uses a named pipe.
 */
export function commandSocketPath(dataDir: string): string {
  const folder = resolve(dataDir);
  const hash = createHash('sha256').update(folder).digest('hex').slice(0, 16);
  if (process.platform === 'win32') return `\\\\.\\pipe\\asf-${hash}`;
  const inFolder = join(folder, 'asf.sock');
  return Buffer.byteLength(inFolder) <= 100 ? inFolder : join(os.tmpdir(), `asf-${hash}.sock`);
}
