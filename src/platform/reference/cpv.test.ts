import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpvLevel, cpvParentOf, cpvPrefix, isCpvCode, isSubCode, normaliseCpv } from './cpv.js';
import { cpvVocabulary, shippedCpvByCode } from './cpv.vocabulary.js';

test('isCpvCode and normaliseCpv accept eight digits, with or without check digit', () => {
  assert.equal(normaliseCpv('90910000'), '90910000');
  assert.equal(normaliseCpv('90910000-9'), '90910000');
  assert.equal(normaliseCpv(' 90910000 - 9 '), '90910000');
  assert.equal(normaliseCpv('03000000'), '03000000');
  for (const bad of ['9091000', '909100000', '90910000-', '90910000-99', '9091000a', '', '00000000', 'CPV 90910000']) {
    assert.equal(normaliseCpv(bad), null, bad);
    assert.ok(!isCpvCode(bad), bad);
  }
  assert.ok(isCpvCode('90910000-9'));
});

test('cpvPrefix strips trailing zeros but keeps the division', () => {
  assert.equal(cpvPrefix('90910000'), '9091');
  assert.equal(cpvPrefix('03000000'), '03');
  assert.equal(cpvPrefix('90911200'), '909112');
  assert.equal(cpvPrefix('30000000'), '30');
  assert.equal(cpvPrefix('45000000'), '45');
  assert.equal(cpvPrefix('30192121'), '30192121');
  assert.equal(cpvPrefix('90910000-9'), '9091');
  assert.throws(() => cpvPrefix('9091'));
});

test('cpvLevel counts one per digit below the division', () => {
  assert.equal(cpvLevel('03000000'), 1);
  assert.equal(cpvLevel('90900000'), 2);
  assert.equal(cpvLevel('90910000'), 3);
  assert.equal(cpvLevel('90911000'), 4);
  assert.equal(cpvLevel('90911200'), 5);
  assert.equal(cpvLevel('98371111'), 7);
});

test('isSubCode is a prefix test, inclusive of the code itself', () => {
  assert.ok(isSubCode('90911200', '90910000'));
  assert.ok(isSubCode('90911200', '90000000'));
  assert.ok(isSubCode('90910000', '90910000'));
  assert.ok(isSubCode('90911200-3', '90910000-9'));
  assert.ok(!isSubCode('90910000', '90911200'));
  assert.ok(!isSubCode('90920000', '90910000'));
  // A division ending in 0 must not swallow its neighbours: 30 is not 3.
  assert.ok(!isSubCode('31000000', '30000000'));
  assert.ok(!isSubCode('03000000', '30000000'));
});

test('cpvParentOf follows the prefix rule and can skip missing levels', () => {
  assert.equal(cpvParentOf('90911200'), '90911000');
  assert.equal(cpvParentOf('90911000'), '90910000');
  assert.equal(cpvParentOf('90910000'), '90900000');
  assert.equal(cpvParentOf('90900000'), '90000000');
  assert.equal(cpvParentOf('90000000'), null);
  assert.equal(cpvParentOf('30192121'), '30192120');
  const known = new Set(['30000000', '30100000', '30190000', '30192000', '30192100', '30192121']);
  assert.equal(
    cpvParentOf('30192121', (c) => known.has(c)),
    '30192100',
  );
  assert.equal(
    cpvParentOf('30192121', () => false),
    null,
  );
});

test('the shipped vocabulary is sorted, unique, and each row agrees with the prefix rule', () => {
  const codes = cpvVocabulary().map((c) => c.code);
  assert.deepEqual(codes, [...codes].sort());
  assert.equal(new Set(codes).size, codes.length);
  const shipped = new Set(codes);
  for (const c of cpvVocabulary()) {
    assert.ok(isCpvCode(c.code) && normaliseCpv(c.code) === c.code, c.code);
    assert.equal(c.level, cpvLevel(c.code), c.code);
    assert.equal(
      c.parent,
      cpvParentOf(c.code, (p) => shipped.has(p)),
      c.code,
    );
    assert.ok(c.labelSv.trim() !== '' && c.labelEn.trim() !== '', c.code);
  }
});

test('shippedCpvByCode accepts the check-digit form', () => {
  assert.equal(shippedCpvByCode('90910000-9')?.labelSv, 'Städning');
  assert.equal(shippedCpvByCode('nonsense'), undefined);
});
