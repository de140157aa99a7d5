import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import {
  CATEGORY_SLUGS,
  SERVICE_CATEGORIES,
  categoriesForCpv,
  categoryBySlug,
  categoryCpvPrefixes,
  findCategoriesByName,
} from './categories.js';
import { normaliseCpv } from './cpv.js';
import { cpvVocabulary, shippedCpvByCode } from './cpv.vocabulary.js';
import { sharedReferencePath } from './shared-path.js';

type Row = Record<string, string>;

test('at least 24 categories with unique ASCII slugs', () => {
  assert.ok(SERVICE_CATEGORIES.length >= 24, `only ${SERVICE_CATEGORIES.length}`);
  assert.equal(new Set(CATEGORY_SLUGS).size, SERVICE_CATEGORIES.length);
  assert.deepEqual(
    CATEGORY_SLUGS,
    SERVICE_CATEGORIES.map((c) => c.slug),
  );
  for (const c of SERVICE_CATEGORIES) {
    assert.match(c.slug, /^[a-z]+(-[a-z]+)*$/, c.slug);
    // The slug is (part of) the Swedish name spelled in ASCII, never a translation.
    const ascii = c.name
      .toLocaleLowerCase('sv-SE')
      .replace(/[åä]/g, 'a')
      .replace(/ö/g, 'o')
      .replace(/é/g, 'e')
      .replace(/[^a-z]+/g, '-');
    assert.ok(ascii.includes(c.slug), `${c.slug} / ${c.name}`);
  }
});

test('the categories the design names are present', () => {
  for (const slug of [
    'catering',
    'stadning',
    'fastighetsskotsel',
    'tvatt',
    'aterbruk',
    'flytt',
    'gronyteskotsel',
    'snorojning',
    'motesfika',
    'postdistribution',
    'hushallsnara-tjanster',
    'bygg-och-byggnadsvard',
    'arbetsformageutredning',
    'arbetstraningsplatser',
  ]) {
    assert.ok(categoryBySlug(slug), slug);
  }
  assert.equal(categoryBySlug('stadning')?.name, 'Städning och lokalvård');
  assert.equal(categoryBySlug('nope'), undefined);
});

test('every category has a name, one-sentence description, synonyms and CPV codes', () => {
  for (const c of SERVICE_CATEGORIES) {
    assert.ok(c.name.trim() && c.nameEn.trim(), c.slug);
    assert.match(c.description, /^[A-ZÅÄÖ][^.]*\.$/, `${c.slug}: one sentence ending in a full stop`);
    assert.ok(c.synonyms.length >= 3, `${c.slug}: too few synonyms`);
    assert.equal(new Set(c.synonyms).size, c.synonyms.length, `${c.slug}: repeated synonym`);
    for (const s of c.synonyms) assert.equal(s, s.trim().toLocaleLowerCase('sv-SE'), `${c.slug}: '${s}'`);
    assert.ok(c.cpv.length >= 1, c.slug);
    assert.equal(new Set(c.cpv).size, c.cpv.length, `${c.slug}: repeated CPV code`);
    for (const code of c.cpv) {
      assert.equal(normaliseCpv(code), code, `${c.slug}: ${code}`);
      assert.ok(shippedCpvByCode(code), `${c.slug}: ${code} is not a CPV 2008 code`);
    }
  }
});

test('the shipped vocabulary is CPV 2008 as the shared reference has it: every code, label and parent', (t) => {
  const path = sharedReferencePath('derived', 'cpv2008_sv_en.csv');
  if (!path) return t.skip('shared reference folder (../shared/reference) is absent; cross-check not run');
  const rows = parse(readFileSync(path, 'utf8'), { columns: true }) as Row[];
  assert.equal(rows.length, 9454);
  assert.equal(cpvVocabulary().length, 9454);
  for (const r of rows) {
    const c = shippedCpvByCode(r.code!);
    assert.ok(c, `${r.code} missing`);
    assert.equal(c.labelSv, r.label_sv, r.code);
    assert.equal(c.labelEn, r.label_en, r.code);
    assert.equal(c.parent, r.parent || null, r.code);
    assert.equal(String(c.level), r.level, r.code);
  }
});

test('findCategoriesByName knows names, slugs and synonyms', () => {
  assert.deepEqual(
    findCategoriesByName('Lokalvård').map((c) => c.slug),
    ['stadning'],
  );
  assert.deepEqual(
    findCategoriesByName('städning och lokalvård').map((c) => c.slug),
    ['stadning'],
  );
  assert.deepEqual(
    findCategoriesByName('FIKA').map((c) => c.slug),
    ['motesfika'],
  );
  assert.deepEqual(
    findCategoriesByName('Laundry').map((c) => c.slug),
    ['tvatt'],
  );
  assert.deepEqual(
    findCategoriesByName('snickeri').map((c) => c.slug),
    ['bygg-och-byggnadsvard', 'hantverk'],
  );
  assert.deepEqual(findCategoriesByName('kärnkraft'), []);
});

test('categoriesForCpv finds the categories that cover a notice code', () => {
  assert.ok(categoriesForCpv('90911200-3').some((c) => c.slug === 'stadning'));
  assert.deepEqual(
    categoriesForCpv('90620000').map((c) => c.slug),
    ['snorojning'],
  );
  // A broader notice code does not make every category under it match.
  assert.deepEqual(categoriesForCpv('90000000'), []);
  assert.deepEqual(categoriesForCpv('x'), []);
  const snow = categoryBySlug('snorojning');
  assert.ok(snow);
  assert.deepEqual(categoryCpvPrefixes(snow), ['9062', '9063']);
});
