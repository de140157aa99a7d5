import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { APP } from '../src/app/modules.js';
import type { AppDB, AppTables } from '../src/app/tables.js';
import { contextWithProcurementTables } from '../src/modules/procurement/db.js';
import { DEFAULT_OPPORTUNITY_QUERY, type OpportunityQuery } from '../src/modules/procurement/listing/listing.params.js';
import { listOpportunities } from '../src/modules/procurement/listing/listing.service.js';
import { OPPORTUNITY_KINDS } from '../src/modules/procurement/opportunity/opportunity.types.js';
import { derivedColumns } from '../src/modules/procurement/opportunity/opportunity.rows.js';
import type { AppContext } from '../src/platform/context.js';
import { analyze } from '../src/platform/db/maintenance.js';
import { migrateToLatest } from '../src/platform/db/migrations.js';
import { cpvVocabulary } from '../src/platform/reference/cpv.vocabulary.js';
import { COUNTIES, MUNICIPALITIES } from '../src/platform/reference/geo.js';
import { sharedReferencePath } from '../src/platform/reference/shared-path.js';
import type { BenchDatabase } from './databases.js';
import { runCli } from './import.js';
import { benchMatching, matchingLines, type MatchingBench } from './matching.js';

/**
 * Issue 10 §6: the opportunity list and its filters at 100 000 opportunities, every query one
 * not asked before (the list has no cache; a new query is what a reader's filter makes), and the
 * rate of `asf import notices` on a folder of real notices given new ids.
 */
export interface ProcurementBench {
  opportunities: number;
  fillSeconds: number;
  list: { queries: number; p50Ms: number; p95Ms: number; maxMs: number; meanTotal: number };
  notices: { files: number; seconds: number; perSecond: number; output: string } | { error: string };
  /** Issue 11 §4: matching, with the register filled beside the opportunities. */
  matching: MatchingBench | { error: string } | null;
}

/** A small deterministic generator, so that two runs fill the same database. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

export async function fillOpportunities(db: Kysely<AppDB>, count: number, now: Date): Promise<void> {
  const r = random(42);
  const services = cpvVocabulary().filter((c) => /^(5|7|8|9)/.test(c.code) && !c.code.endsWith('000000'));
  const buyers = MUNICIPALITIES.map((m) => m.name);
  const batch = 1000;
  for (let start = 0; start < count; start += batch) {
    const rows = [];
    const lots = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const kind = pick(r, OPPORTUNITY_KINDS);
      const main = pick(r, services).code;
      const m = pick(r, MUNICIPALITIES);
      const whole = r() < 0.3;
      const reserved = r() < 0.1 ? 'social_integration' : null;
      const deadline = kind === 'planned' ? null : new Date(now.getTime() + (r() * 200 - 20) * 86_400_000);
      const lot = {
        mainCpv: main,
        additionalCpv: r() < 0.3 ? [pick(r, services).code] : [],
        countyCodes: whole ? [m.countyCode] : [],
        municipalityCodes: whole ? [] : [m.code],
        reservation: reserved,
        deadlineAt: null,
      };
      const derived = derivedColumns({ kind, deadlineAt: deadline, meetingAt: null }, [lot as never]);
      rows.push({
        id: i + 1,
        kind,
        status: r() < 0.9 ? 'published' : 'awarded',
        title: `Upphandling ${i + 1}: ${main}`,
        description: 'Bänkens påhittade upphandling.',
        buyer_name: pick(r, buyers),
        created_at: now,
        updated_at: now,
        published_at: new Date(now.getTime() - r() * 90 * 86_400_000),
        deadline_at: deadline,
        expected_quarter: kind === 'planned' ? `2027-${1 + Math.floor(r() * 4)}` : null,
        ...derived,
      });
      lots.push({
        opportunity_id: i + 1,
        position: 1,
        title: '',
        main_cpv: lot.mainCpv,
        additional_cpv: lot.additionalCpv,
        county_codes: lot.countyCodes,
        municipality_codes: lot.municipalityCodes,
        reservation: reserved,
        reservation_reason: reserved ? 'Bänk.' : null,
      });
    }
    await db.insertInto('opportunity').values(rows).execute();
    await db.insertInto('opportunity_lot').values(lots).execute();
  }
  // The ids were given here: the sequence goes on after them, for the notices imported next.
  await sql`select setval('opportunity_id_seq', (select max(id) from opportunity))`.execute(db);
}

/** Queries a reader's filters make, none twice: kind, code group, place, reserved, closing soon, buyer, sort, page. */
export function newQueries(count: number): OpportunityQuery[] {
  const r = random(7);
  const groups = cpvVocabulary()
    .filter((c) => /^(5|7|8|9)\d0{6}$|^(5|7|8|9)\d{2}0{5}$|^(5|7|8|9)\d{3}0{4}$/.test(c.code))
    .map((c) => c.code);
  const seen = new Set<string>();
  const out: OpportunityQuery[] = [];
  while (out.length < count) {
    const m = pick(r, MUNICIPALITIES);
    const byMunicipality = r() < 0.25;
    const q: OpportunityQuery = {
      ...DEFAULT_OPPORTUNITY_QUERY,
      kind: r() < 0.5 ? pick(r, OPPORTUNITY_KINDS) : null,
      cpv: r() < 0.6 ? pick(r, groups) : null,
      county: byMunicipality ? m.countyCode : r() < 0.5 ? pick(r, COUNTIES).code : null,
      municipality: byMunicipality ? m.code : null,
      reserved: r() < 0.2,
      closesWithinDays: r() < 0.3 ? pick(r, [7, 14, 30, 90]) : null,
      buyer: r() < 0.1 ? m.shortName.slice(0, 4) : null,
      sort: r() < 0.5 ? 'deadline' : 'newest',
      page: 1 + Math.floor(r() * r() * 5),
    };
    const key = JSON.stringify(q);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(q);
  }
  return out;
}

export const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
export const round = (n: number) => Math.round(n * 100) / 100;

export async function benchProcurement(
  target: BenchDatabase,
  size: number,
  tmp: string,
  log: (s: string) => void,
  enterprises: number,
): Promise<ProcurementBench> {
  const now = new Date();
  await target.create();
  const database = await target.open();
  try {
    await migrateToLatest(database.db, APP.migrations);
    const db = database.db.withTables<AppTables>();
    const started = performance.now();
    await fillOpportunities(db, size, now);
    await analyze(database.db, database.kind);
    const fillSeconds = round((performance.now() - started) / 1000);
    log(`${target.kind}: ${size} upphandlingar på ${fillSeconds} s; frågar listan`);
    // What the services read of a context here: the database, the clock, the address mails link to.
    const config = { BASE_URL: 'https://asf.example.se' };
    const ctx = contextWithProcurementTables({ db: database.db, now: () => now, config } as unknown as AppContext);
    const queries = newQueries(400);
    for (const q of queries.slice(0, 20)) await listOpportunities(ctx, { ...q, page: q.page + 10 });
    const times: number[] = [];
    let totals = 0;
    for (const q of queries) {
      const t0 = performance.now();
      const { total } = await listOpportunities(ctx, q);
      times.push(performance.now() - t0);
      totals += total;
    }
    const list = {
      queries: queries.length,
      p50Ms: round(percentile(times, 50)),
      p95Ms: round(percentile(times, 95)),
      maxMs: round(Math.max(...times)),
      meanTotal: Math.round(totals / queries.length),
    };
    log(
      `${target.kind}: listan vid ${size}: p50 ${list.p50Ms} ms, p95 ${list.p95Ms} ms (${queries.length} nya frågor)`,
    );
    const matching =
      enterprises > 0
        ? await benchMatching(
            ctx,
            db,
            enterprises,
            (s) => log(`${target.kind}: ${s}`),
            () => analyze(database.db, database.kind),
          ).catch((e: unknown) => ({
            error: (e as Error).message,
          }))
        : null;
    await database.close();
    const notices = await timeNoticeImport(target, tmp, log);
    return { opportunities: size, fillSeconds, list, notices, matching };
  } finally {
    await database.close().catch(() => undefined);
    await target.drop();
  }
}

/** `asf import notices` on a folder of the shared reference's real and example notices, each given new ids. */
async function timeNoticeImport(
  target: BenchDatabase,
  tmp: string,
  log: (s: string) => void,
): Promise<ProcurementBench['notices']> {
  const folders = [sharedReferencePath('eforms-sdk', 'examples-notices'), sharedReferencePath('ted-notices')];
  if (folders.some((f) => !f)) return { error: 'the shared reference notices are absent' };
  const texts = folders.flatMap((f) =>
    readdirSync(f!)
      .filter((n) => n.endsWith('.xml'))
      .map((n) => readFileSync(join(f!, n), 'utf8')),
  );
  const dir = join(tmp, 'notices');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = 3000;
  for (let i = 0; i < files; i++) {
    const xml = texts[i % texts.length]!.replace(/(<cbc:ID schemeName="notice-id">)[^<]*/, `$1bench-${i}`).replace(
      /(<cbc:ContractFolderID>)[^<]*/,
      `$1bench-procedure-${i}`,
    );
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.xml`), xml);
  }
  log(`${target.kind}: asf import notices på ${files} annonser`);
  const run = await runCli(['import', 'notices', dir], target.env);
  rmSync(dir, { recursive: true, force: true });
  const m = /([\d\s\u00a0]+) annonser på ([\d.]+) s \(([\d\s\u00a0]+) annonser per sekund\)/.exec(run.output);
  if (run.code !== 0 || !m) return { error: `exit ${run.code}: ${run.output.slice(-400)}` };
  const perSecond = Number(m[3]!.replace(/\D/g, ''));
  log(`${target.kind}: ${files} annonser på ${m[2]} s (${perSecond}/s; processen ${run.seconds} s med start)`);
  return { files, seconds: Number(m[2]), perSecond, output: run.output.split('\n').slice(-3).join('\n') };
}

/** Issue 10 §6's targets: the list p95 ≤ 20 ms on PostgreSQL at 100 000; ≥ 500 notices a second. */
export const PROCUREMENT_TARGETS = { listP95Ms: 20, noticesPerSecond: 500 };

export function procurementTable(results: Partial<Record<string, ProcurementBench | { error: string }>>): string {
  const lines = [
    'Upphandlingar (issue 10 §6: listan p95 ≤ 20 ms med PostgreSQL vid 100 000, nya frågor; ≥ 500 annonser/s; issue 11 §4: ett nytt delområde mot 30 000 företag p95 ≤ 20 ms):',
  ];
  for (const [kind, r] of Object.entries(results)) {
    if (!r) continue;
    if ('error' in r) {
      lines.push(`  ${kind}: FEL ${r.error}`);
      continue;
    }
    const listOk = kind !== 'postgres' || r.list.p95Ms <= PROCUREMENT_TARGETS.listP95Ms;
    lines.push(
      `  ${kind}: ${r.opportunities} upphandlingar (fyllda på ${r.fillSeconds} s): listan p50 ${r.list.p50Ms} ms, p95 ${r.list.p95Ms} ms över ${r.list.queries} nya frågor (i snitt ${r.list.meanTotal} träffar)${kind === 'postgres' ? (listOk ? ' – UPPFYLLT' : ' – EJ UPPFYLLT') : ''}`,
    );
    if (r.matching && 'error' in r.matching) lines.push(`  ${kind}: matchning FEL ${r.matching.error}`);
    else if (r.matching) lines.push(...matchingLines(kind, r.opportunities, r.matching));
    if ('error' in r.notices) lines.push(`  ${kind}: annonsimport FEL ${r.notices.error}`);
    else {
      const ok = r.notices.perSecond >= PROCUREMENT_TARGETS.noticesPerSecond;
      lines.push(
        `  ${kind}: asf import notices ${r.notices.files} annonser på ${r.notices.seconds} s = ${r.notices.perSecond}/s – ${ok ? 'UPPFYLLT' : 'EJ UPPFYLLT'}`,
      );
    }
  }
  return lines.join('\n');
}
