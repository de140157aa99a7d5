import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { PGliteDialect } from '../db/pglite-dialect.js';
import type { CpvRecord } from './cpv.js';
import { importCpv, parseCpvTranslations } from './cpv.import.js';
import { sharedReferencePath } from './shared-path.js';

const ABSENT = 'shared reference folder (../shared/reference/eforms-sdk) is absent; real-file test not run';

function properties(entries: Record<string, string>): string {
  const body = Object.entries(entries)
    .map(([key, value]) => `<entry key="${key}">${value}</entry>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE properties SYSTEM "http://java.sun.com/dtd/properties.dtd">
<properties>
<comment>test</comment>
${body}
</properties>`;
}

const SV = properties({
  'code|name|accelerated-procedure.false': 'nej',
  'code|name|social-service-cpv.75121000': 'Utbildningsadministration',
  'code|name|cpv.90000000': 'Avlopps- och avfallshantering',
  'code|name|cpv.90900000': 'Städning och renhållning',
  'code|name|cpv.90910000': 'Städning',
  'code|name|cpv.90911200': 'Städning av byggnader',
  'code|name|cpv.30000000': 'Kontorsmaskiner &amp; datorer',
});
const EN = properties({
  'code|name|cpv.90000000': 'Sewage, refuse, cleaning and environmental services',
  'code|name|cpv.90910000': 'Cleaning services',
});

test('parseCpvTranslations keeps only CPV keys and derives parent and level', () => {
  const records = parseCpvTranslations(SV, EN);
  assert.deepEqual(
    records.map((r) => r.code),
    ['30000000', '90000000', '90900000', '90910000', '90911200'],
  );
  const byCode = new Map(records.map((r) => [r.code, r]));
  assert.deepEqual(byCode.get('90911200'), {
    code: '90911200',
    // 90911000 is absent from this file, so the nearest existing ancestor is the parent.
    parent: '90910000',
    level: 5,
    labelSv: 'Städning av byggnader',
    labelEn: null,
  });
  assert.equal(byCode.get('90000000')?.parent, null);
  assert.equal(byCode.get('90910000')?.labelEn, 'Cleaning services');
  assert.equal(byCode.get('30000000')?.labelSv, 'Kontorsmaskiner & datorer');
  assert.equal(
    parseCpvTranslations(SV).every((r) => r.labelEn === null),
    true,
  );
});

test('parseCpvTranslations refuses a file without CPV codes', () => {
  assert.throws(() => parseCpvTranslations(properties({ 'code|name|x.1': 'y' })), /no CPV codes/);
  assert.throws(() => parseCpvTranslations('<html></html>'), /not a Java properties XML file/);
});

test('parseCpvTranslations reads all 9 454 codes from the eForms SDK files', (t) => {
  const svPath = sharedReferencePath('eforms-sdk', 'translations', 'code_sv.xml');
  const enPath = sharedReferencePath('eforms-sdk', 'translations', 'code_en.xml');
  if (!svPath || !enPath) return t.skip(ABSENT);
  const records = parseCpvTranslations(readFileSync(svPath, 'utf8'), readFileSync(enPath, 'utf8'));
  assert.equal(records.length, 9454);
  const first = records.find((r) => r.code === '03000000');
  assert.deepEqual(first, {
    code: '03000000',
    parent: null,
    level: 1,
    labelSv: 'Jordbruks-, jakt-, fiske- och skogsbruksprodukter samt tillhörande produkter',
    labelEn: 'Agricultural, farming, fishing, forestry and related products',
  });
  assert.equal(records.filter((r) => r.level === 1).length, 45);
  const codes = new Set(records.map((r) => r.code));
  for (const r of records) {
    assert.ok(r.labelEn, `${r.code} has no English label`);
    if (r.parent) assert.ok(codes.has(r.parent), `${r.code}: parent ${r.parent} missing`);
  }
  // Cross-check with the CSV conversion of the same files, made by a different tool.
  const csvPath = sharedReferencePath('derived', 'cpv2008_sv_en.csv');
  if (csvPath) {
    const csvParents = new Map(
      readFileSync(csvPath, 'utf8')
        .split('\n')
        .slice(1)
        .filter((line) => /^\d{8},/.test(line))
        .map((line) => {
          const [code, , , parent] = line.split(',');
          return [code, parent || null] as const;
        }),
    );
    for (const r of records) assert.equal(r.parent, csvParents.get(r.code), r.code);
  }
});

async function withCpvTable<T>(fn: (db: Kysely<unknown>) => Promise<T>): Promise<T> {
  const pglite = new PGlite();
  const db = new Kysely<unknown>({ dialect: new PGliteDialect(pglite) });
  try {
    // The lead's migration creates this table; the test creates the same columns itself.
    await sql`create table cpv_code (
      code text primary key, parent text null, level int not null, label_sv text not null, label_en text null
    )`.execute(db);
    return await fn(db);
  } finally {
    await db.destroy();
    await pglite.close();
  }
}

async function tableRows(db: Kysely<unknown>): Promise<CpvRecord[]> {
  const result = await sql<CpvRecord>`
    select code, parent, level, label_sv as "labelSv", label_en as "labelEn" from cpv_code order by code
  `.execute(db);
  return result.rows;
}

test('importCpv is idempotent and updates changed labels', async () => {
  const records = parseCpvTranslations(SV, EN);
  await withCpvTable(async (db) => {
    const progress: number[] = [];
    const first = await importCpv(db, records, (done) => progress.push(done));
    assert.deepEqual(first, { total: 5, written: 5 });
    assert.deepEqual(progress, [5]);
    assert.deepEqual(await tableRows(db), records);

    const second = await importCpv(db, records);
    assert.deepEqual(second, { total: 5, written: 0 });
    assert.deepEqual(await tableRows(db), records);

    const renamed = records.map((r) => (r.code === '90910000' ? { ...r, labelSv: 'Städtjänster' } : r));
    const third = await importCpv(db, renamed);
    assert.equal(third.written, 1);
    assert.deepEqual(await tableRows(db), renamed);
  });
});

test('importCpv rolls back earlier batches when a later one fails', async () => {
  const records: CpvRecord[] = Array.from({ length: 600 }, (_, i) => ({
    code: `90${String(i + 1).padStart(4, '0')}00`,
    parent: null,
    level: 1,
    labelSv: `Kod ${i + 1}`,
    labelEn: null,
  }));
  // The second batch of 500 breaks the not-null constraint on label_sv.
  const victim = records[550];
  assert.ok(victim);
  records[550] = { ...victim, labelSv: null as unknown as string };
  await withCpvTable(async (db) => {
    await assert.rejects(importCpv(db, records));
    assert.deepEqual(await tableRows(db), []);
  });
});

test('importCpv loads the full list in batches, twice to the same row count', async (t) => {
  const svPath = sharedReferencePath('eforms-sdk', 'translations', 'code_sv.xml');
  const enPath = sharedReferencePath('eforms-sdk', 'translations', 'code_en.xml');
  if (!svPath || !enPath) return t.skip(ABSENT);
  const records = parseCpvTranslations(readFileSync(svPath, 'utf8'), readFileSync(enPath, 'utf8'));
  await withCpvTable(async (db) => {
    const progress: number[] = [];
    const first = await importCpv(db, records, (done, total) => {
      assert.equal(total, records.length);
      progress.push(done);
    });
    assert.equal(first.written, records.length);
    assert.equal(progress.length, Math.ceil(records.length / 500));
    assert.equal(progress.at(-1), records.length);
    const count = async () =>
      Number((await sql<{ n: string }>`select count(*) as n from cpv_code`.execute(db)).rows[0]?.n);
    assert.equal(await count(), records.length);
    const second = await importCpv(db, records);
    assert.equal(second.written, 0);
    assert.equal(await count(), records.length);
  });
});
