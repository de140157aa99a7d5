import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { backupSettings, loadConfig } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrations.js';
import { APP } from '../../app/testing/app.js';
import { scheduleNextRun } from '../jobs/daily.js';
import { drainJobs } from '../jobs/worker.js';
import { signedIn, type TestBrowser } from '../testing/auth.js';
import { createScratchDatabase, type ScratchDatabase } from '../testing/scratch-postgres.js';
import { pageText as text } from '../testing/html.js';
import { openTestApp, type TestApp } from '../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../app/testing/test-db.js';
import type { DatabaseKind } from '../db/database.js';
import { BACKUP_JOB, BACKUP_SCHEDULE, ensureBackupScheduled } from './backup.jobs.js';

/**
 * The admins' page of backups and the nightly job, run with the test clock. On PostgreSQL the
 * app gets a database of its own (a backup is of the whole database, and the test schemas share one).
 */
const T0 = new Date('2026-11-24T10:00:00Z');
const PAGE = '/admin/sakerhetskopior';

async function openBackupApp(
  kind: DatabaseKind,
  env: Record<string, string> = {},
): Promise<{ t: TestApp; close: () => Promise<void> }> {
  if (kind === 'pglite') {
    const t = await openTestApp('pglite', T0, env);
    return { t, close: () => t.close() };
  }
  const scratch: ScratchDatabase = await createScratchDatabase();
  const database = await openDatabase({ url: scratch.url });
  await migrateToLatest(database.db, APP.migrations);
  const t = await openTestApp('postgres', T0, { DATABASE_URL: scratch.url, ...env }, { database });
  return {
    t,
    close: async () => {
      await t.close();
      await scratch.drop();
    },
  };
}

const pendingRuns = (t: TestApp) =>
  t.ctx.db
    .selectFrom('job')
    .select(['id', 'run_at'])
    .where('kind', '=', BACKUP_JOB)
    .where('status', '=', 'pending')
    .orderBy('run_at')
    .execute();

/** Moves the clock a second past the next nightly run and lets the worker run what is due. */
async function nextNight(t: TestApp): Promise<Date> {
  const [run] = await pendingRuns(t);
  assert.ok(run, 'a nightly run is queued');
  t.setNow(new Date(run.run_at.getTime() + 1000));
  await drainJobs(t.ctx);
  return run.run_at;
}

for (const kind of testDatabaseKinds()) {
  describe(`backups page and nightly backups (${kind})`, () => {
    let app: Awaited<ReturnType<typeof openBackupApp>>;
    let t: TestApp;
    let admin: TestBrowser;
    let dir: string;
    before(async () => {
      // On PostgreSQL nightly backups are off unless asked for; here they are asked for, 2 + 2 kept.
      app = await openBackupApp(kind, { BACKUP: 'true', BACKUP_KEEP_DAILY: '2', BACKUP_KEEP_WEEKLY: '2' });
      t = app.t;
      dir = backupSettings(t.ctx.config).dir;
      ({ browser: admin } = await signedIn(t, 'admin', { name: 'Ada Admin' }));
    });
    after(() => app?.close());

    it('only admins reach it; the admin start page links to it', async () => {
      assert.match((await admin.get('/admin')).body, /href="\/admin\/sakerhetskopior"/);
      const { browser: coordinator } = await signedIn(t, 'coordinator');
      assert.equal((await coordinator.get(PAGE)).statusCode, 403);
      assert.equal((await coordinator.post(PAGE)).statusCode, 403);
      assert.equal((await coordinator.get(`${PAGE}/asf-2026-11-24-0200.sql.gz`)).statusCode, 403);
      assert.ok(!existsSync(dir), 'nothing was written');
    });

    it('says where the nightly backups go, how many are kept and when the next one is; none yet', async () => {
      const res = await admin.get(PAGE);
      assert.equal(res.statusCode, 200);
      const page = text(res.body);
      assert.ok(
        page.includes(
          `Nattlig säkerhetskopiering är på: varje natt kl. 02.00 till mappen ${dir}. Alla kopior från det senaste dygnet sparas, och den nyaste från var och en av de senaste 2 dagarna och 2 veckorna; äldre tas bort.`,
        ),
        page,
      );
      assert.match(page, /Nästa nattliga kopia: 2026-11-25 02:00/);
      assert.match(page, /Det finns inga säkerhetskopior i mappen än\./);
      assert.doesNotMatch(page, /misslyckades/);
    });

    it('the button takes a backup into BACKUP_DIR, listed with its size and time', async () => {
      assert.equal((await admin.post(PAGE, {}, { csrf: false })).statusCode, 403, 'CSRF-protected');
      const res = await admin.post(PAGE);
      assert.equal(res.statusCode, 303, res.body.slice(0, 500));
      assert.equal(res.headers.location, `${PAGE}?klar=asf-2026-11-24-110000.sql.gz`);
      assert.deepEqual(readdirSync(dir), ['asf-2026-11-24-110000.sql.gz']);
      const page = text((await admin.get(String(res.headers.location))).body);
      assert.match(page, /Säkerhetskopian asf-2026-11-24-110000\.sql\.gz är klar \(\d+ kB\)\./);
      assert.match(
        page,
        /Säkerhetskopior, nyast först Tagen Storlek Fil 2026-11-24 11:00 \d+ kB asf-2026-11-24-110000\.sql\.gz/,
      );
      // The notice only ever names a file that is there.
      assert.doesNotMatch(text((await admin.get(`${PAGE}?klar=%3Cscript%3Efalsk.sql.gz`)).body), /är klar/);
      const [event] = await t.ctx.db.selectFrom('audit_event').selectAll().where('action', '=', 'backup').execute();
      assert.match(event!.actor_label, /^Ada Admin <admin-\w+@example\.se>$/);
      assert.equal(event!.subject, 'asf-2026-11-24-110000.sql.gz');
    });

    it('a download is the gzipped SQL, as an attachment, and is in the audit log', async () => {
      const name = 'asf-2026-11-24-110000.sql.gz';
      const res = await admin.get(`${PAGE}/${name}`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/gzip');
      assert.equal(res.headers['content-disposition'], `attachment; filename="${name}"`);
      assert.equal(res.headers['cache-control'], 'no-store');
      assert.equal(Number(res.headers['content-length']), res.rawPayload.length);
      const sqlText = gunzipSync(res.rawPayload).toString('utf8');
      assert.match(sqlText, /CREATE TABLE public\.app_user /);
      assert.match(sqlText, /-- PostgreSQL database dump complete/);
      const [event] = await t.ctx.db
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'backup_downloaded')
        .execute();
      assert.match(event!.actor_label, /^Ada Admin <admin-\w+@example\.se>$/);
      assert.equal(event!.subject, name);
      assert.deepEqual(event!.details, { file: name, bytes: res.rawPayload.length });

      writeFileSync(join(dir, 'anteckning.txt'), 'inte en kopia');
      for (const path of [
        'asf-2026-01-01-0200.sql.gz',
        'anteckning.txt',
        '..%2F..%2Fetc%2Fpasswd',
        '%2E%2E%2Fasf-2026-11-24-1100.sql.gz',
      ]) {
        assert.equal((await admin.get(`${PAGE}/${path}`)).statusCode, 404, path);
      }
      rmSync(join(dir, 'anteckning.txt'));
    });

    it('the nightly job: one backup a night at 02:00 Swedish time, the days and weeks kept, the rest pruned', async () => {
      await ensureBackupScheduled(t.ctx);
      await ensureBackupScheduled(t.ctx);
      assert.deepEqual(
        (await pendingRuns(t)).map((r) => r.run_at.toISOString()),
        ['2026-11-25T01:00:00.000Z'],
      );
      const nights: string[] = [];
      for (let n = 0; n < 10; n++) nights.push((await nextNight(t)).toISOString());
      assert.equal(nights.at(-1), '2026-12-04T01:00:00.000Z');
      // Kept: the newest of 2 days (3 and 4 December) and of 2 weeks (Sunday 29 November, and
      // 4 December again); the button's backup of 24 November and the other nights are gone.
      assert.deepEqual(readdirSync(dir).sort(), [
        'asf-2026-11-29-020001.sql.gz',
        'asf-2026-12-03-020001.sql.gz',
        'asf-2026-12-04-020001.sql.gz',
      ]);
      const events = await t.ctx.db
        .selectFrom('audit_event')
        .select(['actor_label', 'subject', 'details'])
        .where('action', '=', 'backup')
        .where('actor_label', '=', 'Nattlig säkerhetskopiering')
        .orderBy('id')
        .execute();
      assert.equal(events.length, 10);
      assert.equal(events[0]!.subject, 'asf-2026-11-25-020001.sql.gz');
      assert.deepEqual((events.at(-1)!.details as { removed: string[] }).removed, ['asf-2026-12-02-020001.sql.gz']);
      assert.equal((await pendingRuns(t)).length, 1, 'the next night is queued');

      // Ten days on, the session has long expired: sign in again.
      const { browser } = await signedIn(t, 'admin');
      const page = text((await browser.get(PAGE)).body);
      assert.match(page, /Nästa nattliga kopia: 2026-12-05 02:00/);
      const listed = [...page.matchAll(/asf-\d{4}-\d{2}-\d{2}-\d{6}\.sql\.gz/g)].map((m) => m[0]);
      assert.deepEqual(listed, [
        'asf-2026-12-04-020001.sql.gz',
        'asf-2026-12-03-020001.sql.gz',
        'asf-2026-11-29-020001.sql.gz',
      ]);
    });
  });
}

describe('nightly backups turned off, and a nightly backup that fails', () => {
  it('BACKUP=false: nothing is queued, a run queued before writes nothing, the page says it is off', async () => {
    const { t, close } = await openBackupApp('pglite', { BACKUP: 'false' });
    try {
      const dir = backupSettings(t.ctx.config).dir;
      await ensureBackupScheduled(t.ctx);
      assert.deepEqual(await pendingRuns(t), []);
      // Queued while it was on (the setting was changed and the server restarted).
      await scheduleNextRun(t.ctx, BACKUP_SCHEDULE);
      await nextNight(t);
      assert.ok(!existsSync(dir), 'nothing written');
      assert.equal((await pendingRuns(t)).length, 1, 'the chain goes on, so turning it on needs no restart');
      const { browser } = await signedIn(t, 'admin');
      const page = text((await browser.get(PAGE)).body);
      assert.ok(
        page.includes(
          `Nattlig säkerhetskopiering är avstängd (inställningen BACKUP). Kopior som tas här hamnar i mappen ${dir}.`,
        ),
        page,
      );
      assert.doesNotMatch(page, /Nästa nattliga kopia/);
    } finally {
      await close();
    }
  });

  it('on by default with the embedded database, off with PostgreSQL; the folder is in DATA_DIR unless set', () => {
    assert.deepEqual(backupSettings(loadConfig({ DATA_DIR: '/srv/asf' })), {
      nightly: true,
      dir: join('/srv/asf', 'sakerhetskopior'),
    });
    assert.deepEqual(backupSettings(loadConfig({ DATABASE_URL: 'postgres://x@y/z', BACKUP_DIR: '/mnt/kopior' })), {
      nightly: false,
      dir: '/mnt/kopior',
    });
    assert.equal(backupSettings(loadConfig({ DATABASE_URL: 'postgres://x@y/z', BACKUP: 'true' })).nightly, true);
    const keep = loadConfig({});
    assert.deepEqual([keep.BACKUP_KEEP_DAILY, keep.BACKUP_KEEP_WEEKLY], [7, 4]);
    assert.throws(() => loadConfig({ BACKUP_KEEP_DAILY: '0' }), /BACKUP_KEEP_DAILY/);
    assert.throws(() => loadConfig({ BACKUP: 'kanske' }), /BACKUP/);
  });

  it('a failed nightly run shows its error on the page until a run succeeds', async () => {
    const { t, close } = await openBackupApp('pglite', {});
    const blocked = backupSettings(t.ctx.config).dir;
    try {
      // BACKUP_DIR cannot be made: a file stands where its parent folder should be.
      mkdirSync(join(blocked, '..', '..'), { recursive: true });
      writeFileSync(join(blocked, '..'), 'ingen mapp');
      await ensureBackupScheduled(t.ctx);
      await nextNight(t);
      const { browser } = await signedIn(t, 'admin');
      const page = text((await browser.get(PAGE)).body);
      assert.match(page, /Mappen för säkerhetskopior kunde inte läsas: ENOTDIR: not a directory, scandir /);
      assert.match(
        page,
        /Senaste försöket misslyckades Felet: Kopian kunde inte sparas i mappen .*sakerhetskopior: ENOTDIR: not a directory, mkdir .*\. Försöket görs om automatiskt; se också serverns logg\./,
      );
      // The button says the same, on the page, not as an internal error.
      const now = await browser.post(PAGE);
      assert.equal(now.statusCode, 500);
      assert.match(text(now.body), /Säkerhetskopian kunde inte tas: Kopian kunde inte sparas i mappen/);

      // Fixed: the retry (a minute later) succeeds and the error is gone.
      rmSync(join(blocked, '..'));
      t.setNow(new Date(t.ctx.now().getTime() + 5 * 60_000));
      await drainJobs(t.ctx);
      assert.equal(readdirSync(blocked).length, 1);
      assert.doesNotMatch(text((await browser.get(PAGE)).body), /misslyckades/);
    } finally {
      await close();
    }
  });
});
