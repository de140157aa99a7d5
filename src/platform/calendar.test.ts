import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isClockTime, swedishDateAndTime, swedishTimeToDate } from './calendar.js';

describe('Swedish wall-clock times', () => {
  it('reads a deadline in winter and in summer time', () => {
    assert.equal(swedishTimeToDate('2027-01-15', '12:00').toISOString(), '2027-01-15T11:00:00.000Z');
    assert.equal(swedishTimeToDate('2027-07-01', '09:30').toISOString(), '2027-07-01T07:30:00.000Z');
  });

  it('puts a time in the hour skipped in spring an hour later, and takes the second of the repeated hour', () => {
    assert.deepEqual(swedishDateAndTime(swedishTimeToDate('2027-03-28', '02:30')), {
      date: '2027-03-28',
      time: '03:30',
    });
    assert.equal(swedishTimeToDate('2027-10-31', '02:30').toISOString(), '2027-10-31T01:30:00.000Z');
  });

  it('shows a moment back as the date and time a form holds', () => {
    assert.deepEqual(swedishDateAndTime(new Date('2026-12-31T23:30:00Z')), { date: '2027-01-01', time: '00:30' });
  });

  it('knows a clock time', () => {
    assert.ok(isClockTime('09:05'));
    assert.ok(!isClockTime('9:05'));
    assert.ok(!isClockTime('24:00'));
  });
});
