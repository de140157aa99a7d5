import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Database } from '../../../platform/db/database.js';
import { openTestDatabase, testDatabaseKinds } from '../../../app/testing/test-db.js';
import { withRegisterTables, type RegisterDB } from '../db.js';
import { seedEnterprises } from '../demo/seed.service.js';
import { insertEnterprise } from '../testing/factories.js';
import { parseTsquery, parseTsvector, rankCoverDensity } from './fulltext.js';
import { readRegisterStamp } from './read-model.repository.js';
import { readModelSearch } from './read-model.service.js';
import { searchEnterprises } from './search.service.js';
import { DEFAULT_CRITERIA, SORTS, type SearchCriteria } from './search.types.js';
import type { Kysely } from 'kysely';

const today = '2026-11-24';

// Words buyers type, a typo, an English service name, a stop word, a short word, two words, a compound's head.
const WORDS = [
  '',
  'städning',
  'städningar',
  'fastighet',
  'fastighetsskotsel',
  'catering',
  'cleaning',
  'tvätt',
  'trädgård skötsel',
  'och',
  'ab',
  'kök och städ',
  'snöröjning',
  'återbruk',
  'falun',
];

/** A few hundred searches: every word under a spread of filters, sorts and pages (deterministic). */
function criteriaMix(orgnr: string): SearchCriteria[] {
  const out: SearchCriteria[] = [];
  const variants: Partial<SearchCriteria>[] = [
    {},
    { county: '20' },
    { county: '01', sort: 'name' },
    { county: '20', municipality: '2080' },
    { category: 'stadning' },
    { reservable: true },
    { certified: true, sort: 'newest' },
    { hasTrainingPlaces: true, sort: 'trainingPlaces' },
    { cpv: '90910000' },
    { county: '12', category: 'catering', reservable: true },
    { page: 2, pageSize: 7 },
    { page: 400 },
    { county: '25', sort: 'newest', page: 2 },
  ];
  for (const q of [...WORDS, orgnr, orgnr.replace('-', '')]) {
    for (const v of variants) out.push({ ...DEFAULT_CRITERIA, q, ...v });
  }
  for (const sort of SORTS) out.push({ ...DEFAULT_CRITERIA, sort, pageSize: 100 });
  return out;
}

for (const kind of testDatabaseKinds()) {
  describe(`the search's read model (${kind})`, () => {
    let database: Database;
    let db: Kysely<RegisterDB>;
    let someOrgnr: string;
    before(async () => {
      database = await openTestDatabase(kind);
      db = withRegisterTables(database.db);
      await seedEnterprises(db, 900, { isDemo: true, today });
      // Edges the generator may not reach: three of ten at the 4 kap. 18 § line, certified until
      // today, names that tie, Swedish letters, a character beyond U+FFFF, figures too old.
      await insertEnterprise(db, { name: 'Städ & Co', employees: { total: 10, targetGroup: 3, reportedOn: today } });
      await insertEnterprise(db, { name: 'Städ & Co', employees: { total: 7, targetGroup: 2, reportedOn: today } });
      await insertEnterprise(db, {
        name: 'Ängens fastighetsskötsel 🌱',
        certifications: [{ name: 'Svensk Kvalitet', issuer: null, validUntil: today }],
        address: { street: 'Ågatan 1', postalCode: '791 30', city: 'Falun', municipalityCode: '2080' },
        operatingAreas: [{ countyCode: '20', municipalityCode: null }],
      });
      await insertEnterprise(db, {
        name: 'Öppna händer',
        employees: { total: 10, targetGroup: 9, reportedOn: '2025-11-23' },
      });
      await insertEnterprise(db, { name: 'Utkastet' }, 'draft');
      someOrgnr = (await insertEnterprise(db, { name: 'Sökbar genom org.nr' })).orgnr;
    });
    after(() => database.close());

    const noFallback = { onFallback: () => assert.fail('the read model handed a query to the SQL') };

    test('answers every search of the mix exactly as the SQL does: rows, order, totals, counts, offers', async () => {
      const search = readModelSearch(db, noFallback);
      const stamp = await readRegisterStamp(db);
      const mix = criteriaMix(someOrgnr);
      let withHits = 0;
      for (const c of mix) {
        const expected = await searchEnterprises(db, c, today);
        const actual = await search(c, today, stamp);
        assert.deepEqual(actual, expected, `same answer for ${JSON.stringify(c)}`);
        if (expected.items.length > 1) withHits++;
      }
      assert.ok(withHits > mix.length / 3, `the mix is not mostly empty (${withHits} of ${mix.length})`);

      // Caught up row by row after writes (new, changed, archived), still the SQL's answers.
      await insertEnterprise(db, {
        name: 'Ny städare i Falun',
        operatingAreas: [{ countyCode: '20', municipalityCode: '2080' }],
      });
      const changed = await insertEnterprise(db, { name: 'Byter tjänst' });
      await insertEnterprise(db, {
        ...changed,
        name: 'Bytte till catering',
        offerings: [{ category: 'catering', cpv: [], description: null }],
      });
      await db.updateTable('enterprise').set({ status: 'archived' }).where('orgnr', '=', someOrgnr).execute();
      const after = await readRegisterStamp(db);
      assert.equal(after.deleted, stamp.deleted, 'no delete: the model is caught up, not rebuilt');
      for (const c of mix.filter((_, i) => i % 3 === 0)) {
        assert.deepEqual(
          await search(c, today, after),
          await searchEnterprises(db, c, today),
          `after the writes: ${JSON.stringify(c)}`,
        );
      }
    });

    test('counters that go back (a failover, a restored copy) make the model read the register anew', async () => {
      const search = readModelSearch(db, noFallback);
      const c = { ...DEFAULT_CRITERIA, q: 'återfödd' };
      const before = await readRegisterStamp(db);
      await search(c, today, before);
      await sql`update register_version set version = 3`.execute(db);
      await insertEnterprise(db, { name: 'Återfödd efter omstart' });
      const stamp = await readRegisterStamp(db);
      assert.ok(stamp.version < before.version, 'the counter is behind what the model saw');
      assert.equal((await search(c, today, stamp)).total, 1, 'the write after the counters went back is found');

      // Back, and round again to the very numbers the model holds: the last writer tells them apart.
      const held = await readRegisterStamp(db);
      await insertEnterprise(db, { name: 'Mätstock' });
      const step = (await readRegisterStamp(db)).version - held.version;
      await search(c, today, await readRegisterStamp(db));
      await sql`update register_version set version = version - ${step}`.execute(db);
      await insertEnterprise(db, { name: 'Återfödd igen' });
      const round = await readRegisterStamp(db);
      assert.equal(round.version, held.version + step, 'the same version as the model holds');
      assert.equal((await search(c, today, round)).total, 2);
    });

    test('ranks as ts_rank_cd does, to the last bit of the float', async () => {
      const queries = [
        "'städning':*",
        "'städ':* & 'falun':*",
        "'fast':* | 'trädgård':*",
        "'kök':* & ( 'städ':* | 'lokalvård':* )",
      ];
      let compared = 0;
      for (const q of queries) {
        const { rows } = await sql<{ doc: string; rank: number }>`
          select search_document::text as doc, ts_rank_cd(search_document, ${q}::tsquery) as rank
          from enterprise where search_document @@ ${q}::tsquery`.execute(db);
        const parsed = parseTsquery((await sql<{ q: string }>`select ${q}::tsquery::text as q`.execute(db)).rows[0]!.q);
        for (const r of rows) {
          assert.equal(
            rankCoverDensity(parseTsvector(r.doc), parsed),
            Math.fround(Number(r.rank)),
            `${q} in ${r.doc.slice(0, 80)}`,
          );
          compared++;
        }
      }
      assert.ok(compared > 100, `compared ${compared}`);
    });

    test('two processes on one database: each sees a write, a status change and a delete at its next search', async () => {
      const a = readModelSearch(db);
      const b = readModelSearch(db);
      const c = { ...DEFAULT_CRITERIA, q: 'qxzvwy' };
      const at = async () => readRegisterStamp(db);
      assert.equal((await a(c, today, await at())).total, 0);
      assert.equal((await b(c, today, await at())).total, 0);

      const facts = await insertEnterprise(db, { name: 'Qxzvwy handel' });
      assert.equal((await a(c, today, await at())).total, 1, 'a new enterprise is found at once');
      assert.equal((await b(c, today, await at())).total, 1, 'by the other process too');

      await db.updateTable('enterprise').set({ status: 'archived' }).where('orgnr', '=', facts.orgnr).execute();
      assert.equal((await a(c, today, await at())).total, 0, 'an archived one leaves the results');
      await db.updateTable('enterprise').set({ status: 'published' }).where('orgnr', '=', facts.orgnr).execute();
      assert.equal((await b(c, today, await at())).total, 1);

      await db
        .deleteFrom('enterprise_area')
        .where('enterprise_id', 'in', db.selectFrom('enterprise').select('id').where('orgnr', '=', facts.orgnr))
        .execute();
      await db
        .deleteFrom('enterprise_offering')
        .where('enterprise_id', 'in', db.selectFrom('enterprise').select('id').where('orgnr', '=', facts.orgnr))
        .execute();
      await db.deleteFrom('enterprise').where('orgnr', '=', facts.orgnr).execute();
      assert.equal((await a(c, today, await at())).total, 0, 'a deleted one is gone');
      assert.equal((await b(c, today, await at())).total, 0);
      const all = { ...DEFAULT_CRITERIA };
      assert.deepEqual(
        await a(all, today, await at()),
        await searchEnterprises(db, all, today),
        'and the rest still as the SQL says',
      );
    });

    test('a stamp older than what the process holds is answered from what it holds, never from older', async () => {
      const search = readModelSearch(db);
      const old = await readRegisterStamp(db);
      await search({ ...DEFAULT_CRITERIA }, today, old);
      await insertEnterprise(db, { name: 'Efterkommaren' });
      const c = { ...DEFAULT_CRITERIA, q: 'efterkommaren' };
      assert.equal((await search(c, today, await readRegisterStamp(db))).total, 1);
      assert.equal(
        (await search(c, today, old)).total,
        1,
        'a request that read the stamp before the write still gets the newer answer',
      );
    });
  });
}
