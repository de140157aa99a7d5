import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../http/security.js';
import { openTestApp, type TestApp } from '../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../app/testing/test-db.js';
import { registeredRoutes } from './api.routes.js';
import { APP } from '../../app/testing/app.js';

type Json = Record<string, unknown>;

/** Every "$ref" in the document, to check that each points at something that exists. */
function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refs(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

function resolve(doc: Json, ref: string): unknown {
  assert.ok(ref.startsWith('#/'), `only local refs: ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((n, key) => (n && typeof n === 'object' ? (n as Json)[key] : undefined), doc);
}

/** Fastify's '/a/:id' is OpenAPI's '/a/{id}'. */
const toOpenApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

for (const kind of testDatabaseKinds()) {
  describe(`API documentation (${kind})`, () => {
    let t: TestApp;
    let doc: Json;
    const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

    before(async () => {
      t = await openTestApp(kind);
      const res = await get('/api/openapi.json');
      assert.equal(res.statusCode, 200);
      doc = JSON.parse(res.body) as Json;
    });
    after(() => t.close());

    test('/api/openapi.json is OpenAPI 3.1.0 with Swedish info and a relative server', async () => {
      assert.equal(doc.openapi, '3.1.0');
      const info = doc.info as Json;
      assert.match(String(info.title), /ASF-plattformen/);
      assert.match(String(info.description), /företag/);
      assert.deepEqual(
        (doc.servers as Json[]).map((s) => s.url),
        ['/'],
      );
      const res = await get('/api/openapi.json');
      assert.match(res.headers['content-type'] as string, /application\/json/);
      assert.match(res.headers.etag as string, /^W\//);
    });

    test('every /api route the app registers is in the document, and every documented path exists', () => {
      const routes = registeredRoutes(t.app).filter((r) => r.url === '/api' || r.url.startsWith('/api/'));
      assert.ok(routes.length >= 8, 'the route log sees the module routes too');
      const paths = doc.paths as Record<string, Json>;
      for (const r of routes) {
        const path = toOpenApiPath(r.url);
        assert.ok(paths[path], `${r.method} ${r.url} is not documented in /api/openapi.json`);
        assert.ok(paths[path]?.[r.method.toLowerCase()], `${r.method} ${r.url}: the method is not documented`);
      }
      const routeSet = new Set(routes.map((r) => `${r.method.toLowerCase()} ${toOpenApiPath(r.url)}`));
      for (const [path, item] of Object.entries(paths)) {
        for (const method of Object.keys(item)) {
          assert.ok(routeSet.has(`${method} ${path}`), `${method.toUpperCase()} ${path} is documented but not served`);
        }
      }
    });

    test('the DESIGN §8 paths are all there', () => {
      const paths = Object.keys(doc.paths as Json);
      for (const p of [
        '/api/v1/enterprises',
        '/api/v1/enterprises/{orgnr}',
        '/api/v1/reference/counties',
        '/api/v1/reference/municipalities',
        '/api/v1/reference/categories',
        '/api/v1/reference/cpv',
        '/api/openapi.json',
        '/api/docs',
      ]) {
        assert.ok(paths.includes(p), p);
      }
    });

    test('every $ref resolves, and path parameters are declared', () => {
      for (const ref of refs(doc)) assert.ok(resolve(doc, ref) !== undefined, `unresolved ${ref}`);
      for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
        const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
        for (const op of Object.values(item)) {
          const params = (op.parameters as Json[] | undefined) ?? [];
          for (const name of names) {
            assert.ok(
              params.some((p) => p.name === name && p.in === 'path' && p.required === true),
              `${path}: path parameter ${name} is not declared`,
            );
          }
          assert.ok(op.responses && Object.keys(op.responses as Json).length > 0, `${path}: no responses`);
          assert.ok(typeof op.operationId === 'string', `${path}: no operationId`);
        }
      }
    });

    test('the error schema lists the stable error ids', () => {
      const error = resolve(doc, '#/components/schemas/Error') as Json;
      const ids = (((error.properties as Json).error as Json).properties as Json).id as Json;
      for (const id of ['invalid_parameter', 'invalid_orgnr', 'enterprise_not_found', 'not_found']) {
        assert.ok((ids.enum as string[]).includes(id), id);
      }
    });

    test('GET /api redirects to /api/docs', async () => {
      const res = await get('/api');
      assert.equal(res.statusCode, 302);
      assert.equal(res.headers.location, '/api/docs');
    });

    test('/api/docs is a server-rendered Swedish page under the strict CSP, with our own files only', async () => {
      const res = await get('/api/docs');
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /text\/html/);
      assert.equal(res.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
      const html = res.body;
      assert.match(html, /<html lang="sv"/);
      assert.match(html, /<h1>Öppna data och API<\/h1>/);
      assert.doesNotMatch(html, /(src|href|action)="(https?:)?\/\//, 'nothing from other hosts');
      assert.doesNotMatch(html, /https?:\/\//, 'no external URLs at all');
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      assert.deepEqual(scripts, ['<script src="/static/app.js" defer>'], 'no script but /static/app.js');
      assert.doesNotMatch(html, /<style|\sstyle=/, 'no inline style');
      assert.doesNotMatch(html, /swagger/i);
      assert.match(html, /href="\/api\/openapi\.json"/);
      assert.match(html, /href="\/foretag"/);
    });

    test('/api/docs describes every path and operation of the document, and every error id', async () => {
      const html = (await get('/api/docs')).body;
      for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
        assert.ok(html.includes(`<code>${path}</code>`), `${path} is not on /api/docs`);
        for (const op of Object.values(item)) {
          assert.ok(
            html.includes(`<section id="${String(op.operationId)}"`),
            `no section for ${String(op.operationId)}`,
          );
          for (const p of (op.parameters as Json[] | undefined) ?? []) {
            const param = (p.$ref ? resolve(doc, p.$ref as string) : p) as Json;
            assert.ok(
              html.includes(`<code>${String(param.name)}</code>`),
              `${path}: parameter ${String(param.name)} is missing`,
            );
          }
        }
      }
      for (const id of Object.keys(APP.errors))
        assert.ok(html.includes(`<code>${id}</code>`), `error id ${id} is not explained`);
    });

    test('/api/docs has headings in order and tables with captions and scoped headers', async () => {
      const html = (await get('/api/docs')).body;
      const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
      assert.equal(levels[0], 1);
      assert.equal(levels.filter((l) => l === 1).length, 1, 'one h1');
      levels.forEach((l, i) => i > 0 && assert.ok(l <= (levels[i - 1] as number) + 1, `h${l} after h${levels[i - 1]}`));
      const tables = html.match(/<table\b[\s\S]*?<\/table>/g) ?? [];
      assert.ok(tables.length >= 10, `tables: ${tables.length}`);
      for (const table of tables) {
        assert.match(table, /^<table[^>]*><caption\b[^>]*>[^<]/, 'every table starts with a caption');
        for (const th of table.match(/<th\b[^>]*>/g) ?? []) assert.match(th, /scope="(col|row)"/);
      }
    });

    test('the example links on /api/docs open real requests', async () => {
      const html = (await get('/api/docs')).body;
      const links = [...html.matchAll(/href="(\/api\/[^"#]*)"/g)].map((m) => (m[1] as string).replace(/&amp;/g, '&'));
      assert.ok(
        links.some((l) => l.includes('?q=st%C3%A4dning&county=01')),
        'the example search is linked',
      );
      for (const link of new Set(links)) {
        const res = await get(link);
        assert.ok(res.statusCode < 500 && res.statusCode !== 404, `${link}: ${res.statusCode}`);
      }
    });

    test('unknown /api paths are JSON 404s', async () => {
      const res = await get('/api/v1/nothing-here');
      assert.equal(res.statusCode, 404);
      assert.equal((res.json() as { error: { id: string } }).error.id, 'not_found');
    });
  });
}
