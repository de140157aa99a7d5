import assert from 'node:assert/strict';
import { test } from 'node:test';
import { luhnValid } from '../../../platform/privacy/luhn.js';
import { luhnCheckDigit, parseOrgnr } from './orgnr.js';

test('normalises valid organisation numbers to NNNNNN-NNNN', () => {
  // Real, public numbers: Skatteverket (202100-5448) and Samhall AB (556448-0282).
  assert.deepEqual(parseOrgnr('202100-5448'), { ok: true, value: '202100-5448' });
  assert.deepEqual(parseOrgnr('5564480282'), { ok: true, value: '556448-0282' });
  assert.deepEqual(parseOrgnr(' 556448 0282 '), { ok: true, value: '556448-0282' });
  assert.deepEqual(parseOrgnr('16556448-0282'), { ok: true, value: '556448-0282' });
});

test('rejects wrong length, wrong check digit and personal identity numbers', () => {
  assert.deepEqual(parseOrgnr('55603014'), { ok: false, error: 'orgnr_format' });
  assert.deepEqual(parseOrgnr('abc'), { ok: false, error: 'orgnr_format' });
  assert.deepEqual(parseOrgnr('556448-0283'), { ok: false, error: 'orgnr_checksum' });
  // 811218-9876 is Skatteverket's example personnummer: valid Luhn, but a person.
  assert.deepEqual(parseOrgnr('811218-9876'), { ok: false, error: 'orgnr_personal' });
});

test('luhn check digit agrees with the validator', () => {
  for (const nine of ['556030148', '202100544', '769612345', '802000000']) {
    const d = luhnCheckDigit(nine);
    assert.ok(luhnValid(nine + d));
    assert.ok(!luhnValid(nine + ((d + 1) % 10)));
  }
});
