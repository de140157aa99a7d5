import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, formatInteger, formatPercent } from './format.js';

test('formats numbers, shares and dates the Swedish way', () => {
  assert.equal(formatInteger(35752).replace(/\s/g, ' '), '35 752');
  assert.equal(formatPercent(0.3).replace(/\s/g, ' '), '30 %');
  assert.equal(formatDate('2026-11-24'), '24 november 2026');
});
