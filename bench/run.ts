import { rmSync, writeFileSync } from 'node:fs';
import { timePassword } from './password.js';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkBudget, formatBudget, type BudgetResult } from './budget.js';
import { benchTempDir, fillTo, pgliteDatabase, postgresDatabase, type BenchDatabase } from './databases.js';
import { explainSearch, formatExplain } from './explain.js';
import { timeCrashRestarts } from './crash.js';
import { timeImport } from './import.js';
import { benchProcurement, procurementTable, type ProcurementBench } from './opportunities.js';
import { benchFollowup, followupTable, type FollowupBench } from './followup.js';
import { runLoad } from './load.js';
import {
  checks,
  checkTable,
  loadTable,
  num,
  otherTable,
  TARGET_SIZE,
  TARGETS,
  type ScenarioResult,
  type SizeRun,
} from './report.js';
import { explainQueries, scenarios } from './scenarios.js';
import { machine, residentMb, sampleMemory } from './proc.js';
import { REPO_ROOT, startServer } from './server.js';

/**
 * `npm run bench` — issue 2, item 10. For each database and size: seed, start the real server,
 * measure start-up, load it with one and with ten clients, sample its memory; at 30 000 also
 * time a CSV import. Writes bench/results.json and prints the figures beside their targets.
 * See bench/README.md.
 */

const { values: opt } = parseArgs({
  options: {
    sizes: { type: 'string', default: '300,3000,30000' },
    db: { type: 'string', default: 'all' },
    requests: { type: 'string', default: '200' },
    'seq-seconds': { type: 'string', default: '15' },
    clients: { type: 'string', default: '10' },
    duration: { type: 'string', default: '5' },
    'import-at': { type: 'string', default: String(TARGET_SIZE) },
    explain: { type: 'boolean', default: true },
    crash: { type: 'boolean', default: true },
    plans: { type: 'boolean', default: false },
    opportunities: { type: 'string', default: '100000' },
    'match-enterprises': { type: 'string', default: String(TARGET_SIZE) },
    contracts: { type: 'string', default: '10000' },
    reports: { type: 'string', default: '50000' },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: join(REPO_ROOT, 'bench', 'results.json') },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowNegative: true,
});

if (opt.help) {
  process.stdout.write(`Användning: npm run bench -- [--sizes 300,3000,30000] [--db all|pglite|postgres]
  [--requests 200] [--seq-seconds 15] [--clients 10] [--duration 5] [--import-at 30000]
  [--no-explain] [--no-crash] [--plans] [--keep] [--opportunities 100000|0] [--match-enterprises 30000|0]
  [--contracts 10000|0] [--reports 50000]
  [--out bench/results.json]
PostgreSQL mäts när BENCH_DATABASE_URL eller TEST_DATABASE_URL är satt (databaserna asf_bench* skapas och tas bort).
`);
  process.exit(0);
}

const sizes = opt.sizes
  .split(',')
  .map((s) => Number(s.replace(/[\s_]/g, '')))
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);
const requests = Number(opt.requests);
const seqSeconds = Number(opt['seq-seconds']);
const clients = Number(opt.clients);
const duration = Number(opt.duration);
const importAt = Number(opt['import-at']);
const pgUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || '';
const kinds = (opt.db === 'all' ? ['pglite', 'postgres'] : opt.db.split(',')).filter(
  (k) => k === 'pglite' || (k === 'postgres' && pgUrl),
) as ('pglite' | 'postgres')[];
if (opt.db.includes('postgres') && opt.db !== 'all' && !pgUrl) {
  process.stderr.write('--db postgres kräver BENCH_DATABASE_URL eller TEST_DATABASE_URL.\n');
  process.exit(2);
}

const benchStarted = performance.now();
const elapsed = () => `${((performance.now() - benchStarted) / 1000).toFixed(0).padStart(4)} s`;
const log = (s: string) => process.stderr.write(`[${elapsed()}] ${s}\n`);
const today = new Date().toISOString().slice(0, 10);
const tmp = benchTempDir();

const cleanups = new Set<() => Promise<void>>();
let interrupted = false;
process.once('SIGINT', () => {
  interrupted = true;
  log('avbryter: stoppar servrar och tar bort bänkens databaser');
  void Promise.allSettled([...cleanups].map((c) => c())).then(() => {
    rmSync(tmp, { recursive: true, force: true });
    process.exit(130);
  });
});

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Backend CPU can be read from /proc only when PostgreSQL runs on this machine. */
const isLocal = (target: BenchDatabase) =>
  /^(127\.|localhost|\[::1\])/.test(new URL(target.env.DATABASE_URL ?? 'x://x').hostname);

async function measureSize(target: BenchDatabase, size: number, budgetNeeded: boolean) {
  log(`${target.kind} ${num(size)}: fyller databasen`);
  const fill = await fillTo(target, size, today, log);
  log(`${target.kind} ${num(size)}: ${fill.total} företag (+${fill.seeded} på ${fill.seedSeconds} s); första start`);

  // First start after seeding migrates if needed and warms the OS file cache; the second is timed.
  const first = await startServer(target.env);
  await first.stop();
  const server = await startServer(target.env);
  cleanups.add(server.stop);
  const memory = sampleMemory(server.pid);
  const afterReady = residentMb(server.pid);
  log(`${target.kind} ${num(size)}: redo på ${server.readyMs} ms (första start ${first.readyMs} ms); värmer upp`);

  let budget: BudgetResult | { error: string } | null = null;
  const results: ScenarioResult[] = [];
  let run: SizeRun | undefined;
  const loadBefore = os.loadavg()[0] ?? 0;
  try {
    const list = scenarios(fill.orgnrs);
    for (const s of list)
      await runLoad({ port: server.port, clients: 2, maxRequests: 60, seconds: 3, next: (i) => s.next(i + 5000) });
    for (const s of list) {
      if (interrupted) break;
      const single = await runLoad({
        port: server.port,
        pid: server.pid,
        ...(target.backendCpu && isLocal(target) ? { dbCpu: target.backendCpu } : {}),
        clients: 1,
        maxRequests: requests,
        seconds: seqSeconds,
        next: s.next,
      });
      const concurrent = await runLoad({
        port: server.port,
        pid: server.pid,
        ...(target.backendCpu && isLocal(target) ? { dbCpu: target.backendCpu } : {}),
        clients,
        maxRequests: 1_000_000,
        seconds: duration,
        next: (i) => s.next(i + 1000),
      });
      results.push({ id: s.id, title: s.title, single, concurrent });
      log(
        `${target.kind} ${num(size)}: ${s.title}: 1 klient p95 ${single.p95} ms; ${clients} klienter ${concurrent.rps} req/s, ${single.errors + concurrent.errors} fel`,
      );
    }
    if (budgetNeeded) {
      try {
        budget = await checkBudget(`http://127.0.0.1:${server.port}`, `/foretag/${fill.orgnrs[0]}`);
      } catch (e) {
        budget = { error: String(e) };
      }
    }
  } finally {
    const peak = memory.stop();
    const hwm = residentMb(server.pid, 'VmHWM');
    await server.stop();
    cleanups.delete(server.stop);
    run = {
      database: target.kind,
      size,
      enterprises: fill.total,
      seed: { added: fill.seeded, seconds: fill.seedSeconds },
      startup: { firstStartMs: first.readyMs, readyMs: server.readyMs, selfReportedMs: server.selfReportedMs },
      memory: { afterReadyMb: afterReady, peakDuringLoadMb: peak.peakMb, highWaterMarkMb: hwm },
      scenarios: results,
      loadAverage: { before: round2(loadBefore), after: round2(os.loadavg()[0] ?? 0) },
    };
  }
  return { run, budget, orgnrs: fill.orgnrs };
}

async function benchDatabase(
  kind: 'pglite' | 'postgres',
  runs: SizeRun[],
  state: { budget: BudgetResult | { error: string } | null },
) {
  const main = kind === 'pglite' ? pgliteDatabase('register', tmp) : postgresDatabase(pgUrl, '');
  const fresh = kind === 'pglite' ? pgliteDatabase('import', tmp) : postgresDatabase(pgUrl, '_import');
  const drop = async () => {
    await main.drop();
    await fresh.drop();
  };
  cleanups.add(drop);
  try {
    await main.create();
    for (const size of sizes) {
      if (interrupted) return;
      let run: SizeRun;
      try {
        const measured = await measureSize(main, size, state.budget === null);
        run = measured.run;
        state.budget ??= measured.budget;
      } catch (e) {
        log(`${kind} ${num(size)}: FEL ${String(e)}`);
        runs.push({
          database: kind,
          size,
          enterprises: 0,
          seed: { added: 0, seconds: 0 },
          startup: { firstStartMs: 0, readyMs: 0, selfReportedMs: null },
          memory: { afterReadyMb: null, peakDuringLoadMb: null, highWaterMarkMb: null },
          scenarios: [],
          loadAverage: { before: 0, after: 0 },
          error: String(e),
        });
        continue;
      }
      runs.push(run);
      if (opt.explain && size === sizes[sizes.length - 1]) {
        log(`${kind} ${num(size)}: EXPLAIN ANALYZE av sökningen`);
        try {
          run.explain = await explainSearch(main.env, explainQueries(), today);
          process.stderr.write(`${formatExplain(run.explain, opt.plans)}\n`);
        } catch (e) {
          run.explain = { error: String(e) };
        }
      }
      if (size === importAt) {
        log(`${kind} ${num(size)}: CSV-import till en tom databas`);
        try {
          run.import = await timeImport(main, fresh, join(tmp, `${kind}-export.csv`), run.enterprises, log);
          log(`${kind} ${num(size)}: import ${run.import.importSeconds} s (${run.import.enterprisesAfter} företag)`);
        } catch (e) {
          run.import = { error: String(e) };
          log(`${kind} ${num(size)}: import misslyckades: ${String(e)}`);
        }
        await fresh.drop();
        if (kind === 'pglite' && opt.crash) {
          log(`${kind} ${num(size)}: kill -9 under och efter en import, tid till redo`);
          try {
            run.crash = await timeCrashRestarts(main, join(tmp, `${kind}-export.csv`), log);
          } catch (e) {
            run.crash = { error: String(e) };
            log(`${kind} ${num(size)}: kraschprovet misslyckades: ${String(e)}`);
          }
        }
      }
    }
  } finally {
    if (!opt.keep) {
      await drop();
      cleanups.delete(drop);
    } else {
      log(`behåller ${main.label} och ${fresh.label} (--keep)`);
    }
  }
}

async function main() {
  const runs: SizeRun[] = [];
  const state: { budget: BudgetResult | { error: string } | null } = { budget: null };
  log(
    `storlekar ${sizes.join(', ')}; databaser ${kinds.join(', ')}${pgUrl ? '' : ' (ingen PostgreSQL: sätt BENCH_DATABASE_URL eller TEST_DATABASE_URL)'}`,
  );
  const password = await timePassword();
  log(
    `argon2id: hash ${password.hashMedianMs} ms, kontroll ${password.verifyMedianMs} ms (median av ${password.rounds})`,
  );
  for (const kind of kinds) {
    if (interrupted) break;
    await benchDatabase(kind, runs, state);
  }
  const procurement: Partial<Record<'pglite' | 'postgres', ProcurementBench | { error: string }>> = {};
  const opportunities = Number(opt.opportunities);
  for (const kind of opportunities > 0 ? kinds : []) {
    if (interrupted) break;
    const target = kind === 'pglite' ? pgliteDatabase('procurement', tmp) : postgresDatabase(pgUrl, '_procurement');
    cleanups.add(target.drop);
    try {
      procurement[kind] = await benchProcurement(target, opportunities, tmp, log, Number(opt['match-enterprises']));
    } catch (e) {
      procurement[kind] = { error: String(e) };
      log(`${kind}: upphandlingsbänken misslyckades: ${String(e)}`);
    }
    cleanups.delete(target.drop);
  }
  const followup: Partial<Record<'pglite' | 'postgres', FollowupBench | { error: string }>> = {};
  const contracts = Number(opt.contracts);
  for (const kind of contracts > 0 ? kinds : []) {
    if (interrupted) break;
    const target = kind === 'pglite' ? pgliteDatabase('followup', tmp) : postgresDatabase(pgUrl, '_followup');
    cleanups.add(target.drop);
    try {
      followup[kind] = await benchFollowup(target, { contracts, reports: Number(opt.reports), requests }, log);
    } catch (e) {
      followup[kind] = { error: String(e) };
      log(`${kind}: uppföljningsbänken misslyckades: ${String(e)}`);
    }
    cleanups.delete(target.drop);
  }
  if (!opt.keep) rmSync(tmp, { recursive: true, force: true });

  const list = checks(runs, state.budget);
  const results = {
    date: new Date().toISOString(),
    machine: machine(REPO_ROOT),
    options: { sizes, databases: kinds, requests, seqSeconds, clients, duration, importAt },
    targets: { ...TARGETS, atSize: TARGET_SIZE },
    durationSeconds: Math.round((performance.now() - benchStarted) / 1000),
    runs,
    budget: state.budget,
    password,
    procurement,
    followup,
    checks: list,
  };
  writeFileSync(opt.out, `${JSON.stringify(results, null, 2)}\n`);

  const m = results.machine;
  const out = [
    '',
    `ASF-plattformen, bänk ${results.date.slice(0, 16).replace('T', ' ')} UTC — ${m.cpus} × ${m.cpuModel}, ${m.totalMemoryMb} MB, Node ${m.node}, ${m.platform}${m.commit ? `, ${m.commit}` : ''}`,
    '',
    'Last (latens per anrop i ms; 1 klient = anrop i följd, flera klienter = samtidiga under en fast tid):',
    loadTable(runs),
    '',
    'Start, minne och seed:',
    otherTable(runs),
    '',
    `Mål (issue 2 punkt 10; målen gäller vid ${num(TARGET_SIZE)} företag, mindre storlekar visas som riktmärke):`,
    checkTable(list),
  ];
  if (state.budget && 'totalBytes' in state.budget) out.push('', formatBudget(state.budget));
  out.push(
    '',
    `Lösenord (argon2id, ${password.rounds} varv): hash median ${password.hashMedianMs} ms, kontroll median ${password.verifyMedianMs} ms, högst ${password.verifyMaxMs} ms.`,
  );
  out.push('', procurementTable(procurement));
  out.push('', followupTable(followup));
  for (const r of runs) if (r.error) out.push('', `${r.database} ${num(r.size)}: FEL ${r.error}`);
  const busy = runs.filter((r) => r.loadAverage.before > m.cpus);
  if (busy.length > 0) {
    out.push(
      '',
      `Obs: maskinen hade annat att göra under ${busy.map((r) => `${r.database} ${num(r.size)}`).join(', ')} (belastning före > ${m.cpus}; bänken själv står för upp till 2).` +
        ' Latens och req/s blir då sämre än maskinen klarar; CPU ms/anrop påverkas mindre.',
    );
  }
  out.push('', `Klart på ${results.durationSeconds} s. Resultat i ${opt.out}`, '');
  process.stdout.write(out.join('\n'));
}

main().catch(async (e: unknown) => {
  process.stderr.write(`Bänken misslyckades: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  await Promise.allSettled([...cleanups].map((c) => c()));
  rmSync(tmp, { recursive: true, force: true });
  process.exit(1);
});
