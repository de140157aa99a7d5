import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoDate } from '../../../platform/calendar.js';

describe('isoDate', () => {
  it('gives the calendar date in Sweden, also just after midnight Swedish time', () => {
    assert.equal(isoDate(new Date('2026-06-15T21:59:00Z')), '2026-06-15'); // 23:59 summer time
    assert.equal(isoDate(new Date('2026-06-15T22:30:00Z')), '2026-06-16'); // 00:30 summer time
    assert.equal(isoDate(new Date('2026-12-31T23:30:00Z')), '2027-01-01'); // 00:30 winter time
    assert.equal(isoDate(new Date('2026-11-24T10:00:00Z')), '2026-11-24');
  });
});
