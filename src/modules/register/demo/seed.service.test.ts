import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { localFiles } from '../../../platform/cli/command.js';
import { runAsf } from '../../../app/testing/cli.js';
import type { Database } from '../../../platform/db/database.js';
import { openTestDatabase, testDatabaseKinds } from '../../../app/testing/test-db.js';
import { generateDemoEnterprises } from './demo.generator.js';
import { countEnterprises } from '../enterprise/enterprise.repository.js';
import { factsOf, getEnterprise } from '../enterprise/enterprise.service.js';
import { searchEnterprises } from '../search/search.service.js';
import { DEFAULT_CRITERIA } from '../search/search.types.js';
import { seedDemoIfEmpty, seedEnterprises } from './seed.service.js';

const today = '2026-11-24';

for (const kind of testDatabaseKinds()) {
  describe(`seedEnterprises (${kind})`, () => {
    let database: Database;
    before(async () => {
      database = await openTestDatabase(kind);
    });
    after(async () => {
      await database.close();
    });

    test('an empty register gets demo data on first start, a filled one does not', async () => {
      const progress: number[] = [];
      assert.equal(await seedDemoIfEmpty(database.db, 42, today), 42);
      assert.equal(await seedDemoIfEmpty(database.db, 42, today), 0);
      assert.equal(await countEnterprises(database.db), 42);
      await seedEnterprises(database.db, 0, { isDemo: true, today, onProgress: (d) => progress.push(d) });
      assert.deepEqual(progress, [0]);
    });

    test('stores the generated facts, published and marked as demo with their source', async () => {
      const [first] = generateDemoEnterprises(1, { today });
      const e = await getEnterprise(database.db, first!.orgnr);
      assert.ok(e);
      assert.deepEqual(factsOf(e), first);
      assert.equal(e.status, 'published');
      assert.equal(e.isDemo, true);
      assert.equal(e.sources.basics?.source, 'demo');
      assert.ok(e.verifiedAt && e.verifiedAt <= new Date(`${today}T23:59:59Z`));
    });

    test('seeding again adds new enterprises after the existing ones', async () => {
      const progress: number[] = [];
      const added = await seedEnterprises(database.db, 600, {
        isDemo: true,
        today,
        onProgress: (d) => progress.push(d),
      });
      assert.equal(added, 600);
      assert.equal(await countEnterprises(database.db), 642);
      assert.deepEqual(progress, [0, 500, 600]);
      // An explicit start at an index already used adds nothing and overwrites nothing.
      assert.equal(await seedEnterprises(database.db, 5, { isDemo: true, today, startIndex: 0 }), 0);
      // Half old, half new: only the new ones are added, each with its own child rows once.
      const overlap = generateDemoEnterprises(10, { today, startIndex: 637 });
      assert.equal(await seedEnterprises(database.db, 10, { isDemo: true, today, startIndex: 637 }), 5);
      for (const facts of overlap) assert.deepEqual(factsOf((await getEnterprise(database.db, facts.orgnr))!), facts);
    });

    test('the directory finds them in every län', async () => {
      const all = await searchEnterprises(database.db, { ...DEFAULT_CRITERIA }, today);
      assert.equal(all.total, 647);
      assert.equal(all.facets.county.length, 21);
      assert.ok(all.facets.county.every((c) => c.count >= 20));
      const text = await searchEnterprises(database.db, { ...DEFAULT_CRITERIA, q: 'städning', county: '25' }, today);
      assert.ok(text.total > 0);
    });
  });
}

describe('asf seed', () => {
  let dir: string;
  const env = { ...process.env };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'asf-seed-'));
    process.env.DATA_DIR = join(dir, 'data');
    delete process.env.DATABASE_URL;
  });
  after(() => {
    process.env = env;
    rmSync(dir, { recursive: true, force: true });
  });

  test('adds the fictional enterprises asked for and says so', async () => {
    const lines: string[] = [];
    const progress: string[] = [];
    const io = {
      ...localFiles,
      out: (l: string) => lines.push(l),
      err: (l: string) => lines.push(l),
      progress: (t: string) => progress.push(t),
    };
    assert.equal(await runAsf(['seed', '--enterprises', '30'], io), 0);
    assert.match(lines.join('\n'), /La till 30 påhittade företag .* Registret har nu 30 företag/);
    assert.ok(progress.some((p) => /30 av 30/.test(p)));
    assert.equal(await runAsf(['seed', '--enterprises', 'många'], io), 2);
    assert.equal(await runAsf(['seed'], io), 2);
  });
});
