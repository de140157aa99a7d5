import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import {
  COUNTIES,
  MUNICIPALITIES,
  countyByCode,
  findCountyByName,
  findMunicipalityByName,
  isCountyCode,
  isMunicipalityCode,
  similarAreaNames,
  similarMunicipalityNames,
  municipalitiesInCounty,
  municipalityByCode,
  resolveCounty,
  resolveMunicipality,
} from './geo.js';
import { sharedReferencePath } from './shared-path.js';

type Row = Record<string, string>;

function readCsv(path: string): Row[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];
}

const ABSENT = 'shared reference folder (../shared/reference) is absent; cross-check not run';

test('codes are unique, well-formed and consistent with their county', () => {
  assert.equal(COUNTIES.length, 21);
  assert.equal(MUNICIPALITIES.length, 290);
  assert.equal(new Set(COUNTIES.map((c) => c.code)).size, COUNTIES.length);
  assert.equal(new Set(MUNICIPALITIES.map((m) => m.code)).size, MUNICIPALITIES.length);
  for (const c of COUNTIES) {
    assert.match(c.code, /^\d{2}$/);
    assert.match(c.nuts3, /^SE\d{3}$/);
  }
  for (const m of MUNICIPALITIES) {
    assert.match(m.code, /^\d{4}$/);
    assert.equal(m.code.slice(0, 2), m.countyCode, m.code);
    assert.equal(m.nuts3, countyByCode(m.countyCode)?.nuts3, m.code);
  }
});

test('counties match se-geodata: 21 län, every code and name', (t) => {
  const path = sharedReferencePath('se-geodata', 'counties.csv');
  if (!path) return t.skip(ABSENT);
  const rows = readCsv(path);
  assert.equal(COUNTIES.length, 21);
  assert.deepEqual(
    COUNTIES.map((c) => [c.code, c.name, c.shortName]),
    rows.map((r) => [r.county_code, r.county_name, r.county_name_short]),
  );
});

test('municipalities match se-geodata: 290 kommuner, every code, name and county', (t) => {
  const path = sharedReferencePath('se-geodata', 'municipalities.csv');
  if (!path) return t.skip(ABSENT);
  const rows = readCsv(path);
  assert.equal(MUNICIPALITIES.length, 290);
  assert.deepEqual(
    MUNICIPALITIES.map((m) => [m.code, m.name, m.shortName, m.countyCode]),
    rows.map((r) => [r.municipality_code, r.municipality_name, r.municipality_name_short, r.county_code]),
  );
});

test('NUTS 3 codes match lan_to_nuts3.csv and kommun_lan_nuts3.csv', (t) => {
  const lanPath = sharedReferencePath('derived', 'lan_to_nuts3.csv');
  const kommunPath = sharedReferencePath('derived', 'kommun_lan_nuts3.csv');
  if (!lanPath || !kommunPath) return t.skip(ABSENT);
  const lan = new Map(readCsv(lanPath).map((r) => [r.county_code, r.nuts3_code]));
  assert.equal(lan.size, COUNTIES.length);
  for (const c of COUNTIES) assert.equal(c.nuts3, lan.get(c.code), c.name);
  const kommun = readCsv(kommunPath);
  assert.equal(kommun.length, MUNICIPALITIES.length);
  for (const r of kommun) {
    const m = municipalityByCode(r.municipality_code ?? '');
    assert.ok(m, `missing ${r.municipality_code}`);
    assert.equal(m.nuts3, r.nuts3_code, m.name);
    assert.equal(m.countyCode, r.county_code, m.name);
  }
});

test('code helpers', () => {
  assert.equal(countyByCode('01')?.name, 'Stockholms län');
  assert.equal(countyByCode('02'), undefined);
  assert.equal(municipalityByCode('0114')?.shortName, 'Upplands Väsby');
  assert.ok(isCountyCode('25'));
  assert.ok(!isCountyCode('1'));
  assert.ok(!isCountyCode('02'));
  assert.ok(isMunicipalityCode('2584'));
  assert.ok(!isMunicipalityCode('0100'));
  const gotland = municipalitiesInCounty('09');
  assert.deepEqual(
    gotland.map((m) => m.code),
    ['0980'],
  );
  assert.deepEqual(municipalitiesInCounty('99'), []);
  const total = COUNTIES.reduce((sum, c) => sum + municipalitiesInCounty(c.code).length, 0);
  assert.equal(total, MUNICIPALITIES.length);
});

test('every kommun is found by its name, short name and diacritic-free name', () => {
  for (const m of MUNICIPALITIES) {
    for (const name of [m.name, m.shortName, m.shortName.toUpperCase(), ` ${m.name.toLowerCase()} `]) {
      assert.equal(findMunicipalityByName(name)?.code, m.code, `${name} → ${m.name}`);
    }
    // Without diacritics 'Håbo' reads 'Habo', which is another kommun; a real name always wins.
    const folded = m.shortName.normalize('NFD').replace(/\p{M}/gu, '');
    const owner = MUNICIPALITIES.find((x) => x.shortName === folded) ?? m;
    assert.equal(findMunicipalityByName(folded)?.code, owner.code, `${folded} → ${owner.name}`);
  }
});

test('every län is found by its name, short name and region name', () => {
  for (const c of COUNTIES) {
    for (const name of [c.name, c.shortName, c.name.toLowerCase(), `Region ${c.shortName}`]) {
      assert.equal(findCountyByName(name)?.code, c.code, `${name} → ${c.name}`);
    }
  }
});

test('name lookup accepts the forms people type', () => {
  assert.equal(findMunicipalityByName('Upplands Väsby')?.code, '0114');
  assert.equal(findMunicipalityByName('upplands väsby kommun')?.code, '0114');
  assert.equal(findMunicipalityByName('Upplands Vasby')?.code, '0114');
  assert.equal(findMunicipalityByName('Upplands Bro')?.code, '0139');
  assert.equal(findMunicipalityByName('Stockholms stad')?.code, '0180');
  assert.equal(findMunicipalityByName('Göteborgs Stad')?.code, '1480');
  assert.equal(findMunicipalityByName('Malmö stad')?.code, '1280');
  assert.equal(findMunicipalityByName('Region Gotland')?.code, '0980');
  assert.equal(findMunicipalityByName('Stockholm')?.code, '0180');
  assert.equal(findMunicipalityByName('Stockholms län'), undefined);
  assert.equal(findMunicipalityByName(''), undefined);
  assert.equal(findMunicipalityByName('Atlantis'), undefined);
  assert.equal(findMunicipalityByName('Habo')?.code, '0643');
  assert.equal(findMunicipalityByName('Håbo')?.code, '0305');

  assert.equal(findCountyByName('Stockholms län')?.code, '01');
  assert.equal(findCountyByName('Stockholm')?.code, '01');
  assert.equal(findCountyByName('STOCKHOLMS LÄN')?.code, '01');
  assert.equal(findCountyByName('Västra Götalandsregionen')?.code, '14');
  assert.equal(findCountyByName('Region Sörmland')?.code, '04');
  assert.equal(findCountyByName('Orebro lan')?.code, '18');
  assert.equal(findCountyByName('Upplands Väsby'), undefined);
});

test('resolvers take codes, codes without leading zero, and names', () => {
  assert.equal(resolveMunicipality('0114')?.name, 'Upplands Väsby kommun');
  assert.equal(resolveMunicipality('114')?.name, 'Upplands Väsby kommun');
  assert.equal(resolveMunicipality('Knivsta')?.code, '0330');
  assert.equal(resolveMunicipality('9999'), undefined);
  assert.equal(resolveCounty('1')?.code, '01');
  assert.equal(resolveCounty('Skåne')?.code, '12');
  assert.equal(resolveCounty('02'), undefined);
});

test('a name that matches no kommun gets the nearest ones: typos, a genitive, a beginning', () => {
  assert.deepEqual(similarMunicipalityNames('Borlänga'), ['Borlänge']);
  assert.deepEqual(similarMunicipalityNames('Borlänges kommun'), ['Borlänge']);
  assert.deepEqual(similarMunicipalityNames('Hudiksval'), ['Hudiksvall']);
  assert.deepEqual(similarMunicipalityNames('Säther'), ['Säter']);
  assert.deepEqual(similarMunicipalityNames('Upplands'), ['Upplands Väsby', 'Upplands-Bro']);
  assert.deepEqual(similarAreaNames('Dalarns län'), ['Dalarnas län']);
  // Nothing near, too short to guess from, or too many to be a suggestion.
  assert.deepEqual(similarMunicipalityNames('Atlantis'), []);
  assert.deepEqual(similarMunicipalityNames('Xy'), []);
  assert.deepEqual(similarMunicipalityNames('Sto'), []);
});
