import { CompiledQuery, Kysely, PostgresDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../src/platform/db/database.js';
import { PGliteDialect } from '../src/platform/db/pglite-dialect.js';
import type { PlatformDB } from '../src/platform/db/schema.js';
import { API_PARAMS, readSearchParams } from '../src/modules/register/search/search.params.js';
import { searchEnterprises } from '../src/modules/register/search/search.service.js';
import { cpuMs } from './proc.js';
import { explainQueries } from './scenarios.js';

/**
 * Where a search's time goes: runs the API's search for each query with every SQL statement
 * captured, then times each statement on its own (wall and database CPU time, `repeat` runs per
 * query) and keeps the EXPLAIN ANALYZE plan of the first query. Two variants split the page
 * query: without the window count `count(*) over ()`, and the text match with filters alone.
 *
 * Standalone (a PGlite folder must not be open in a server at the same time):
 *   DATA_DIR=/path node --import tsx bench/explain.ts                      # the bench's query mix
 *   DATABASE_URL=postgres://… node --import tsx bench/explain.ts 'q=städning&county=01' ['random_page_cost = 1.1' …]
 * The first argument is a comma-separated list of API query strings; the rest are SET statements to try.
 */

export interface StatementTiming {
  name: string;
  /** Wall time of the statement alone, over all queries × repeats. */
  medianMs: number;
  p95Ms: number;
  /** CPU time of the database (PGlite: this process; PostgreSQL: the backend), mean per run. */
  cpuMs: number | null;
  /** SQL and plan of the first query. */
  sql: string;
  plan: string;
}

export interface ExplainResult {
  queries: string[];
  settings: string[];
  searchMedianMs: number;
  searchCpuMs: number | null;
  statements: StatementTiming[];
}

interface Sampled {
  wall: number[];
  cpu: number[];
}

export async function explainSearch(
  env: { DATA_DIR?: string; DATABASE_URL?: string },
  queries: string[],
  today: string,
  repeat = 5,
  /** Session settings to try, e.g. ['random_page_cost = 1.1'] (what-if experiments). */
  settings: string[] = [],
): Promise<ExplainResult> {
  const captured: CompiledQuery[] = [];
  const log = (e: LogEvent) => {
    if (e.level === 'query') captured.push(e.query);
  };
  let db: Kysely<PlatformDB>;
  let close: () => Promise<void>;
  let cpuNow: () => number | null;
  if (env.DATABASE_URL) {
    // One connection, so that settings stick and its backend's CPU time can be read.
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 1 });
    db = new Kysely<PlatformDB>({ dialect: new PostgresDialect({ pool }), log });
    close = () => db.destroy();
    const { rows } = await db.executeQuery<{ pid: number }>(CompiledQuery.raw('select pg_backend_pid() as pid'));
    const backend = rows[0]?.pid ?? 0;
    cpuNow = () => cpuMs(backend);
  } else {
    const database = await openDatabase({ dataDir: env.DATA_DIR });
    db = new Kysely<PlatformDB>({ dialect: new PGliteDialect(database.pglite!), log });
    close = async () => {
      await db.destroy();
      await database.close();
    };
    cpuNow = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
  }
  const measure = async (into: Sampled, fn: () => Promise<unknown>) => {
    for (let i = 0; i < repeat; i++) {
      const cpu = cpuNow();
      const t = performance.now();
      await fn();
      into.wall.push(performance.now() - t);
      const after = cpuNow();
      if (cpu !== null && after !== null) into.cpu.push(after - cpu);
    }
  };
  try {
    for (const setting of settings) await db.executeQuery(CompiledQuery.raw(`set ${setting}`));
    captured.length = 0;
    const search: Sampled = { wall: [], cpu: [] };
    const byName = new Map<string, Sampled & { sql: string; plan: string }>();
    for (const [qi, query] of queries.entries()) {
      const { criteria } = readSearchParams(Object.fromEntries(new URLSearchParams(query)), API_PARAMS);
      captured.length = 0;
      await searchEnterprises(db, criteria, today); // warm caches and capture
      const statements = captured.splice(0);
      await measure(search, () => searchEnterprises(db, criteria, today));
      captured.length = 0;
      for (const { name, q } of withVariants(statements)) {
        let entry = byName.get(name);
        if (!entry) byName.set(name, (entry = { wall: [], cpu: [], sql: q.sql, plan: '' }));
        await measure(entry, () => db.executeQuery(q));
        if (qi === 0) {
          const plan = await db.executeQuery<Record<string, string>>(
            CompiledQuery.raw(`explain (analyze, buffers) ${q.sql}`, [...q.parameters]),
          );
          entry.plan = plan.rows.map((r) => Object.values(r)[0]).join('\n');
        }
      }
    }
    const statements: StatementTiming[] = [...byName].map(([name, e]) => ({
      name,
      medianMs: pct(e.wall, 50),
      p95Ms: pct(e.wall, 95),
      cpuMs: e.cpu.length ? mean(e.cpu) : null,
      sql: e.sql,
      plan: e.plan,
    }));
    return {
      queries,
      settings,
      searchMedianMs: pct(search.wall, 50),
      searchCpuMs: search.cpu.length ? mean(search.cpu) : null,
      statements,
    };
  } finally {
    await close();
  }
}

/** The captured statements, plus the page query without its window count and its WHERE alone. */
function withVariants(statements: CompiledQuery[]): { name: string; q: CompiledQuery }[] {
  const named = statements.map((q) => ({ name: nameOf(q.sql), q }));
  const page = named.find((s) => s.name === 'page');
  if (page) {
    const noWindow = page.q.sql.replace(/,\s*count\(\*\) over \(\)::int as total/, '');
    if (noWindow !== page.q.sql)
      named.push({ name: 'page without window count', q: CompiledQuery.raw(noWindow, [...page.q.parameters]) });
    const where = /from enterprise\s+where([\s\S]*?)\s+order by/.exec(page.q.sql)?.[1];
    if (where) {
      const used = [...where.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]));
      // Renumber the placeholders the WHERE clause uses so the count query stands alone.
      const map = new Map([...new Set(used)].map((n, i) => [n, i + 1]));
      const sqlText = `select count(*) from enterprise where${where.replace(/\$(\d+)/g, (_m, n: string) => `$${map.get(Number(n))}`)}`;
      const params = [...map.keys()].map((n) => page.q.parameters[n - 1]);
      named.push({ name: 'text match + filters only (count)', q: CompiledQuery.raw(sqlText, params) });
    }
  }
  return named;
}

function nameOf(sql: string): string {
  if (/search_word/.test(sql)) return 'words (typo lookup)';
  if (/with base as materialized/.test(sql)) return 'facets';
  if (/count\(\*\) over \(\)/.test(sql)) return 'page';
  if (/select count\(\*\)::int as n from enterprise/.test(sql)) return 'count';
  return sql.replace(/\s+/g, ' ').slice(0, 40);
}

const round = (n: number) => Math.round(n * 100) / 100;
const mean = (xs: number[]) => round(xs.reduce((a, b) => a + b, 0) / (xs.length || 1));

function pct(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0);
}

export function formatExplain(r: ExplainResult, withPlans: boolean): string {
  const cpu = (n: number | null) => (n === null ? '' : `, CPU ${n.toFixed(1)} ms`);
  const lines = [
    `Sökningens delar (${r.queries.length} frågor${r.settings.length ? `; ${r.settings.join(', ')}` : ''}): hela sökningen median ${r.searchMedianMs} ms${cpu(r.searchCpuMs)}`,
  ];
  for (const s of r.statements) {
    lines.push(
      `  ${s.name.padEnd(36)} median ${String(s.medianMs).padStart(7)} ms  p95 ${String(s.p95Ms).padStart(7)} ms${cpu(s.cpuMs)}`,
    );
    if (withPlans) lines.push(s.plan.replace(/^/gm, '      '));
  }
  return lines.join('\n');
}

if (process.argv[1] && /bench[\\/]explain\.ts$/.test(process.argv[1])) {
  const queries = process.argv[2] ? process.argv[2].split(',') : explainQueries();
  const env = { DATA_DIR: process.env.DATA_DIR ?? './data', DATABASE_URL: process.env.DATABASE_URL };
  const settings = process.argv.slice(3); // e.g. 'random_page_cost = 1.1'
  explainSearch(env, queries, new Date().toISOString().slice(0, 10), 5, settings).then(
    (r) => process.stdout.write(`${formatExplain(r, true)}\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
