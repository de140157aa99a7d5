import assert from 'node:assert/strict';
import { test } from 'node:test';
import { etagMatches, weakEtag } from './etag.js';

test('the ETag is weak and depends only on the body', () => {
  const a = weakEtag('{"a":1}');
  assert.match(a, /^W\/"[A-Za-z0-9_-]+"$/);
  assert.equal(weakEtag('{"a":1}'), a);
  assert.notEqual(weakEtag('{"a":2}'), a);
});

test('If-None-Match compares weakly, in lists and with *', () => {
  const tag = weakEtag('x');
  const opaque = tag.slice(2);
  assert.equal(etagMatches(tag, tag), true);
  assert.equal(etagMatches(opaque, tag), true, 'a strong form of the same tag matches weakly');
  assert.equal(etagMatches(`W/"other", ${tag}`, tag), true);
  assert.equal(etagMatches('*', tag), true);
  assert.equal(etagMatches('W/"other"', tag), false);
  assert.equal(etagMatches(undefined, tag), false);
  assert.equal(etagMatches('', tag), false);
});
