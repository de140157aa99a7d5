import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CategoryListSchema,
  CountyListSchema,
  CpvListSchema,
  ErrorSchema,
  MunicipalityListSchema,
} from '../api/openapi.js';
import { openTestApp, type TestApp } from '../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../app/testing/test-db.js';
import { SERVICE_CATEGORIES } from './categories.js';
import { cpvVocabulary } from './cpv.vocabulary.js';

for (const kind of testDatabaseKinds()) {
  describe(`GET /api/v1/reference/… (${kind})`, () => {
    let t: TestApp;
    const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
    const ok = async (url: string) => {
      const res = await get(url);
      assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
      assert.equal(res.headers['cache-control'], 'public, max-age=300');
      assert.match(res.headers.etag as string, /^W\/"/);
      return res.json() as unknown;
    };
    const bad = async (url: string) => {
      const res = await get(url);
      assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
      const body = ErrorSchema.parse(res.json());
      assert.equal(body.error.id, 'invalid_parameter');
      return (body.error.fields ?? []).map((f) => f.field);
    };

    before(async () => {
      t = await openTestApp(kind);
    });
    after(() => t.close());

    test('counties: all 21 län with code, name and NUTS 3', async () => {
      const r = CountyListSchema.parse(await ok('/api/v1/reference/counties'));
      assert.equal(r.total, 21);
      assert.equal(r.items.length, 21);
      assert.deepEqual(r.items[0], { code: '01', name: 'Stockholms län', nuts3: 'SE110' });
    });

    test('municipalities: all 290, or those of one län', async () => {
      const all = MunicipalityListSchema.parse(await ok('/api/v1/reference/municipalities'));
      assert.equal(all.total, 290);
      assert.equal(all.items.length, 290);
      const uppsala = MunicipalityListSchema.parse(await ok('/api/v1/reference/municipalities?county=03'));
      assert.ok(uppsala.total > 0 && uppsala.total < 290);
      assert.ok(uppsala.items.every((m) => m.countyCode === '03' && m.code.startsWith('03') && m.nuts3 === 'SE121'));
      assert.deepEqual(await bad('/api/v1/reference/municipalities?county=99'), ['county']);
      assert.deepEqual(await bad('/api/v1/reference/municipalities?county=abc'), ['county']);
    });

    test('categories: slug, names, synonyms and CPV codes with labels', async () => {
      const r = CategoryListSchema.parse(await ok('/api/v1/reference/categories'));
      assert.equal(r.total, SERVICE_CATEGORIES.length);
      const stad = r.items.find((c) => c.slug === 'stadning');
      assert.equal(stad?.name, 'Städning och lokalvård');
      assert.ok(stad?.synonyms.includes('lokalvård'));
      const code = stad?.cpv.find((c) => c.code === '90910000');
      assert.ok(code?.labelSv && code.labelEn, 'shipped codes have both labels');
    });

    test('cpv without an imported list: all 9 454 shipped codes, searchable by label and code prefix', async () => {
      const all = CpvListSchema.parse(await ok('/api/v1/reference/cpv?pageSize=100'));
      assert.equal(all.total, cpvVocabulary().length);
      assert.equal(all.total, 9454);
      assert.equal(all.pageSize, 100);
      const byCode = CpvListSchema.parse(await ok('/api/v1/reference/cpv?q=9091'));
      assert.ok(byCode.total > 0 && byCode.items.every((c) => c.code.startsWith('9091')));
      const withCheckDigit = CpvListSchema.parse(await ok('/api/v1/reference/cpv?q=90910000-9'));
      assert.deepEqual(
        withCheckDigit.items.map((c) => c.code),
        ['90910000'],
      );
      const byLabel = CpvListSchema.parse(await ok('/api/v1/reference/cpv?q=St%C3%A4dning'));
      assert.ok(byLabel.items.some((c) => c.code === '90910000'));
      const children = CpvListSchema.parse(await ok('/api/v1/reference/cpv?parent=90900000'));
      assert.ok(children.total > 0 && children.items.every((c) => c.parent === '90900000'));
    });

    test('cpv parameters are checked', async () => {
      assert.deepEqual(await bad('/api/v1/reference/cpv?parent=abc'), ['parent']);
      assert.deepEqual(await bad('/api/v1/reference/cpv?page=0'), ['page']);
      assert.deepEqual(await bad('/api/v1/reference/cpv?pageSize=1000'), ['pageSize']);
      assert.deepEqual(await bad(`/api/v1/reference/cpv?q=${'x'.repeat(201)}`), ['q']);
      assert.deepEqual((await bad('/api/v1/reference/cpv?page=-1&pageSize=1e3')).sort(), ['page', 'pageSize']);
    });

    test('304 on If-None-Match', async () => {
      const first = await get('/api/v1/reference/counties');
      const again = await get('/api/v1/reference/counties', { 'if-none-match': first.headers.etag as string });
      assert.equal(again.statusCode, 304);
    });

    describe('with the full CPV list imported', () => {
      before(async () => {
        await t.ctx.db
          .insertInto('cpv_code')
          .values([
            {
              code: '90000000',
              parent: null,
              level: 1,
              label_sv: 'Avlopps- och avfallshantering, renhållning',
              label_en: 'Sewage, refuse, cleaning',
            },
            {
              code: '90900000',
              parent: '90000000',
              level: 2,
              label_sv: 'Rengöring och sanering',
              label_en: 'Cleaning and sanitation services',
            },
            { code: '90910000', parent: '90900000', level: 3, label_sv: 'Städning', label_en: 'Cleaning services' },
            {
              code: '90911000',
              parent: '90910000',
              level: 4,
              label_sv: 'Städning av bostäder, byggnader och fönster',
              label_en: 'Accommodation, building and window cleaning services',
            },
            { code: '90919000', parent: '90910000', level: 4, label_sv: '100%_rent', label_en: null },
          ])
          .execute();
      });

      test('the table is used instead of the shipped list', async () => {
        const all = CpvListSchema.parse(await ok('/api/v1/reference/cpv'));
        assert.equal(all.total, 5);
        // Words in any order and place, each in the Swedish or the English label, as in the shipped list.
        const words = CpvListSchema.parse(await ok('/api/v1/reference/cpv?q=st%C3%A4dning+byggnader'));
        assert.deepEqual(
          words.items.map((c) => c.code),
          ['90911000'],
        );
        const children = CpvListSchema.parse(await ok('/api/v1/reference/cpv?parent=90910000'));
        assert.deepEqual(
          children.items.map((c) => c.code),
          ['90911000', '90919000'],
        );
        const label = CpvListSchema.parse(await ok('/api/v1/reference/cpv?q=f%C3%B6nster'));
        assert.deepEqual(
          label.items.map((c) => c.code),
          ['90911000'],
        );
        const english = CpvListSchema.parse(await ok('/api/v1/reference/cpv?q=SANITATION'));
        assert.deepEqual(
          english.items.map((c) => c.code),
          ['90900000'],
        );
      });

      test('LIKE wildcards in q are taken literally', async () => {
        const percent = CpvListSchema.parse(await ok('/api/v1/reference/cpv?q=%25_'));
        assert.deepEqual(
          percent.items.map((c) => c.code),
          ['90919000'],
        );
        const underscore = CpvListSchema.parse(await ok('/api/v1/reference/cpv?q=_'));
        assert.equal(underscore.total, 1);
      });

      test('pages through the table', async () => {
        const p2 = CpvListSchema.parse(await ok('/api/v1/reference/cpv?pageSize=2&page=2'));
        assert.deepEqual(
          p2.items.map((c) => c.code),
          ['90910000', '90911000'],
        );
        assert.equal(p2.total, 5);
      });
    });
  });
}
