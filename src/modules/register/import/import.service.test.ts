import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { useCli } from '../../../app/testing/cli.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { countEnterprises } from '../enterprise/enterprise.repository.js';
import { getEnterprise } from '../enterprise/enterprise.service.js';
import { parseCsvBytes, parseXlsx, type ParsedTable } from './import.parse.js';
import { importEnterprises } from './import.service.js';
import { importFileInWorker } from './import.worker.js';
import { generateDemoEnterprises } from '../demo/demo.generator.js';
import { exportRows } from '../open-data/export.service.js';
import { toCsv } from '../../../platform/http/table-export.js';
import { csvTable as csv, importOptions as options, useImportDatabase } from '../testing/import.js';

const today = '2026-11-24';
const EXAMPLE = join(process.cwd(), 'tests/fixtures/import/exempel.csv');
const example = () => parseCsvBytes(readFileSync(EXAMPLE));

/** Header and rows with bad values at known places (the first data row is row 2). */
const BAD = [
  'Organisationsnummer;Namn;Företagsform;Kommun;Anställda;Anställda ur målgruppen;Rapporterat',
  '799900-1014;Kooperativet Exempelringen;Ekonomisk förening;Kiruna;18;9;2026-03-31',
  '799900-1015;Fel kontrollsiffra;Ekonomisk förening;Kiruna;5;2;2026-03-31',
  '799900-1022;Gröna Exempelhänder;Ekonomisk förening;Atlantis;4;6;2026-02-30',
  '799900-1014;Dubblett;Ideell förening;Umeå;;;',
  '899900-1038;Utan form;;Luleå;3;1;2026-01-01',
];

for (const kind of testDatabaseKinds()) {
  describe(`importEnterprises (${kind})`, () => {
    const { db, reset } = useImportDatabase(kind);
    const versions = () =>
      db()
        .selectFrom('enterprise_version')
        .innerJoin('enterprise', 'enterprise.id', 'enterprise_version.enterprise_id')
        .select([
          'enterprise.orgnr',
          'enterprise_version.action',
          'enterprise_version.actor_label',
          'enterprise_version.status_before',
          'enterprise_version.status_after',
          'enterprise_version.before',
          'enterprise_version.after',
        ])
        .orderBy('enterprise_version.id')
        .execute();
    const audits = () => db().selectFrom('audit_event').selectAll().where('action', '=', 'import').execute();

    test('reads the Swedish example file into complete, published profiles', async () => {
      await reset();
      const report = await importEnterprises(db(), example(), options({ note: 'exempel.csv' }));
      assert.deepEqual(report.invalid, []);
      assert.deepEqual(
        [report.total, report.created, report.updated, report.unchanged, report.written],
        [10, 10, 0, 0, true],
      );
      const e = await getEnterprise(db(), '799900-1014');
      assert.ok(e);
      assert.equal(e.status, 'published');
      assert.equal(e.legalForm, 'ekonomisk_forening');
      assert.equal(e.website, 'https://exempelringen.example');
      assert.deepEqual(e.address, {
        street: 'Verkstadsgatan 3',
        postalCode: '981 31',
        city: 'Kiruna',
        municipalityCode: '2584',
      });
      assert.deepEqual(e.operatingAreas, [
        { countyCode: '25', municipalityCode: '2523' },
        { countyCode: '25', municipalityCode: '2584' },
      ]);
      assert.deepEqual(
        e.offerings.map((o) => o.category),
        ['stadning', 'tvatt'],
      );
      assert.deepEqual(e.employees, { total: 18, targetGroup: 9, reportedOn: '2026-03-31' });
      assert.deepEqual(e.certifications, [
        { name: 'Certifierat socialt företag (exempel)', issuer: null, validUntil: '2027-06-30' },
      ]);
      assert.deepEqual(e.trainingPlaces, {
        capacity: 4,
        free: 1,
        targetGroups: [],
        adaptations: null,
        supervisors: null,
      });
      assert.equal(e.sources.basics?.source, 'import');
      assert.equal(e.sources.basics?.note, 'exempel.csv');
      // Published, but nobody attested the criteria at import: not reviewed (issue 9 §2).
      assert.equal(e.verifiedAt, null);
      // A CPV code goes to the service whose codes cover it; a whole län and a kommun by code are understood.
      const cafe = await getEnterprise(db(), '799900-1048');
      assert.deepEqual(
        cafe?.offerings.map((o) => [o.category, o.cpv]),
        [
          ['catering', ['55520000']],
          ['motesfika', []],
        ],
      );
      assert.deepEqual((await getEnterprise(db(), '599900-1059'))?.operatingAreas, [
        { countyCode: '12', municipalityCode: null },
      ]);
      assert.equal((await getEnterprise(db(), '899900-1061'))?.address.municipalityCode, '0180');
      // Every new enterprise has a version: nothing before, the imported facts after.
      const made = await versions();
      assert.equal(made.length, 10);
      const ring = made.find((v) => v.orgnr === '799900-1014');
      assert.deepEqual(
        [ring?.action, ring?.actor_label, ring?.status_before, ring?.status_after, ring?.before],
        ['imported', 'Kommandoraden', null, 'published', null],
      );
      assert.equal((ring?.after as { name: string }).name, 'Kooperativet Exempelringen');
      const [logged] = await audits();
      assert.equal(logged?.actor_label, 'Kommandoraden');
      assert.deepEqual(logged?.details, {
        file: 'exempel.csv',
        format: null,
        rows: 10,
        created: 10,
        updated: 0,
        unchanged: 0,
        invalidRowsSkipped: 0,
      });
    });

    test('importing the same file again changes nothing', async () => {
      const report = await importEnterprises(db(), example(), options());
      assert.deepEqual([report.created, report.updated, report.unchanged, report.written], [0, 0, 10, false]);
      assert.equal((await versions()).length, 10);
      assert.equal((await audits()).length, 1);
    });

    test('a changed row updates that enterprise only, re-sourcing only the facts that changed', async () => {
      const beforeUpdate = await getEnterprise(db(), '799900-1022');
      const lines = readFileSync(EXAMPLE, 'utf8').split('\r\n');
      lines[2] = lines[2]!.replace('070-174 06 11', '070-174 06 99').replace(';12;5;2026-01-15;', ';14;7;2026-06-30;');
      const table = parseCsvBytes(new TextEncoder().encode(lines.join('\r\n')));
      const report = await importEnterprises(db(), table, options({ note: 'andrad.csv' }));
      assert.deepEqual([report.created, report.updated, report.unchanged], [0, 1, 9]);
      const e = await getEnterprise(db(), '799900-1022');
      assert.equal(e?.phone, '070-174 06 99');
      assert.deepEqual(e?.employees, { total: 14, targetGroup: 7, reportedOn: '2026-06-30' });
      assert.equal(e?.sources.basics?.note, 'andrad.csv');
      assert.equal(e?.sources.employees?.note, 'andrad.csv');
      assert.deepEqual(e?.sources.areas, beforeUpdate?.sources.areas);
      assert.equal(e?.status, beforeUpdate?.status);
      // The one changed enterprise gets a version with the facts before and after.
      const changed = (await versions()).filter((v) => v.orgnr === '799900-1022');
      assert.equal(changed.length, 2);
      const last = changed[1];
      assert.equal((last?.before as { phone: string }).phone, '070-174 06 11');
      assert.equal((last?.after as { phone: string }).phone, '070-174 06 99');
    });

    test('a file with only some columns leaves the other facts alone', async () => {
      const report = await importEnterprises(db(), csv(['Org.nr;Telefon', '799900-1014;070-174 06 50']), options());
      assert.deepEqual([report.updated, report.invalid.length], [1, 0]);
      const e = await getEnterprise(db(), '799900-1014');
      assert.equal(e?.phone, '070-174 06 50');
      assert.equal(e?.employees?.total, 18);
      assert.equal(e?.offerings.length, 2);
    });

    test('every bad row is reported with row, column and a Swedish message, and nothing is written', async () => {
      await reset();
      const report = await importEnterprises(db(), csv(BAD), options());
      assert.equal(report.written, false);
      assert.equal(await countEnterprises(db()), 0);
      const found = report.invalid.map((p) => [p.row, p.column]);
      assert.deepEqual(found, [
        [3, 'Organisationsnummer'],
        [4, 'Kommun'],
        [4, 'Rapporterat'],
        [5, 'Organisationsnummer'],
        [6, 'Företagsform'],
      ]);
      assert.match(report.invalid[0]!.message, /kontrollsiffran/);
      assert.match(report.invalid[1]!.message, /Okänd kommun "Atlantis"/);
      assert.match(report.invalid[2]!.message, /Datumet 2026-02-30 finns inte/);
      assert.match(report.invalid[3]!.message, /finns redan på rad 2/);
      assert.match(report.invalid[4]!.message, /Företagsform saknas/);
      assert.equal(report.invalidRows, 4);
    });

    test('--skip-invalid writes the good rows', async () => {
      await reset();
      const report = await importEnterprises(db(), csv(BAD), options({ skipInvalid: true }));
      assert.equal(report.written, true);
      assert.equal(report.created, 1);
      assert.equal(await countEnterprises(db()), 1);
      assert.ok(await getEnterprise(db(), '799900-1014'));
    });

    test('a dry run reports what would happen and writes nothing', async () => {
      await reset();
      const report = await importEnterprises(db(), example(), options({ dryRun: true }));
      assert.deepEqual([report.created, report.written], [10, false]);
      assert.equal(await countEnterprises(db()), 0);
    });

    test('English headers, comma-separated', async () => {
      await reset();
      const table = csv([
        'Organisation number,Name,Legal form,Municipality,Operating areas,Services,Employees,Target group employees,Reported on,Website',
        '799900-1014,Ringen Cooperative,Economic association,Kiruna,"Kiruna, Gällivare","Cleaning; Laundry",18,9,2026-03-31,ringen.example',
        '899900-1038,Second hand Luleå,ideell_forening,2580,Norrbottens län,Återbruk,3,2,2026-01-01,',
      ]);
      const report = await importEnterprises(db(), table, options());
      assert.deepEqual(report.invalid, []);
      assert.equal(report.created, 2);
      const e = await getEnterprise(db(), '799900-1014');
      assert.deepEqual(
        e?.offerings.map((o) => o.category),
        ['stadning', 'tvatt'],
      );
      assert.equal(e?.operatingAreas.length, 2);
      assert.equal((await getEnterprise(db(), '899900-1038'))?.legalForm, 'ideell_forening');
    });

    test('an XLSX file made in Excel, with numbers and dates as typed cells', async () => {
      await reset();
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Företag');
      ws.addRow([
        'Org.nr',
        'Företagsnamn',
        'Företagsform',
        'Säte',
        'Kategorier',
        'Anställda',
        'Anställda ur målgruppen',
        'Datum för uppgifter',
        'Postnummer',
      ]);
      ws.addRow([
        7999001014,
        'Kooperativet Exempelringen',
        'Ekonomisk förening',
        'Kiruna',
        'Städning',
        18,
        9,
        new Date(Date.UTC(2026, 2, 31)),
        98131,
      ]);
      ws.addRow([
        '899900-1038',
        'Fel',
        'Ideell förening',
        'Kiruna',
        'Städning',
        'många',
        1,
        new Date(Date.UTC(2026, 2, 31)),
        98131,
      ]);
      const table: ParsedTable = await parseXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
      const report = await importEnterprises(db(), table, options({ skipInvalid: true }));
      assert.deepEqual(
        report.invalid.map((p) => [p.row, p.column]),
        [[3, 'Anställda']],
      );
      const e = await getEnterprise(db(), '799900-1014');
      assert.deepEqual(e?.employees, { total: 18, targetGroup: 9, reportedOn: '2026-03-31' });
      assert.equal(e?.address.postalCode, '981 31');
    });

    test('a Windows-1252 CSV from old Swedish Excel keeps å, ä and ö', async () => {
      await reset();
      const text =
        'Organisationsnummer;Namn;Företagsform;Kommun\r\n799900-1014;Gröna Händer på Öland;Ekonomisk förening;Mörbylånga\r\n';
      const bytes = Uint8Array.from(
        [...text].map((ch) => ({ å: 0xe5, ä: 0xe4, ö: 0xf6, Ö: 0xd6 })[ch] ?? ch.charCodeAt(0)),
      );
      const report = await importEnterprises(db(), parseCsvBytes(bytes), options());
      assert.deepEqual(report.invalid, []);
      const e = await getEnterprise(db(), '799900-1014');
      assert.equal(e?.name, 'Gröna Händer på Öland');
      assert.equal(e?.address.municipalityCode, '0840');
    });

    test('a file without an org.nr column is refused at row 1', async () => {
      const report = await importEnterprises(db(), csv(['Namn;Kommun', 'A;Kiruna']), options());
      assert.deepEqual(
        report.invalid.map((p) => [p.row, p.column]),
        [[1, 'Organisationsnummer']],
      );
    });

    test('in a worker thread: the same result, and rows already written roll back when a later row is bad', async () => {
      await reset();
      const many = generateDemoEnterprises(700, { today }).map((f) => ({
        ...f,
        status: 'published' as const,
        verifiedAt: null,
        isDemo: false,
        sources: {},
        createdAt: new Date(),
        updatedAt: new Date(),
      }));
      const lines = toCsv(exportRows(many, today)).split('\r\n');
      lines[650] = lines[650]!.replace(/^\d{6}-\d{4}/, '799900-1015');
      const bytes = new TextEncoder().encode(lines.join('\r\n'));
      const bad = await importFileInWorker(db(), bytes, 'csv', options());
      assert.deepEqual(
        bad.invalid.map((p) => [p.row, p.column]),
        [[651, 'Organisationsnummer']],
      );
      assert.equal(bad.written, false);
      assert.equal(await countEnterprises(db()), 0);
      assert.deepEqual([(await versions()).length, (await audits()).length], [0, 0]);
      const good = await importFileInWorker(Promise.resolve(db()), bytes, 'csv', options({ skipInvalid: true }));
      assert.deepEqual([good.created, good.written], [699, true]);
      assert.equal(await countEnterprises(db()), 699);
      assert.equal((await versions()).length, 699);
      const [logged] = await audits();
      assert.deepEqual(
        [logged?.actor_label, logged?.details.format, logged?.details.invalidRowsSkipped],
        ['Kommandoraden', 'csv', 1],
      );
      const again = await importFileInWorker(db(), bytes, 'csv', options({ skipInvalid: true }));
      assert.deepEqual([again.created, again.updated, again.unchanged, again.written], [0, 0, 699, false]);
      await assert.rejects(importFileInWorker(db(), new TextEncoder().encode('a;"b'), 'csv', options()), /citattecken/);
    });

    test('a row with more cells than headers says why', async () => {
      const report = await importEnterprises(
        db(),
        csv(['Org.nr;Namn;Verksamhetsområde', '799900-1014;A;Kiruna;Gällivare']),
        options({ dryRun: true }),
      );
      assert.equal(report.invalid[0]?.row, 2);
      assert.match(report.invalid[0]!.message, /fler värden än filen har kolumner/);
    });
  });
}

describe('asf import enterprises', () => {
  const { ctx, run } = useCli('asf-import-');

  test('reports errors as "Rad N, kolumn …", writes nothing and exits 1', async () => {
    const file = join(ctx.dir, 'fel.csv');
    writeFileSync(file, BAD.join('\r\n'));
    const r = await run(['import', 'enterprises', file]);
    assert.equal(r.code, 1);
    assert.match(r.text, /Rad 3, kolumn "Organisationsnummer": Organisationsnumret stämmer inte/);
    assert.match(r.text, /Ingenting skrevs/);
  });

  test('imports the example file, then finds nothing to change', async () => {
    const first = await run(['import', 'enterprises', EXAMPLE]);
    assert.equal(first.code, 0, first.text);
    assert.match(first.text, /10 nya företag/);
    const second = await run(['import', 'enterprises', EXAMPLE, '--dry-run']);
    assert.equal(second.code, 0);
    assert.match(second.text, /10 oförändrade/);
  });

  test('unknown file types and missing files get plain answers', async () => {
    assert.equal((await run(['import', 'enterprises', 'lista.xls'])).code, 2);
    const missing = await run(['import', 'enterprises', join(ctx.dir, 'finns-inte.csv')]);
    assert.equal(missing.code, 1);
    assert.match(missing.text, /Hittar inte filen/);
  });
});
