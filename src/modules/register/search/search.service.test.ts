import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../../platform/db/database.js';
import { openTestDatabase, testDatabaseKinds } from '../../../app/testing/test-db.js';
import { insertEnterprise } from '../testing/factories.js';
import { searchEnterprises } from './search.service.js';
import { DEFAULT_CRITERIA, type SearchCriteria } from './search.types.js';

const TODAY = '2026-11-24';

for (const kind of testDatabaseKinds()) {
  describe(`directory search (${kind})`, () => {
    let database: Database;
    const search = (c: Partial<SearchCriteria>) => searchEnterprises(database.db, { ...DEFAULT_CRITERIA, ...c }, TODAY);
    const names = async (c: Partial<SearchCriteria>) => (await search(c)).items.map((i) => i.name).sort();

    before(async () => {
      database = await openTestDatabase(kind);
      const db = database.db;
      await insertEnterprise(db, {
        name: 'Städkooperativet Blänk',
        description: 'Vi utför städning av kontor och trappuppgångar.',
        offerings: [{ category: 'stadning', cpv: ['90911200'], description: null }],
        operatingAreas: [
          { countyCode: '01', municipalityCode: '0180' },
          { countyCode: '01', municipalityCode: '0184' },
        ],
        employees: { total: 10, targetGroup: 4, reportedOn: '2026-06-01' },
        certifications: [{ name: 'Kvalitetsmärkt', issuer: null, validUntil: '2027-12-31' }],
      });
      await insertEnterprise(db, {
        name: 'Gröna Händer',
        description: 'Fastighetsskötsel och trädgård i hela länet.',
        offerings: [{ category: 'fastighetsskotsel', cpv: [], description: null }],
        address: { street: null, postalCode: null, city: 'Uppsala', municipalityCode: '0380' },
        operatingAreas: [{ countyCode: '03', municipalityCode: null }],
        employees: { total: 10, targetGroup: 2, reportedOn: '2026-06-01' },
        certifications: [{ name: 'Gammal stämpel', issuer: null, validUntil: '2025-01-01' }],
        trainingPlaces: { capacity: 4, free: 2, targetGroups: [], adaptations: null, supervisors: 1 },
      });
      await insertEnterprise(db, {
        name: 'Kafé Kronan',
        description: 'Mötesfika och lunch.',
        offerings: [{ category: 'catering', cpv: [], description: null }],
        address: { street: null, postalCode: null, city: 'Kiruna', municipalityCode: '2584' },
        operatingAreas: [{ countyCode: '25', municipalityCode: '2584' }],
        // 50 %, but reported too long ago to count.
        employees: { total: 4, targetGroup: 2, reportedOn: '2025-06-01' },
      });
      await insertEnterprise(db, { name: 'Utkastet', description: 'städning' }, 'draft');
    });
    after(() => database.close());

    test('Swedish stemming: an inflected word finds the base form', async () => {
      assert.deepEqual(await names({ q: 'städningar' }), ['Städkooperativet Blänk']);
    });

    test('typos are corrected to words that exist, and the page is told', async () => {
      const r = await search({ q: 'fastighetsskotsel' });
      assert.deepEqual(
        r.items.map((i) => i.name),
        ['Gröna Händer'],
      );
      assert.ok(r.corrections.some((c) => c.to.includes('fastighetsskötsel')));
    });

    test('synonyms: lokalvård finds cleaning enterprises', async () => {
      assert.deepEqual(await names({ q: 'lokalvård' }), ['Städkooperativet Blänk']);
    });

    test('each hit says why it matched: name, category, synonym, place, description', async () => {
      const why = async (q: string, name: string) => (await search({ q })).items.find((i) => i.name === name)?.matched;
      assert.deepEqual(await why('blänk', 'Städkooperativet Blänk'), [{ kind: 'name', words: ['blänk'] }]);
      assert.deepEqual(await why('städning', 'Städkooperativet Blänk'), [{ kind: 'category', slug: 'stadning' }]);
      assert.deepEqual(await why('lokalvård', 'Städkooperativet Blänk'), [{ kind: 'category', slug: 'stadning' }]);
      assert.deepEqual(await why('fönsterputs', 'Städkooperativet Blänk'), [
        { kind: 'synonym', slug: 'stadning', synonym: 'fönsterputs' },
      ]);
      assert.deepEqual(await why('kiruna', 'Kafé Kronan'), [{ kind: 'place', place: 'Kiruna' }]);
      assert.deepEqual(await why('mötesfika', 'Kafé Kronan'), [{ kind: 'text', words: ['mötesfika'] }]);
      // Two words, two reasons; a typo is explained by the word it was corrected to.
      assert.deepEqual(await why('kronan lunch', 'Kafé Kronan'), [
        { kind: 'name', words: ['kronan'] },
        { kind: 'synonym', slug: 'catering', synonym: 'lunchleveranser' },
      ]);
      assert.deepEqual(await why('fastighetsskotsel', 'Gröna Händer'), [
        { kind: 'category', slug: 'fastighetsskotsel' },
      ]);
      // Without words there is nothing to explain.
      assert.deepEqual((await search({ county: '25' })).items[0]?.matched, []);
    });

    test('an org.nr in the search finds that enterprise, with or without hyphen, 10 or 12 digits', async () => {
      const all = await search({ pageSize: 10 });
      const blank = all.items.find((i) => i.name === 'Städkooperativet Blänk')!;
      const digits = blank.orgnr.replace('-', '');
      for (const q of [blank.orgnr, digits, `16${digits}`, ` ${blank.orgnr.replace('-', ' - ')} `]) {
        const r = await search({ q });
        assert.deepEqual(
          r.items.map((i) => i.name),
          ['Städkooperativet Blänk'],
          q,
        );
        assert.deepEqual(r.items[0]?.matched, [{ kind: 'orgnr' }]);
      }
      assert.equal((await search({ q: '5599999999' })).total, 0);
      // Names are found too, whole or begun.
      assert.deepEqual(await names({ q: 'Gröna Händer' }), ['Gröna Händer']);
      assert.deepEqual(await names({ q: 'städkoop' }), ['Städkooperativet Blänk']);
    });

    test('words that name a service offer it as a filter, counted here and in the neighbouring län', async () => {
      // Uppsala län (03) has no cleaning firm; Stockholms län next to it has Blänk.
      assert.deepEqual((await search({ q: 'städning', county: '03' })).suggestions, [
        {
          slug: 'stadning',
          count: 0,
          elsewhere: { where: 'neighbours', count: 1, counties: [{ code: '01', count: 1 }] },
        },
      ]);
      assert.deepEqual((await search({ q: 'städning', county: '01', reservable: true })).suggestions, [
        { slug: 'stadning', count: 1, elsewhere: { where: 'neighbours', count: 0 } },
      ]);
      // Without a län: the whole country. A synonym names the service too.
      assert.deepEqual((await search({ q: 'fönsterputs' })).suggestions, [
        { slug: 'stadning', count: 1, elsewhere: null },
      ]);
      // Gotland has no neighbours: the whole country instead.
      assert.deepEqual((await search({ q: 'lokalvård', county: '09' })).suggestions, [
        { slug: 'stadning', count: 0, elsewhere: { where: 'country', count: 1 } },
      ]);
      assert.deepEqual((await search({ q: 'städning', category: 'stadning' })).suggestions, []);
      assert.deepEqual((await search({ q: 'kronan' })).suggestions, []);
    });

    test('only published enterprises are found', async () => {
      const r = await search({});
      assert.equal(r.total, 3);
      assert.ok(!r.items.some((i) => i.name === 'Utkastet'));
    });

    test('kommun filter uses where an enterprise delivers, including whole counties', async () => {
      assert.deepEqual(await names({ municipality: '0184' }), ['Städkooperativet Blänk']);
      // Gröna Händer delivers in all of Uppsala län, so also in Enköping (0381).
      assert.deepEqual(await names({ municipality: '0381' }), ['Gröna Händer']);
      assert.deepEqual(await names({ county: '25' }), ['Kafé Kronan']);
    });

    test('CPV filter finds sub-codes and category codes', async () => {
      // 90910000 (städning) is the parent of 90911200 that Blänk lists.
      assert.deepEqual(await names({ cpv: '90910000' }), ['Städkooperativet Blänk']);
      assert.deepEqual(await names({ cpv: '90900000' }), ['Städkooperativet Blänk']);
    });

    test('the 30 % indicator needs a share of 30 % or more reported in the last 12 months', async () => {
      assert.deepEqual(await names({ reservable: true }), ['Städkooperativet Blänk']);
    });

    test('expired certifications do not count', async () => {
      assert.deepEqual(await names({ certified: true }), ['Städkooperativet Blänk']);
    });

    test('training-place filter', async () => {
      assert.deepEqual(await names({ hasTrainingPlaces: true }), ['Gröna Händer']);
    });

    test('facets count each value under the other filters', async () => {
      const r = await search({ county: '01' });
      assert.equal(r.total, 1);
      const county = Object.fromEntries(r.facets.county.map((f) => [f.value, f.count]));
      // The county facet ignores the county filter itself: choosing 03 would give one.
      assert.deepEqual(county, { '01': 1, '03': 1, '25': 1 });
      assert.deepEqual(r.facets.category, [{ value: 'stadning', count: 1 }]);
      assert.equal(r.facets.reservable, 1);
      assert.deepEqual(
        r.facets.municipality.map((f) => f.value),
        ['0180', '0184'],
      );
    });

    test('sorting by name follows Swedish order and pages are cut', async () => {
      const r = await search({ sort: 'name', pageSize: 2 });
      assert.deepEqual(
        r.items.map((i) => i.name),
        ['Gröna Händer', 'Kafé Kronan'],
      );
      const p2 = await search({ sort: 'name', pageSize: 2, page: 2 });
      assert.deepEqual(
        p2.items.map((i) => i.name),
        ['Städkooperativet Blänk'],
      );
      assert.equal(p2.total, 3);
      const beyond = await search({ sort: 'name', pageSize: 2, page: 9 });
      assert.equal(beyond.items.length, 0);
      assert.equal(beyond.total, 3);
    });
  });
}

for (const kind of testDatabaseKinds()) {
  describe(`directory ranking (${kind})`, () => {
    let database: Database;
    before(async () => {
      database = await openTestDatabase(kind);
    });
    after(() => database.close());

    test('a category name ranks above a synonym that merely mentions the word', async () => {
      // Renhållning lists "städning av utemiljö" among its synonyms; both match "städning".
      await insertEnterprise(database.db, {
        name: 'Alfa Gatusopning',
        description: 'Vi sopar gator.',
        offerings: [{ category: 'renhallning', cpv: [], description: null }],
      });
      await insertEnterprise(database.db, {
        name: 'Östra Lokalvården',
        description: 'Vi håller kontor rena.',
        offerings: [{ category: 'stadning', cpv: [], description: null }],
      });
      const r = await searchEnterprises(database.db, { ...DEFAULT_CRITERIA, q: 'städning' }, TODAY);
      assert.deepEqual(
        r.items.map((i) => i.name),
        ['Östra Lokalvården', 'Alfa Gatusopning'],
      );
    });
  });
}
