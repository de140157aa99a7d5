import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { COUNTIES } from '../../../platform/reference/geo.js';
import { demoOrgnr, generateDemoEnterprises } from './demo.generator.js';
import { enterpriseFactsSchema } from '../enterprise/enterprise.schema.js';
import { parseOrgnr } from '../enterprise/orgnr.js';
import { isReservable } from '../enterprise/rules.js';

const today = '2026-03-15';

describe('generateDemoEnterprises', () => {
  test('is deterministic for a seed and differs between seeds', () => {
    assert.deepEqual(generateDemoEnterprises(50, { today }), generateDemoEnterprises(50, { today }));
    const other = generateDemoEnterprises(50, { today, seed: 2 });
    assert.notDeepEqual(
      generateDemoEnterprises(50, { today }).map((e) => e.name),
      other.map((e) => e.name),
    );
  });

  test('an enterprise depends only on its index, so a later seed continues without repeating', () => {
    const all = generateDemoEnterprises(30, { today });
    const tail = generateDemoEnterprises(10, { today, startIndex: 20 });
    assert.deepEqual(tail, all.slice(20));
  });

  test('the first 21 cover every län and 100 give every län several', () => {
    const first = generateDemoEnterprises(21, { today });
    assert.deepEqual(
      new Set(first.map((e) => e.address.municipalityCode?.slice(0, 2))),
      new Set(COUNTIES.map((c) => c.code)),
    );
    const hundred = generateDemoEnterprises(100, { today });
    for (const c of COUNTIES) {
      const n = hundred.filter((e) => e.operatingAreas.every((a) => a.countyCode === c.code)).length;
      assert.ok(n >= 4, `${c.name}: ${n}`);
    }
  });

  test('every enterprise passes the input schema unchanged', () => {
    for (const e of generateDemoEnterprises(1000, { today })) {
      const parsed = enterpriseFactsSchema.safeParse(e);
      assert.ok(parsed.success, `${e.orgnr}: ${JSON.stringify(parsed.error?.issues)}`);
      assert.deepEqual(parsed.data, e);
    }
  });

  test('org.nr are valid, fictional-looking and unique for 30 000', () => {
    const all = generateDemoEnterprises(30000, { today });
    const orgnrs = new Set(all.map((e) => e.orgnr));
    assert.equal(orgnrs.size, 30000);
    for (const e of all.slice(0, 500)) assert.deepEqual(parseOrgnr(e.orgnr), { ok: true, value: e.orgnr });
    assert.equal(demoOrgnr(999_999, 'ekonomisk_forening').slice(0, 3), '792');
    assert.equal(demoOrgnr(1_000_000, 'ekonomisk_forening').slice(0, 3), '793');
    assert.ok(parseOrgnr(demoOrgnr(1_000_000, 'stiftelse')).ok);
  });

  test('looks like the Swedish ASF population', () => {
    const all = generateDemoEnterprises(3000, { today });
    const share = (pred: (e: (typeof all)[number]) => boolean) => all.filter(pred).length / all.length;
    const high = share((e) => e.employees !== null && e.employees.targetGroup >= 0.3 * e.employees.total);
    assert.ok(high > 0.5 && high < 0.7, `≥30 %: ${high}`);
    const reservable = share((e) => isReservable(e.employees, today));
    assert.ok(reservable > 0.2 && reservable < 0.5, `reservable: ${reservable}`);
    const training = share((e) => e.trainingPlaces !== null);
    assert.ok(training > 0.4 && training < 0.6, `training: ${training}`);
    assert.ok(share((e) => (e.trainingPlaces?.free ?? 0) > 0) > 0.15);
    const lapsed = share((e) => e.certifications.some((c) => c.validUntil !== null && c.validUntil < today));
    assert.ok(lapsed > 0.03, `lapsed certifications: ${lapsed}`);
    const wholeCounty = share((e) => e.operatingAreas.some((a) => a.municipalityCode === null));
    assert.ok(wholeCounty > 0.05 && wholeCounty < 0.15, `whole län: ${wholeCounty}`);
    const forms = share((e) => ['ekonomisk_forening', 'ideell_forening', 'aktiebolag_svb'].includes(e.legalForm));
    assert.ok(forms > 0.8, `main legal forms: ${forms}`);
    for (const e of all) {
      assert.ok(e.email?.endsWith('.example') && e.website?.endsWith('.example'), e.email ?? '');
      assert.ok(e.offerings.length >= 1 && e.offerings.length <= 3);
      assert.ok(e.employees && e.employees.reportedOn <= today);
      // The seat kommun is among the areas unless the whole län is.
      assert.ok(
        e.operatingAreas.some((a) => a.municipalityCode === e.address.municipalityCode || a.municipalityCode === null),
      );
    }
  });
});
