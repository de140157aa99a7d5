import assert from 'node:assert/strict';
import { test } from 'node:test';
import { currentLanguage, inLanguage } from './language.js';
import { localized } from './localized.js';

const sv = { title: 'Hem', count: (n: number) => `${n} företag`, nested: { deep: 'Sök' }, list: ['ett', 'två'] };
const en = {
  title: 'Home',
  count: (n: number) => `${n} enterprises`,
  nested: { deep: 'Search' },
  list: ['one', 'two'],
};

test('a localized catalogue answers in the language of the request it is read in', async () => {
  const text = localized(sv, en);
  const nested = text.nested; // kept at load time, as views do
  assert.equal(currentLanguage(), 'sv');
  assert.equal(text.title, 'Hem');
  assert.equal(nested.deep, 'Sök');
  assert.equal(text.count(3), '3 företag');
  inLanguage('en', () => {
    assert.equal(text.title, 'Home');
    assert.equal(nested.deep, 'Search');
    assert.equal(text.count(3), '3 enterprises');
    assert.equal(text.list[1], 'two');
  });
  // The language follows the request across awaits, and two requests never mix.
  const [a, b] = await Promise.all([
    inLanguage('en', async () => {
      await new Promise((r) => setTimeout(r, 5));
      return text.title;
    }),
    inLanguage('sv', async () => {
      await new Promise((r) => setTimeout(r, 1));
      return text.title;
    }),
  ]);
  assert.deepEqual([a, b], ['Home', 'Hem']);
});
