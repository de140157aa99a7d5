import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { BenchDatabase } from './databases.js';
import { get } from './load.js';
import { childEnv, REPO_ROOT, startServer, type RunningServer } from './server.js';

/**
 * Restart after a crash (issue 7 §4): the embedded database at full size, a coordinator's file
 * of changed rows imported from the command line through the running server, and the server
 * killed with kill -9 — in the middle of the import, and just after it. The figure is the time
 * from starting the server again until /ready answers, beside an ordinary restart measured the
 * same way. PGlite only: PostgreSQL recovers in its own server process.
 */
export interface CrashResult {
  /** Changed rows in each file. */
  rows: number;
  /** Stopped with SIGTERM, then started: the baseline. */
  cleanRestartMs: number;
  /** kill -9 while the import's transaction was being written. */
  midImportRestartMs: number;
  /** kill -9 just after an import had committed. */
  afterImportRestartMs: number;
  /** The cut import left nothing behind; the finished one is all there. */
  cutImportAbsent: boolean;
  finishedImportPresent: boolean;
}

const ROWS = 3000;

export async function timeCrashRestarts(
  target: BenchDatabase,
  exportCsv: string,
  log: (s: string) => void,
): Promise<CrashResult> {
  const cut = changedRows(exportCsv, 0, `${exportCsv}.avbruten.csv`, '070-1');
  const finished = changedRows(exportCsv, ROWS, `${exportCsv}.klar.csv`, '070-2');

  let server = await startServer(target.env);
  await server.stop();
  server = await startServer(target.env);
  const cleanRestartMs = server.readyMs;
  log(`  vanlig omstart: ${cleanRestartMs} ms; import som avbryts med kill -9`);

  const importing = importThroughServer(cut.path, target.env);
  await importing.reached(/Kontrollerar och sparar/);
  await kill9(server);
  await importing.exited;
  server = await startServer(target.env);
  const midImportRestartMs = server.readyMs;
  const cutImportAbsent = (await phoneOf(server, cut.orgnr)) !== cut.phone;
  log(`  omstart efter kill -9 mitt i importen: ${midImportRestartMs} ms; importen borta: ${cutImportAbsent}`);

  const done = importThroughServer(finished.path, target.env);
  if ((await done.exited) !== 0) throw new Error(`importen misslyckades:\n${done.output()}`);
  await kill9(server);
  server = await startServer(target.env);
  const afterImportRestartMs = server.readyMs;
  const finishedImportPresent = (await phoneOf(server, finished.orgnr)) === finished.phone;
  await server.stop();
  log(
    `  omstart efter kill -9 direkt efter en import: ${afterImportRestartMs} ms; importen kvar: ${finishedImportPresent}`,
  );
  return {
    rows: ROWS,
    cleanRestartMs,
    midImportRestartMs,
    afterImportRestartMs,
    cutImportAbsent,
    finishedImportPresent,
  };
}

/** ROWS rows of the export from `from` on, each with a new phone number: all "changed". */
function changedRows(exportCsv: string, from: number, path: string, prefix: string) {
  const [header, ...rows] = parse(readFileSync(exportCsv), { delimiter: ';', bom: true }) as string[][];
  const phone = header!.indexOf('Telefon');
  const picked = rows.slice(from, from + ROWS).map((r, i) => r.map((c, j) => (j === phone ? `${prefix}${i}` : c)));
  writeFileSync(path, stringify([header!, ...picked], { delimiter: ';', bom: true }));
  return { path, orgnr: picked[0]![0]!, phone: `${prefix}0` };
}

function importThroughServer(path: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['bin/asf.js', 'import', 'enterprises', path], {
    cwd: REPO_ROOT,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
  const exited = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
  return {
    exited,
    output: () => output,
    reached: async (pattern: RegExp) => {
      while (!pattern.test(output)) {
        if (child.exitCode !== null) throw new Error(`importen tog slut för tidigt:\n${output}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}

async function kill9(server: RunningServer): Promise<void> {
  process.kill(server.pid, 'SIGKILL');
  // Gone when its port stops answering.
  while ((await get(false, server.port, '/health')).status !== 0) await new Promise((r) => setTimeout(r, 20));
}

async function phoneOf(server: RunningServer, orgnr: string): Promise<string | null> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/v1/enterprises/${orgnr}`);
  return ((await res.json()) as { phone?: string | null }).phone ?? null;
}
