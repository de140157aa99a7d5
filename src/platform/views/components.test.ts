import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { JsonLd, Pagination, pageWindow } from './components.js';

test('page window shows first, last and neighbours with gaps', () => {
  assert.deepEqual(pageWindow(1, 1), [1]);
  assert.deepEqual(pageWindow(6, 20), [1, null, 4, 5, 6, 7, 8, null, 20]);
  assert.deepEqual(pageWindow(2, 4), [1, 2, 3, 4]);
});

test('JSON-LD cannot be broken out of', () => {
  const html = renderToString(JsonLd({ data: { name: '</script><script>alert(1)</script>' } }));
  assert.ok(!html.includes('</script><script>'));
  assert.match(html, /\\u003c\/script>/);
});

test('our forms switch off the browser’s own validation pop-ups, so our messages show', async () => {
  const { PostForm } = await import('./form.js');
  const html = renderToString(PostForm({ action: '/logga-in', children: null }));
  assert.match(html, /<form method="post" action="\/logga-in" novalidate/);
});

test('past the last page, "previous" leads to the last page that exists', () => {
  const html = renderToString(Pagination({ page: 999, pageCount: 3, href: (p) => `/x?sida=${p}` })!);
  assert.match(html, /<a href="\/x\?sida=3" rel="prev">/);
});
