import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commitmentStatus, personMonthsNeeded, type Commitment, type FulfilmentReport } from './commitment.rules.js';

// The Dalarna model's clause: at least one person in a placement of about six months, first start
// within six months of the contract's start, met when 75 % of the time is done.
const placement: Commitment = {
  form: 'placement',
  requirement: 'hard',
  targetGroup: 'långtidsarbetslösa',
  persons: 2,
  months: 6,
  firstStartWithinMonths: 6,
  metShare: 0.75,
};
const contract = { starts: '2026-01-01', ends: '2027-12-31' };
const report = (on: string, counts: Partial<Omit<FulfilmentReport, 'on'>>): FulfilmentReport => ({
  on,
  offered: 0,
  started: 0,
  completed: 0,
  becameEmployment: 0,
  personMonths: 0,
  ...counts,
});

describe('the status of an employment-promoting commitment', () => {
  it('needs the share of persons × months, exactly', () => {
    assert.equal(personMonthsNeeded(placement), 9);
    assert.equal(personMonthsNeeded({ persons: 1, months: 3, metShare: 0.75 }), 2.25);
    const one = { ...placement, persons: 1, months: 3 };
    assert.equal(
      commitmentStatus(one, contract, [report('2026-03-01', { started: 1, personMonths: 2.25 })], '2026-06-01').status,
      'met',
    );
    assert.equal(
      commitmentStatus(one, contract, [report('2026-03-01', { started: 1, personMonths: 2.2 })], '2026-06-01').status,
      'on_track',
    );
  });

  it('is on track after a start, at risk near the deadline without one, missed after it', () => {
    assert.deepEqual(commitmentStatus(placement, contract, [], '2026-02-01').reason, {
      kind: 'on_track',
      done: 0,
      needed: 9,
      started: 0,
    });
    assert.equal(
      commitmentStatus(placement, contract, [], '2026-06-05').status,
      'at_risk',
      'less than 30 days to 1 July',
    );
    assert.deepEqual(commitmentStatus(placement, contract, [], '2026-07-02').reason, {
      kind: 'no_start_by',
      deadline: '2026-07-01',
    });
    const started = [report('2026-05-10', { offered: 3, started: 2 })];
    assert.equal(commitmentStatus(placement, contract, started, '2026-07-02').status, 'on_track');
    // A start reported after the deadline does not save it.
    assert.equal(
      commitmentStatus(placement, contract, [report('2026-07-20', { started: 2 })], '2026-08-01').status,
      'missed',
    );
  });

  it('counts only what was reported by the day asked about, and adds reports up', () => {
    const reports = [
      report('2026-03-01', { offered: 2, started: 2 }),
      report('2026-06-30', { personMonths: 5 }),
      report('2026-09-30', { completed: 1, personMonths: 4, becameEmployment: 1 }),
    ];
    assert.equal(commitmentStatus(placement, contract, reports, '2026-08-01').status, 'on_track');
    const later = commitmentStatus(placement, contract, reports, '2026-10-01');
    assert.equal(later.status, 'met');
    assert.deepEqual(later.totals, { offered: 2, started: 2, completed: 1, becameEmployment: 1, personMonths: 9 });
  });

  it('is at risk in the last 90 days while short, and missed when the contract ended short', () => {
    const reports = [report('2026-03-01', { started: 1, personMonths: 4 })];
    assert.deepEqual(commitmentStatus(placement, contract, reports, '2027-10-15').reason, {
      kind: 'short_at_end',
      done: 4,
      needed: 9,
      ends: '2027-12-31',
    });
    assert.equal(commitmentStatus(placement, contract, reports, '2028-01-01').status, 'missed');
    // Work after the end (or before the start) does not make up for it.
    const late = [...reports, report('2028-02-01', { personMonths: 5 }), report('2025-12-01', { personMonths: 5 })];
    assert.equal(commitmentStatus(placement, contract, late, '2028-03-01').status, 'missed');
  });

  it('adds months in hundredths', () => {
    const tenths = [
      report('2026-03-01', { started: 1, personMonths: 0.1 }),
      report('2026-03-02', { personMonths: 0.2 }),
    ];
    assert.equal(commitmentStatus(placement, contract, tenths, '2026-04-01').totals.personMonths, 0.3);
  });
});
