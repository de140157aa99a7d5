import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { sql } from 'kysely';
import type { BenchDatabase } from './databases.js';
import { residentMb } from './proc.js';
import { childEnv, REPO_ROOT } from './server.js';

/**
 * CSV import of many new enterprises, as a coordinator would run it: `asf export enterprises
 * --format csv` from the seeded database makes the file, `asf migrate` prepares an empty
 * database (not timed), and `asf import enterprises file.csv` into it is the timed figure.
 */

export interface CliRun {
  code: number;
  seconds: number;
  peakRssMb: number | null;
  output: string;
  /** Seconds after start at which each output line appeared (progress lines show the phases). */
  timeline: { at: number; line: string }[];
}

export interface ImportResult {
  /** Enterprises in the seeded database, so rows in the file. */
  rows: number;
  /** Rows in the file as imported (the export's duplicates removed, see below). */
  fileRows: number;
  /**
   * Org.nr the export wrote more than once. The export pages through the search, ordered by a
   * key that is not unique, so rows can repeat (and others go missing); the importer then
   * rightly refuses the file. The bench drops the repeats and imports the rest.
   */
  exportDuplicates: number;
  csvBytes: number;
  exportSeconds: number;
  /** Wall time of the whole `asf import enterprises` process, start-up included. */
  importSeconds: number;
  /** Wall time of `asf migrate` on the already migrated database: the start-up part of the figure above. */
  cliOverheadSeconds: number;
  importPeakRssMb: number | null;
  enterprisesAfter: number;
  /** When the importer's phases began, in seconds after the process started (from its progress lines). */
  phases: { readingFile: number | null; checking: number | null; writing: number | null; done: number };
  timeline: CliRun['timeline'];
  output: string;
}

export function runCli(args: string[], env: Record<string, string>, stdoutFile?: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const fd = stdoutFile ? openSync(stdoutFile, 'w') : null;
    const child = spawn(process.execPath, ['bin/asf.js', ...args], {
      cwd: REPO_ROOT,
      env: childEnv({ ...env, LOG_LEVEL: 'warn' }),
      stdio: ['ignore', fd ?? 'pipe', 'pipe'],
    });
    let output = '';
    const timeline: CliRun['timeline'] = [];
    const keep = (c: Buffer) => {
      const text = c.toString('utf8');
      output = (output + text).slice(-6000);
      const at = Math.round((performance.now() - started) / 100) / 10;
      for (const line of text.split(/[\r\n]+/))
        if (line.trim() && timeline.length < 400) timeline.push({ at, line: line.trim() });
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    let peak: number | null = null;
    const timer = setInterval(() => {
      const mb = child.pid ? residentMb(child.pid) : null;
      if (mb !== null) peak = Math.max(peak ?? 0, mb);
    }, 100);
    child.once('error', (e) => {
      clearInterval(timer);
      if (fd !== null) closeSync(fd);
      reject(e);
    });
    child.once('exit', (code) => {
      clearInterval(timer);
      if (fd !== null) closeSync(fd);
      resolve({ code: code ?? 1, seconds: (performance.now() - started) / 1000, peakRssMb: peak, output, timeline });
    });
  });
}

/** Whether the CLI knows a command (another engineer may still be writing it). */
export async function hasCommand(words: string[]): Promise<boolean> {
  const r = await runCli([...words, '--help'], {});
  return r.code === 0 && !/Okänt kommando/.test(r.output);
}

export async function timeImport(
  source: BenchDatabase,
  fresh: BenchDatabase,
  csvPath: string,
  rows: number,
  log: (s: string) => void,
): Promise<ImportResult> {
  for (const words of [
    ['export', 'enterprises'],
    ['import', 'enterprises'],
  ]) {
    if (!(await hasCommand(words))) throw new Error(`asf ${words.join(' ')} finns inte (ännu)`);
  }
  log('  export till CSV');
  const exported = await runCli(['export', 'enterprises', '--format', 'csv', '--output', csvPath], source.env);
  if (exported.code !== 0) throw new Error(`asf export misslyckades (${exported.code}):\n${exported.output}`);

  const { exportDuplicates, fileRows } = dropDuplicateRows(csvPath);
  if (exportDuplicates > 0)
    log(`  OBS: exporten hade ${exportDuplicates} dubbletter av org.nr; importerar ${fileRows} unika rader`);

  await fresh.create();
  const migrated = await runCli(['migrate'], fresh.env);
  if (migrated.code !== 0) throw new Error(`asf migrate misslyckades:\n${migrated.output}`);
  const overhead = await runCli(['migrate'], fresh.env);

  log(`  import av ${fileRows} rader`);
  const imported = await runCli(['import', 'enterprises', csvPath], fresh.env);
  if (imported.code !== 0) throw new Error(`asf import misslyckades (${imported.code}):\n${imported.output}`);

  const database = await fresh.open();
  const after = await sql<{ n: number }>`select count(*)::int as n from enterprise`
    .execute(database.db)
    .then((r) => r.rows[0]?.n ?? 0)
    .finally(() => database.close());
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    rows,
    fileRows,
    exportDuplicates,
    csvBytes: statSync(csvPath).size,
    exportSeconds: round(exported.seconds),
    importSeconds: round(imported.seconds),
    cliOverheadSeconds: round(overhead.seconds),
    importPeakRssMb: imported.peakRssMb,
    enterprisesAfter: after,
    phases: {
      readingFile: firstAt(imported, /^Läser /),
      checking: firstAt(imported, /Kontrollerar/),
      writing: firstAt(imported, /Skriver|sparar/),
      done: round(imported.seconds),
    },
    timeline: imported.timeline,
    output: imported.output.slice(-1500),
  };
}

/** Keeps the first row of each org.nr (first column), rewriting the file as the export wrote it. */
function dropDuplicateRows(path: string): { exportDuplicates: number; fileRows: number } {
  const records = parse(readFileSync(path), { delimiter: ';', bom: true, relax_column_count: true }) as string[][];
  const [header, ...rows] = records;
  const seen = new Set<string>();
  const unique = rows.filter((r) => {
    const key = r[0] ?? '';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const duplicates = rows.length - unique.length;
  if (duplicates > 0 && header) {
    writeFileSync(path, stringify([header, ...unique], { delimiter: ';', bom: true, record_delimiter: 'windows' }));
  }
  return { exportDuplicates: duplicates, fileRows: unique.length };
}

function firstAt(run: CliRun, pattern: RegExp): number | null {
  return run.timeline.find((t) => pattern.test(t.line))?.at ?? null;
}
