import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { runAsf } from '../../app/testing/cli.js';
import { inviteUser } from '../auth/user.service.js';
import { openDatabase, type Database } from '../db/database.js';
import { migrateToLatest } from '../db/migrations.js';
import { APP } from '../../app/testing/app.js';
import { serveCommands, type CommandChannel } from '../owner/channel.server.js';
import { acquireDataDirLock, commandSocketPath, type DataDirLock } from '../owner/lock.js';
import { useCli } from '../../app/testing/cli.js';
import { createScratchDatabase, type ScratchDatabase } from '../testing/scratch-postgres.js';
import { openTestApp, type TestApp } from '../../app/testing/test-app.js';
import { decodeBackup } from './dump.js';
import { restoreScript } from './restore.js';

/**
 * `asf backup` while the site runs and takes writes. On the embedded database the command is
 * handed to the server that owns the folder (which holds PGlite's one session while pg_dump
 * reads); on PostgreSQL pg_dump reads one snapshot beside the site's own connections. Either
 * way the backup is of one moment: every invitation in it is whole (user, link, mail, job, audit
 * event written in one transaction), none is half there.
 */
const T0 = new Date('2026-11-24T10:00:00Z');
const silent = { info: () => {}, error: () => {} };

/** Invitations one after another until `stop` resolves; how many were made. */
async function inviteUntil(t: TestApp, stop: Promise<unknown>): Promise<number> {
  let done = false;
  void stop.finally(() => (done = true));
  let n = 0;
  while (!done || n < 3) {
    // As requests do, each write comes from the event loop: PGlite answers without ever giving
    // way to I/O, and a loop of bare awaits would keep the command's socket from being read.
    await setImmediate();
    n += 1;
    await inviteUser(
      t.ctx,
      { system: 'Test' },
      {
        email: `medan-${n}@kommun.example.se`,
        name: null,
        role: 'coordinator',
        organisationId: null,
        enterpriseId: null,
      },
    );
  }
  return n;
}

/** Loads a backup into a new in-memory database and checks that every invitation in it is whole. */
async function invitationsIn(file: string): Promise<number> {
  const database = await openDatabase({});
  try {
    await restoreScript(database, await decodeBackup(readFileSync(file)));
    const count = async (query: string) => Number((await database.session((s) => s.query<{ n: number }>(query)))[0]!.n);
    const users = await count(`select count(*) as n from app_user where email like 'medan-%'`);
    assert.equal(await count(`select count(*) as n from audit_event where subject like 'medan-%'`), users);
    assert.equal(await count(`select count(*) as n from mail_outbox where to_address like 'medan-%'`), users);
    assert.equal(
      await count(
        `select count(*) as n from one_time_token k join app_user u on u.id = k.user_id where u.email like 'medan-%'`,
      ),
      users,
    );
    assert.equal(await count(`select count(*) as n from job where kind = 'mail.send'`), users);
    return users;
  } finally {
    await database.close();
  }
}

describe('asf backup while the site runs', () => {
  const cli = useCli('asf-backup-');
  const file = (name: string) => join(cli.ctx.dir, name);

  describe('on the embedded database, through the server that owns the folder', () => {
    let dataDir: string;
    let t: TestApp;
    let lock: DataDirLock;
    let channel: CommandChannel;
    before(async () => {
      dataDir = join(cli.ctx.dir, 'server');
      mkdirSync(dataDir, { recursive: true });
      // What `npm start` does (src/bin/server.ts): take the folder, open it, listen for commands.
      lock = acquireDataDirLock(dataDir, { role: 'server', what: 'npm start', socket: commandSocketPath(dataDir) });
      const database = await openDatabase({ dataDir });
      await migrateToLatest(database.db, APP.migrations);
      t = await openTestApp('pglite', T0, { DATA_DIR: dataDir }, { database });
      channel = await serveCommands(
        lock.holder.socket!,
        lock.holder.token,
        (argv, io) => runAsf(argv, io, { config: t.ctx.config, database, ctx: t.ctx }),
        silent,
      );
      process.env.DATA_DIR = dataDir;
    });
    after(async () => {
      await channel.close();
      await t.close();
      lock.release();
    });

    test('the backup is taken by the server, written where the command was typed, and is of one moment', async () => {
      const backup = cli.run(['backup', file('medan.sql.gz')]);
      const invited = await inviteUntil(t, backup);
      const res = await backup;
      assert.equal(res.code, 0, res.text);
      assert.match(res.text, /^Säkerhetskopian skrevs till .*medan\.sql\.gz \(/);
      const inBackup = await invitationsIn(file('medan.sql.gz'));
      assert.ok(inBackup >= 0 && inBackup <= invited, `${inBackup} of ${invited}`);
      // The server went on: all its writes are there, and it recorded the backup.
      const users = await t.ctx.db.selectFrom('app_user').select('id').where('email', 'like', 'medan-%').execute();
      assert.equal(users.length, invited);
      const events = await t.ctx.db.selectFrom('audit_event').selectAll().where('action', '=', 'backup').execute();
      assert.equal(events.length, 1);
      assert.equal(events[0]!.actor_label, 'Kommandoraden (asf backup)');
      assert.equal((events[0]!.details as { file: string }).file, file('medan.sql.gz'));
    });

    test('asf restore is refused while the server has the folder', async () => {
      const res = await cli.run(['restore', file('medan.sql.gz')]);
      assert.equal(res.code, 1);
      assert.match(
        res.text,
        /^Databasen i .*server används redan av servern \(npm start\), process \d+ sedan .*\. Bara en process åt gången får öppna den inbyggda databasen\. Stoppa den först\.$/,
      );
    });
  });

  describe(
    'on PostgreSQL, with pg_dump',
    { skip: process.env.TEST_DATABASE_URL ? false : 'kräver TEST_DATABASE_URL' },
    () => {
      let scratch: ScratchDatabase;
      let database: Database;
      let t: TestApp;
      before(async () => {
        scratch = await createScratchDatabase();
        database = await openDatabase({ url: scratch.url });
        await migrateToLatest(database.db, APP.migrations);
        t = await openTestApp('postgres', T0, { DATABASE_URL: scratch.url }, { database });
        process.env.DATABASE_URL = scratch.url;
      });
      after(async () => {
        await t?.close();
        await scratch?.drop();
      });

      test('the backup is of one moment while the site writes', async () => {
        const backup = cli.run(['backup', file('pg-medan.sql.gz')]);
        const invited = await inviteUntil(t, backup);
        const res = await backup;
        assert.equal(res.code, 0, res.text);
        const inBackup = await invitationsIn(file('pg-medan.sql.gz'));
        assert.ok(inBackup <= invited, `${inBackup} of ${invited}`);
        const text = await decodeBackup(readFileSync(file('pg-medan.sql.gz')));
        assert.match(text, /^-- ASF-plattformen: säkerhetskopia av PostgreSQL, /);
      });

      test('without pg_dump installed: a Swedish message saying what to install, exit 1, no file', async () => {
        const path = process.env.PATH;
        process.env.PATH = join(cli.ctx.dir, 'tom');
        try {
          const res = await cli.run(['backup', file('utan-pg_dump.sql.gz')]);
          assert.equal(res.code, 1);
          assert.match(res.text, /^Programmet pg_dump finns inte\. Installera PostgreSQL-klienten/);
        } finally {
          process.env.PATH = path;
        }
        assert.ok(!existsSync(file('utan-pg_dump.sql.gz')));
      });

      test('the database as it is: not migrated first (a backup before an upgrade is of the old version)', async () => {
        const database = await openDatabase({ url: scratch.url });
        await sql`delete from kysely_migration where name = (select max(name) from kysely_migration)`.execute(
          database.db,
        );
        const before = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(database.db);
        await database.close();
        const res = await cli.run(['backup', file('fore-uppgradering.sql')]);
        assert.equal(res.code, 0, res.text);
        const copy = await openDatabase({});
        await restoreScript(copy, readFileSync(file('fore-uppgradering.sql'), 'utf8'));
        const after = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(copy.db);
        await copy.close();
        assert.equal(after.rows[0]!.n, before.rows[0]!.n);
      });

      test('an empty database, or one that cannot be reached: exit 1 or the error, no file', async () => {
        const empty = await createScratchDatabase();
        process.env.DATABASE_URL = empty.url;
        try {
          const res = await cli.run(['backup', file('tom.sql.gz')]);
          assert.equal(res.code, 1);
          assert.equal(res.text, 'Databasen är tom: det finns inget att säkerhetskopiera.');
          const url = new URL(empty.url);
          url.pathname = '/finns_inte_alls';
          process.env.DATABASE_URL = url.toString();
          await assert.rejects(cli.run(['backup', file('fel.sql.gz')]), /finns_inte_alls/);
        } finally {
          process.env.DATABASE_URL = scratch.url;
          await empty.drop();
        }
        assert.ok(!existsSync(file('tom.sql.gz')) && !existsSync(file('fel.sql.gz')));
      });
    },
  );

  describe('the command line', () => {
    before(() => {
      delete process.env.DATABASE_URL;
      process.env.DATA_DIR = join(cli.ctx.dir, 'egen');
    });

    test('a folder without a database: exit 1, and no database is made there', async () => {
      const res = await cli.run(['backup', file('ingen.sql.gz')]);
      assert.equal(res.code, 1);
      assert.match(
        res.text,
        /^Det finns ingen databas i .*egen\. Sätt DATA_DIR till databasens mapp \(eller DATABASE_URL\)\.$/,
      );
      assert.ok(!existsSync(join(process.env.DATA_DIR!, 'PG_VERSION')));
    });

    test('without a file name: asf-sakerhetskopia-<date>-<time>.sql.gz in the folder it is typed in', async () => {
      const cwd = process.cwd();
      const here = join(cli.ctx.dir, 'har');
      mkdirSync(here);
      assert.equal((await cli.run(['migrate'])).code, 0);
      process.chdir(here);
      try {
        const res = await cli.run(['backup']);
        assert.equal(res.code, 0, res.text);
      } finally {
        process.chdir(cwd);
      }
      const [name, ...others] = readdirSync(here);
      assert.deepEqual(others, []);
      assert.match(name!, /^asf-sakerhetskopia-\d{4}-\d{2}-\d{2}-\d{6}\.sql\.gz$/);
    });

    test('two file names: exit 2 with the usage', async () => {
      const res = await cli.run(['backup', 'a.sql', 'b.sql']);
      assert.equal(res.code, 2);
      assert.equal(res.text, 'Ange högst en fil. Användning: asf backup [fil]');
      const help = await cli.run(['backup', '--help']);
      assert.equal(help.code, 0);
      assert.match(help.text, /DATABASE_URL=… asf restore fil/);
    });
  });
});
