import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addMonths } from '../../../platform/calendar.js';
import { nextScanAt } from './confirmation.jobs.js';
import { CONFIRMATION_RULES, nextStep } from './confirmation.service.js';

const START = new Date('2026-11-24T10:00:00Z');
/** What the factories give as verified_at: the reference date of every enterprise here. */
const VERIFIED = new Date('2026-11-01T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
/** `months` after the reference date, plus `days`. */
const at = (months: number, days = 0) => new Date(addMonths(VERIFIED, months).getTime() + days * DAY);

describe('yearly confirmation rules', () => {
  test('months are calendar months; the 31st plus one is the end of the next month', () => {
    assert.equal(addMonths(new Date('2027-01-31T10:00:00Z'), 1).toISOString(), '2027-02-28T10:00:00.000Z');
    assert.equal(addMonths(VERIFIED, 11).toISOString(), '2027-10-01T10:00:00.000Z');
    assert.equal(addMonths(VERIFIED, -12).toISOString(), '2025-11-01T10:00:00.000Z');
  });

  test('the scan runs at the next 06:00 Swedish time, winter and summer', () => {
    assert.equal(nextScanAt(START).toISOString(), '2026-11-25T05:00:00.000Z');
    assert.equal(nextScanAt(new Date('2027-06-01T03:00:00Z')).toISOString(), '2027-06-01T04:00:00.000Z');
    assert.equal(nextScanAt(new Date('2027-06-01T04:00:00Z')).toISOString(), '2027-06-02T04:00:00.000Z');
    // The night the clocks go forward (28 March 2027): 06:00 is already summer time.
    assert.equal(nextScanAt(new Date('2027-03-27T12:00:00Z')).toISOString(), '2027-03-28T04:00:00.000Z');
  });

  test('the steps: notice at eleven months, lapse at twelve, three reminders fourteen days apart', () => {
    const row = { status: 'published', reference: VERIFIED, remindedAt: null, reminderCount: 0 };
    assert.equal(nextStep(row, at(11, -1)), null);
    assert.equal(nextStep(row, at(11)), 'notice');
    const noticed = { ...row, remindedAt: at(11), reminderCount: 1 };
    assert.equal(nextStep(noticed, at(11, 20)), null);
    assert.equal(nextStep(noticed, at(12)), 'lapsed');
    // Already past twelve months at the first scan: straight to the lapse.
    assert.equal(nextStep(row, at(13)), 'lapsed');
    const lapsed = { status: 'needs_reverification', reference: VERIFIED, remindedAt: at(12), reminderCount: 2 };
    assert.equal(nextStep(lapsed, at(12, 13)), null);
    assert.equal(nextStep(lapsed, at(12, 14)), 'reminder');
    const last = { ...lapsed, remindedAt: at(12, 42), reminderCount: 2 + CONFIRMATION_RULES.maxReminders };
    assert.equal(nextStep(last, at(15)), null);
    // A count from before a newer confirmation does not count.
    const old = { ...noticed, reference: at(11, 5) };
    assert.equal(nextStep(old, at(22, 5)), 'notice');
    assert.equal(nextStep({ ...row, status: 'archived' }, at(13)), null);
  });
});
