import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { localFiles, type CliIO } from '../cli/command.js';
import { runInOwner } from './channel.client.js';
import { serveCommands, type CommandChannel } from './channel.server.js';
import type { LockHolder } from './lock.js';

const silent = { info: () => {}, error: () => {} };

/** What the user's terminal shows, and the files as the user's own process sees them. */
function terminal() {
  const lines: string[] = [];
  const io: CliIO = {
    ...localFiles,
    out: (l) => lines.push(`out: ${l}`),
    err: (l) => lines.push(`err: ${l}`),
    progress: (l) => lines.push(`progress: ${l}`),
  };
  return { io, lines };
}

describe('the command channel', () => {
  let dir: string;
  let channel: CommandChannel | undefined;
  const holder = (token: string): LockHolder => ({
    pid: process.pid,
    host: os.hostname(),
    identity: null,
    role: 'server',
    what: 'npm start',
    startedAt: new Date().toISOString(),
    socket: join(dir, 'asf.sock'),
    token,
  });
  before(() => (dir = mkdtempSync(join(tmpdir(), 'asf-channel-'))));
  after(async () => {
    await channel?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the command in the server; its output and the files it reads and writes are the user’s', async () => {
    writeFileSync(join(dir, 'in.csv'), 'Organisationsnummer\n556677-8899\n');
    let ranWith: string[] = [];
    channel = await serveCommands(
      join(dir, 'asf.sock'),
      'rätt-nyckel',
      async (argv, io) => {
        ranWith = argv;
        io.progress('rad 1 av 1');
        const text = new TextDecoder().decode(await io.readFile('in.csv'));
        await io.writeFile('ut.txt', `läst: ${text.split('\n')[1]}`);
        await io.readFile('finns-inte.csv').catch((e: NodeJS.ErrnoException) => io.err(`fel: ${e.code}`));
        io.out('klart');
        return 3;
      },
      silent,
    );
    assert.equal(statSync(join(dir, 'asf.sock')).mode & 0o777, 0o600, 'only the owner may connect');
    const { io, lines } = terminal();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      assert.equal(await runInOwner(holder('rätt-nyckel'), ['import', 'enterprises', 'in.csv'], io), 3);
    } finally {
      process.chdir(cwd);
    }
    assert.deepEqual(ranWith, ['import', 'enterprises', 'in.csv']);
    assert.deepEqual(lines, ['progress: rad 1 av 1', 'err: fel: ENOENT', 'out: klart']);
    assert.equal(readFileSync(join(dir, 'ut.txt'), 'utf8'), 'läst: 556677-8899');
  });

  it('carries a file the size of a whole exported register quickly', async () => {
    await channel?.close();
    // 26 MB: a full export of 30 000 enterprises.
    const big = Buffer.alloc(26_000_000, 'Ankaret Fastighetsservice AB;');
    writeFileSync(join(dir, 'stor.csv'), big);
    let received: Uint8Array | undefined;
    channel = await serveCommands(
      join(dir, 'asf.sock'),
      'nyckel',
      async (_argv, io) => {
        received = await io.readFile(join(dir, 'stor.csv'));
        return 0;
      },
      silent,
    );
    const started = performance.now();
    assert.equal(await runInOwner(holder('nyckel'), ['import', 'enterprises', 'stor.csv'], terminal().io), 0);
    const ms = performance.now() - started;
    assert.ok(received && Buffer.from(received).equals(big), 'the bytes arrive whole');
    // Searching the growing line from its start for every piece took 30 s for such a file.
    assert.ok(ms < 5000, `took ${Math.round(ms)} ms`);
  });

  it('refuses a client without the token from the lock file', async () => {
    const { io, lines } = terminal();
    assert.equal(await runInOwner(holder('fel-nyckel'), ['user', 'list'], io), 1);
    assert.match(lines.join('\n'), /samma användare som servern/);
  });
  // The server going away mid-command (kill -9) is tried with real processes in src/bin/owner.test.ts.
});
