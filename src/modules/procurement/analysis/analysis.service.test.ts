import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { municipalityByCode } from '../../../platform/reference/geo.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { insertEnterprise } from '../../register/testing/factories.js';
import { cpvMatches, cpvQueryCodes, relationOf } from './analysis.match.js';
import { analyseMarket, municipalitiesOf } from './analysis.service.js';

describe('CPV along the tree, both ways', () => {
  it('same, narrower and broader down to class level; a group or division is too wide', () => {
    assert.equal(relationOf('90911200', '90911200'), 'same');
    assert.equal(relationOf('90910000', '90911200'), 'narrower');
    assert.equal(relationOf('90911200', '90910000'), 'broader');
    assert.equal(relationOf('90911200', '90900000'), null, 'group 909 covers more than cleaning');
    assert.equal(relationOf('90911200', '90000000'), null);
    assert.equal(relationOf('90911200', '55520000'), null);
    assert.deepEqual(
      cpvMatches(['90911200'], ['90910000', '90911200']).map((m) => m.relation),
      ['same', 'broader'],
    );
  });

  it('asks the register only for codes that can match: narrower codes, and ancestors down to class level', () => {
    assert.deepEqual(cpvQueryCodes(['90911200']), ['90910000', '90911000', '90911200']);
    const cleaning = cpvQueryCodes(['90910000']);
    assert.ok(cleaning.includes('90911200') && cleaning.includes('90919300'));
    assert.ok(
      cleaning.every((c) => c.startsWith('9091')),
      'nothing broader than the class',
    );
  });
});

const DALARNA = '20';
const FALUN = '2080';
const BORLANGE = '2081';

for (const kind of testDatabaseKinds()) {
  describe(`market analysis (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(kind, new Date('2026-12-07T10:00:00Z'));
      const db = t.ctx.db;
      const seat = { street: null, postalCode: null, city: 'Falun', municipalityCode: FALUN };
      // Cleaning in all of Dalarna, 50 % from the target group on this year's figures: eligible.
      await insertEnterprise(db, {
        name: 'Ann Städ',
        address: seat,
        operatingAreas: [{ countyCode: DALARNA, municipalityCode: null }],
        offerings: [{ category: 'stadning', cpv: [], description: null }],
        employees: { total: 10, targetGroup: 5, reportedOn: '2026-06-01' },
      });
      // Offers the broader class 90910000 only, in Falun; 10 % from the target group.
      await insertEnterprise(db, {
        name: 'Bertils Bredare',
        address: seat,
        operatingAreas: [{ countyCode: DALARNA, municipalityCode: FALUN }],
        offerings: [{ category: 'catering', cpv: ['90910000'], description: null }],
        employees: { total: 10, targetGroup: 1, reportedOn: '2026-06-01' },
      });
      // 40 % from the target group, but on figures older than twelve months: not eligible.
      await insertEnterprise(db, {
        name: 'Cecilias Gamla Siffror',
        address: seat,
        operatingAreas: [{ countyCode: DALARNA, municipalityCode: BORLANGE }],
        offerings: [{ category: 'stadning', cpv: [], description: null }],
        employees: { total: 10, targetGroup: 4, reportedOn: '2025-11-01' },
      });
      // Not counted: cleaning only in Stockholm; catering in Dalarna; the group 909 is too wide.
      await insertEnterprise(db, { name: 'Stockholmsstäd' });
      await insertEnterprise(db, {
        name: 'Dalamat',
        address: seat,
        operatingAreas: [{ countyCode: DALARNA, municipalityCode: null }],
        offerings: [{ category: 'catering', cpv: [], description: null }],
      });
      await insertEnterprise(db, {
        name: 'Gruppnivå',
        address: seat,
        operatingAreas: [{ countyCode: DALARNA, municipalityCode: null }],
        offerings: [{ category: 'catering', cpv: ['90900000'], description: null }],
      });
      await insertEnterprise(
        db,
        {
          name: 'Utkastet',
          address: seat,
          operatingAreas: [{ countyCode: DALARNA, municipalityCode: null }],
        },
        'draft',
      );
    });
    after(() => t?.close());

    it('counts who could deliver building cleaning in Dalarna, why each counts, and who meets 4 kap. 18 §', async () => {
      const municipalityCodes = municipalitiesOf({ countyCode: DALARNA });
      assert.equal(municipalityCodes.length, 15);
      const a = await analyseMarket(t.ctx.db, { cpv: ['90911200'], municipalityCodes, today: '2026-12-07' });
      assert.deepEqual(
        a.suppliers.map((s) => s.name),
        ['Ann Städ', 'Bertils Bredare', 'Cecilias Gamla Siffror'],
      );
      assert.equal(a.total, 3);
      assert.equal(a.eligible, 1);
      const [ann, bertil, cecilia] = a.suppliers;
      assert.deepEqual(ann!.cpv[0], { asked: '90911200', offered: '90911200', relation: 'same' });
      assert.deepEqual(bertil!.cpv, [{ asked: '90911200', offered: '90910000', relation: 'broader' }]);
      assert.equal(ann!.eligible, true);
      assert.equal(cecilia!.eligible, false, 'figures from 2025-11-01 are more than 12 months old');
      assert.equal(cecilia!.targetGroupShare, 0.4);

      const falun = a.perMunicipality.find((m) => m.code === FALUN)!;
      const borlange = a.perMunicipality.find((m) => m.code === BORLANGE)!;
      const mora = a.perMunicipality.find((m) => m.code === '2062')!;
      assert.deepEqual([falun.total, falun.eligible], [2, 1]);
      assert.deepEqual([borlange.total, borlange.eligible], [2, 1]);
      assert.deepEqual([mora.name, mora.total, mora.eligible], ['Mora kommun', 1, 1], 'Ann delivers in all of Dalarna');
    });

    it('a kommun alone, and a code nobody offers', async () => {
      const inFalun = await analyseMarket(t.ctx.db, {
        cpv: ['90911200'],
        municipalityCodes: [FALUN],
        today: '2026-12-07',
      });
      assert.deepEqual(
        inFalun.suppliers.map((s) => [s.name, s.municipalities]),
        [
          ['Ann Städ', [FALUN]],
          ['Bertils Bredare', [FALUN]],
        ],
      );
      const none = await analyseMarket(t.ctx.db, {
        cpv: ['85311000'],
        municipalityCodes: [FALUN],
        today: '2026-12-07',
      });
      assert.equal(none.total, 0);
      assert.deepEqual(none.perMunicipality, [
        { code: FALUN, name: municipalityByCode(FALUN)!.name, total: 0, eligible: 0 },
      ]);
    });
  });
}
