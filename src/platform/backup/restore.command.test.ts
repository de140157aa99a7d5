import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { addRealShapedData, AWKWARD_TEXT, type RealShapedData } from '../../modules/register/testing/real-shaped.js';
import { insertEnterprise } from '../../modules/register/testing/factories.js';
import { createTestUser, TestBrowser } from '../testing/auth.js';
import { useCli } from '../../app/testing/cli.js';
import { databaseFingerprint, type DatabaseFingerprint } from '../testing/fingerprint.js';
import { openTestApp } from '../../app/testing/test-app.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrations.js';
import { APP } from '../../app/testing/app.js';
import { restoreTools, searchTotals, type Target } from './testing/restore-targets.js';

/**
 * asf backup and asf restore as a user runs them (in-process, with DATA_DIR or DATABASE_URL
 * set), on a register that looks used: the embedded database to itself, to PostgreSQL and back.
 * Every table's rows, every sequence and every index, constraint and trigger must come back, and
 * the site must work on the restored database: search, sign-in, new rows, the version counter.
 */
const T0 = new Date('2026-11-24T10:00:00Z');
const ENTERPRISES = 300;
const postgres = process.env.TEST_DATABASE_URL ? false : 'PostgreSQL-delen kräver TEST_DATABASE_URL';

describe('asf backup and asf restore', () => {
  const cli = useCli('asf-restore-');
  let source: { dir: string; data: RealShapedData; fingerprint: DatabaseFingerprint; searches: number[] };
  const { file, run, open, fingerprintOf, newPostgres, dropScratch, failingFile, tablesIn, addOneRow, countNamed } =
    restoreTools(cli);

  before(async () => {
    const dir = join(cli.ctx.dir, 'kalla');
    const database = await openDatabase({ dataDir: dir });
    await migrateToLatest(database.db, APP.migrations);
    const t = await openTestApp('pglite', T0, {}, { database });
    const data = await addRealShapedData(t, { enterprises: ENTERPRISES });
    const fingerprint = await databaseFingerprint(database);
    const searches = await searchTotals(t);
    await t.close();
    source = { dir, data, fingerprint, searches };
    const gz = await run({ dataDir: dir }, ['backup', file('kalla.sql.gz')]);
    assert.equal(gz.code, 0, gz.text);
    assert.match(
      gz.text,
      /^Säkerhetskopian skrevs till .*kalla\.sql\.gz \(\d+(,\d)? (kB|MB); databasen lästes på \d+,\d s\)\.$/,
    );
    const plain = await run({ dataDir: dir }, ['backup', file('kalla.sql')]);
    assert.equal(plain.code, 0, plain.text);
  });
  after(async () => {
    await dropScratch();
  });

  /** The restore writes one audit event of its own. */
  const afterRestore = (sequences: DatabaseFingerprint['sequences']) => ({
    ...sequences,
    audit_event_id_seq: (sequences.audit_event_id_seq ?? 0) + 1,
  });

  /** Restored content equals the source's, and the site works on it. */
  async function assertRestored(target: Target, expected: DatabaseFingerprint): Promise<void> {
    const got = await fingerprintOf(target);
    assert.deepEqual(Object.keys(got.tables), Object.keys(expected.tables));
    for (const [table, sum] of Object.entries(expected.tables)) assert.deepEqual(got.tables[table], sum, table);
    assert.deepEqual(got.sequences, afterRestore(expected.sequences));
    assert.deepEqual(got.objects, expected.objects);
    assert.ok(got.tables.enterprise!.rows > ENTERPRISES, 'the enterprises are there');
    assert.equal(got.tables.audit_event!.rows, expected.tables.audit_event!.rows);

    const database = await open(target);
    const t = await openTestApp('url' in target ? 'postgres' : 'pglite', T0, {}, { database });
    try {
      // Search, through the public API: the text index, stemming, misspellings (trigram words), filters.
      assert.deepEqual(await searchTotals(t), source.searches);
      const found = await t.app.inject({ url: '/api/v1/enterprises?q=Kvarnens+Kooperativ' });
      assert.equal(found.json<{ items: { orgnr: string }[] }>().items[0]?.orgnr, source.data.awkward.orgnr);
      const profile = await t.app.inject({ url: `/api/v1/enterprises/${source.data.awkward.orgnr}` });
      assert.ok(profile.json<{ description: string }>().description.includes(AWKWARD_TEXT), 'awkward text intact');

      // Accounts: the admin signs in with the password chosen before the backup.
      await new TestBrowser(t).signIn(source.data.admin.email);

      // Sequences go on from where they were, and the trigger counts every write.
      const version = async () =>
        Number((await t.ctx.db.selectFrom('register_version').select('version').executeTakeFirstOrThrow()).version);
      const before = await version();
      await insertEnterprise(t.ctx.db, { name: 'Nytt efter återställningen' });
      assert.ok((await version()) > before, 'the register version counter bumps');
      const user = await createTestUser(t, 'coordinator');
      assert.ok(user.id > (expected.sequences.app_user_id_seq ?? 0));
      const maxEnterprise = await t.ctx.db
        .selectFrom('enterprise')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirstOrThrow();
      assert.ok(Number(maxEnterprise.id) > (expected.sequences.enterprise_id_seq ?? 0));

      // The restore itself is in the audit log, once.
      const restores = await t.ctx.db
        .selectFrom('audit_event')
        .select(['action', 'actor_label'])
        .where('action', '=', 'restore')
        .execute();
      assert.deepEqual(restores, [{ action: 'restore', actor_label: 'Kommandoraden (asf restore)' }]);
    } finally {
      await t.close();
    }
  }

  test('the backup files: gzip and plain SQL, a whole pg_dump script with a heading', () => {
    const gz = readFileSync(file('kalla.sql.gz'));
    const plain = readFileSync(file('kalla.sql'), 'utf8');
    assert.deepEqual([...gz.subarray(0, 2)], [0x1f, 0x8b]);
    assert.ok(gz.length < plain.length / 3, `${gz.length} vs ${plain.length}`);
    assert.match(plain, /^-- ASF-plattformen: säkerhetskopia av den inbyggda databasen \(PGlite\), /);
    assert.match(plain, /-- PostgreSQL database dump complete\n--\s*$/);
    assert.match(plain, /CREATE TABLE public\.enterprise /);
    assert.doesNotMatch(plain, /OWNER TO|GRANT /, 'no owners or grants: the target’s user owns what it loads');
  });

  test('PGlite → PGlite: everything comes back and the site works on it', async () => {
    const target = { dataDir: join(cli.ctx.dir, 'ny-pglite') };
    const res = await run(target, ['restore', file('kalla.sql.gz')]);
    assert.equal(res.code, 0, res.text);
    assert.match(
      res.text,
      /^Läste in .*kalla\.sql\.gz i den inbyggda databasen i .*ny-pglite: \d+ tabeller, \d[\d\s]* rader, på \d+,\d s\.\n/,
    );
    await assertRestored(target, source.fingerprint);
  });

  test('PGlite → PostgreSQL → PGlite through the commands, as the README says', { skip: postgres }, async () => {
    const server = await newPostgres();
    const toServer = await run(server, ['restore', file('kalla.sql.gz')]);
    assert.equal(toServer.code, 0, toServer.text);
    assert.match(toServer.text, /i PostgreSQL-databasen: \d+ tabeller/);
    // A pg_dump from PostgreSQL 17 or newer (PGlite's) sets transaction_timeout, which older servers lack.
    const serverVersion = await (async () => {
      const database = await openDatabase({ url: server.url });
      const [row] = await database.session((s) => s.query<{ v: string }>('show server_version_num'));
      await database.close();
      return Number(row!.v);
    })();
    if (serverVersion < 170000)
      assert.match(toServer.text, /Hoppade över (en sats|\d+ satser) .*SET transaction_timeout = 0/);
    await assertRestored(server, source.fingerprint);

    // And back: PostgreSQL's own pg_dump (\restrict lines, its own SET list) into a new DATA_DIR.
    const expected = await fingerprintOf(server);
    const back = await run(server, ['backup', file('fran-postgres.sql.gz')]);
    assert.equal(back.code, 0, back.text);
    assert.match(readFileSync(file('fran-postgres.sql.gz')).subarray(0, 2).toString('hex'), /^1f8b$/);
    const home = { dataDir: join(cli.ctx.dir, 'tillbaka') };
    const res = await run(home, ['restore', file('fran-postgres.sql.gz')]);
    assert.equal(res.code, 0, res.text);
    const got = await fingerprintOf(home);
    // The restore into PostgreSQL added rows (an enterprise, a user, events) while the site was tried there.
    assert.deepEqual(got.tables, expected.tables);
    assert.deepEqual(got.sequences, afterRestore(expected.sequences));
    assert.deepEqual(got.objects, expected.objects);
  });

  test(
    'PostgreSQL → PostgreSQL, into a database that has been emptied with --force before',
    { skip: postgres },
    async () => {
      const first = await newPostgres();
      assert.equal((await run(first, ['restore', file('kalla.sql.gz')])).code, 0);
      // --force drops and makes schema public again: a dump of that database must still load anywhere.
      assert.equal((await run(first, ['restore', '--force', file('kalla.sql.gz')])).code, 0);
      const expected = await fingerprintOf(first);
      assert.equal((await run(first, ['backup', file('pg-till-pg.sql')])).code, 0);
      const second = await newPostgres();
      const res = await run(second, ['restore', file('pg-till-pg.sql')]);
      assert.equal(res.code, 0, res.text);
      const got = await fingerprintOf(second);
      assert.deepEqual(got.tables, expected.tables);
      assert.deepEqual(got.objects, expected.objects);
    },
  );

  describe('a target that is not empty', () => {
    test('PGlite: refused in Swedish; --force moves the folder aside whole (back again if the load fails), and the backups come back', async () => {
      const dataDir = join(cli.ctx.dir, 'upptagen');
      const target = { dataDir };
      assert.equal((await run(target, ['restore', file('kalla.sql.gz')])).code, 0);
      await addOneRow(target, 'Bara i den gamla');
      const backups = join(dataDir, 'sakerhetskopior');
      assert.equal((await run(target, ['restore', file('kalla.sql')])).code, 1);
      const refused = await run(target, ['restore', file('kalla.sql.gz')]);
      assert.equal(refused.code, 1);
      assert.match(
        refused.text,
        /^Den inbyggda databasen i .*upptagen är inte tom \(\d+ tabeller, bland dem app_user, audit_event, [a-z_]+\)\. Läs in i en tom mapp \(sätt DATA_DIR\), eller lägg till --force: då flyttas den nuvarande databasen undan och inget raderas\.$/,
      );
      // A nightly backup in the folder's backups folder, which must not be moved away with the database.
      writeFileSync(join(dataDir, 'anteckning.txt'), 'min egen fil');
      const nightly = join(backups, 'asf-2026-11-24-0200.sql.gz');
      mkdirSync(backups, { recursive: true });
      writeFileSync(nightly, readFileSync(file('kalla.sql.gz')));

      // A file that fails half-way with --force: the old database is back in place, as it was.
      const failed = await run(target, ['restore', '--force', failingFile()]);
      assert.equal(failed.code, 1);
      assert.match(failed.text, /^Återställningen avbröts: .*Inget sparades\./);
      assert.equal(await countNamed(target, 'Bara i den gamla'), 1);
      assert.ok(existsSync(join(dataDir, 'anteckning.txt')) && existsSync(nightly));
      assert.deepEqual(
        readdirSync(cli.ctx.dir).filter((n) => n.includes('fore-aterstallning')),
        [],
        'nothing left moved aside',
      );

      const forced = await run(target, ['restore', '--force', file('kalla.sql.gz')]);
      assert.equal(forced.code, 0, forced.text);
      const aside = /Databasen som fanns där förut ligger kvar i (.+)\.$/m.exec(forced.text)?.[1];
      assert.ok(aside, forced.text);
      assert.match(aside, /upptagen-fore-aterstallning-\d{8}-\d{6}$/);
      // Nothing deleted: the old folder is whole and still opens, with the row only it had.
      assert.ok(existsSync(join(aside, 'anteckning.txt')));
      assert.ok(!existsSync(join(aside, 'asf.lock')), 'the old lock does not stay behind');
      assert.equal(await countNamed({ dataDir: aside }, 'Bara i den gamla'), 1);
      // The backups folder came back into DATA_DIR, and the new database is the backup's.
      assert.deepEqual(readdirSync(backups), ['asf-2026-11-24-0200.sql.gz']);
      assert.ok(!existsSync(join(aside, 'sakerhetskopior')));
      assert.equal(await countNamed(target, 'Bara i den gamla'), 0);
      assert.deepEqual((await fingerprintOf(target)).tables, source.fingerprint.tables);
      assert.ok(!existsSync(join(dataDir, 'asf.lock')), 'the folder is free again afterwards');
    });

    test(
      'PostgreSQL: refused in Swedish; --force empties schema public first, in the same transaction',
      { skip: postgres },
      async () => {
        const target = await newPostgres();
        assert.equal((await run(target, ['restore', file('kalla.sql.gz')])).code, 0);
        await addOneRow(target, 'Bara i den gamla');
        const database = await openDatabase({ url: target.url });
        await sql`create table public.egen_tabell (x int)`.execute(database.db);
        await database.close();
        const refused = await run(target, ['restore', file('kalla.sql.gz')]);
        assert.equal(refused.code, 1);
        assert.match(
          refused.text,
          /^PostgreSQL-databasen är inte tom \(\d+ tabeller, bland dem app_user, audit_event, [a-z_]+\)\. Läs in i en tom databas, eller lägg till --force för att tömma schemat public först\.$/,
        );
        // A file that fails half-way with --force: nothing was emptied, the old content is there.
        const failed = await run(target, ['restore', '--force', failingFile()]);
        assert.equal(failed.code, 1);
        assert.equal(await countNamed(target, 'Bara i den gamla'), 1);
        assert.ok((await tablesIn(target)).includes('egen_tabell'));

        const forced = await run(target, ['restore', '--force', file('kalla.sql.gz')]);
        assert.equal(forced.code, 0, forced.text);
        const got = await fingerprintOf(target);
        assert.deepEqual(got.tables, source.fingerprint.tables);
        assert.equal(got.tables.egen_tabell, undefined);
      },
    );
  });

  describe('a broken file leaves the target empty', () => {
    const broken = (name: string, content: string | Uint8Array) => {
      writeFileSync(file(name), content);
      return file(name);
    };
    const plain = () => readFileSync(file('kalla.sql'), 'utf8');
    const cases = () => {
      const text = plain();
      const middle = text.indexOf('INSERT INTO public.enterprise ');
      const cut = text.lastIndexOf(';\n', text.indexOf('CREATE INDEX')) + 2;
      return [
        {
          name: 'a gzip file cut short',
          path: broken('avkortad.sql.gz', readFileSync(file('kalla.sql.gz')).subarray(0, 5000)),
          message: /^Kunde inte läsa filen .*avkortad\.sql\.gz \(Z_BUF_ERROR\)\.$/,
        },
        {
          name: 'a plain file cut short between two statements',
          path: broken('avkortad.sql', text.slice(0, cut)),
          message: /avkortad\.sql är inte hel: den slutar innan säkerhetskopian var klar/,
        },
        {
          name: 'a plain file cut in the middle of a statement, gzipped',
          path: broken('mitt-i.sql.gz', gzipSync(text.slice(0, middle + 200))),
          message: /mitt-i\.sql\.gz är inte hel/,
        },
        {
          name: 'a file that is not SQL',
          path: broken('foretag.csv', 'orgnr;namn\n556000-0000;Kvarnen\n'),
          message: /^.*foretag\.csv ser inte ut som en säkerhetskopia: den innehåller inga tabeller eller rader\.$/,
        },
        {
          name: 'a statement that fails in the middle',
          path: failingFile(),
          message:
            /^Återställningen avbröts: invalid input syntax for type integer: "inte ett tal"\. Inget sparades\. \(Satserna började med: /,
        },
        {
          name: 'a file that is not there',
          path: file('finns-inte.sql.gz'),
          message: /^Hittar inte filen .*finns-inte\.sql\.gz\.$/,
        },
      ];
    };

    const targets: { kind: string; skip: string | false; make: () => Promise<Target> }[] = [
      { kind: 'PGlite', skip: false, make: async () => ({ dataDir: join(cli.ctx.dir, `trasig-${Math.random()}`) }) },
      { kind: 'PostgreSQL', skip: postgres, make: newPostgres },
    ];
    for (const { kind, skip, make } of targets) {
      test(
        `${kind}: exit 1 with a Swedish message, nothing loaded; then a whole file loads without --force`,
        { skip },
        async () => {
          const target = await make();
          for (const c of cases()) {
            const res = await run(target, ['restore', c.path]);
            assert.equal(res.code, 1, `${c.name}: ${res.text}`);
            assert.match(res.text, c.message, c.name);
            assert.deepEqual(await tablesIn(target), [], `${c.name}: the target is still empty`);
          }
          // The plain file this time; the other tests load the gzipped one.
          const res = await run(target, ['restore', file('kalla.sql')]);
          assert.equal(res.code, 0, res.text);
          assert.deepEqual((await fingerprintOf(target)).tables, source.fingerprint.tables);
        },
      );
    }
  });

  test('usage: a file is required, one only', async () => {
    const target = { dataDir: join(cli.ctx.dir, 'anvandning') };
    for (const args of [['restore'], ['restore', 'a.sql', 'b.sql']]) {
      const res = await run(target, args);
      assert.equal(res.code, 2);
      assert.match(res.text, /^Ange filen att läsa in\. Användning: asf restore <fil> \[--force\]$/);
    }
    const help = await run(target, ['restore', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.text, /--force/);
    assert.ok(!existsSync(join(target.dataDir, 'PG_VERSION')), 'no database was made');
  });
});
