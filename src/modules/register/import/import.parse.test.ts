import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { readAreas, readCategories, readDate, readInt, readLegalForm } from './import.cells.js';
import { fieldForHeader, IMPORT_COLUMNS, IMPORT_FIELDS, foldHeader } from './import.columns.js';
import {
  decodeText,
  detectDelimiter,
  formatOf,
  ImportFileError,
  parseCsvBytes,
  parseCsvText,
  parseXlsx,
} from './import.parse.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Windows-1252 for the Swedish letters, as old Swedish Excel saves "CSV (semikolonavgränsad)". */
function cp1252(s: string): Uint8Array {
  const map: Record<string, number> = { å: 0xe5, ä: 0xe4, ö: 0xf6, Å: 0xc5, Ä: 0xc4, Ö: 0xd6, é: 0xe9 };
  return Uint8Array.from([...s].map((ch) => map[ch] ?? ch.charCodeAt(0)));
}

describe('reading files', () => {
  test('CSV in UTF-8 with and without BOM, and in Windows-1252, read the same', () => {
    const text = 'Namn;Kommun\r\nKooperativet Ö;Älvdalen\r\n';
    const expected = { headers: ['Namn', 'Kommun'], rows: [{ rowNumber: 2, cells: ['Kooperativet Ö', 'Älvdalen'] }] };
    assert.deepEqual(parseCsvBytes(utf8(text)), expected);
    assert.deepEqual(parseCsvBytes(utf8(`\ufeff${text}`)), expected);
    assert.deepEqual(parseCsvBytes(cp1252(text)), expected);
    assert.equal(decodeText(Uint8Array.from([0x80, 0x96])), '€–');
  });

  test('reads quotes, doubled quotes, CR, LF and CRLF like Excel', () => {
    assert.deepEqual(parseCsvText('a;b\r\n1;"x;""y""\r\nz"\rq;\n', ';'), [
      ['a', 'b'],
      ['1', 'x;"y"\r\nz'],
      ['q', ''],
    ]);
    assert.deepEqual(parseCsvText('"a"x;b"c', ';'), [['ax', 'b"c']]);
  });

  test('detects the delimiter and keeps row numbers across empty lines and quoted line breaks', () => {
    assert.equal(detectDelimiter('a;b;c\n1,2;3'), ';');
    assert.equal(detectDelimiter('"a;b",c,d\n'), ',');
    assert.equal(detectDelimiter('a\tb\n'), '\t');
    const t = parseCsvBytes(utf8('Namn,Beskrivning\n\nA,"rad ett\nrad två"\nB,x\n'));
    assert.deepEqual(
      t.rows.map((r) => r.rowNumber),
      [3, 4],
    );
    assert.equal(t.rows[0]?.cells[1], 'rad ett\nrad två');
  });

  test('an unreadable CSV and an empty file give Swedish messages', () => {
    assert.throws(
      () => parseCsvBytes(utf8('')),
      (e: Error) => e instanceof ImportFileError && /tom/.test(e.message),
    );
    assert.throws(
      () => parseCsvBytes(utf8('Namn;Ort\nA;"Kiruna\nB;Umeå\n')),
      (e: Error) => e instanceof ImportFileError && /citattecken på rad 2/.test(e.message),
    );
  });

  test('XLSX: first sheet, typed cells as the text the user sees', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.addRow(['Org.nr', 'Anställda', 'Rapporterat', 'Webbplats', 'Namn']);
    ws.addRow([]);
    ws.addRow([
      5564480282,
      12,
      new Date(Date.UTC(2026, 2, 31)),
      { text: 'exempel.example', hyperlink: 'https://exempel.example' },
      { richText: [{ text: 'Kooperativet ' }, { text: 'Ringen' }] },
    ]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const t = await parseXlsx(bytes);
    assert.deepEqual(t.headers, ['Org.nr', 'Anställda', 'Rapporterat', 'Webbplats', 'Namn']);
    assert.deepEqual(t.rows, [
      { rowNumber: 3, cells: ['5564480282', '12', '2026-03-31', 'exempel.example', 'Kooperativet Ringen'] },
    ]);
    await assert.rejects(parseXlsx(utf8('inte en zip')), ImportFileError);
  });

  test('file formats by extension', () => {
    assert.equal(formatOf('Företag.CSV'), 'csv');
    assert.equal(formatOf('a.xlsx'), 'xlsx');
    assert.equal(formatOf('a.xls'), undefined);
  });
});

describe('columns and cells', () => {
  test('headers match in Swedish and English whatever the case, spacing or diacritics', () => {
    for (const h of ['Organisationsnummer', 'Org.nr', 'orgnr', 'ORG NR', 'organisation number'])
      assert.equal(fieldForHeader(h), 'orgnr', h);
    assert.equal(fieldForHeader('Företagsnamn'), 'name');
    assert.equal(fieldForHeader('foretagsform'), 'legalForm');
    assert.equal(fieldForHeader('Levererar i'), 'operatingAreas');
    assert.equal(fieldForHeader('ANSTALLDA UR MALGRUPPEN'), 'targetGroupEmployees');
    assert.equal(fieldForHeader('Datum för uppgifter'), 'reportedOn');
    assert.equal(fieldForHeader('valid until'), 'certifiedUntil');
    assert.equal(fieldForHeader('Okänd rubrik'), undefined);
  });

  test('no alias names two fields', () => {
    const seen = new Map<string, string>();
    for (const f of IMPORT_FIELDS) {
      for (const name of IMPORT_COLUMNS[f]) {
        const key = foldHeader(name);
        assert.ok(!seen.has(key) || seen.get(key) === f, `${name}: ${seen.get(key)} och ${f}`);
        seen.set(key, f);
      }
    }
  });

  test('cell readers accept what spreadsheets hold and explain what they do not', () => {
    assert.deepEqual(readInt('1 200'), { ok: true, value: 1200 });
    assert.deepEqual(readInt('12,0'), { ok: true, value: 12 });
    assert.equal(readInt('tolv').ok, false);
    assert.deepEqual(readDate('2026-3-1'), { ok: true, value: '2026-03-01' });
    assert.deepEqual(readDate('2026-03-31 00:00:00'), { ok: true, value: '2026-03-31' });
    assert.equal(readDate('2026-02-30').ok, false);
    assert.deepEqual(readLegalForm('Ekonomisk förening'), { ok: true, value: 'ekonomisk_forening' });
    assert.deepEqual(readLegalForm('ek. för.'), { ok: true, value: 'ekonomisk_forening' });
    assert.deepEqual(readLegalForm('aktiebolag_svb'), { ok: true, value: 'aktiebolag_svb' });
    assert.deepEqual(readLegalForm('AB (svb)'), { ok: true, value: 'aktiebolag_svb' });
    assert.equal(readLegalForm('Enskild firma').ok, false);
    assert.deepEqual(readAreas('Kiruna; 2523, Norrbottens län'), {
      ok: true,
      value: [
        { countyCode: '25', municipalityCode: '2584' },
        { countyCode: '25', municipalityCode: '2523' },
        { countyCode: '25', municipalityCode: null },
      ],
    });
    assert.deepEqual(readCategories('lokalvård; Återbruk, second hand och reparation, Tvätt'), {
      ok: true,
      value: ['stadning', 'aterbruk', 'tvatt'],
    });
    assert.deepEqual(readCategories('Cleaning, catering'), { ok: true, value: ['stadning', 'catering'] });
    const bad = readCategories('Städning; Trolleri');
    assert.ok(!bad.ok && /Trolleri/.test(bad.message));
  });
});
