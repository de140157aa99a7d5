import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import { openTestDatabase, testDatabaseKinds } from '../../app/testing/test-db.js';
import type { Database } from '../db/database.js';
import type { AppModule } from '../module.js';
import { eventJobKind, publish } from './events.js';

const NOW = new Date('2026-12-07T10:00:00Z');
const noop = async () => {};
const MODULES: AppModule[] = [
  { name: 'first', on: { 'other.happened': noop } },
  { name: 'second', on: { 'other.happened': noop, 'other.else': noop } },
  { name: 'deaf' },
];

for (const kind of testDatabaseKinds()) {
  describe(`events between modules (${kind})`, () => {
    let database: Database;
    before(async () => {
      database = await openTestDatabase(kind);
    });
    after(() => database.close());
    beforeEach(async () => {
      await sql`delete from job`.execute(database.db);
    });
    const jobs = async () =>
      (await database.db.selectFrom('job').select(['kind', 'payload']).orderBy('kind').execute()).map((j) => [
        j.kind,
        j.payload,
      ]);

    test('each listening module gets a job of its own with the payload; others none', async () => {
      assert.equal(await publish(database.db, MODULES, 'other.happened', { id: 7 }, NOW), 2);
      assert.deepEqual(await jobs(), [
        [eventJobKind('first', 'other.happened'), { id: 7 }],
        [eventJobKind('second', 'other.happened'), { id: 7 }],
      ]);
      assert.equal(await publish(database.db, MODULES, 'nobody.listens', {}, NOW), 0);
      assert.equal((await jobs()).length, 2);
    });

    test('published in a transaction that is rolled back, the event is gone with it', async () => {
      await assert.rejects(
        database.db.transaction().execute(async (trx) => {
          await publish(trx, MODULES, 'other.else', { id: 8 }, NOW);
          throw new Error('the change fails');
        }),
      );
      assert.deepEqual(await jobs(), []);
    });
  });
}
