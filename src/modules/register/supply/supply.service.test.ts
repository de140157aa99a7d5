import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../../platform/db/database.js';
import { openTestDatabase, testDatabaseKinds } from '../../../app/testing/test-db.js';
import { insertEnterprise } from '../testing/factories.js';
// Through the public face, as another module reads it.
import { findSuppliers, supplierBatches } from '../index.js';

const TODAY = '2026-11-24';

for (const kind of testDatabaseKinds()) {
  describe(`the register's supplier read for other modules (${kind})`, () => {
    let database: Database;
    let cleanerOrgnr = '';

    before(async () => {
      database = await openTestDatabase(kind);
      const db = database.db;
      cleanerOrgnr = (
        await insertEnterprise(db, {
          name: 'Städkooperativet Blänk',
          offerings: [{ category: 'stadning', cpv: ['90911200'], description: null }],
          operatingAreas: [{ countyCode: '20', municipalityCode: '2081' }],
          employees: { total: 10, targetGroup: 4, reportedOn: '2026-06-01' },
        })
      ).orgnr;
      await insertEnterprise(db, {
        name: 'Gröna Händer',
        offerings: [{ category: 'fastighetsskotsel', cpv: [], description: null }],
        // The whole of Dalarnas län: counts for Borlänge too.
        operatingAreas: [{ countyCode: '20', municipalityCode: null }],
        // 40 % but reported more than 12 months ago: not eligible for a reserved procurement.
        employees: { total: 10, targetGroup: 4, reportedOn: '2025-10-01' },
      });
      await insertEnterprise(
        db,
        { name: 'Utkastet', operatingAreas: [{ countyCode: '20', municipalityCode: '2081' }] },
        'draft',
      );
      await insertEnterprise(db, {
        name: 'Stockholmsmat',
        offerings: [{ category: 'catering', cpv: [], description: null }],
      });
    });
    after(() => database.close());

    test('filters by CPV prefix and by kommun, a whole län counting for its kommuner; drafts never appear', async () => {
      const inBorlange = await findSuppliers(database.db, { municipalityCodes: ['2081'], today: TODAY });
      assert.deepEqual(inBorlange.map((s) => s.name).sort(), ['Gröna Händer', 'Städkooperativet Blänk']);
      const cleaning = await findSuppliers(database.db, { cpvPrefixes: ['909112'], today: TODAY });
      assert.deepEqual(
        cleaning.map((s) => s.orgnr),
        [cleanerOrgnr],
      );
      const cleaningInDalarna = await findSuppliers(database.db, {
        cpvPrefixes: ['9091'],
        municipalityCodes: ['2081'],
        today: TODAY,
      });
      assert.deepEqual(
        cleaningInDalarna.map((s) => s.name),
        ['Städkooperativet Blänk'],
      );
    });

    test('says whether each can take part in a reserved procurement, on figures at most 12 months old', async () => {
      const all = await findSuppliers(database.db, { today: TODAY });
      const byName = new Map(all.map((s) => [s.name, s]));
      assert.equal(all.length, 3);
      assert.equal(byName.get('Städkooperativet Blänk')!.reservation.eligible, true);
      assert.equal(byName.get('Städkooperativet Blänk')!.reservation.targetGroupShare, 0.4);
      assert.equal(byName.get('Gröna Händer')!.reservation.eligible, false);
      assert.equal(byName.get('Stockholmsmat')!.reservation.eligible, true);
      assert.ok(byName.get('Gröna Händer')!.deliversInMunicipalities.includes('2081'));
    });

    test('reads the whole register in batches, each enterprise once', async () => {
      const db = database.db;
      for (let i = 0; i < 1005; i += 1) await insertEnterprise(db, { name: `Bulk ${i}` });
      const seen: number[] = [];
      let batches = 0;
      for await (const batch of supplierBatches(db, { today: TODAY })) {
        batches += 1;
        seen.push(...batch.map((s) => s.id));
      }
      assert.equal(new Set(seen).size, 1008);
      assert.equal(seen.length, 1008);
      assert.equal(batches, 2);
    });
  });
}
