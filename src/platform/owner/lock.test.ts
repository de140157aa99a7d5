import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  acquireDataDirLock,
  commandSocketPath,
  DataDirBusyError,
  lockPath,
  processIdentity,
  readLiveHolder,
  takeOver,
  type LockHolder,
} from './lock.js';

/** A pid that has certainly exited: a process that ran and ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

function writeLock(dir: string, holder: Partial<LockHolder>): void {
  const full: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    identity: null,
    role: 'server',
    what: 'npm start',
    startedAt: '2026-12-01T08:00:00.000Z',
    socket: null,
    token: 'x',
    ...holder,
  };
  writeFileSync(lockPath(dir), JSON.stringify(full));
}

describe('the data folder lock', () => {
  let root: string;
  let n = 0;
  const folder = () => {
    const dir = join(root, `d${n++}`);
    mkdirSync(dir);
    return dir;
  };
  before(() => (root = mkdtempSync(join(tmpdir(), 'asf-lock-'))));
  after(() => rmSync(root, { recursive: true, force: true }));

  it('is taken, readable by its owner only, and released', () => {
    const dir = folder();
    const lock = acquireDataDirLock(dir, { role: 'command', what: 'asf seed --enterprises 5' });
    const stored = JSON.parse(readFileSync(lockPath(dir), 'utf8')) as LockHolder;
    assert.equal(stored.pid, process.pid);
    assert.equal(stored.what, 'asf seed --enterprises 5');
    assert.equal(stored.token, lock.holder.token);
    if (process.platform !== 'win32') assert.equal(statMode(lockPath(dir)), 0o600);
    assert.equal(readLiveHolder(dir)?.token, lock.holder.token);
    lock.release();
    assert.equal(existsSync(lockPath(dir)), false);
    assert.equal(readLiveHolder(dir), undefined);
  });

  it('refuses while its holder lives, and says who holds it in Swedish', () => {
    const dir = folder();
    const lock = acquireDataDirLock(dir, { role: 'server', what: 'npm start' });
    assert.throws(
      () => acquireDataDirLock(dir, { role: 'command', what: 'asf import enterprises a.csv' }),
      (e: unknown) =>
        e instanceof DataDirBusyError &&
        new RegExp(`används redan av servern \\(npm start\\), process ${process.pid} sedan \\d{4}-\\d{2}-\\d{2}`).test(
          e.message,
        ),
    );
    lock.release();
  });

  it('takes over a lock whose process is gone (kill -9, a power cut)', () => {
    const dir = folder();
    writeLock(dir, { pid: deadPid(), token: 'död' });
    const lock = acquireDataDirLock(dir, { role: 'server', what: 'npm start' });
    assert.equal(JSON.parse(readFileSync(lockPath(dir), 'utf8')).pid, process.pid);
    lock.release();
  });

  it('takes over a lock whose pid now belongs to another program (after a reboot)', (t) => {
    if (processIdentity(process.pid) === null) return t.skip('process start times are read from /proc (Linux only)');
    const dir = folder();
    // This very process, but started at another time: so the lock's process is not this one.
    writeLock(dir, { pid: process.pid, identity: 'annan-uppstart:1', token: 'gammal' });
    const lock = acquireDataDirLock(dir, { role: 'server', what: 'npm start' });
    assert.equal(lock.holder.token, JSON.parse(readFileSync(lockPath(dir), 'utf8')).token);
    lock.release();
  });

  it('takes over a damaged lock file', () => {
    const dir = folder();
    writeFileSync(lockPath(dir), '{"pid": 12');
    acquireDataDirLock(dir, { role: 'server', what: 'npm start' }).release();
  });

  it('leaves a holder on another computer alone (a shared network folder cannot be checked)', () => {
    const dir = folder();
    writeLock(dir, { pid: deadPid(), host: 'en-annan-dator' });
    assert.throws(
      () => acquireDataDirLock(dir, { role: 'server', what: 'npm start' }),
      /process \d+ på datorn en-annan-dator/,
    );
  });

  it('does not remove a lock that another process took after it', () => {
    const dir = folder();
    const mine = acquireDataDirLock(dir, { role: 'command', what: 'asf backup' });
    writeLock(dir, { token: 'någon annans' });
    assert.equal(mine.stillHeld(), false);
    mine.release();
    assert.equal(JSON.parse(readFileSync(lockPath(dir), 'utf8')).token, 'någon annans');
  });

  it('never moves away a lock that replaced the dead one after it was read', () => {
    const dir = folder();
    const path = lockPath(dir);
    // Another process read the same dead lock, took over first, and wrote its own.
    writeFileSync(path, 'den levandes lås');
    takeOver(path, 'det döda låset som lästes');
    assert.equal(readFileSync(path, 'utf8'), 'den levandes lås');
    // The dead lock itself is moved away, and nothing is left beside it.
    writeFileSync(path, 'det döda låset');
    takeOver(path, 'det döda låset');
    assert.equal(existsSync(path), false);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('puts a deleted lock back, and says so when another process has taken the folder', () => {
    const dir = folder();
    const lock = acquireDataDirLock(dir, { role: 'server', what: 'npm start' });
    assert.equal(lock.check(), 'held');
    rmSync(lockPath(dir));
    assert.equal(lock.check(), 'restored');
    assert.equal(lock.stillHeld(), true);
    writeLock(dir, { token: 'en annan server' });
    assert.equal(lock.check(), 'lost');
  });

  it('lets exactly one of many processes take over the same dead lock at once', async () => {
    const dir = folder();
    writeLock(dir, { pid: deadPid(), token: 'död' });
    const script = join(root, 'ta-laset.mts');
    const lockModule = fileURLToPath(new URL('./lock.ts', import.meta.url));
    writeFileSync(
      script,
      `import { acquireDataDirLock } from ${JSON.stringify(lockModule)};
       // All start together: wait for the agreed moment, busily, so that none sleeps past it.
       while (Date.now() < Number(process.argv[3]));
       try { acquireDataDirLock(process.argv[2], { role: 'command', what: 'test' }); process.stdout.write('tog'); }
       catch (e) { process.stdout.write(e.constructor.name); }
       setTimeout(() => {}, 1500);`,
    );
    const go = Date.now() + 4000;
    const runs = Array.from(
      { length: 6 },
      () =>
        new Promise<string>((resolve) => {
          const child = spawn(process.execPath, ['--import', 'tsx', script, dir, String(go)], {
            stdio: ['ignore', 'pipe', 'inherit'],
          });
          let out = '';
          child.stdout.on('data', (c: Buffer) => (out += c.toString()));
          child.on('exit', () => resolve(out));
        }),
    );
    const results = await Promise.all(runs);
    assert.equal(results.filter((r) => r === 'tog').length, 1, results.join(', '));
    assert.equal(results.filter((r) => r === 'DataDirBusyError').length, 5, results.join(', '));
  });

  it('puts the command socket in the folder, or in a private place when the path is too long for a socket', () => {
    assert.equal(commandSocketPath('/srv/asf/data'), '/srv/asf/data/asf.sock');
    const deep = `/srv/${'mycket-lång-mapp/'.repeat(8)}data`;
    const socket = commandSocketPath(deep);
    assert.ok(Buffer.byteLength(socket) <= 104, socket);
    assert.notEqual(socket, commandSocketPath('/srv/en-annan/data'));
    assert.equal(socket, commandSocketPath(deep));
  });
});

const statMode = (path: string) => statSync(path).mode & 0o777;
