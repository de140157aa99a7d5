import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildApp } from './app.js';
import { loadConfig } from './config/config.js';
import { openTestDatabase } from '../app/testing/test-db.js';
import { APP } from '../app/testing/app.js';

// The app starts without Fastify's schema compilers (app.ts): a route bringing a JSON schema
// must fail loudly at start-up, not go unchecked.
test('a route with a Fastify JSON schema is refused at start-up with a message saying to use zod', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'asf-app-'));
  const database = await openTestDatabase('pglite');
  const config = loadConfig({ DEMO: 'false', LOG_LEVEL: 'silent', DATA_DIR: join(dir, 'data') });
  const { app } = await buildApp({ config, database, composition: APP, logger: false });
  try {
    app.get('/med-schema', { schema: { querystring: { type: 'object' } } }, async () => 'ok');
    await assert.rejects(async () => app.ready(), /kontrollera indata med zod/);
  } finally {
    await app.close().catch(() => {});
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every page names its icon, and the icon is served', async () => {
  const { openTestApp } = await import('../app/testing/test-app.js');
  const t = await openTestApp('pglite');
  try {
    const page = await t.app.inject({ url: '/' });
    assert.match(page.body, /<link rel="icon" href="\/static\/favicon.svg" type="image\/svg\+xml"\/>/);
    const icon = await t.app.inject({ url: '/static/favicon.svg' });
    assert.equal(icon.statusCode, 200);
    assert.equal(icon.headers['content-type'], 'image/svg+xml');
    assert.match(icon.body, /^<svg /);
  } finally {
    await t.close();
  }
});
