import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COUNTIES } from './geo.data.js';
import { countiesWithBorders, neighbouringCounties } from './neighbours.js';

test('every län has its neighbours, the table is symmetric and names only real län', () => {
  assert.equal(countiesWithBorders().length, COUNTIES.length);
  const codes = new Set(COUNTIES.map((c) => c.code));
  for (const c of COUNTIES) {
    for (const n of neighbouringCounties(c.code)) {
      assert.ok(codes.has(n), `${c.code} → ${n}`);
      assert.notEqual(n, c.code);
      assert.ok(neighbouringCounties(n).includes(c.code), `${c.code} ↔ ${n}`);
    }
  }
  assert.deepEqual(neighbouringCounties('09'), []);
  assert.deepEqual([...neighbouringCounties('20')].sort(), ['03', '17', '18', '19', '21', '23']);
  assert.deepEqual(neighbouringCounties('99'), []);
});
