import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../../platform/db/database.js';
import { openTestDatabase, testDatabaseKinds } from '../../../app/testing/test-db.js';
import { seedEnterprises } from '../demo/seed.service.js';
import { insertEnterprise } from '../testing/factories.js';
import { countFacets } from './search.facets.js';
import { selectFacets, type FacetRow } from './search.repository.js';
import { understandQuery } from './search.service.js';
import { DEFAULT_CRITERIA, type SearchCriteria } from './search.types.js';

const TODAY = '2026-11-24';
const sorted = (rows: FacetRow[]) =>
  [...rows].sort((a, b) => `${a.facet}|${a.value}`.localeCompare(`${b.facet}|${b.value}`));

for (const kind of testDatabaseKinds()) {
  describe(`filter counts in process (${kind})`, () => {
    let database: Database;
    before(async () => {
      database = await openTestDatabase(kind);
      await seedEnterprises(database.db, 400, { isDemo: true, today: TODAY, startIndex: 0 });
    });
    after(() => database?.close());

    const both = async (c: Partial<SearchCriteria>) => {
      const criteria = { ...DEFAULT_CRITERIA, ...c };
      const { tsquery } = await understandQuery(database.db, criteria.q);
      const s = { criteria, tsquery, today: TODAY };
      return { process: sorted(await countFacets(database.db, s)), sql: sorted(await selectFacets(database.db, s)) };
    };

    test('count as the SQL does, for words, places, services, codes and the yes/no filters alike', async () => {
      const cases: Partial<SearchCriteria>[] = [
        {},
        { q: 'städning' },
        { q: 'catering', county: '01' },
        { q: 'fastighetsskötsel', county: '20', municipality: '2080' },
        { category: 'stadning', reservable: true },
        { county: '12', certified: true, hasTrainingPlaces: true },
        { q: 'tvätt', cpv: '98310000' },
        { cpv: '90900000', county: '01', reservable: true, certified: true },
        { q: 'flytt snöröjning', county: '24', category: 'flytt' },
        { q: 'finnsintenågonstans' },
      ];
      for (const c of cases) {
        const { process, sql } = await both(c);
        assert.deepEqual(process, sql, JSON.stringify(c));
      }
    });

    test('a write moves the register’s counter, and the next count sees it', async () => {
      const before = await both({ q: 'klotter', county: '03' });
      await insertEnterprise(database.db, {
        name: 'Klottersanerarna i Uppsala',
        description: 'Klottersanering av fasader.',
        offerings: [{ category: 'renhallning', cpv: [], description: null }],
        operatingAreas: [{ countyCode: '03', municipalityCode: null }],
      });
      const after = await both({ q: 'klotter', county: '03' });
      assert.deepEqual(after.process, after.sql);
      const county = (rows: FacetRow[]) => rows.find((r) => r.facet === 'county' && r.value === '03')?.n ?? 0;
      assert.equal(county(after.process), county(before.process) + 1);
    });
  });
}
