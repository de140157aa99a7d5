import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../../platform/db/database.js';
import { openTestDatabase, testDatabaseKinds } from '../../../app/testing/test-db.js';
import { insertEnterprise } from '../testing/factories.js';
import { cachedSearch } from './search.cache.js';
import { readRegisterStamp } from './read-model.repository.js';
import { DEFAULT_CRITERIA } from './search.types.js';

for (const kind of testDatabaseKinds()) {
  describe(`cached search (${kind})`, () => {
    let database: Database;
    before(async () => {
      database = await openTestDatabase(kind);
    });
    after(() => database.close());

    test('a repeated search is served from the cache until the register changes', async () => {
      const search = cachedSearch(database.db);
      await insertEnterprise(database.db, { name: 'Första' });
      const first = await search({ ...DEFAULT_CRITERIA }, '2026-11-24');
      assert.equal(first.total, 1);
      assert.equal(await search({ ...DEFAULT_CRITERIA }, '2026-11-24'), first, 'same object: from the cache');

      const before = (await readRegisterStamp(database.db)).version;
      await insertEnterprise(database.db, { name: 'Andra' });
      assert.ok((await readRegisterStamp(database.db)).version > before, 'a write bumps the version');
      const second = await search({ ...DEFAULT_CRITERIA }, '2026-11-24');
      assert.equal(second.total, 2);
    });

    test('the date is part of the key: the 12-month rule moves with it', async () => {
      const search = cachedSearch(database.db);
      const c = { ...DEFAULT_CRITERIA, reservable: true };
      const now = await search(c, '2026-11-24');
      const later = await search(c, '2027-12-24');
      assert.ok(now.total > 0);
      assert.equal(later.total, 0, 'figures reported 2026-06-01 are too old by then');
    });
  });
}
