import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { localFiles } from '../../../platform/cli/command.js';
import { runAsf } from '../../../app/testing/cli.js';
import { openTestDatabase, testDatabaseKinds, type AppDatabase } from '../../../app/testing/test-db.js';
import { EnterpriseDetailSchema } from './enterprise.api.js';
import { factsOf, getEnterprise, saveEnterprise } from '../enterprise/enterprise.service.js';
import type { Enterprise } from '../enterprise/enterprise.types.js';
import { collectForExport, exportRows, toJson, type JsonExport } from './export.service.js';
import { guardCell, toCsv, toXlsx } from '../../../platform/http/table-export.js';
import { IMPORT_COLUMNS, IMPORT_FIELDS } from '../import/import.columns.js';
import { parseCsvBytes, parseXlsx } from '../import/import.parse.js';
import { importEnterprises } from '../import/import.service.js';
import { DEFAULT_CRITERIA } from '../search/search.types.js';
import { seedEnterprises } from '../demo/seed.service.js';
import { buildEnterprise } from '../testing/factories.js';

const today = '2026-11-24';
const all = { ...DEFAULT_CRITERIA, sort: 'name' as const };

for (const kind of testDatabaseKinds()) {
  describe(`export (${kind})`, () => {
    let source: AppDatabase;
    let enterprises: Enterprise[];
    before(async () => {
      source = await openTestDatabase(kind);
      await seedEnterprises(source.db, 120, { isDemo: true, today });
      // Text that others typed may look like a formula; it must come back as it was.
      await saveEnterprise(
        source.db,
        buildEnterprise({
          orgnr: '799900-1014',
          name: '=HYPERLINK("http://x.example")',
          description: '@SUM(A1)',
          phone: '+46 70 174 06 05',
        }),
        {
          status: 'published',
          isDemo: false,
          sources: {},
          verifiedAt: new Date(`${today}T08:00:00Z`),
        },
      );
      enterprises = await collectForExport(source.db, all, today);
    });
    after(async () => {
      await source.close();
    });

    test('collects every published enterprise the criteria find, in the directory order, up to a limit', async () => {
      assert.equal(enterprises.length, 121);
      const inNorrbotten = await collectForExport(source.db, { ...all, county: '25' }, today);
      assert.ok(
        inNorrbotten.length > 0 && inNorrbotten.every((e) => e.operatingAreas.some((a) => a.countyCode === '25')),
      );
      assert.equal((await collectForExport(source.db, all, today, 7)).length, 7);
      const one = await getEnterprise(source.db, enterprises[5]!.orgnr);
      assert.deepEqual(enterprises[5], one);
    });

    test('CSV: BOM, semicolons and CRLF, with the import column names, parsing back to the same values', () => {
      const table = exportRows(enterprises, today);
      const text = toCsv(table);
      assert.ok(text.startsWith('\ufeffOrganisationsnummer;Namn;Företagsform;'));
      assert.ok(text.includes('\r\n'));
      assert.ok(!/[^\r]\n/.test(text.replace(/"[^"]*"/g, '')), 'every line ends in CRLF');
      const records = parse(text, { delimiter: ';', bom: true }) as string[][];
      assert.deepEqual(
        records[0]!.slice(0, IMPORT_FIELDS.length),
        IMPORT_FIELDS.map((f) => IMPORT_COLUMNS[f][0]),
      );
      assert.equal(records.length, 122);
      const demo = enterprises.find((e) => e.isDemo)!;
      const row = records.find((r) => r[0] === demo.orgnr)!;
      assert.equal(row[1], demo.name);
      assert.equal(row.at(-1), 'ja');
      const hostile = records.find((r) => r[0] === '799900-1014')!;
      assert.equal(hostile[1], `'=HYPERLINK("http://x.example")`);
      assert.ok(hostile.includes('+46 70 174 06 05'));
    });

    test('formula-like cells are guarded, numbers and phone numbers are not', () => {
      assert.equal(guardCell('=1+2'), "'=1+2");
      assert.equal(guardCell('-2+3+cmd|x'), "'-2+3+cmd|x");
      assert.equal(guardCell('+46 70-174 06 05'), '+46 70-174 06 05');
      assert.equal(guardCell('Kooperativet'), 'Kooperativet');
    });

    test('XLSX: one sheet, bold frozen header, the same cells', async () => {
      const buffer = await toXlsx(exportRows(enterprises, today));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buffer as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      assert.equal(ws.getRow(1).getCell(1).value, 'Organisationsnummer');
      assert.equal(ws.getRow(1).font?.bold, true);
      assert.equal(ws.views[0]?.state, 'frozen');
      assert.equal(ws.rowCount, 122);
      assert.equal(ws.getRow(2).getCell(1).value, enterprises[0]!.orgnr);
    });

    test('JSON: the API detail shape for every enterprise', () => {
      const body = JSON.parse(toJson(enterprises, today)) as JsonExport;
      assert.equal(body.total, 121);
      assert.equal(body.generatedOn, today);
      for (const item of body.items) {
        const r = EnterpriseDetailSchema.safeParse(item);
        assert.ok(r.success, JSON.stringify(r.error?.issues));
      }
    });

    test('an exported CSV and XLSX import into an emptied register with the same facts', async () => {
      // One database per file: PostgreSQL test schemas side by side confuse Kysely's migrator.
      const csv = toCsv(exportRows(enterprises, today));
      const xlsx = await parseXlsx(new Uint8Array(await toXlsx(exportRows(enterprises, today))));
      await source.db.deleteFrom('enterprise').execute();
      const target = source;
      const csvReport = await importEnterprises(target.db, parseCsvBytes(new TextEncoder().encode(csv)), {
        dryRun: false,
        skipInvalid: false,
        source: 'import',
        today,
      });
      assert.deepEqual(csvReport.invalid, []);
      assert.equal(csvReport.created, 121);
      for (const e of enterprises) {
        const copy = await getEnterprise(target.db, e.orgnr);
        assert.ok(copy, e.orgnr);
        assert.deepEqual(factsOf(copy), factsOf(e), e.orgnr);
        assert.equal(copy.isDemo, e.isDemo);
      }
      const again = await importEnterprises(target.db, xlsx, {
        dryRun: false,
        skipInvalid: false,
        source: 'import',
        today,
      });
      assert.deepEqual([again.invalid.length, again.created, again.updated, again.unchanged], [0, 0, 0, 121]);
    });
  });
}

describe('asf export enterprises', () => {
  let dir: string;
  const env = { ...process.env };
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'asf-export-'));
    process.env.DATA_DIR = join(dir, 'data');
    delete process.env.DATABASE_URL;
    await runAsf(['seed', '--enterprises', '40'], { ...localFiles, out: () => {}, err: () => {}, progress: () => {} });
  });
  after(() => {
    process.env = env;
    rmSync(dir, { recursive: true, force: true });
  });
  const run = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runAsf(args, {
      ...localFiles,
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      progress: () => {},
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  test('CSV and JSON to standard out, filtered with the API parameter names', async () => {
    const r = await run(['export', 'enterprises', '--format', 'csv', '--county', '25']);
    assert.equal(r.code, 0, r.err);
    const rows = parse(r.out, { delimiter: ';', bom: true }) as string[][];
    assert.ok(rows.length >= 2 && rows.length < 41);
    assert.match(r.err, /Skrev \d+ företag/);
    const json = await run(['export', 'enterprises', '--format', 'json', '--hasTrainingPlaces']);
    const body = JSON.parse(json.out) as JsonExport;
    assert.ok(body.items.every((e) => (e.trainingPlaces?.free ?? 0) > 0));
  });

  test('XLSX to a file, and plain answers to bad flags', async () => {
    const file = join(dir, 'ut.xlsx');
    const r = await run(['export', 'enterprises', '--format', 'xlsx', '--output', file]);
    assert.equal(r.code, 0, r.err);
    const table = await parseXlsx(new Uint8Array(readFileSync(file)));
    assert.equal(table.rows.length, 40);
    assert.equal((await run(['export', 'enterprises', '--format', 'pdf'])).code, 2);
    const bad = await run(['export', 'enterprises', '--county', '99']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--county: Okänt län/);
  });
});
