import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseCpvTranslations } from './cpv.import.js';
import { CPV_VOCABULARY_PATH, cpvVocabularyFile, shippedCpvByCode } from './cpv.vocabulary.js';
import { sharedReferencePath } from './shared-path.js';

test('the shipped cpv-2008.tsv is what scripts/generate-cpv.ts makes of the SDK translations', (t) => {
  const folder = sharedReferencePath('eforms-sdk', 'translations');
  if (!folder) return t.skip('shared reference folder (../shared/reference) is absent; cross-check not run');
  const read = (name: string) => readFileSync(join(folder, name), 'utf8');
  const expected = cpvVocabularyFile(parseCpvTranslations(read('code_sv.xml'), read('code_en.xml')));
  // Compared as text, so that a hand edit or a newer SDK without regenerating both show here.
  assert.ok(
    readFileSync(CPV_VOCABULARY_PATH, 'utf8') === expected,
    'regenerate: node --import tsx scripts/generate-cpv.ts',
  );
});

test('the file names its source and licence, and a deep code reads with both labels', () => {
  const head = readFileSync(CPV_VOCABULARY_PATH, 'utf8').split('\n').slice(0, 3).join('\n');
  assert.match(head, /eForms SDK/);
  assert.match(head, /CC BY 4\.0/);
  const code = shippedCpvByCode('90911200-8');
  assert.equal(code?.labelSv, 'Städning av byggnader');
  assert.equal(code?.labelEn, 'Building-cleaning services');
  assert.equal(code?.parent, '90911000');
});
