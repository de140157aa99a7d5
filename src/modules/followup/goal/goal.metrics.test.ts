import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GOAL_METRICS, meets, verdictOf, type YearFigures } from './goal.metrics.js';
import { targetsSchema } from './goal.schema.js';
import { parseForm } from '../../../platform/http/form.js';
import { niceMax } from './goal.chart.js';

const metric = (id: string) => GOAL_METRICS.find((m) => m.id === id)!;
const year = (over: Partial<YearFigures> = {}): YearFigures => ({
  year: 2026,
  advertised: 0,
  advertisedWithClause: 0,
  reserved: 0,
  splitIntoLots: 0,
  personsStarted: 0,
  ...over,
});

describe('the goal metrics', () => {
  it('are the four of issue 12 §3, each a share or a count', () => {
    assert.deepEqual(
      GOAL_METRICS.map((m) => [m.id, m.unit]),
      [
        ['clause_share', 'share'],
        ['reserved_count', 'count'],
        ['lots_count', 'count'],
        ['persons_started', 'count'],
      ],
    );
  });

  it('computes each outcome from the year figures', () => {
    const f = year({ advertised: 5, advertisedWithClause: 3, reserved: 4, splitIntoLots: 2, personsStarted: 7 });
    assert.deepEqual(metric('clause_share').outcome(f), { value: 0.6, of: { part: 3, whole: 5 } });
    assert.deepEqual(metric('reserved_count').outcome(f), { value: 4 });
    assert.deepEqual(metric('lots_count').outcome(f), { value: 2 });
    assert.deepEqual(metric('persons_started').outcome(f), { value: 7 });
    // Nothing advertised: no share at all, not 0 %.
    assert.deepEqual(metric('clause_share').outcome(year()), { value: null, of: { part: 0, whole: 0 } });
  });

  it('meets a target exactly at it, in whole numbers (Falun Borlänge: ≥ 50 %, ≥ 5 reserved)', () => {
    const share = metric('clause_share');
    assert.equal(meets(share, share.outcome(year({ advertised: 4, advertisedWithClause: 2 })), 50), true);
    assert.equal(meets(share, share.outcome(year({ advertised: 7, advertisedWithClause: 3 })), 50), false);
    // 1 of 3 is 33.33… %: meets 33, not 34 (floating point would say 33.333 ≥ 33 too, but never 0.1 + 0.2 games).
    assert.equal(meets(share, share.outcome(year({ advertised: 3, advertisedWithClause: 1 })), 33), true);
    assert.equal(meets(share, share.outcome(year({ advertised: 3, advertisedWithClause: 1 })), 34), false);
    assert.equal(meets(share, share.outcome(year()), 50), false);
    assert.equal(meets(share, share.outcome(year()), 0), true);
    const reserved = metric('reserved_count');
    assert.equal(meets(reserved, { value: 5 }, 5), true);
    assert.equal(meets(reserved, { value: 4 }, 5), false);
    assert.equal(meets(reserved, { value: 4 }, null), null);
  });

  it('says "not yet" for this year and later, "no" for a year gone by', () => {
    assert.equal(verdictOf(false, 2026, 2026), 'not_yet');
    assert.equal(verdictOf(false, 2025, 2026), 'not_met');
    assert.equal(verdictOf(true, 2026, 2026), 'met');
    assert.equal(verdictOf(null, 2025, 2026), 'no_target');
  });
});

describe('the targets form', () => {
  const parse = (form: Record<string, unknown>) => parseForm(targetsSchema([2026, 2027]), form);

  it('takes whole percents and counts, empty for no target, spaces and a percent sign as people type them', () => {
    const r = parse({
      clause_share_2026: ' 50 %',
      reserved_count_2026: '5',
      lots_count_2027: '1 000',
      persons_started_2026: '',
    });
    assert.ok(r.ok);
    const set = r.data.filter((x) => x.target !== null);
    assert.deepEqual(set, [
      { year: 2026, metric: 'clause_share', target: 50 },
      { year: 2026, metric: 'reserved_count', target: 5 },
      { year: 2027, metric: 'lots_count', target: 1000 },
    ]);
    assert.equal(r.data.length, 8);
  });

  it('refuses a share over 100, a decimal, a negative number and words, with the message in Swedish per field', () => {
    const r = parse({
      clause_share_2026: '120',
      reserved_count_2026: '2,5',
      lots_count_2026: '-1',
      persons_started_2027: 'fem',
    });
    assert.ok(!r.ok);
    assert.deepEqual(
      r.errors.map((e) => [e.field, e.message]),
      [
        ['clause_share_2026', 'Skriv en procentsats mellan 0 och 100, eller lämna fältet tomt.'],
        ['reserved_count_2026', 'Skriv ett heltal, eller lämna fältet tomt.'],
        ['lots_count_2026', 'Skriv ett heltal, eller lämna fältet tomt.'],
        ['persons_started_2027', 'Skriv ett heltal, eller lämna fältet tomt.'],
      ],
    );
    const big = parse({ reserved_count_2027: '10001' });
    assert.ok(!big.ok);
    assert.match(big.errors[0]!.message, /mellan 0 och 10\s000/);
  });

  it('draws the chart up to a round number at or above the largest value', () => {
    assert.deepEqual([0, 1, 3, 5, 7, 12, 50, 51, 300].map(niceMax), [1, 1, 5, 5, 10, 20, 50, 100, 500]);
  });
});
