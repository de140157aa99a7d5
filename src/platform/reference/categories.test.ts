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
import { SHIPPED_CPV, normaliseCpv } from './cpv.js';
import { sharedReferencePath } from './shared-path.js';

type Row = Record<string, string>;

const shipped = new Map(SHIPPED_CPV.map((c) => [c.code, c]));

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
      assert.ok(shipped.has(code), `${c.slug}: ${code} not in SHIPPED_CPV`);
    }
  }
});

test('SHIPPED_CPV is exactly the categories’ codes and their ancestors', () => {
  const expected = new Set<string>();
  for (const c of SERVICE_CATEGORIES) {
    for (const code of c.cpv) {
      for (let at: string | null = code; at; at = shipped.get(at)?.parent ?? null) {
        assert.ok(shipped.has(at), `ancestor ${at} of ${code} missing`);
        expected.add(at);
      }
    }
  }
  assert.deepEqual([...shipped.keys()].sort(), [...expected].sort());
  for (const c of SHIPPED_CPV) {
    assert.equal(c.parent === null, c.level === 1, c.code);
    // Usually one level up; a few CPV codes skip a level, never more.
    if (c.parent) assert.ok((shipped.get(c.parent)?.level ?? 0) < c.level, c.code);
  }
});

test('every shipped CPV code exists in CPV 2008 with the same labels and parent', (t) => {
  const path = sharedReferencePath('derived', 'cpv2008_sv_en.csv');
  if (!path) return t.skip('shared reference folder (../shared/reference) is absent; cross-check not run');
  const rows = parse(readFileSync(path, 'utf8'), { columns: true }) as Row[];
  const reference = new Map(rows.map((r) => [r.code, r]));
  assert.equal(reference.size, 9454);
  for (const c of SHIPPED_CPV) {
    const r = reference.get(c.code);
    assert.ok(r, `${c.code} is not a CPV 2008 code`);
    assert.equal(c.labelSv, r.label_sv, c.code);
    assert.equal(c.labelEn, r.label_en, c.code);
    assert.equal(c.parent, r.parent || null, c.code);
    assert.equal(String(c.level), r.level, c.code);
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
