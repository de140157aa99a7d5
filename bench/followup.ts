import { sql, type Kysely } from 'kysely';
import { APP } from '../src/app/modules.js';
import type { AppDB, AppTables } from '../src/app/tables.js';
import { openTestApp } from '../src/app/testing/test-app.js';
import { analyze } from '../src/platform/db/maintenance.js';
import { migrateToLatest } from '../src/platform/db/migrations.js';
import { signedIn } from '../src/platform/testing/auth.js';
import { recountCommitmentTotals } from '../src/modules/followup/testing/totals.js';
import type { BenchDatabase } from './databases.js';
import { percentile, round } from './opportunities.js';

/**
 * Issue 12 §6: the follow-up at 10 000 contracts and 50 000 reports, p95 ≤ 50 ms. Seeds contracts
 * with a commitment each and reports against them for a few buyer organisations (one holds half of
 * everything), with opportunities of that organisation, then asks for a signed-in buyer's pages of
 * the largest organisation in the app in-process (the request's whole work on the server, without
 * the network). The seeding is its own function so that other pages of the follow-up can be
 * measured on the same data.
 */
export interface FollowupSeed {
  organisations: number[];
  /** The organisation with the most contracts, reports and opportunities. */
  largest: number;
  contracts: number;
  reports: number;
  opportunities: number;
}

/** How the organisations share the contracts: the first half, the rest evenly. */
const SHARES = [0.5, 0.2, 0.15, 0.1, 0.05];

/**
 * Fills an empty migrated database: `contracts` contracts (2 years each, starting 2022 onwards) with
 * one commitment each, `reports` reports spread over them (dated within the contract and not after
 * `today`), and `opportunities` published opportunities of the largest organisation over five years
 * with one to three lots, some reserved and some with an employment clause. All in SQL
 * (generate_series), a few statements whatever the size.
 */
export async function seedFollowup(
  db: Kysely<AppDB>,
  {
    contracts,
    reports,
    opportunities = 500,
    today,
  }: { contracts: number; reports: number; opportunities?: number; today: string },
): Promise<FollowupSeed> {
  const now = new Date();
  const organisations: number[] = [];
  for (const [i] of SHARES.entries()) {
    const { id } = await db
      .insertInto('organisation')
      .values({
        name: `Bänkkommun ${i + 1}`,
        kind: 'kommun',
        county_code: null,
        municipality_code: null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    organisations.push(id);
  }
  // Which organisation contract g belongs to: by its place in 0–99 against the cumulative shares.
  const bounds = SHARES.map((_, i) => Math.round(SHARES.slice(0, i + 1).reduce((a, b) => a + b, 0) * 100));
  const owner = sql.raw(
    `case ${bounds.map((b, i) => `when g % 100 < ${b} then ${organisations[i]}`).join(' ')} else ${organisations[0]} end`,
  );
  await sql`
    insert into contract (buyer_organisation_id, title, supplier_name, starts_on, ends_on, created_at)
    select ${owner}, 'Bänkavtal ' || g, 'Leverantör ' || (g % 300),
      date '2022-01-01' + (g % 1400), date '2022-01-01' + (g % 1400) + 730, ${now}
    from generate_series(1, ${contracts}) g`.execute(db);
  await sql`
    insert into contract_commitment (contract_id, form, requirement, target_group, persons, months, first_start_within_months, met_share)
    select id, 'placement', 'hard', 'Bänkens målgrupp', 2, 6, 6, 0.75 from contract order by id`.execute(db);
  await sql`
    insert into commitment_report (commitment_id, on_date, offered, started, person_months, reporter_role, created_at)
    select c.id, least(k.starts_on + ((g * 37) % 700), ${today}::date), 1, g % 3, 1.5, 'supplier', ${now}
    from generate_series(1, ${reports}) g
    join (select id, contract_id, row_number() over (order by id) - 1 as n from contract_commitment) c
      on c.n = g % ${Math.max(1, contracts)}
    join contract k on k.id = c.contract_id`.execute(db);
  // What insertReport keeps with each commitment as reports come in (the list reads these).
  await recountCommitmentTotals(db);
  const largest = organisations[0]!;
  const year = Number(today.slice(0, 4));
  await sql`
    insert into opportunity (kind, status, title, buyer_organisation_id, buyer_name, created_at, updated_at, published_at,
      reservation_kinds)
    select case when g % 4 = 0 then 'direct' else 'advertised' end,
      case when g % 10 = 0 then 'draft' when g % 7 = 0 then 'awarded' else 'published' end,
      'Bänkupphandling ' || g, ${largest}, 'Bänkkommun 1', ${now}, ${now},
      case when g % 10 = 0 then null else make_timestamptz(${year - 4} + g % 5, 1 + g % 12, 1 + g % 28, 10, 0, 0) end,
      case when g % 6 = 0 then array['social_integration'] else array[]::text[] end
    from generate_series(1, ${opportunities}) g`.execute(db);
  await sql`
    insert into opportunity_lot (opportunity_id, position, title, reservation, employment_clause)
    select o.id, p, 'Delområde ' || p,
      case when cardinality(o.reservation_kinds) > 0 then 'social_integration' end,
      case when (o.id + p) % 3 = 0 then '{"requirement":"hard","targetGroup":"Bänk","forms":["placement"],"persons":1,"months":6,"firstStartWithinMonths":6,"metSharePercent":75}'::jsonb end
    from opportunity o, generate_series(1, 1 + o.id % 3) p
    where o.buyer_organisation_id = ${largest}`.execute(db);
  return { organisations, largest, contracts, reports, opportunities };
}

export interface FollowupBench {
  contracts: number;
  reports: number;
  fillSeconds: number;
  goals: { requests: number; cpuMsPerRequest: number; p50Ms: number; p95Ms: number; maxMs: number };
  /** The buyer's follow-up list, first page (every commitment's status counted for the filter's counts). */
  list: FollowupBench['goals'];
}

/** Times `requests` GETs of `path` as `browser` after `warm` unmeasured ones; any status but 200 fails. */
export async function timeGets(
  get: (path: string) => Promise<{ statusCode: number }>,
  path: string,
  requests: number,
  warm = 20,
): Promise<FollowupBench['goals']> {
  for (let i = 0; i < warm; i++) await get(path);
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < requests; i++) {
    const t0 = performance.now();
    const res = await get(path);
    times.push(performance.now() - t0);
    if (res.statusCode !== 200) throw new Error(`${path} answered ${res.statusCode}`);
  }
  const used = process.cpuUsage(cpu);
  return {
    requests,
    // This process's CPU per request: with PGlite the whole request, database included, and much
    // less moved by other work on the machine than the latencies are.
    cpuMsPerRequest: round((used.user + used.system) / 1000 / requests),
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    maxMs: round(Math.max(...times)),
  };
}

export async function benchFollowup(
  target: BenchDatabase,
  size: { contracts: number; reports: number; requests: number },
  log: (s: string) => void,
): Promise<FollowupBench> {
  const now = new Date();
  await target.create();
  const database = await target.open();
  try {
    await migrateToLatest(database.db, APP.migrations);
    const started = performance.now();
    const seed = await seedFollowup(database.db.withTables<AppTables>(), {
      contracts: size.contracts,
      reports: size.reports,
      today: now.toISOString().slice(0, 10),
    });
    await analyze(database.db, database.kind);
    const fillSeconds = round((performance.now() - started) / 1000);
    log(`${target.kind}: ${size.contracts} avtal och ${size.reports} rapporter på ${fillSeconds} s; frågar målsidan`);
    // The whole app in-process on this database (it closes it); a buyer of the largest organisation.
    const app = await openTestApp(target.kind, now, {}, { database });
    try {
      const { browser } = await signedIn(app, 'buyer', { organisationId: seed.largest });
      const goals = await timeGets((p) => browser.get(p), '/uppfoljning/mal', size.requests);
      log(
        `${target.kind}: /uppfoljning/mal p50 ${goals.p50Ms} ms, p95 ${goals.p95Ms} ms, CPU ${goals.cpuMsPerRequest} ms/anrop (${goals.requests} anrop)`,
      );
      const list = await timeGets((p) => browser.get(p), '/uppfoljning', size.requests);
      log(
        `${target.kind}: /uppfoljning p50 ${list.p50Ms} ms, p95 ${list.p95Ms} ms, CPU ${list.cpuMsPerRequest} ms/anrop (${list.requests} anrop)`,
      );
      return { contracts: size.contracts, reports: size.reports, fillSeconds, goals, list };
    } finally {
      await app.close();
    }
  } finally {
    await database.close().catch(() => undefined);
    await target.drop();
  }
}

/** Issue 12 §6's target. */
export const FOLLOWUP_TARGET_P95_MS = 50;

export function followupTable(results: Partial<Record<string, FollowupBench | { error: string }>>): string {
  const lines = [
    `Uppföljning (issue 12 §6: målsidan och uppföljningslistan vid 10 000 avtal och 50 000 rapporter, p95 ≤ ${FOLLOWUP_TARGET_P95_MS} ms):`,
  ];
  for (const [kind, r] of Object.entries(results)) {
    if (!r) continue;
    if ('error' in r) {
      lines.push(`  ${kind}: FEL ${r.error}`);
      continue;
    }
    const line = (path: string, g: FollowupBench['goals']) =>
      `${path} p50 ${g.p50Ms} ms, p95 ${g.p95Ms} ms över ${g.requests} anrop, CPU ${g.cpuMsPerRequest} ms/anrop i processen – ${g.p95Ms <= FOLLOWUP_TARGET_P95_MS ? 'UPPFYLLT' : 'EJ UPPFYLLT'}`;
    lines.push(`  ${kind}: ${r.contracts} avtal, ${r.reports} rapporter (fyllda på ${r.fillSeconds} s):`);
    lines.push(`    ${line('/uppfoljning/mal', r.goals)}`);
    lines.push(`    ${line('/uppfoljning', r.list)}`);
  }
  return lines.join('\n');
}
