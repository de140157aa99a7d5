import assert from 'node:assert/strict';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { sql } from 'kysely';
import { addRealShapedData } from '../../modules/register/testing/real-shaped.js';
import { openDatabase, type Database } from '../db/database.js';
import { formatBytes } from '../i18n/format.js';
import { databaseFingerprint, type DatabaseFingerprint } from '../testing/fingerprint.js';
import { useCli } from '../../app/testing/cli.js';
import { createScratchDatabase, type ScratchDatabase } from '../testing/scratch-postgres.js';
import { openTestApp } from '../../app/testing/test-app.js';
import { openTestDatabase } from '../../app/testing/test-db.js';
import { makeBackup } from './backup.service.js';

/**
 * The restore CI relies on, at full size: a register of 30 000 enterprises (the size DESIGN
 * measures up to) with accounts and history, backed up the way the nightly job does it, restored
 * into a new DATA_DIR with asf restore and, when TEST_DATABASE_URL is set, into an empty
 * PostgreSQL database. Every table's count and checksum must come back equal. The times and the
 * file size are printed (as test diagnostics); the machine's load makes them vary between runs.
 */
const ENTERPRISES = 30_000;
const T0 = new Date('2026-11-24T10:00:00Z');

/** One version per enterprise, as an import writes them, and a year of sign-ins in the audit log. */
async function addHistory(database: Database): Promise<void> {
  await sql`
    insert into enterprise_version (enterprise_id, at, actor_label, action, status_before, status_after, before, after)
    select id, ${T0}::timestamptz - (id % 365) * interval '1 day', 'Kommandoraden (asf import enterprises)', 'imported',
           null, status, null, jsonb_build_object('orgnr', orgnr, 'name', name, 'description', description)
      from enterprise`.execute(database.db);
  await sql`
    insert into audit_event (at, actor_label, action, subject, details, ip)
    select ${T0}::timestamptz - n * interval '53 minutes', 'Samordnare ' || (n % 40), 'sign_in',
           'samordnare-' || (n % 40) || '@kommun.example.se', jsonb_build_object('n', n), '192.0.2.' || (n % 250)
      from generate_series(1, 10000) as n`.execute(database.db);
}

describe(`restore of a full-size register (${ENTERPRISES.toLocaleString('sv-SE')} enterprises)`, () => {
  const cli = useCli('asf-full-size-');
  const file = () => join(cli.ctx.dir, 'asf-2026-11-25-0200.sql.gz');
  let expected: DatabaseFingerprint;
  const scratch: ScratchDatabase[] = [];
  after(async () => {
    for (const db of scratch) await db.drop();
  });
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

  /** asf restore of the backup into what DATA_DIR or DATABASE_URL names: its time, and the tables equal. */
  async function restoreInto(target: { dataDir: string } | { url: string }): Promise<string> {
    if ('url' in target) process.env.DATABASE_URL = target.url;
    else process.env.DATA_DIR = target.dataDir;
    const started = performance.now();
    const res = await cli.run(['restore', file()]);
    const restored = performance.now() - started;
    assert.equal(res.code, 0, res.text);
    const database = await openDatabase('url' in target ? { url: target.url } : { dataDir: target.dataDir });
    try {
      const got = await databaseFingerprint(database);
      assert.deepEqual(got.tables, expected.tables);
      assert.deepEqual(got.objects, expected.objects);
    } finally {
      await database.close();
    }
    return seconds(restored);
  }

  test('backup of the register as the nightly job takes it', async (t) => {
    const database = await openTestDatabase('pglite');
    const app = await openTestApp('pglite', T0, {}, { database });
    try {
      let started = performance.now();
      await addRealShapedData(app, { enterprises: ENTERPRISES });
      await addHistory(database);
      const filled = performance.now() - started;
      started = performance.now();
      expected = await databaseFingerprint(database);
      const summed = performance.now() - started;
      assert.ok(expected.tables.enterprise!.rows >= ENTERPRISES);
      assert.ok(expected.tables.enterprise_version!.rows >= ENTERPRISES);
      assert.ok(expected.tables.audit_event!.rows >= 10_000);

      const backup = await makeBackup(database, app.ctx.config, file(), T0);
      writeFileSync(file(), backup.bytes);
      t.diagnostic(
        `filled in ${seconds(filled)}, checksums in ${seconds(summed)}; ` +
          `dump ${seconds(backup.dumpMs)}: ${formatBytes(backup.sqlBytes)} SQL, ${formatBytes(statSync(file()).size)} gzipped`,
      );
    } finally {
      await app.close();
    }
  });

  test('asf restore into a new DATA_DIR: every table equal', async (t) => {
    const time = await restoreInto({ dataDir: join(cli.ctx.dir, 'data') });
    t.diagnostic(`PGlite: asf restore ${time} (initdb, load, migrate, analyze)`);
  });

  test(
    'asf restore into an empty PostgreSQL database: every table equal',
    { skip: process.env.TEST_DATABASE_URL ? false : 'kräver TEST_DATABASE_URL' },
    async (t) => {
      const target = await createScratchDatabase();
      scratch.push(target);
      const time = await restoreInto({ url: target.url });
      t.diagnostic(`PostgreSQL: asf restore ${time} (load, migrate, analyze)`);
    },
  );
});
