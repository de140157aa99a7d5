import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../platform/db/database.js';
import { LOCK_FILE } from '../platform/owner/lock.js';
import { startCli, startServerProcess, waitForOutput, type ServerRun } from '../platform/testing/processes.js';
import { luhnCheckDigit } from '../modules/register/testing/internals.js';

/**
 * One owner per embedded-database folder (issue 7 §1), with the real programs in their own
 * processes: `npm start` and `npx asf`. What used to happen: a CLI import beside the running
 * server opened the same folder, and the register was destroyed.
 */

/** A file of `count` new enterprises in Falun, org.nr `series` (two digits), 9, then the row. */
function importFile(dir: string, name: string, series: number, count: number, badLast = false): string {
  const lines = ['Organisationsnummer;Namn;Företagsform;Kommun;Tjänster'];
  for (let i = 0; i < count; i++) {
    const nine = `${series}9${String(i).padStart(6, '0')}`;
    let orgnr = `${nine}${luhnCheckDigit(nine)}`;
    if (badLast && i === count - 1) orgnr = `${nine}${(luhnCheckDigit(nine) + 1) % 10}`;
    lines.push(`${orgnr.slice(0, 6)}-${orgnr.slice(6)};Provföretag ${series}-${i};Ekonomisk förening;Falun;Städning`);
  }
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** A failed sign-in, as a browser makes it (CSRF cookie and field): the server writes an attempt. */
async function failedSignIn(base: string, n: number): Promise<number> {
  const page = await fetch(`${base}/logga-in`);
  const cookie = page.headers
    .getSetCookie()
    .find((c) => c.startsWith('asf_csrf='))!
    .split(';')[0]!;
  const res = await fetch(`${base}/logga-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, origin: base, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      _csrf: cookie.split('=')[1]!,
      email: `ingen${n}@example.se`,
      password: 'fel lösenord',
    }),
  });
  return res.status;
}

/**
 * Sign-ins one after another while `busy` runs; gives how many were answered. At most 14, as
 * an address is stopped after 30 failures in 15 minutes (and then nothing is written).
 */
async function signInsWhile(base: string, busy: Promise<unknown>, from: number): Promise<number> {
  let done = false;
  void busy.finally(() => (done = true));
  let n = 0;
  while (!done && n < 14) {
    const status = await failedSignIn(base, from + n);
    assert.ok(status < 500, `sign-in answered ${status}`);
    n++;
  }
  return n;
}

async function enterprisesInFalun(base: string): Promise<number> {
  const res = await fetch(`${base}/api/v1/enterprises?municipality=2080&pageSize=1`);
  assert.equal(res.status, 200);
  return ((await res.json()) as { total: number }).total;
}

/** Row counts straight from the folder, once no process holds it. */
async function countRows(dataDir: string): Promise<{ enterprises: number; attempts: number }> {
  const database = await openDatabase({ dataDir });
  try {
    const { rows } = await sql<{ enterprises: number; attempts: number }>`
      select (select count(*) from enterprise) as enterprises, (select count(*) from sign_in_attempt) as attempts`.execute(
      database.db,
    );
    return rows[0]!;
  } finally {
    await database.close();
  }
}

const holderPid = (dataDir: string) =>
  (JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as { pid: number }).pid;

describe('one owner per data folder (real processes)', { timeout: 300_000 }, () => {
  let dir: string;
  let dataDir: string;
  const servers: ServerRun[] = [];
  const start = async () => {
    const s = await startServerProcess(dataDir);
    servers.push(s);
    return s;
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'asf-owner-'));
  });
  // Each test its own folder, so that one that fails leaves the next a clean start.
  beforeEach((t) => {
    dataDir = join(dir, t.name.slice(0, 20).replace(/\W+/g, '-'));
  });
  after(async () => {
    for (const s of servers) await s.kill9();
    rmSync(dir, { recursive: true, force: true });
  });

  it('hands a command to the running server: both sides keep their writes, a rollback takes only its own; a second server refuses', async () => {
    const server = await start();
    const env = { DATA_DIR: dataDir };

    // Thousands of rows from the command line while visitors sign in.
    const good = startCli(['import', 'enterprises', importFile(dir, 'nya.csv', 82, 3000)], env);
    const signIns = await signInsWhile(server.base, good.exited, 0);
    assert.equal(await good.exited, 0, good.output());
    assert.match(good.output(), /3000 rader: 3000 nya företag/);
    // Seen by the server at once: its search cache keys on the register's change counter.
    assert.equal(await enterprisesInFalun(server.base), 3000);

    // A file with a bad last row: its rows are written in the transaction, then rolled back.
    const bad = startCli(['import', 'enterprises', importFile(dir, 'fel.csv', 83, 3000, true)], env);
    const moreSignIns = await signInsWhile(server.base, bad.exited, 100);
    assert.equal(await bad.exited, 1);
    assert.match(bad.output(), /Rad 3001, kolumn "Organisationsnummer"/);
    assert.match(bad.output(), /Ingenting skrevs/);
    assert.equal(await enterprisesInFalun(server.base), 3000);

    // A command that must have the folder to itself says who holds it.
    const restore = startCli(['restore', join(dir, 'finns-inte.sql')], env);
    assert.equal(await restore.exited, 1);
    assert.match(restore.output(), new RegExp(`används redan av servern \\(npm start\\), process ${server.child.pid}`));

    assert.equal(await server.stop(), 0, server.output());
    const rows = await countRows(dataDir);
    assert.equal(rows.enterprises, 3000);
    assert.equal(rows.attempts, signIns + moreSignIns);
    assert.ok(signIns + moreSignIns >= 2, 'sign-ins were made while the imports ran');

    // Intact after a restart.
    const again = await start();
    assert.equal(await enterprisesInFalun(again.base), 3000);

    // A second server on the same folder refuses, naming the process that holds it.
    const second = await start();
    assert.equal(await second.exited, 1);
    assert.match(
      second.output(),
      new RegExp(
        `Kunde inte starta: Databasen i .* används redan av servern \\(npm start\\), process ${again.child.pid}`,
      ),
    );
    assert.equal((await fetch(`${again.base}/ready`)).status, 200);
    await again.stop();
  });

  it('Ctrl-C stops an import in the server; after kill -9 mid-import the next start takes over, the import is absent and runs again', async () => {
    const first = await start();
    const file = importFile(dir, 'avbruten.csv', 84, 6000);

    // Ctrl-C first: the server stops the import between two batches and writes nothing.
    const stopped = startCli(['import', 'enterprises', file], { DATA_DIR: dataDir });
    await waitForOutput(stopped, /Kontrollerar och sparar/);
    stopped.child.kill('SIGINT');
    assert.equal(await stopped.exited, 130, stopped.output());
    assert.match(stopped.output(), /Avbryter …[\s\S]*Importen avbröts. Ingenting från filen skrevs/);
    assert.equal(await enterprisesInFalun(first.base), 0);

    const cut = startCli(['import', 'enterprises', file], { DATA_DIR: dataDir });
    await waitForOutput(cut, /Kontrollerar och sparar/);
    await first.kill9();
    assert.equal(await cut.exited, 1);
    assert.match(cut.output(), /Servern avbröt kommandot/);
    assert.equal(holderPid(dataDir), first.child.pid, 'the dead server left its lock');

    const started = performance.now();
    const next = await start();
    const restartMs = Math.round(performance.now() - started);
    assert.notEqual(holderPid(dataDir), first.child.pid);
    assert.equal(await enterprisesInFalun(next.base), 0, 'nothing of the cut import');
    const rerun = startCli(['import', 'enterprises', file], { DATA_DIR: dataDir });
    assert.equal(await rerun.exited, 0, rerun.output());
    assert.equal(await enterprisesInFalun(next.base), 6000);
    await next.stop();
    process.stdout.write(`# omstart till redo efter kill -9 mitt i en import: ${restartMs} ms\n`);
  });

  it('after kill -9 of a command that held the folder: a server takes over and nothing is half-written', async () => {
    const cut = startCli(['import', 'enterprises', importFile(dir, 'ensam.csv', 85, 6000)], { DATA_DIR: dataDir });
    await waitForOutput(cut, /Kontrollerar och sparar/);
    assert.equal(holderPid(dataDir), cut.child.pid, 'the command holds the folder while it runs');
    await cut.kill9();
    const server = await start();
    assert.equal(await enterprisesInFalun(server.base), 0);
    await server.stop();
  });
});
