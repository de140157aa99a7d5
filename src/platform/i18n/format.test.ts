import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatInteger,
  formatLongDateTime,
  formatPercent,
  formatSeconds,
} from './format.js';

test('formats numbers, shares and dates the Swedish way', () => {
  assert.equal(formatInteger(35752).replace(/\s/g, ' '), '35 752');
  assert.equal(formatPercent(0.3).replace(/\s/g, ' '), '30 %');
  assert.equal(formatDate('2026-11-24'), '24 november 2026');
});

test('formats file sizes and durations', () => {
  assert.equal(formatBytes(812_400), '812 kB');
  assert.equal(formatBytes(12_430_000), '12,4 MB');
  assert.equal(formatBytes(10), '1 kB');
  assert.equal(formatBytes(0), '1 kB');
  assert.equal(formatBytes(999_400), '999 kB');
  // Sizes that round up to the next unit are written in it.
  assert.equal(formatBytes(999_600), '1,0 MB');
  assert.equal(formatBytes(14_588_758), '14,6 MB');
  assert.equal(formatBytes(999_940_000), '999,9 MB');
  assert.equal(formatBytes(999_960_000), '1,0 GB');
  assert.equal(formatBytes(2_345_000_000).replace(/\s/g, ' '), '2,3 GB');
  assert.equal(formatSeconds(4_210), '4,2 s');
  assert.equal(formatSeconds(0), '0,0 s');
  assert.equal(formatSeconds(125_460).replace(/\s/g, ' '), '125,5 s');
});

test('times are Swedish time, winter and summer', () => {
  assert.equal(formatDateTime(new Date('2026-11-24T01:00:00Z')), '2026-11-24 02:00');
  assert.equal(formatDateTime(new Date('2026-07-01T00:00:00Z')), '2026-07-01 02:00');
});

test('an English page gets English formats, in Swedish time', async () => {
  const { inLanguage } = await import('./language.js');
  inLanguage('en', () => {
    assert.equal(formatInteger(35752), '35,752');
    assert.equal(formatPercent(0.3), '30%');
    assert.equal(formatDate('2026-11-24'), '24 November 2026');
    assert.equal(formatBytes(12_430_000), '12.4 MB');
    assert.equal(formatLongDateTime(new Date('2026-11-24T10:00:00Z')), '24 November 2026 at 11:00');
  });
  assert.equal(formatLongDateTime(new Date('2026-11-24T10:00:00Z')), '24 november 2026 kl. 11:00');
});
