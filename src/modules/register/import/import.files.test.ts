import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { useCli } from '../../../app/testing/cli.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { countEnterprises } from '../enterprise/enterprise.repository.js';
import { getEnterprise } from '../enterprise/enterprise.service.js';
import type { ImportSettings } from './import.mapping.js';
import { parseCsvBytes } from './import.parse.js';
import { importEnterprises } from './import.service.js';
import type { ImportOptions } from './import.types.js';
import { importFileInWorker } from './import.worker.js';
import { useImportDatabase } from '../testing/import.js';

/**
 * Issue 7 §5: a coordinator's own list — Windows-1252, semicolons, its own headers, counts like
 * "22 st" and "1 200", no column for the date of the employee figures — imports cleanly once its
 * unknown columns are given fields and the file one date; through the service, the worker thread
 * and the command line.
 */
const LIST_PATH = join(process.cwd(), 'tests/fixtures/import/samordnarens-lista.csv');
const LIST = readFileSync(LIST_PATH);
const EXAMPLE = join(process.cwd(), 'tests/fixtures/import/exempel.csv');
const SETTINGS: ImportSettings = {
  columns: [
    { header: 'Inriktning', field: 'categories' },
    { header: 'Kontaktperson', field: null },
    { header: 'Kommentar', field: null },
  ],
  reportedOn: '2026-10-01',
};
const options = (o: Partial<ImportOptions> = {}): ImportOptions => ({
  dryRun: false,
  skipInvalid: false,
  source: 'import',
  today: '2026-11-24',
  note: 'samordnarens-lista.csv',
  ...o,
});
const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n'));

for (const kind of testDatabaseKinds()) {
  describe(`a coordinator's own list (${kind})`, () => {
    const { db, reset } = useImportDatabase(kind);

    test('as it is: every row lacks the date, its three unknown columns are skipped and listed', async () => {
      await reset();
      const report = await importFileInWorker(db(), LIST, 'csv', options({ dryRun: true }));
      assert.deepEqual(report.ignoredColumns, ['Inriktning', 'Kontaktperson', 'Kommentar']);
      assert.deepEqual(
        report.columns.map((c) => [c.index, c.header, c.samples.length, c.field, c.chosen]),
        [
          [5, 'Inriktning', 3, null, false],
          [9, 'Kontaktperson', 3, null, false],
          [13, 'Kommentar', 3, null, false],
        ],
      );
      assert.equal(report.invalidRows, 10);
      assert.ok(report.invalid.every((p) => p.column === 'Rapporterat' && /Ange vilket datum/.test(p.message)));
      assert.deepEqual([report.dateMissing, report.reportedOnColumn, report.hasEmployeeColumns], [true, null, true]);
    });

    test('with its columns chosen and one date, in a worker thread: ten enterprises, figures dated by the file', async () => {
      await reset();
      const report = await importFileInWorker(db(), LIST, 'csv', options({ settings: SETTINGS }));
      assert.deepEqual(report.invalid, []);
      assert.deepEqual([report.created, report.written, report.dateMissing], [10, true, false]);
      assert.deepEqual(report.ignoredColumns, []);
      assert.deepEqual(report.settings, SETTINGS);
      assert.equal(await countEnterprises(db()), 10);
      const returen = await getEnterprise(db(), '802550-1027');
      assert.deepEqual(returen?.employees, { total: 14, targetGroup: 9, reportedOn: '2026-10-01' });
      assert.deepEqual(
        returen?.offerings.map((o) => o.category),
        ['aterbruk', 'fordonsvard'],
      );
      // "Falun och Borlänge"
      assert.deepEqual(
        returen?.operatingAreas.map((a) => a.municipalityCode),
        ['2080', '2081'],
      );
      assert.equal(returen?.legalForm, 'ideell_forening');
      assert.equal(returen?.email, 'butik@returen-falun.example');
      assert.deepEqual((await getEnterprise(db(), '802550-1035'))?.employees, {
        total: 1200,
        targetGroup: 640,
        reportedOn: '2026-10-01',
      });
      // Org.nrs written without a hyphen, a row without training places.
      assert.equal((await getEnterprise(db(), '802550-1076'))?.trainingPlaces?.capacity, 2);
      assert.equal((await getEnterprise(db(), '769950-1065'))?.trainingPlaces, null);

      // The same in this thread; and again changes nothing.
      const again = await importEnterprises(db(), parseCsvBytes(LIST), options({ settings: SETTINGS }));
      assert.deepEqual([again.unchanged, again.written], [10, false]);
    });

    test('a later file of figures only: dated by its own date, an emptied row loses its figures, others stay', async () => {
      const lines = ['Org nummer;Antal anställda;Varav från målgruppen', '769950-1016;25 st;13', '802550-1027;;'];
      const report = await importFileInWorker(
        db(),
        csv(lines),
        'csv',
        options({ settings: { columns: [], reportedOn: '2026-11-01' } }),
      );
      assert.deepEqual(report.invalid, []);
      assert.equal(report.updated, 2);
      assert.deepEqual((await getEnterprise(db(), '769950-1016'))?.employees, {
        total: 25,
        targetGroup: 13,
        reportedOn: '2026-11-01',
      });
      assert.equal((await getEnterprise(db(), '802550-1027'))?.employees, null);
      assert.equal((await getEnterprise(db(), '802550-1035'))?.employees?.reportedOn, '2026-10-01');
    });

    test('new figures without a date are not dated by the old one; the same figures keep it', async () => {
      const lines = ['Org nummer;Antal anställda;Varav från målgruppen', '769950-1016;40 st;10', '802550-1035;'];
      const before = (await getEnterprise(db(), '802550-1035'))?.employees;
      lines[2] = `802550-1035;${before!.total};${before!.targetGroup}`;
      const report = await importFileInWorker(db(), csv(lines), 'csv', options());
      assert.equal(report.written, false);
      assert.equal(report.dateMissing, true, 'the preview asks for the date');
      assert.deepEqual(
        report.invalid.map((p) => [p.row, p.column]),
        [[2, 'Rapporterat']],
      );
      assert.match(report.invalid[0]!.message, /har ändrats sedan uppgifterna från 2026-11-01/);
      assert.equal((await getEnterprise(db(), '769950-1016'))?.employees?.total, 25, 'nothing written');
    });

    test('settings chosen from the headers: asked once the file is read; throwing stops the import', async () => {
      await reset();
      const asked: (readonly string[])[] = [];
      const report = await importFileInWorker(
        db(),
        LIST,
        'csv',
        options({
          chooseSettings: async (headers) => {
            asked.push(headers);
            return SETTINGS;
          },
        }),
      );
      assert.equal(report.created, 10);
      assert.equal(asked.length, 1);
      assert.equal(asked[0]?.[4], 'Verksam i');
      await reset();
      await assert.rejects(
        importFileInWorker(
          db(),
          LIST,
          'csv',
          options({
            chooseSettings: async () => {
              throw new Error('ändrade val');
            },
          }),
        ),
        /ändrade val/,
      );
      assert.equal(await countEnterprises(db()), 0);
    });
  });
}

describe('asf import enterprises with --kolumn and --rapporterat', () => {
  const { run } = useCli('asf-import-files-');

  test('without them: each skipped column with its first values and the flag that reads it, and every row error', async () => {
    const r = await run(['import', 'enterprises', LIST_PATH, '--dry-run']);
    assert.equal(r.code, 1);
    assert.match(
      r.text,
      /Kolumnen "Inriktning" känns inte igen och hoppades över \(första värdena: "Städning; Fönsterputs", "Återbruk; Cykelreparation", "Lager och montering; Tvätt"\)\. Säg vad den innehåller med --kolumn "Inriktning=<fält>"/,
    );
    assert.match(r.text, /Kolumnen "Kontaktperson" känns inte igen/);
    assert.match(r.text, /Ange ett datum för hela filen med --rapporterat ÅÅÅÅ-MM-DD\./);
    for (let row = 2; row <= 11; row++) {
      assert.match(
        r.text,
        new RegExp(`Rad ${row}, kolumn "Rapporterat": Ange vilket datum uppgifterna om anställda gäller`),
      );
    }
    assert.match(r.text, /Ingenting skrevs/);
  });

  test('with them: the list imports cleanly and says which date it used', async () => {
    const r = await run([
      'import',
      'enterprises',
      LIST_PATH,
      '--kolumn',
      'Inriktning=Tjänster',
      '--kolumn',
      'Kontaktperson=hoppa över',
      '--kolumn=Kommentar=hoppa över',
      '--rapporterat',
      '2026-10-01',
    ]);
    assert.equal(r.code, 0, r.text);
    assert.match(r.text, /Uppgifterna om anställda gäller 2026-10-01 på alla rader \(--rapporterat\)\./);
    assert.match(r.text, /10 rader: 10 nya företag, 0 ändrade, 0 oförändrade\./);
    assert.doesNotMatch(r.text, /känns inte igen/);
  });

  test('a wrong flag is refused before anything is read; a column the file lacks, or a date beside a date column, stops the file', async () => {
    const field = await run(['import', 'enterprises', LIST_PATH, '--kolumn', 'Inriktning=Trolleri']);
    assert.equal(field.code, 2);
    assert.match(
      field.text,
      /--kolumn "Inriktning=Trolleri": "Trolleri" är inget fält\. Skriv något av Organisationsnummer/,
    );
    const date = await run(['import', 'enterprises', LIST_PATH, '--rapporterat', '1 oktober']);
    assert.equal(date.code, 2);
    assert.match(date.text, /--rapporterat: Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-10-01\./);
    const impossible = await run(['import', 'enterprises', LIST_PATH, '--rapporterat', '2026-02-30']);
    assert.match(impossible.text, /--rapporterat: Datumet 2026-02-30 finns inte\. Skriv ett datum som finns\./);
    const typo = await run(['import', 'enterprises', LIST_PATH, '--dry-run', '--kolumn', 'Inriktningen=Tjänster']);
    assert.equal(typo.code, 1);
    assert.match(
      typo.text,
      /Rad 1, kolumn "Inriktningen": Filen har ingen kolumn "Inriktningen"\. Rubrikerna i filen är "Företagets namn", /,
    );
    // Not a dry run: it says that nothing was written (a file refused at row 1 once said "nothing needed to change").
    const twice = await run(['import', 'enterprises', EXAMPLE, '--rapporterat', '2026-10-01']);
    assert.equal(twice.code, 1);
    assert.match(twice.text, /Rad 1, kolumn "Rapporterat": Filen har redan kolumnen "Rapporterat"/);
    assert.match(twice.text, /Ingenting skrevs till registret eftersom filen har fel/);
    const help = await run(['import', 'enterprises', '--help']);
    assert.match(help.text, /--kolumn "Rubrik=Fält"/);
    assert.match(help.text, /--rapporterat ÅÅÅÅ-MM-DD/);
  });
});
