import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import { loadConfig } from '../config/config.js';
import type { AppContext } from '../context.js';
import { openDatabase, type Database, type DatabaseKind } from '../db/database.js';
import { migrateToLatest } from '../db/migrations.js';
import { APP } from '../../app/testing/app.js';
import { openTestDatabase, testDatabaseKinds } from '../../app/testing/test-db.js';
import { claimDueJobs, completeJob, getJob, listRecentJobs } from './job.repository.js';
import { enqueue } from './queue.js';
import { AccountHookRegistry } from '../account/account-hooks.js';
import { JobRegistry } from './registry.js';
import { drainJobs, retryDelayMs, runDueJobs, startWorker, type JobAttempt, type WorkerLog } from './worker.js';

const START = new Date('2026-11-24T10:00:00Z');
const MINUTE = 60_000;

/** A context of our own: the queue needs no HTTP app, and each test moves its own clock. */
function contextOn(database: Database, clock: { now: Date }): AppContext {
  return {
    db: database.db,
    dbKind: database.kind,
    database,
    config: loadConfig({ DEMO: 'false', LOG_LEVEL: 'silent' }),
    now: () => clock.now,
    hasDemoData: async () => false,
    composition: APP,
    jobs: new JobRegistry(),
    accountHooks: new AccountHookRegistry(),
  };
}

const later = (ms: number) => new Date(START.getTime() + ms);

function silentLog(): WorkerLog & { errors: unknown[] } {
  const errors: unknown[] = [];
  return { errors, error: (obj) => errors.push(obj), warn: () => {}, info: () => {} };
}

test('the backoff doubles from one minute and is capped', () => {
  assert.equal(retryDelayMs(1), MINUTE);
  assert.equal(retryDelayMs(2), 2 * MINUTE);
  assert.equal(retryDelayMs(4), 8 * MINUTE);
  assert.equal(retryDelayMs(40), 6 * 60 * MINUTE);
});

for (const kind of testDatabaseKinds()) {
  describe(`job queue (${kind})`, () => {
    let database: Database;
    let clock: { now: Date };
    let ctx: AppContext;

    before(async () => {
      database = await openTestDatabase(kind);
    });
    after(async () => {
      await database.close();
    });
    beforeEach(async () => {
      await sql`delete from job`.execute(database.db);
      clock = { now: START };
      ctx = contextOn(database, clock);
    });

    test('a queued job runs once with its payload and is marked done', async () => {
      const seen: unknown[] = [];
      ctx.jobs.on('test.echo', async (_ctx, payload) => {
        seen.push(payload);
      });
      const id = await enqueue(ctx.db, { kind: 'test.echo', payload: { text: 'Hej på dig, Åsa' }, runAt: START });
      assert.ok(id);

      assert.equal(await runDueJobs(ctx), 1);
      assert.deepEqual(seen, [{ text: 'Hej på dig, Åsa' }]);
      const job = await getJob(ctx.db, id);
      assert.equal(job?.status, 'done');
      assert.equal(job?.attempts, 1);
      assert.equal(job?.finishedAt?.getTime(), START.getTime());
      assert.equal(job?.lockedUntil, null);

      assert.equal(await runDueJobs(ctx), 0, 'a done job does not run again');
      assert.equal(seen.length, 1);
    });

    test('a job waits for its time', async () => {
      let runs = 0;
      ctx.jobs.on('test.later', async () => {
        runs++;
      });
      await enqueue(ctx.db, { kind: 'test.later', runAt: later(60 * MINUTE) });
      assert.equal(await runDueJobs(ctx), 0);
      clock.now = later(60 * MINUTE - 1);
      assert.equal(await runDueJobs(ctx), 0);
      clock.now = later(60 * MINUTE);
      assert.equal(await runDueJobs(ctx), 1);
      assert.equal(runs, 1);
    });

    test('jobs run oldest first', async () => {
      const order: unknown[] = [];
      ctx.jobs.on('test.order', async (_ctx, payload) => {
        order.push(payload.n);
      });
      await enqueue(ctx.db, { kind: 'test.order', payload: { n: 2 }, runAt: later(-1 * MINUTE) });
      await enqueue(ctx.db, { kind: 'test.order', payload: { n: 1 }, runAt: later(-2 * MINUTE) });
      await enqueue(ctx.db, { kind: 'test.order', payload: { n: 3 }, runAt: START });
      assert.equal(await drainJobs(ctx), 3);
      assert.deepEqual(order, [1, 2, 3]);
    });

    test('a handler that throws is tried again after the backoff, not before', async () => {
      const attempts: JobAttempt[] = [];
      ctx.jobs.on('test.flaky', async (_ctx, _payload, ...rest: unknown[]) => {
        attempts.push(rest[0] as JobAttempt);
        if (attempts.length === 1) throw new Error('servern svarade inte');
      });
      const id = (await enqueue(ctx.db, { kind: 'test.flaky', runAt: START }))!;

      assert.equal(await runDueJobs(ctx), 1);
      let job = await getJob(ctx.db, id);
      assert.equal(job?.status, 'pending');
      assert.equal(job?.attempts, 1);
      assert.equal(job?.lastError, 'servern svarade inte');
      assert.equal(job?.runAt.getTime(), later(MINUTE).getTime());

      clock.now = later(MINUTE - 1000);
      assert.equal(await runDueJobs(ctx), 0, 'not before the backoff');
      clock.now = later(MINUTE);
      assert.equal(await runDueJobs(ctx), 1);
      job = await getJob(ctx.db, id);
      assert.equal(job?.status, 'done');
      assert.equal(job?.attempts, 2);
      assert.equal(job?.lastError, null);
      assert.deepEqual(
        attempts.map((a) => [a.attempt, a.maxAttempts, a.isLastAttempt]),
        [
          [1, 5, false],
          [2, 5, false],
        ],
      );
    });

    test('a job that keeps failing fails for good after its last attempt', async () => {
      const lastFlags: boolean[] = [];
      ctx.jobs.on('test.broken', async (_ctx, _payload, ...rest: unknown[]) => {
        lastFlags.push((rest[0] as JobAttempt).isLastAttempt);
        throw new Error(`försök ${lastFlags.length}`);
      });
      const id = (await enqueue(ctx.db, { kind: 'test.broken', runAt: START, maxAttempts: 3 }))!;

      assert.equal(await runDueJobs(ctx), 1);
      clock.now = later(MINUTE);
      assert.equal(await runDueJobs(ctx), 1);
      clock.now = later(2 * MINUTE);
      assert.equal(await runDueJobs(ctx), 0, 'the second retry waits two minutes');
      clock.now = later(3 * MINUTE);
      assert.equal(await runDueJobs(ctx), 1);

      const job = await getJob(ctx.db, id);
      assert.equal(job?.status, 'failed');
      assert.equal(job?.attempts, 3);
      assert.equal(job?.lastError, 'försök 3');
      assert.equal(job?.finishedAt?.getTime(), later(3 * MINUTE).getTime());
      assert.deepEqual(lastFlags, [false, false, true]);

      clock.now = later(24 * 60 * MINUTE);
      assert.equal(await runDueJobs(ctx), 0, 'a failed job stays failed');
    });

    test('a job of a kind nobody handles fails at once with a clear error', async () => {
      const log = silentLog();
      const id = (await enqueue(ctx.db, { kind: 'test.unknown', runAt: START }))!;
      assert.equal(await runDueJobs(ctx, { log }), 1);
      const job = await getJob(ctx.db, id);
      assert.equal(job?.status, 'failed');
      assert.match(job?.lastError ?? '', /test\.unknown/);
      assert.equal(log.errors.length, 1);
    });

    test('a dedupe key keeps one waiting job per key', async () => {
      let runs = 0;
      ctx.jobs.on('test.daily', async () => {
        runs++;
      });
      const first = await enqueue(ctx.db, { kind: 'test.daily', runAt: START, dedupeKey: 'daily:2026-11-24' });
      const second = await enqueue(ctx.db, { kind: 'test.daily', runAt: START, dedupeKey: 'daily:2026-11-24' });
      const other = await enqueue(ctx.db, { kind: 'test.daily', runAt: START, dedupeKey: 'daily:2026-11-25' });
      assert.ok(first);
      assert.equal(second, undefined);
      assert.ok(other);
      assert.equal(await drainJobs(ctx), 2);
      assert.equal(runs, 2);

      // Once the job is done, the key is free again (the next day's run, say).
      const again = await enqueue(ctx.db, { kind: 'test.daily', runAt: START, dedupeKey: 'daily:2026-11-24' });
      assert.ok(again);
      assert.notEqual(again, first);
    });

    test('a job whose worker died is run again once its lock runs out', async () => {
      let runs = 0;
      ctx.jobs.on('test.orphan', async () => {
        runs++;
      });
      const id = (await enqueue(ctx.db, { kind: 'test.orphan', runAt: START }))!;
      // A worker claims it for ten minutes and then dies without a word.
      const claimed = await claimDueJobs(ctx.db, START, later(10 * MINUTE), 10);
      assert.deepEqual(
        claimed.map((j) => j.id),
        [id],
      );

      clock.now = later(5 * MINUTE);
      assert.equal(await runDueJobs(ctx), 0, 'still locked by the dead worker');
      clock.now = later(10 * MINUTE + 1);
      assert.equal(await runDueJobs(ctx), 1);
      assert.equal(runs, 1);
      const job = await getJob(ctx.db, id);
      assert.equal(job?.status, 'done');
      assert.equal(job?.attempts, 2);
    });

    test('a job whose worker died on its last attempt fails instead of running once more', async () => {
      let runs = 0;
      ctx.jobs.on('test.poison', async () => {
        runs++;
      });
      const id = (await enqueue(ctx.db, { kind: 'test.poison', runAt: START, maxAttempts: 1 }))!;
      await claimDueJobs(ctx.db, START, later(MINUTE), 10);
      clock.now = later(2 * MINUTE);
      assert.equal(await runDueJobs(ctx), 0);
      assert.equal(runs, 0);
      const job = await getJob(ctx.db, id);
      assert.equal(job?.status, 'failed');
      assert.match(job?.lastError ?? '', /sista försöket/);
    });

    test('a late worker cannot mark done a job another worker has taken over', async () => {
      ctx.jobs.on('test.slow', async () => {});
      const id = (await enqueue(ctx.db, { kind: 'test.slow', runAt: START }))!;
      await claimDueJobs(ctx.db, START, later(MINUTE), 10);
      clock.now = later(2 * MINUTE);
      // The second worker's run (attempt 2) is the one that counts.
      assert.equal(await runDueJobs(ctx), 1);
      assert.equal(await completeJob(ctx.db, id, 1, later(3 * MINUTE)), false);
      assert.equal((await getJob(ctx.db, id))?.finishedAt?.getTime(), later(2 * MINUTE).getTime());
    });

    test('jobs queued in a transaction that rolls back do not exist', async () => {
      await assert.rejects(
        ctx.db.transaction().execute(async (trx) => {
          await enqueue(trx, { kind: 'test.rollback', runAt: START });
          throw new Error('något annat i transaktionen misslyckades');
        }),
        /något annat/,
      );
      assert.deepEqual(await listRecentJobs(ctx.db, { limit: 10 }), []);

      await ctx.db.transaction().execute(async (trx) => {
        await enqueue(trx, { kind: 'test.commit', runAt: START });
      });
      assert.equal((await listRecentJobs(ctx.db, { limit: 10 })).length, 1);
    });

    test('two workers side by side run every job exactly once', async () => {
      const runsById = new Map<number, number>();
      const handler = async (_ctx: AppContext, payload: Record<string, unknown>) => {
        const n = payload.n as number;
        runsById.set(n, (runsById.get(n) ?? 0) + 1);
        await new Promise((r) => setTimeout(r, 2));
      };
      ctx.jobs.on('test.parallel', handler);
      const other = contextOn(database, clock);
      other.jobs.on('test.parallel', handler);
      for (let n = 0; n < 30; n++) await enqueue(ctx.db, { kind: 'test.parallel', payload: { n }, runAt: START });

      const [a, b] = await Promise.all([drainJobs(ctx), drainJobs(other)]);
      assert.equal(a + b, 30);
      assert.equal(runsById.size, 30);
      assert.ok([...runsById.values()].every((v) => v === 1));
    });

    test('the polling worker runs jobs, never overlaps itself and logs errors instead of throwing', async () => {
      let running = 0;
      let maxRunning = 0;
      let runs = 0;
      ctx.jobs.on('test.polled', async () => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((r) => setTimeout(r, 20));
        running--;
        runs++;
      });
      for (let n = 0; n < 4; n++) await enqueue(ctx.db, { kind: 'test.polled', runAt: START });
      const log = silentLog();
      const worker = startWorker(ctx, { intervalMs: 5, limit: 1, log });
      const deadline = Date.now() + 5000;
      while (runs < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      await worker.stop();
      assert.equal(runs, 4);
      assert.equal(maxRunning, 1);
      assert.deepEqual(log.errors, []);

      // A round that throws (here: the clock itself) is logged and the loop carries on.
      let broken = true;
      const failing: AppContext = {
        ...ctx,
        now: () => {
          if (broken) throw new Error('klockan är trasig');
          return clock.now;
        },
      };
      await enqueue(ctx.db, { kind: 'test.polled', runAt: START });
      const second = startWorker(failing, { intervalMs: 5, log });
      while (log.errors.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      broken = false;
      while (runs < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      await second.stop();
      assert.ok(log.errors.length >= 2);
      assert.equal(runs, 5);
    });
  });

  describe(`job queue across a restart (${kind})`, () => {
    test('a job queued by one process is run by the next one on the same database', async () => {
      const { open, cleanup } = await restartableDatabase(kind);
      try {
        const clock = { now: START };
        const first = await open();
        const id = (await enqueue(first.db, { kind: 'test.survivor', payload: { who: 'Örjan' }, runAt: START }))!;
        await first.close();

        const second = await open();
        try {
          const ctx = contextOn(second, clock);
          const seen: unknown[] = [];
          ctx.jobs.on('test.survivor', async (_ctx, payload) => {
            seen.push(payload.who);
          });
          assert.equal(await drainJobs(ctx), 1);
          assert.deepEqual(seen, ['Örjan']);
          assert.equal((await getJob(ctx.db, id))?.status, 'done');
        } finally {
          await second.close();
        }
      } finally {
        await cleanup();
      }
    });
  });
}

/**
 * A database that outlives the Database object: PGlite in a folder on disk, or a schema on the
 * PostgreSQL server. Each open() is a new process's connection.
 */
async function restartableDatabase(
  kind: DatabaseKind,
): Promise<{ open: () => Promise<Database>; cleanup: () => Promise<void> }> {
  if (kind === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'asf-jobs-'));
    const migrated = await openDatabase({ dataDir });
    await migrateToLatest(migrated.db, APP.migrations);
    await migrated.close();
    return {
      open: () => openDatabase({ dataDir }),
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  // The test database drops its schema on close; in between, plain connections to that schema.
  const holder = await openTestDatabase(kind);
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(holder.db);
  const schema = rows[0]!.schema;
  return {
    open: () => openDatabase({ url: process.env.TEST_DATABASE_URL, schema, poolSize: 2 }),
    cleanup: () => holder.close(),
  };
}
