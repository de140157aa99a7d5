import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { openTestApp } from '../../app/testing/test-app.js';
import { loggableUrl } from './request-log.js';

test('one-time links and CSRF tokens are written without their secret', () => {
  assert.equal(loggableUrl('/inbjudan/abc-SECRET_123'), '/inbjudan/…');
  assert.equal(loggableUrl('/aterstall-losenord/SECRET?x=1'), '/aterstall-losenord/…?x=1');
  assert.equal(loggableUrl('/registrera/bekrafta/SECRET'), '/registrera/bekrafta/…');
  assert.equal(loggableUrl('/bevakning/avsluta/eyJwIjo.SECRET'), '/bevakning/avsluta/…');
  assert.equal(loggableUrl('/bekrafta/SECRET'), '/bekrafta/…');
  assert.equal(loggableUrl('/forsta-admin/SECRET'), '/forsta-admin/…');
  assert.equal(loggableUrl('/samordning/import?_csrf=SECRET&steg=2'), '/samordning/import?_csrf=…&steg=2');
  assert.equal(loggableUrl('/foretag?q=st%C3%A4d&lan=20'), '/foretag?q=st%C3%A4d&lan=20');
});

test('each request is one JSON line with method, address, status and time, and no secret', async () => {
  const stream = new PassThrough();
  const lines: string[] = [];
  stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  const t = await openTestApp('pglite', undefined, { LOG_LEVEL: 'info' }, { logStream: stream });
  try {
    await t.app.inject({ url: '/inbjudan/hemlig-lank-123' });
    await t.app.inject({ url: '/foretag?q=st%C3%A4dning' });
    await new Promise((r) => setImmediate(r));
    const requests = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => 'status' in l);
    assert.equal(requests.length, 2, lines.join('\n'));
    assert.deepEqual(
      requests.map((r) => [r.method, r.url, r.status]),
      [
        ['GET', '/inbjudan/…', 400],
        ['GET', '/foretag?q=st%C3%A4dning', 200],
      ],
    );
    assert.ok(requests.every((r) => typeof r.ms === 'number'));
    assert.ok(!lines.join('\n').includes('hemlig-lank-123'), 'the secret is not in the log');
    // Fastify's own two lines per request are off.
    assert.ok(!lines.some((l) => l.includes('incoming request') || l.includes('request completed')));
  } finally {
    await t.close();
  }
});
