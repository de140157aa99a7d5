import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { ErrorSchema } from '../../../platform/api/openapi.js';
import { EnterpriseDetailSchema, EnterpriseListSchema } from './enterprise.api.js';
import { ORGNR_MESSAGES } from '../enterprise/orgnr.js';
import { insertEnterprise } from '../testing/factories.js';

// The test app's clock stands at 2026-11-24, so figures reported before 2025-11-24 are too old.

for (const kind of testDatabaseKinds()) {
  describe(`GET /api/v1/enterprises (${kind})`, () => {
    let t: TestApp;
    let stad: string;
    let grona: string;
    let draft: string;

    const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
    const list = async (query: string) => {
      const res = await get(`/api/v1/enterprises${query}`);
      assert.equal(res.statusCode, 200, res.body);
      // Every answer must match the documented schema exactly (strict: no undocumented fields).
      return EnterpriseListSchema.parse(res.json());
    };
    const names = async (query: string) => (await list(query)).items.map((i) => i.name);
    const badParams = async (query: string) => {
      const res = await get(`/api/v1/enterprises${query}`);
      assert.equal(res.statusCode, 400, res.body);
      const body = ErrorSchema.parse(res.json());
      assert.equal(body.error.id, 'invalid_parameter');
      return (body.error.fields ?? []).map((f) => f.field);
    };

    before(async () => {
      t = await openTestApp(kind);
      const db = t.ctx.db;
      stad = (
        await insertEnterprise(db, {
          name: 'Städkooperativet Norr',
          description: 'Vi utför städning av kontor och trappuppgångar.',
          offerings: [{ category: 'stadning', cpv: ['90911200'], description: 'Kontorsstädning' }],
          operatingAreas: [{ countyCode: '01', municipalityCode: '0180' }],
          employees: { total: 10, targetGroup: 5, reportedOn: '2026-06-01' },
          certifications: [
            { name: 'Svanen', issuer: 'Miljömärkning Sverige', validUntil: '2027-12-31' },
            { name: 'Gammal', issuer: null, validUntil: '2025-01-01' },
          ],
          trainingPlaces: { capacity: 4, free: 2, targetGroups: ['unga'], adaptations: 'Lugn miljö', supervisors: 2 },
        })
      ).orgnr;
      grona = (
        await insertEnterprise(db, {
          name: 'Gröna Händer',
          description: 'Trädgård och gräsklippning.',
          offerings: [{ category: 'gronyteskotsel', cpv: [], description: null }],
          address: { street: null, postalCode: null, city: 'Uppsala', municipalityCode: '0380' },
          // Delivers in the whole of Uppsala län and in Nacka, far from its seat.
          operatingAreas: [
            { countyCode: '03', municipalityCode: null },
            { countyCode: '01', municipalityCode: '0182' },
          ],
          employees: { total: 10, targetGroup: 1, reportedOn: '2026-06-01' },
        })
      ).orgnr;
      await insertEnterprise(db, {
        name: 'Catering Söder',
        description: 'Lunch och mötesfika.',
        offerings: [{ category: 'catering', cpv: [], description: null }],
        address: { street: null, postalCode: null, city: 'Göteborg', municipalityCode: '1480' },
        operatingAreas: [{ countyCode: '14', municipalityCode: '1480' }],
        // Half from the target group, but reported too long ago to count.
        employees: { total: 20, targetGroup: 10, reportedOn: '2025-01-01' },
        certifications: [{ name: 'Utgången', issuer: null, validUntil: '2025-01-01' }],
        trainingPlaces: { capacity: 2, free: 0, targetGroups: [], adaptations: null, supervisors: null },
      });
      draft = (await insertEnterprise(db, { name: 'Dolda utkastet', description: 'städning' }, 'draft')).orgnr;
    });
    after(() => t.close());

    test('lists public enterprises only, with total, page, pageSize, facets and corrections', async () => {
      const r = await list('');
      assert.equal(r.total, 3);
      assert.equal(r.page, 1);
      assert.equal(r.pageSize, 20);
      assert.deepEqual(r.items.map((i) => i.name).sort(), ['Catering Söder', 'Gröna Händer', 'Städkooperativet Norr']);
      assert.deepEqual(r.facets.county, [
        { value: '01', count: 2 },
        { value: '03', count: 1 },
        { value: '14', count: 1 },
      ]);
      assert.equal(r.facets.reservable, 1);
      assert.equal(r.facets.certified, 1);
      assert.equal(r.facets.hasTrainingPlaces, 1);
      assert.deepEqual(r.corrections, []);
    });

    test('a list item has the documented shape, with links and no internal ids', async () => {
      const item = (await list('?q=städning')).items[0];
      assert.ok(item);
      assert.equal(item.orgnr, stad);
      assert.equal(item.url, `/foretag/${stad}`);
      assert.equal(item.apiUrl, `/api/v1/enterprises/${stad}`);
      assert.deepEqual(item.municipality, { code: '0180', name: 'Stockholms kommun' });
      assert.deepEqual(item.county, { code: '01', name: 'Stockholms län' });
      assert.deepEqual(item.employees, { total: 10, targetGroupShare: 0.5 });
      assert.equal(item.reservable, true);
      assert.equal(item.certified, true);
      assert.equal(item.trainingPlacesFree, 2);
      assert.equal(item.demo, false);
      assert.ok(!('id' in item));
    });

    test('each filter narrows the result', async () => {
      assert.deepEqual(await names('?q=lokalv%C3%A5rd'), ['Städkooperativet Norr'], 'synonym');
      assert.deepEqual(await names('?county=03'), ['Gröna Händer']);
      assert.deepEqual((await names('?county=01')).sort(), ['Gröna Händer', 'Städkooperativet Norr']);
      assert.deepEqual(await names('?municipality=0182'), ['Gröna Händer'], 'where it delivers, not its seat');
      assert.deepEqual(await names('?category=catering'), ['Catering Söder']);
      assert.deepEqual(await names('?cpv=90910000'), ['Städkooperativet Norr'], 'a code finds its sub-codes');
      assert.deepEqual(await names('?cpv=90910000-9'), ['Städkooperativet Norr'], 'check digit accepted');
      assert.deepEqual(await names('?reservable=1'), ['Städkooperativet Norr']);
      assert.deepEqual(await names('?certified=1'), ['Städkooperativet Norr']);
      assert.deepEqual(await names('?hasTrainingPlaces=true'), ['Städkooperativet Norr']);
      assert.deepEqual(await names('?county=01&municipality=0182&category=gronyteskotsel'), ['Gröna Händer']);
      assert.deepEqual(await names('?reservable=0'), await names(''), '0 means no filter');
    });

    test('facets count each value under the other filters', async () => {
      const r = await list('?county=01');
      assert.equal(r.total, 2);
      assert.deepEqual(r.facets.municipality, [
        { value: '0180', count: 1 },
        { value: '0182', count: 1 },
      ]);
      assert.ok(
        r.facets.county.some((f) => f.value === '14' && f.count === 1),
        'county facet ignores the county filter',
      );
    });

    test('sorts by name and by free training places', async () => {
      assert.deepEqual(await names('?sort=name'), ['Catering Söder', 'Gröna Händer', 'Städkooperativet Norr']);
      assert.equal((await names('?sort=trainingPlaces'))[0], 'Städkooperativet Norr');
    });

    test('paginates with a correct total on every page', async () => {
      const p1 = await list('?sort=name&pageSize=2');
      assert.deepEqual(
        p1.items.map((i) => i.name),
        ['Catering Söder', 'Gröna Händer'],
      );
      assert.equal(p1.total, 3);
      const p2 = await list('?sort=name&pageSize=2&page=2');
      assert.deepEqual(
        p2.items.map((i) => i.name),
        ['Städkooperativet Norr'],
      );
      assert.equal(p2.total, 3);
      assert.equal(p2.page, 2);
      const beyond = await list('?sort=name&pageSize=2&page=9');
      assert.deepEqual(beyond.items, []);
      assert.equal(beyond.total, 3);
    });

    test('a bad parameter is a 400 invalid_parameter that names it', async () => {
      assert.deepEqual(await badParams('?county=99'), ['county']);
      assert.deepEqual(await badParams('?page=0'), ['page']);
      assert.deepEqual(await badParams('?pageSize=1000'), ['pageSize']);
      assert.deepEqual(await badParams('?sort=random'), ['sort']);
      assert.deepEqual(await badParams('?cpv=abc'), ['cpv']);
      assert.deepEqual(await badParams('?category=nope'), ['category']);
      assert.deepEqual(await badParams('?municipality=9999'), ['municipality']);
      assert.deepEqual(await badParams('?reservable=kanske'), ['reservable']);
      assert.deepEqual(await badParams(`?q=${'a'.repeat(201)}`), ['q']);
      assert.deepEqual((await badParams('?county=99&page=0&cpv=abc')).sort(), ['county', 'cpv', 'page']);
      // A kommun outside the chosen län would otherwise silently give nothing.
      assert.deepEqual(await badParams('?county=03&municipality=0180'), ['municipality']);
    });

    test('the 400 message is Swedish', async () => {
      const res = await get('/api/v1/enterprises?county=99');
      const body = ErrorSchema.parse(res.json());
      assert.match(body.error.fields?.[0]?.message ?? '', /Okänt län/);
      assert.match(res.headers['content-type'] as string, /application\/json/);
    });

    test('list answers carry a weak ETag and a one-minute Cache-Control, and 304 on If-None-Match', async () => {
      const first = await get('/api/v1/enterprises?county=01');
      const etag = first.headers.etag as string;
      assert.match(etag, /^W\/"[^"]+"$/);
      assert.equal(first.headers['cache-control'], 'public, max-age=60');
      const again = await get('/api/v1/enterprises?county=01', { 'if-none-match': etag });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
      assert.equal(again.headers.etag, etag);
      const other = await get('/api/v1/enterprises?county=03', { 'if-none-match': etag });
      assert.equal(other.statusCode, 200, 'a different result has a different ETag');
    });

    test('GET /api/v1/enterprises/{orgnr}: every public fact in the documented shape', async () => {
      const res = await get(`/api/v1/enterprises/${stad}`);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['cache-control'], 'public, max-age=300');
      assert.match(res.headers.etag as string, /^W\//);
      const d = EnterpriseDetailSchema.parse(res.json());
      assert.equal(d.name, 'Städkooperativet Norr');
      assert.equal(d.legalForm, 'ekonomisk_forening');
      assert.equal(d.legalFormName, 'Ekonomisk förening');
      assert.deepEqual(d.operatingAreas, [
        { county: { code: '01', name: 'Stockholms län' }, municipality: { code: '0180', name: 'Stockholms kommun' } },
      ]);
      const offering = d.offerings[0];
      assert.equal(offering?.category.name, 'Städning och lokalvård');
      assert.equal(offering?.cpv[0]?.code, '90911200');
      assert.ok(offering?.cpv[0]?.labelSv, 'a shipped CPV code has its label');
      assert.deepEqual(d.employees, { total: 10, targetGroup: 5, targetGroupShare: 0.5, reportedOn: '2026-06-01' });
      assert.deepEqual(
        d.certifications.map((c) => [c.name, c.valid]),
        [
          ['Svanen', true],
          ['Gammal', false],
        ],
      );
      assert.equal(d.certified, true);
      assert.deepEqual(d.trainingPlaces, {
        capacity: 4,
        free: 2,
        targetGroups: ['unga'],
        adaptations: 'Lugn miljö',
        supervisors: 2,
      });
      assert.equal(d.lou4_18.reservable, true);
      assert.equal(d.lou4_18.rule.minShare, 0.3);
      assert.equal(d.sources.basics?.source, 'coordinator');
      assert.equal(d.sources.basics?.sourceName, 'Samordnare');
      assert.equal(d.verifiedAt, '2026-11-01T10:00:00.000Z');
      assert.equal(d.demo, false);
      assert.ok(!JSON.stringify(d).includes('"id"'), 'no internal ids');
    });

    test('an enterprise with 10 % from the target group is not reservable; a whole county has no kommun', async () => {
      const res = await get(`/api/v1/enterprises/${grona}`);
      const d = EnterpriseDetailSchema.parse(res.json());
      assert.equal(d.lou4_18.reservable, false);
      assert.equal(d.address.county?.code, '03');
      assert.equal(d.operatingAreas.find((a) => a.county.code === '03')?.municipality, null, 'whole county');
    });

    test('detail: 304 on If-None-Match', async () => {
      const first = await get(`/api/v1/enterprises/${stad}`);
      const again = await get(`/api/v1/enterprises/${stad}`, { 'if-none-match': first.headers.etag as string });
      assert.equal(again.statusCode, 304);
    });

    test('detail: ten digits without hyphen redirect permanently to NNNNNN-NNNN', async () => {
      const res = await get(`/api/v1/enterprises/${stad.replace('-', '')}`);
      assert.equal(res.statusCode, 301);
      assert.equal(res.headers.location, `/api/v1/enterprises/${stad}`);
    });

    test('detail: a malformed org.nr is a 400 invalid_orgnr with the Swedish message', async () => {
      for (const [bad, message] of [
        ['12345', ORGNR_MESSAGES.orgnr_format],
        ['556677-8890', ORGNR_MESSAGES.orgnr_checksum],
      ] as const) {
        const res = await get(`/api/v1/enterprises/${bad}`);
        assert.equal(res.statusCode, 400, bad);
        const body = ErrorSchema.parse(res.json());
        assert.equal(body.error.id, 'invalid_orgnr');
        assert.equal(body.error.message, message);
      }
    });

    test('detail: unknown or non-public org.nr is a 404 enterprise_not_found', async () => {
      for (const orgnr of ['556677-8899', draft]) {
        const res = await get(`/api/v1/enterprises/${orgnr}`);
        assert.equal(res.statusCode, 404, orgnr);
        assert.equal(ErrorSchema.parse(res.json()).error.id, 'enterprise_not_found');
      }
    });
  });
}
