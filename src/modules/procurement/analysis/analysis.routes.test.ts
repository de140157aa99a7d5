import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { pageText } from '../../../platform/testing/html.js';
import { insertEnterprise } from '../../register/testing/factories.js';

const PATH = '/upphandlingar/marknadsanalys';

for (const kind of testDatabaseKinds()) {
  describe(`market analysis page (${kind})`, () => {
    let t: TestApp;
    const get = (url: string) => t.app.inject({ method: 'GET', url });
    before(async () => {
      t = await openTestApp(kind, new Date('2026-12-07T10:00:00Z'));
      const seat = { street: null, postalCode: null, city: 'Falun', municipalityCode: '2080' };
      for (const [name, share] of [
        ['Ann Städ', 5],
        ['Britt Städ', 4],
        ['Cissi Städ', 1],
      ] as const) {
        await insertEnterprise(t.ctx.db, {
          name,
          address: seat,
          operatingAreas: [{ countyCode: '20', municipalityCode: null }],
          offerings: [{ category: 'stadning', cpv: [], description: null }],
          employees: { total: 10, targetGroup: share, reportedOn: '2026-06-01' },
        });
      }
    });
    after(() => t?.close());

    it('the empty form, then codes found by words and added by a link, without JavaScript', async () => {
      const empty = await get(PATH);
      assert.equal(empty.statusCode, 200);
      assert.match(pageText(empty.body), /Marknadsanalys .* Vad och var/);
      const found = await get(`${PATH}?ord=st%C3%A4dning+byggnader&hitta=1`);
      assert.equal(found.statusCode, 200);
      assert.match(pageText(found.body), /90911200 Städning av byggnader – Lägg till 90911200/);
      assert.match(
        found.body,
        /href="\/upphandlingar\/marknadsanalys\?cpv=90911200&amp;ord=st%C3%A4dning\+byggnader#cpv"/,
      );
    });

    it('an analysis for a län: counts, the assessment, per kommun, each enterprise with its reason', async () => {
      const res = await get(`${PATH}?cpv=90911200&lan=20&kommun=&analys=1`);
      assert.equal(res.statusCode, 200);
      const page = pageText(res.body);
      assert.match(page, /Marknadsanalys för Dalarnas län/);
      assert.match(page, /Gjord 7 december 2026/);
      assert.match(page, /Kan leverera 3 företag/);
      assert.match(page, /Uppfyller 4 kap\. 18 § LOU 2 företag/);
      assert.match(page, /2 företag i Dalarnas län uppfyller villkoren i 4 kap\. 18 § LOU\. Överväg att reservera/);
      assert.match(page, /Mora 3 2/);
      assert.match(page, /Ann Städ 90911200 Städning av byggnader .* Ja \(50 %, 1 juni 2026\)/);
      assert.match(page, /Cissi Städ .* Nej \(10 %, 1 juni 2026\)/);
    });

    it('Enter in the CPV field (the first button, with no words) makes the analysis too', async () => {
      const res = await get(`${PATH}?cpv=90911200&ord=&hitta=1&lan=20&kommun=`);
      assert.match(pageText(res.body), /Marknadsanalys för Dalarnas län/);
    });

    it('bad input: each field says what is wrong, and nothing is analysed', async () => {
      const res = await get(`${PATH}?cpv=9091%2C+12345678&kommun=0180&lan=20&analys=1`);
      assert.equal(res.statusCode, 400);
      const page = pageText(res.body);
      assert.match(res.body, /class="error-summary"/);
      assert.match(page, /”9091” är ingen CPV-kod/);
      assert.match(page, /Stockholm.* ligger inte i Dalarnas län/);
      assert.doesNotMatch(page, /Marknadsanalys för/);
      const nothing = pageText((await get(`${PATH}?analys=1`)).body);
      assert.match(nothing, /Skriv minst en CPV-kod/);
      assert.match(nothing, /Välj län/);
      const unknown = pageText((await get(`${PATH}?cpv=12345678&lan=20&analys=1`)).body);
      assert.match(unknown, /Det finns ingen CPV-kod 12345678 i CPV 2008/);
    });

    it('the list as CSV and Excel, with the same reasons', async () => {
      const csv = await get(`${PATH}.csv?cpv=90911200&lan=20`);
      assert.equal(csv.statusCode, 200);
      assert.match(csv.headers['content-disposition'] as string, /marknadsanalys-2026-12-07\.csv/);
      assert.match(csv.body, /Organisationsnummer;Företag;CPV-matchning/);
      assert.match(
        csv.body,
        /Ann Städ;"90911200 Städning av byggnader; 90910000 Städning \(omfattar 90911200\)";Hela Dalarnas län;50\s%/,
      );
      const xlsx = await get(`${PATH}.xlsx?cpv=90911200&kommun=2080`);
      assert.equal(xlsx.statusCode, 200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      assert.equal(book.worksheets[0]!.rowCount, 4);
      assert.equal((await get(`${PATH}.csv?cpv=90911200`)).statusCode, 400);
    });

    it('in English', async () => {
      const page = pageText((await get(`${PATH}?cpv=90911200&kommun=2080&analys=1&lang=en`)).body);
      assert.match(page, /Market analysis for /);
      assert.match(page, /Can deliver 3 enterprises/);
      assert.match(page, /90911200 Building-cleaning services/);
    });
  });
}
