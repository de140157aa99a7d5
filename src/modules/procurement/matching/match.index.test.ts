import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase } from '../../../app/testing/test-db.js';
import type { Database } from '../../../platform/db/database.js';
import { cpvVocabulary } from '../../../platform/reference/cpv.vocabulary.js';
import { COUNTIES, MUNICIPALITIES } from '../../../platform/reference/geo.js';
import { SERVICE_CATEGORIES } from '../../../platform/reference/categories.js';
import { findSuppliers, type Supplier } from '../../register/index.js';
import { seedEnterprises, withRegisterTables } from '../../register/testing/internals.js';
import { SupplierIndex } from './match.index.js';
import { matchLot, type LotMatch, type MatchLot } from './match.score.js';

const today = '2026-11-24';

/**
 * Lots of every shape: a category's code, a narrower and a wider one from CPV 2008 (a division too,
 * which nothing broader answers), one or two codes, no place, a län, a kommun, both; reserved or not.
 */
function lots(count: number): MatchLot[] {
  const categoryCodes = SERVICE_CATEGORIES.flatMap((c) => c.cpv);
  const all = cpvVocabulary().map((c) => c.code);
  const out: MatchLot[] = [];
  for (let i = 0; i < count; i++) {
    const base = categoryCodes[i % categoryCodes.length]!;
    const related = all.filter((c) => c.slice(0, 3) === base.slice(0, 3));
    const main = i % 5 === 0 ? `${base.slice(0, 2)}000000` : i % 5 === 1 ? related[(i * 7) % related.length]! : base;
    const m = MUNICIPALITIES[(i * 11) % MUNICIPALITIES.length]!;
    const place = i % 4;
    out.push({
      mainCpv: main,
      additionalCpv: i % 3 === 0 ? [categoryCodes[(i * 5 + 3) % categoryCodes.length]!] : [],
      countyCodes: place === 1 || place === 3 ? [COUNTIES[i % COUNTIES.length]!.code] : [],
      municipalityCodes: place === 2 || place === 3 ? [m.code] : [],
      reservation: i % 6 === 0 ? 'social_integration' : null,
    });
  }
  return out;
}

const key = (m: LotMatch) => `${m.supplier.id}:${m.score}:${m.cpv.asked}:${m.cpv.offered}:${JSON.stringify(m.place)}`;

describe('SupplierIndex: many lots against the register in process', () => {
  let database: Database;
  let suppliers: Supplier[];
  before(async () => {
    database = await openTestDatabase('pglite');
    await seedEnterprises(withRegisterTables(database.db), 600, { isDemo: true, today });
    suppliers = await findSuppliers(database.db, { today });
  });
  after(() => database.close());

  it('finds for every lot exactly the matches that scoring each enterprise in turn finds', () => {
    const index = new SupplierIndex(suppliers);
    let matched = 0;
    for (const lot of lots(400)) {
      const expected = suppliers
        .flatMap((s) => matchLot(lot, s, today) ?? [])
        .map(key)
        .sort();
      const actual = index.matches(lot, today).map(key).sort();
      assert.deepEqual(actual, expected, JSON.stringify(lot));
      matched += actual.length;
    }
    assert.ok(matched > 400, `the lots find enterprises (${matched} matches)`);
  });
});
