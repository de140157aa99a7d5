import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readAreas, readInt, readMunicipality } from './import.cells.js';
import {
  fieldForHeader,
  foldHeader,
  IMPORT_COLUMNS,
  IMPORT_FIELDS,
  isExportOnlyColumn,
  mapColumns,
} from './import.columns.js';
import {
  headerSetKey,
  parseColumnOption,
  readReportedOnOption,
  settingsFingerprint,
  settingsFromJson,
  unrecognisedColumns,
} from './import.mapping.js';
import { parseCsvBytes } from './import.parse.js';
import { planImport } from './import.plan.js';

const csv = (lines: string[]) => parseCsvBytes(new TextEncoder().encode(lines.join('\r\n')));

describe('the names coordinators give their columns', () => {
  test('the names of issue 7 and twenty-odd more Swedish ones are recognised', () => {
    const expected: Record<string, string> = {
      'Verksam i': 'operatingAreas',
      'Varav från målgruppen': 'targetGroupEmployees',
      'Antal i målgruppen': 'targetGroupEmployees',
      'Org nummer': 'orgnr',
      'Namn på företaget': 'name',
      Företagstyp: 'legalForm',
      Säteskommun: 'municipality',
      'Kommun (säte)': 'municipality',
      Kommuner: 'operatingAreas',
      'Geografiskt område': 'operatingAreas',
      Bransch: 'categories',
      Tjänsteområden: 'categories',
      'Antal anställda totalt': 'employees',
      Medarbetare: 'employees',
      'Varav ur målgruppen': 'targetGroupEmployees',
      'Anställda i målgruppen': 'targetGroupEmployees',
      'Uppgifter från': 'reportedOn',
      Uppgiftsdatum: 'reportedOn',
      'Platser för arbetsträning': 'trainingPlaces',
      'Varav lediga': 'freePlaces',
      'Medlem i': 'networks',
      Mejladress: 'email',
      'Tel.nr': 'phone',
      Mobil: 'phone',
      Webbsida: 'website',
      Verksamhetsbeskrivning: 'description',
      Startade: 'foundedYear',
      Bildades: 'foundedYear',
    };
    for (const [header, field] of Object.entries(expected)) assert.equal(fieldForHeader(header), field, header);
  });

  test('a name that could mean two things is asked about rather than guessed', () => {
    for (const header of ['Inriktning', 'Datum', 'Kontaktperson', 'Område'])
      assert.equal(fieldForHeader(header), undefined);
  });

  test('no name of a field is also one of the columns export adds', () => {
    for (const f of IMPORT_FIELDS)
      for (const name of IMPORT_COLUMNS[f]) assert.ok(!isExportOnlyColumn(name), `${name} (${f})`);
  });
});

describe('numbers as people write them', () => {
  test('"22 st", "1 200" and a narrow no-break space are read as numbers', () => {
    for (const [text, value] of [
      ['22 st', 22],
      ['22st.', 22],
      ['1 200', 1200],
      ['1\u202f200', 1200],
      ['1 200 st', 1200],
      ['4 personer', 4],
      ['12,0', 12],
    ] as const) {
      assert.deepEqual(readInt(text), { ok: true, value }, text);
    }
  });

  test('"ca 20" and other approximate counts are refused with the reason', () => {
    for (const text of [
      'ca 20',
      'Ca. 20',
      'c:a 20',
      'cirka 20',
      'ungefär 20',
      'drygt 20',
      '~20',
      '20+',
      '15-20',
      '15–20',
      'minst 3',
    ]) {
      const r = readInt(text);
      assert.ok(!r.ok, text);
      assert.match(r.message, /är ett ungefärligt antal\. Skriv det exakta antalet/, text);
    }
    const r = readInt('ca 20');
    assert.ok(!r.ok);
    assert.equal(
      r.message,
      '"ca 20" är ett ungefärligt antal. Skriv det exakta antalet, till exempel 20: registret visar antalet som en uppgift om företaget och räknar andelen ur målgruppen ur det.',
    );
    assert.match((readInt('2,5') as { message: string }).message, /inte ett heltal/);
  });
});

describe('an unknown kommun gets the nearest real names', () => {
  test('a typo: "Menade du Borlänge?"', () => {
    assert.deepEqual(readMunicipality('Borlänga'), {
      ok: false,
      message: 'Okänd kommun "Borlänga". Menade du Borlänge?',
    });
    assert.deepEqual(readMunicipality('Stokholm'), {
      ok: false,
      message: 'Okänd kommun "Stokholm". Menade du Stockholm?',
    });
    const part = readMunicipality('Upplands');
    assert.ok(!part.ok && part.message.endsWith('Menade du Upplands Väsby eller Upplands-Bro?'), JSON.stringify(part));
  });

  test('nothing near: the plain advice', () => {
    const r = readMunicipality('Atlantis');
    assert.ok(!r.ok && /Skriv kommunens namn, till exempel Kiruna/.test(r.message));
  });

  test('in a list of areas, each unknown place with its own suggestion; "och", "/" and "Hela …" are understood', () => {
    const r = readAreas('Falum; Dalarns län; Atlantis');
    assert.ok(!r.ok);
    assert.match(r.message, /"Falum" \(menade du Falun\?\), "Dalarns län" \(menade du Dalarnas län\?\), "Atlantis"\./);
    assert.deepEqual(readAreas('Borlänge och Falun/Gagnef'), {
      ok: true,
      value: [
        { countyCode: '20', municipalityCode: '2081' },
        { countyCode: '20', municipalityCode: '2080' },
        { countyCode: '20', municipalityCode: '2026' },
      ],
    });
    assert.deepEqual(readAreas('Hela Dalarna'), { ok: true, value: [{ countyCode: '20', municipalityCode: null }] });
    assert.deepEqual(readAreas('hela Borlänge'), { ok: true, value: [{ countyCode: '20', municipalityCode: '2081' }] });
  });
});

describe('column choices', () => {
  const table = csv([
    'Org nummer;Företagets namn;Inriktning;Kontaktperson;Tjänster',
    '799900-1014;Ringen;Städning;Anna;Tvätt',
    '799900-1022;Gröna;Städning;;Tvätt',
    '799900-1048;Kaféet;Catering;Bo;',
    '799900-1055;Fjärde;Snöröjning;Cia;',
  ]);

  test('an unrecognised column is listed with its first different values and is skipped until chosen', () => {
    assert.deepEqual(unrecognisedColumns(table, []), [
      { index: 2, header: 'Inriktning', samples: ['Städning', 'Catering', 'Snöröjning'], field: null, chosen: false },
      { index: 3, header: 'Kontaktperson', samples: ['Anna', 'Bo', 'Cia'], field: null, chosen: false },
    ]);
    const map = mapColumns(table.headers, [{ header: 'kontakt person', field: null }]);
    assert.deepEqual(map.unknown, ['Inriktning']);
    assert.equal(map.index.categories, 4);
  });

  test('a chosen column is read as its field; one taken by another column is reported on the chosen one', () => {
    const ok = mapColumns(table.headers, [{ header: 'Inriktning', field: 'description' }]);
    assert.equal(ok.index.description, 2);
    const clash = planImport(table, { columns: [{ header: 'Inriktning', field: 'categories' }], reportedOn: null });
    assert.ok(clash.blocked);
    assert.deepEqual(clash.report.invalid, [
      {
        row: 1,
        column: 'Inriktning',
        message:
          'Kolumnen "Inriktning" är vald som Tjänster, men kolumnen "Tjänster" läses redan som det. Välj något annat för "Inriktning", eller hoppa över den.',
      },
    ]);
  });

  test('a choice for a column the file does not have, and a date beside a date column, stop the file', () => {
    const typo = planImport(table, { columns: [{ header: 'Inriktningen', field: 'categories' }], reportedOn: null });
    assert.match(
      typo.report.invalid[0]!.message,
      /^Filen har ingen kolumn "Inriktningen"\. Rubrikerna i filen är "Org nummer", /,
    );
    const dated = planImport(csv(['Orgnr;Uppgiftsdatum', '799900-1014;2026-01-01']), {
      columns: [],
      reportedOn: '2026-10-01',
    });
    assert.deepEqual(
      dated.report.invalid.map((p) => [p.row, p.column]),
      [[1, 'Uppgiftsdatum']],
    );
  });

  test('--kolumn takes a header, "=" and a field by any of its names, or "hoppa över"', () => {
    assert.deepEqual(parseColumnOption('Verksam i=Verksamhetsområde'), {
      ok: true,
      value: { header: 'Verksam i', field: 'operatingAreas' },
    });
    assert.deepEqual(parseColumnOption(' Inriktning = tjänster '), {
      ok: true,
      value: { header: 'Inriktning', field: 'categories' },
    });
    assert.deepEqual(parseColumnOption('Kontaktperson=hoppa över'), {
      ok: true,
      value: { header: 'Kontaktperson', field: null },
    });
    assert.deepEqual(parseColumnOption('Antal=targetGroupEmployees'), {
      ok: true,
      value: { header: 'Antal', field: 'targetGroupEmployees' },
    });
    const bad = parseColumnOption('Inriktning=Trolleri');
    assert.ok(!bad.ok && /"Trolleri" är inget fält\. Skriv något av Organisationsnummer, Namn, /.test(bad.message));
    assert.equal(parseColumnOption('Inriktning').ok, false);
  });

  test('the date for a whole file: a real date, not after today', () => {
    assert.deepEqual(readReportedOnOption('2026-10-01', '2026-11-24'), { ok: true, value: '2026-10-01' });
    assert.deepEqual(readReportedOnOption('', '2026-11-24'), { ok: true, value: null });
    assert.equal(readReportedOnOption('1 oktober', '2026-11-24').ok, false);
    assert.equal(readReportedOnOption('2026-02-30', '2026-11-24').ok, false);
    const future = readReportedOnOption('2026-12-01', '2026-11-24');
    assert.ok(!future.ok && /har inte kommit än/.test(future.message));
  });

  test('fingerprints and header keys do not depend on order or spelling; stored settings are checked', () => {
    const a = {
      columns: [
        { header: 'Inriktning', field: 'categories' as const },
        { header: 'X', field: null },
      ],
      reportedOn: '2026-10-01',
    };
    const b = {
      columns: [
        { header: 'x', field: null },
        { header: 'INRIKTNING', field: 'categories' as const },
      ],
      reportedOn: '2026-10-01',
    };
    assert.equal(settingsFingerprint(a), settingsFingerprint(b));
    assert.notEqual(settingsFingerprint(a), settingsFingerprint({ ...a, reportedOn: null }));
    assert.equal(headerSetKey(['Org nr', 'Verksam i']), headerSetKey(['Verksam  i', 'orgnr']));
    assert.notEqual(headerSetKey(['Org nr', 'Verksam i']), headerSetKey(['Org nr']));
    assert.deepEqual(
      settingsFromJson({
        columns: [
          { header: 'A', field: 'trolleri' },
          { header: 'B', field: null },
        ],
        reportedOn: 'i går',
      }),
      { columns: [{ header: 'B', field: null }], reportedOn: null },
    );
    assert.equal(foldHeader('Verksam  i'), 'verksami');
  });
});
