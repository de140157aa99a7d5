import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { importEnterprises } from './import.service.js';
import { csvTable as csv, importOptions as options, useImportDatabase } from '../testing/import.js';

/** What a row's values are checked against, and where the message points (the column as the file names it). */
for (const kind of testDatabaseKinds()) {
  describe(`import rows checked against the register's rules (${kind})`, () => {
    const { db } = useImportDatabase(kind);

    test('a well-formed CPV number that is no code of CPV 2008 is refused, naming the number', async () => {
      const report = await importEnterprises(
        db(),
        csv([
          'Org.nr;Namn;Företagsform;Kommun;Tjänster;CPV',
          '799900-1022;Gröna;Ekonomisk förening;Kiruna;Städning;90999999',
        ]),
        options({ dryRun: true }),
      );
      assert.deepEqual(
        report.invalid.map((p) => [p.row, p.column, p.message]),
        [[2, 'CPV', 'Det finns ingen CPV-kod 90999999 i CPV 2008. Kontrollera siffrorna.']],
      );
    });

    test('schema problems point at the column the value came from', async () => {
      const report = await importEnterprises(
        db(),
        csv([
          'organisation number,name,legal form,employees,target group employees,reported on,email',
          '799900-1022,Gröna,ek. för.,4,6,2026-01-01,inte-en-adress',
        ]),
        options({ dryRun: true }),
      );
      assert.deepEqual(
        report.invalid.map((p) => [p.row, p.column, p.message]),
        [
          [2, 'email', 'E-postadressen ser inte rätt ut, till exempel info@exempel.se.'],
          [2, 'target group employees', 'Anställda ur målgruppen kan inte vara fler än alla anställda.'],
        ],
      );
    });
  });
}
