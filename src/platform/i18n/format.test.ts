import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatBytes, formatDate, formatInteger, formatPercent, formatSeconds } from './format.js';

test('formats numbers, shares and dates the Swedish way', () => {
  assert.equal(formatInteger(35752).replace(/\s/g, ' '), '35 752');
  assert.equal(formatPercent(0.3).replace(/\s/g, ' '), '30 %');
  assert.equal(formatDate('2026-11-24'), '24 november 2026');
});

test('formats file sizes and durations', () => {
  assert.equal(formatBytes(812_400), '812 kB');
  assert.equal(formatBytes(12_430_000), '12,4 MB');
  assert.equal(formatBytes(10), '1 kB');
  assert.equal(formatSeconds(4_210), '4,2 s');
});
