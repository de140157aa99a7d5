import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { createTestUser } from '../../../platform/testing/auth.js';
import type { Supplier } from '../../register/index.js';
import { insertEnterprise } from '../../register/testing/factories.js';
import { loadOpportunity } from '../opportunity/opportunity.service.js';
import { buyerUser, procurementContext, publishedOpportunity, insertFaluKommun } from '../testing/opportunities.js';
import { reasonsOf } from './match.explain.js';
import { byScore, matchLot, SCORE, type MatchLot } from './match.score.js';
import { answerableBy, matchesForOpportunity, opportunitiesFor } from './matching.service.js';

const DALARNA = '20';
const FALUN = '2080';
const BORLANGE = '2081';
const TODAY = '2026-12-07';

function supplier(overrides: Partial<Supplier> = {}): Supplier {
  return {
    id: 1,
    orgnr: '556000-0001',
    name: 'Ann Städ',
    seatMunicipalityCode: FALUN,
    deliversInCounties: [DALARNA],
    deliversInMunicipalities: [FALUN, BORLANGE],
    categories: [],
    cpvCodes: ['90910000'],
    reservation: {
      targetGroupShare: 0.5,
      reportedOn: '2026-03-31',
      employees: { total: 10, targetGroup: 5 },
      eligible: true,
    },
    certifiedUntil: null,
    freeTrainingPlaces: null,
    updatedAt: new Date('2026-11-01T10:00:00Z'),
    confirmedAt: null,
    ...overrides,
  };
}

const lot = (overrides: Partial<MatchLot> = {}): MatchLot => ({
  mainCpv: '90911000',
  additionalCpv: [],
  countyCodes: [],
  municipalityCodes: [FALUN],
  reservation: 'social_integration',
  ...overrides,
});

describe('a match and why', () => {
  it('says it as the issue does: the code pair, the place, 4 kap. 18 § on dated figures', () => {
    const m = matchLot(lot(), supplier(), TODAY)!;
    assert.deepEqual(reasonsOf(m, TODAY, true).slice(0, 4), [
      'CPV 90911000 ↔ ni erbjuder 90910000 (samma grupp)',
      'ni levererar i Falun',
      'reserverat: arbetsintegrerande sociala företag (minst 30 % ur målgruppen)',
      'uppfyller 4 kap. 18 § enligt uppgifter från 31 mars 2026',
    ]);
    assert.deepEqual(reasonsOf(m, TODAY, false).slice(1, 3), [
      'levererar i Falun',
      'uppfyller 4 kap. 18 § enligt uppgifter från 31 mars 2026',
    ]);
    assert.equal(m.score, SCORE.cpv.broader + SCORE.place.municipality + SCORE.eligible + SCORE.fresh);
    assert.match(
      reasonsOf(m, TODAY, false)[0]!,
      /^CPV 90911000 ↔ erbjuder 90910000/,
      'to a buyer, about the enterprise',
    );
  });

  it('needs a code and, when the lot names a place, delivery there; a whole län counts for its kommuner', () => {
    assert.equal(matchLot(lot({ mainCpv: '55520000' }), supplier(), TODAY), null);
    assert.equal(
      matchLot(lot(), supplier({ deliversInCounties: ['01'], deliversInMunicipalities: ['0180'] }), TODAY),
      null,
    );
    const wholeCounty = matchLot(lot({ municipalityCodes: [], countyCodes: [DALARNA] }), supplier(), TODAY)!;
    assert.deepEqual(wholeCounty.place, { kind: 'county', code: DALARNA });
    assert.match(reasonsOf(wholeCounty, TODAY, false)[1]!, /^levererar i Dalarnas län$/);
    const nowhere = matchLot(lot({ municipalityCodes: [] }), supplier({ deliversInCounties: ['01'] }), TODAY)!;
    assert.equal(reasonsOf(nowhere, TODAY, true)[1], 'ingen ort angiven');
  });

  it('ranks the same code above a wider one, a main code above an additional one, eligible above not', () => {
    const same = matchLot(lot(), supplier({ cpvCodes: ['90911000'] }), TODAY)!;
    const broader = matchLot(lot(), supplier(), TODAY)!;
    const additional = matchLot(lot({ mainCpv: '55520000', additionalCpv: ['90911000'] }), supplier(), TODAY)!;
    const notEligible = matchLot(
      lot(),
      supplier({
        reservation: {
          targetGroupShare: 0.1,
          reportedOn: '2026-06-01',
          employees: { total: 10, targetGroup: 1 },
          eligible: false,
        },
      }),
      TODAY,
    )!;
    assert.ok(same.score > broader.score && broader.score > additional.score && additional.score > notEligible.score);
    assert.match(reasonsOf(additional, TODAY, true)[0]!, /\(tilläggskod\)$/);
    assert.match(reasonsOf(notEligible, TODAY, false)[2]!, /^uppfyller inte 4 kap\. 18 §: 10\s%\si målgruppen/);
    const old = matchLot(
      lot(),
      supplier({
        reservation: {
          targetGroupShare: 0.5,
          reportedOn: '2025-10-01',
          employees: { total: 10, targetGroup: 5 },
          eligible: false,
        },
      }),
      TODAY,
    )!;
    assert.match(reasonsOf(old, TODAY, false)[2]!, /äldre än 12 månader/);
    const none = matchLot(
      lot(),
      supplier({ reservation: { targetGroupShare: null, reportedOn: null, employees: null, eligible: false } }),
      TODAY,
    )!;
    assert.equal(reasonsOf(none, TODAY, false)[2], 'saknar uppgifter för 4 kap. 18 §');
    const judged = matchLot(lot({ reservation: 'public_service_mission' }), supplier(), TODAY)!;
    assert.equal(reasonsOf(judged, TODAY, false)[2], 'villkoren i LOU 19 kap. 25 § prövar ni');
    assert.deepEqual(
      [notEligible, same, additional, broader].sort(byScore).map((m) => m.score),
      [same, broader, additional, notEligible].map((m) => m.score),
    );
  });

  it('counts a certificate and a fresh profile; an old profile is said to be old', () => {
    const certified = matchLot(lot(), supplier({ certifiedUntil: '2027-06-30' }), TODAY)!;
    const expired = matchLot(lot(), supplier({ certifiedUntil: '2026-06-30' }), TODAY)!;
    assert.equal(certified.score - expired.score, SCORE.certified);
    assert.ok(reasonsOf(certified, TODAY, true).includes('certifierat'));
    const stale = matchLot(lot(), supplier({ updatedAt: new Date('2025-10-01T10:00:00Z') }), TODAY)!;
    assert.equal(expired.score - stale.score, SCORE.fresh);
    assert.match(reasonsOf(stale, TODAY, true).at(-1)!, /^uppgifterna är från 1 oktober 2025, äldre än ett år$/);
    const confirmed = matchLot(
      lot(),
      supplier({ updatedAt: new Date('2025-10-01T10:00:00Z'), confirmedAt: new Date('2026-10-01T10:00:00Z') }),
      TODAY,
    )!;
    assert.equal(confirmed.profile.fresh, true, 'a yearly confirmation makes it fresh');
  });

  it('an enterprise’s codes answer lots coded the same, wider (any level) or narrower (from class level)', () => {
    const { codes, treeCodes } = answerableBy({ cpvCodes: ['90910000', '90900000'] });
    assert.ok(codes.includes('90910000') && codes.includes('90900000') && codes.includes('90000000'));
    assert.deepEqual(treeCodes, ['90910000'], 'a group is too wide to answer every code under it');
  });
});

for (const kind of testDatabaseKinds()) {
  describe(`matching lots and enterprises (${kind})`, () => {
    let t: TestApp;
    let buyer: ReturnType<typeof buyerUser>;
    let ann = { orgnr: '' };
    let stockholm = { orgnr: '' };
    let draft = { orgnr: '' };
    const now = new Date(`${TODAY}T10:00:00Z`);
    const seat = { street: null, postalCode: null, city: 'Falun', municipalityCode: FALUN };
    before(async () => {
      t = await openTestApp(kind, now);
      const orgId = await insertFaluKommun(t);
      buyer = buyerUser((await createTestUser(t, 'buyer', { organisationId: orgId })).id, orgId);
      const db = t.ctx.db;
      ann = await insertEnterprise(db, {
        name: 'Ann Städ',
        address: seat,
        operatingAreas: [{ countyCode: DALARNA, municipalityCode: null }],
        offerings: [{ category: 'stadning', cpv: [], description: null }],
        employees: { total: 10, targetGroup: 5, reportedOn: '2026-06-01' },
      });
      await insertEnterprise(db, {
        name: 'Bertils Bredare',
        address: seat,
        operatingAreas: [{ countyCode: DALARNA, municipalityCode: BORLANGE }],
        offerings: [{ category: 'catering', cpv: ['90910000'], description: null }],
        employees: { total: 10, targetGroup: 1, reportedOn: '2026-06-01' },
      });
      stockholm = await insertEnterprise(db, { name: 'Stockholmsstäd' });
      draft = await insertEnterprise(
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

    const enterpriseId = async (orgnr: string) =>
      (await t.ctx.db.selectFrom('enterprise').select('id').where('orgnr', '=', orgnr).executeTakeFirstOrThrow()).id;

    it('a buyer sees who matches each lot, best first; an enterprise sees the lots that fit it', async () => {
      const ctx = procurementContext(t);
      const id = await publishedOpportunity(ctx, buyer, {
        lots: [
          {
            mainCpv: '90911200',
            place: 'Borlänge',
            reservation: 'social_integration',
            reservationReason: 'Arbetsintegration.',
          },
          { title: 'Kök', mainCpv: '55520000', place: 'Falun' },
        ],
      });
      const o = (await loadOpportunity(ctx.db, id))!;
      const [cleaning, kitchen] = await matchesForOpportunity(ctx, o);
      assert.deepEqual(
        cleaning!.matches.map((m) => [m.supplier.name, m.reservation?.verdict]),
        [
          ['Ann Städ', 'eligible'],
          ['Bertils Bredare', 'not_eligible'],
        ],
        'Ann offers the code itself in all Dalarna and meets 4 kap. 18 §; Stockholm and the draft are not there',
      );
      assert.equal(kitchen!.matches.length, 0);

      const forAnn = await opportunitiesFor(ctx, await enterpriseId(ann.orgnr));
      assert.deepEqual(
        forAnn!.map((m) => [m.opportunity.id, m.lots.map((l) => l.lot.position)]),
        [[id, [1]]],
      );
      assert.equal(forAnn![0]!.score, cleaning!.matches[0]!.score, 'the same match both ways');
      assert.deepEqual(await opportunitiesFor(ctx, await enterpriseId(stockholm.orgnr)), []);
      assert.equal(await opportunitiesFor(ctx, await enterpriseId(draft.orgnr)), null, 'not published');
    });

    it('an opportunity past its deadline, or outside the enterprise’s area, is not offered', async () => {
      const ctx = procurementContext(t);
      const annId = await enterpriseId(ann.orgnr);
      const before = (await opportunitiesFor(ctx, annId))!.length;
      await publishedOpportunity(ctx, buyer, {
        basics: { title: 'Städning i Stockholm' },
        lots: [{ mainCpv: '90911200', place: 'Stockholm' }],
      });
      assert.equal((await opportunitiesFor(ctx, annId))!.length, before, 'Ann does not deliver in Stockholm');
      const later = await publishedOpportunity(ctx, buyer, {
        basics: { title: 'Fönsterputs i Falun', deadlineDate: '2026-12-20' },
        lots: [{ mainCpv: '90911300', place: 'Falun' }],
      });
      assert.ok((await opportunitiesFor(ctx, annId))!.some((m) => m.opportunity.id === later));
      t.setNow(new Date('2026-12-21T10:00:00Z'));
      try {
        assert.ok(
          !(await opportunitiesFor(ctx, annId))!.some((m) => m.opportunity.id === later),
          'its deadline passed',
        );
      } finally {
        t.setNow(now);
      }
    });
  });
}
