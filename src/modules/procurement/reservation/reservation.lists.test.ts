import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedReferencePath } from '../../../platform/reference/shared-path.js';
import { readGenericodeCodes, SOCIAL_SERVICE_CPV_PATH, socialServiceCpvFile } from './reservation.lists.js';
import { SOCIAL_SERVICE_CPV } from './social-service-cpv.js';

test('the shipped social-service-cpv list is the SDK code list, as scripts/generate-social-service-cpv.ts writes it', (t) => {
  const gc = sharedReferencePath('eforms-sdk', 'codelists', 'cpv_social-service-cpv.gc');
  if (!gc) return t.skip('shared reference folder (../shared/reference) is absent; cross-check not run');
  const { codes, version } = readGenericodeCodes(readFileSync(gc, 'utf8'));
  assert.equal(codes.length, 115);
  assert.deepEqual([...SOCIAL_SERVICE_CPV], codes);
  assert.ok(
    readFileSync(SOCIAL_SERVICE_CPV_PATH, 'utf8') === socialServiceCpvFile(codes, version),
    'regenerate: node --import tsx scripts/generate-social-service-cpv.ts',
  );
});

test('the SDK rule BR-BT-00262-0200 in fields.json lists the same codes', (t) => {
  const fields = sharedReferencePath('eforms-sdk', 'fields', 'fields.json');
  if (!fields) return t.skip('shared reference folder (../shared/reference) is absent; cross-check not run');
  const text = readFileSync(fields, 'utf8');
  const rule =
    /"value" : "[^"]*BT-262-Lot in \(([^)]*)\)[^"]*",\s*"severity" : "ERROR",\s*"message" : "rule\|text\|BR-BT-00262-0200"/.exec(
      text,
    );
  assert.ok(rule, 'rule BR-BT-00262-0200 found');
  const codes = [...rule[1]!.matchAll(/'(\d{8})'/g)].map((m) => m[1]).sort();
  assert.deepEqual(codes, [...SOCIAL_SERVICE_CPV]);
});
