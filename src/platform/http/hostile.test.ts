import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { insertEnterprise } from '../../modules/register/testing/factories.js';
import { openTestApp, type TestApp } from '../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../app/testing/test-db.js';
import { API_PARAMS, PAGE_PARAMS } from '../../modules/register/testing/internals.js';

/**
 * Hostile input in every query parameter and path segment of the public surfaces: whatever
 * anyone sends, the answer is never a 5xx, and an HTML page never carries the payload unescaped.
 * The lists are the usual suspects (naughty strings, XSS, SQL, template and encoding tricks).
 */

const LONG = 'å'.repeat(10_000);

export const NAUGHTY: readonly string[] = [
  "'; drop table enterprise; --",
  "' OR 1=1 --",
  '" OR ""="',
  "1'; select pg_sleep(5); --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  '<svg/onload=alert(1)>',
  '</title><script>alert(1)</script>',
  '\u0000',
  'a\u0000b',
  '%00',
  '\r\nSet-Cookie: x=1',
  'x'.repeat(10_000),
  LONG,
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '\u202eevil\u202c',
  '\u200b\ufeff',
  'Z̴̡̛̛a̷l̵g̸o̶',
  '😀🇸🇪👩‍👩‍👧',
  '{{7*7}}',
  '${7*7}',
  '#{7*7}',
  'null',
  'undefined',
  'NaN',
  'true',
  '-1',
  '0',
  '1e309',
  '0x10',
  '1.5',
  '99999999999999999999',
  '%_',
  '%',
  '_',
  '\\',
  '  ',
  '[]',
  '{}',
  '__proto__',
  'constructor',
];

/** Sent as they stand in the URL: broken percent-encoding and invalid UTF-8. */
const RAW_ENCODED: readonly string[] = ['%', '%zz', '%ED%A0%80', '%FF%FE', '%C0%AF', '%E2%80%AE', '%2500'];

/** A payload that would do harm unescaped in HTML. */
const isMarkup = (s: string) => /[<>"]/.test(s);

interface Target {
  path: string;
  params: readonly string[];
}

const pageParams = Object.values(PAGE_PARAMS);
const QUERY_TARGETS: readonly Target[] = [
  { path: '/foretag', params: pageParams },
  { path: '/foretag/export.csv', params: pageParams },
  { path: '/api/v1/enterprises', params: Object.values(API_PARAMS) },
  { path: '/api/v1/reference/cpv', params: ['q', 'parent', 'page', 'pageSize'] },
  { path: '/api/v1/reference/municipalities', params: ['county'] },
];

const PATH_TARGETS: readonly string[] = ['/foretag/', '/api/v1/enterprises/', '/static/'];

interface Probe {
  url: string;
  payload: string | null;
}

function probes(): Probe[] {
  const out: Probe[] = [];
  for (const { path, params } of QUERY_TARGETS) {
    for (const payload of NAUGHTY) {
      const v = encodeURIComponent(payload);
      for (const name of params) {
        out.push({ url: `${path}?${name}=${v}`, payload });
        // Repeated parameters arrive as arrays.
        out.push({ url: `${path}?${name}=1&${name}=${v}&${name}[]=${v}`, payload });
      }
      // All parameters at once, as a crafted link would send them.
      out.push({ url: `${path}?${params.map((n) => `${n}=${v}`).join('&')}`, payload });
    }
    for (const raw of RAW_ENCODED) {
      for (const name of params) out.push({ url: `${path}?${name}=${raw}`, payload: null });
      out.push({ url: `${path}?${raw}=1`, payload: null });
    }
  }
  for (const prefix of PATH_TARGETS) {
    for (const payload of NAUGHTY) out.push({ url: `${prefix}${encodeURIComponent(payload)}`, payload });
    for (const raw of RAW_ENCODED) out.push({ url: `${prefix}${raw}`, payload: null });
    out.push({ url: `${prefix}../../etc/passwd`, payload: null });
    out.push({ url: `${prefix}..%2F..%2Fpackage.json`, payload: null });
  }
  return out;
}

for (const kind of testDatabaseKinds()) {
  describe(`hostile input (${kind})`, () => {
    let t: TestApp;

    before(async () => {
      t = await openTestApp(kind);
      // Some data, so that searches, facets and profiles run their full course.
      await insertEnterprise(t.ctx.db, { name: 'Städkooperativet <b>Fet</b>', description: 'Städning & "lokalvård".' });
      await insertEnterprise(t.ctx.db, {
        name: 'Gröna Händer',
        offerings: [{ category: 'gronyteskotsel', cpv: ['77310000'], description: null }],
      });
    });
    after(() => t.close());

    test('the surfaces under test are registered', () => {
      for (const { path } of QUERY_TARGETS) {
        assert.ok(t.app.hasRoute({ method: 'GET', url: path }), `${path} is not registered yet`);
      }
      assert.ok(t.app.hasRoute({ method: 'GET', url: '/foretag/:orgnr' }), '/foretag/:orgnr is not registered yet');
    });

    test('never a 5xx, and HTML never carries markup unescaped', { timeout: 600_000 }, async () => {
      const failures: string[] = [];
      const all = probes();
      // A few at a time: enough to be quick, few enough that PGlite's single connection copes.
      for (let i = 0; i < all.length; i += 8) {
        await Promise.all(
          all.slice(i, i + 8).map(async ({ url, payload }) => {
            const res = await t.app.inject({ method: 'GET', url });
            const short = url.length > 120 ? `${url.slice(0, 120)}…` : url;
            if (res.statusCode >= 500) failures.push(`${res.statusCode} ${short}: ${res.body.slice(0, 200)}`);
            const type = String(res.headers['content-type'] ?? '');
            if (!type.includes('text/html')) return;
            if (res.body.includes('<script>alert(1)</script>') || /<img src=x onerror/i.test(res.body)) {
              failures.push(`markup reflected in ${short}`);
            } else if (payload && isMarkup(payload) && res.body.includes(payload)) {
              failures.push(`payload unescaped in ${short}`);
            }
          }),
        );
      }
      assert.deepEqual(failures.slice(0, 30), [], `${failures.length} of ${all.length} probes failed`);
    });

    test('the JSON API answers hostile input with JSON, not HTML', async () => {
      for (const payload of ['<script>alert(1)</script>', "' OR 1=1 --"]) {
        const v = encodeURIComponent(payload);
        for (const url of [
          `/api/v1/enterprises?county=${v}`,
          `/api/v1/enterprises/${v}`,
          `/api/v1/reference/cpv?parent=${v}`,
        ]) {
          const res = await t.app.inject({ method: 'GET', url });
          assert.equal(res.statusCode, 400, url);
          assert.match(String(res.headers['content-type']), /application\/json/, url);
        }
      }
    });

    test('SQL in the search text is only text: the table is still there', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/enterprises?q=${encodeURIComponent("'; drop table enterprise; --")}`,
      });
      assert.equal(res.statusCode, 200);
      const after = await t.app.inject({ method: 'GET', url: '/api/v1/enterprises' });
      assert.equal((after.json() as { total: number }).total, 2);
    });
  });
}
