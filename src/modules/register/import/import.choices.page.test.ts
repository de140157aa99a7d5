import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { signedIn, type TestBrowser } from '../../../platform/testing/auth.js';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { countEnterprises } from '../enterprise/enterprise.repository.js';
import { getEnterprise } from '../enterprise/enterprise.service.js';
import { anonymiseColumnChoices } from './import.choices.repository.js';
import { pageText as text, uploadFile as upload } from '../testing/upload.js';

/**
 * Issue 7 §5 in the browser import, over HTTP: a coordinator's own list (Windows-1252, semicolons,
 * its own headers, no date column) is previewed, its unknown columns are given fields, one date is
 * given for the whole file, and it imports cleanly; the choices are remembered for the next file
 * with the same headers, and the import uses exactly the choices that were previewed.
 */
const T0 = new Date('2026-11-24T10:00:00Z');
const LIST = readFileSync(join(process.cwd(), 'tests/fixtures/import/samordnarens-lista.csv'));
const encode = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n'));
/** Headers of the fixture, by place: Inriktning is column 5, Kontaktperson 9, Kommentar 13. */
const CHOSEN = { 'kolumn-5': 'categories', 'kolumn-9': 'hoppa-over', 'kolumn-13': 'hoppa-over' };

/** The value of a hidden or selected form field on a page. */
function fieldValue(html: string, name: string): string | undefined {
  return new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1];
}
function selected(html: string, id: string): string | undefined {
  const select = new RegExp(`<select id="${id}"[^>]*>(.*?)</select>`, 's').exec(html)?.[1] ?? '';
  return /<option value="([^"]*)" selected/.exec(select)?.[1];
}

for (const kind of testDatabaseKinds()) {
  describe(`import page: the files people have (${kind})`, () => {
    let t: TestApp;
    let sara: TestBrowser;
    let saraId: number;
    before(async () => {
      t = await openTestApp(kind, T0);
      const signed = await signedIn(t, 'coordinator', { email: 'sara@example.se', name: 'Sara Samordnare' });
      sara = signed.browser;
      saraId = signed.user.id;
    });
    after(async () => {
      await t?.close();
    });
    beforeEach(async () => {
      await t.ctx.db.deleteFrom('enterprise_version').execute();
      await t.ctx.db.deleteFrom('enterprise').execute();
      await t.ctx.db.deleteFrom('import_column_choice').execute();
    });
    const uploaded = async (b: TestBrowser, name: string, bytes: Uint8Array) => {
      const res = await upload(b, name, bytes);
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      return res.headers.location as string;
    };
    const uploadRow = (location: string) =>
      t.ctx.db
        .selectFrom('import_upload')
        .selectAll()
        .where('id', '=', location.split('/').pop()!)
        .executeTakeFirstOrThrow();
    const remembered = () => t.ctx.db.selectFrom('import_column_choice').selectAll().execute();

    it('lists every unknown column with its first values, asks for the date, and lists every row error', async () => {
      const location = await uploaded(sara, 'lista.csv', LIST);
      const res = await sara.get(location);
      assert.equal(res.statusCode, 200);
      const page = text(res.body);
      assert.match(
        page,
        /Kolumnen "Inriktning" Första värdena: "Städning; Fönsterputs", "Återbruk; Cykelreparation", "Lager och montering; Tvätt"\./,
      );
      assert.match(page, /Kolumnen "Kontaktperson" Första värdena: "Eva Lind", "Ali Haddad", "Maria Berg"\./);
      assert.match(
        page,
        /Kolumnen "Kommentar" Första värdena: "Ramavtal städ med Borlänge kommun", "Stor – hör av dig/,
      );
      // Recognised by their names: none of them is asked about.
      assert.doesNotMatch(page, /Kolumnen "(Verksam i|Varav från målgruppen|Org nummer|Tel\.nr)"/);
      assert.deepEqual(
        ['kolumn-5', 'kolumn-9', 'kolumn-13'].map((id) => selected(res.body, id)),
        ['hoppa-over', 'hoppa-over', 'hoppa-over'],
      );
      assert.match(res.body, /<label for="kolumn-5">/);
      assert.match(page, /Raderna med antal anställda behöver ett datum, och filen har ingen kolumn för det/);
      assert.match(res.body, /<input id="rapporterat" name="rapporterat"/);
      assert.match(page, /Rader i filen 10 Nya företag 0 Ändrade företag 0 Oförändrade företag 0 Rader med fel 10/);
      for (let row = 2; row <= 11; row++) {
        assert.match(page, new RegExp(`Rad ${row} Rapporterat Ange vilket datum uppgifterna om anställda gäller`));
      }
      assert.match(page, /Filen kan inte läsas in som den är\. Rätta felen ovan: välj vad kolumnerna innehåller/);
    });

    it('wrong choices come back with an error summary linking to them, the input kept and nothing saved', async () => {
      const location = await uploaded(sara, 'lista.csv', LIST);
      const res = await sara.post(`${location}/kolumner`, {
        ...CHOSEN,
        'kolumn-9': 'name',
        'kolumn-13': 'trolleri',
        rapporterat: '1 oktober',
      });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /class="error-summary"/);
      for (const id of ['kolumn-9', 'kolumn-13', 'rapporterat']) assert.match(res.body, new RegExp(`href="#${id}"`));
      const page = text(res.body);
      assert.match(
        page,
        /Kolumnen "Kontaktperson" är vald som Namn, men kolumnen "Företagets namn" läses redan som det\. Välj något annat för "Kontaktperson", eller hoppa över den\./,
      );
      assert.match(page, /Välj vad kolumnen innehåller, eller Hoppa över\./);
      assert.match(page, /Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-10-01\./);
      assert.equal(selected(res.body, 'kolumn-5'), 'categories');
      assert.equal(selected(res.body, 'kolumn-9'), 'name');
      assert.match(
        res.body,
        /id="rapporterat" name="rapporterat" aria-describedby="rapporterat-hint rapporterat-fel" aria-invalid="true"[^>]*value="1 oktober"/,
      );
      assert.equal((await uploadRow(location)).settings, null);
      assert.deepEqual(await remembered(), []);
      // Not saved, so not importable from this page: only what was saved and previewed is imported.
      assert.match(page, /Rätta valen för kolumner och datum ovan och förhandsgranska igen innan du läser in filen\./);
      assert.equal(fieldValue(res.body, 'installningar'), undefined);

      // A date in the future, or beside a date column chosen from the file, is refused too.
      const future = await sara.post(`${location}/kolumner`, { ...CHOSEN, rapporterat: '2026-12-01' });
      assert.equal(future.statusCode, 400);
      assert.match(text(future.body), /Datumet 2026-12-01 har inte kommit än/);
      const twice = await sara.post(`${location}/kolumner`, {
        ...CHOSEN,
        'kolumn-13': 'reportedOn',
        rapporterat: '2026-10-01',
      });
      assert.equal(twice.statusCode, 400);
      assert.match(twice.body, /href="#rapporterat"/);
      assert.match(text(twice.body), /Filen har redan kolumnen "Kommentar" med datumet för uppgifterna om anställda/);
    });

    it('with the columns chosen and one date for the file, the list previews and imports cleanly', async () => {
      const location = await uploaded(sara, 'lista.csv', LIST);
      const chosen = await sara.post(`${location}/kolumner`, { ...CHOSEN, rapporterat: '2026-10-01' });
      assert.equal(chosen.statusCode, 303, text(chosen.body).slice(0, 2000));
      assert.equal(chosen.headers.location, location);

      const preview = await sara.get(location);
      const page = text(preview.body);
      assert.match(page, /Rader i filen 10 Nya företag 10 Ändrade företag 0 Oförändrade företag 0 Rader med fel 0/);
      assert.match(page, /Alla rader läses med datumet 1 oktober 2026\./);
      assert.doesNotMatch(page, /Fel i filen/);
      assert.equal(selected(preview.body, 'kolumn-5'), 'categories');
      assert.match(preview.body, /name="rapporterat"[^>]*value="2026-10-01"/);
      assert.equal(await countEnterprises(t.ctx.db), 0, 'the preview writes nothing');
      // Kept for this file, and remembered for the next one with the same headers, with who chose.
      assert.deepEqual((await uploadRow(location)).settings, {
        columns: [
          { header: 'Inriktning', field: 'categories' },
          { header: 'Kontaktperson', field: null },
          { header: 'Kommentar', field: null },
        ],
        reportedOn: '2026-10-01',
      });
      const [memory] = await remembered();
      assert.equal(memory?.set_by, saraId);
      assert.equal(memory?.headers.length, 14);

      // The choice form keeps CSRF protection.
      const forged = await sara.post(`${location}/kolumner`, { ...CHOSEN }, { csrf: false });
      assert.equal(forged.statusCode, 403);

      const done = await sara.post(location, { installningar: fieldValue(preview.body, 'installningar')! });
      assert.equal(done.statusCode, 200, text(done.body).slice(0, 1500));
      assert.match(text(done.body), /10 nya företag, 0 ändrade och 0 oförändrade/);
      assert.equal(await countEnterprises(t.ctx.db), 10);
      const big = await getEnterprise(t.ctx.db, '802550-1035');
      assert.deepEqual(big?.employees, { total: 1200, targetGroup: 640, reportedOn: '2026-10-01' });
      assert.deepEqual(big?.operatingAreas, [{ countyCode: '20', municipalityCode: null }]);
      assert.deepEqual(
        big?.offerings.map((o) => o.category),
        ['lager-och-montering', 'tvatt'],
      );
      const dalkraft = await getEnterprise(t.ctx.db, '769950-1016');
      assert.deepEqual(dalkraft?.employees, { total: 22, targetGroup: 12, reportedOn: '2026-10-01' });
      assert.equal(dalkraft?.legalForm, 'ekonomisk_forening');
      assert.equal(dalkraft?.phone, '0243-77 10 20');
      assert.deepEqual(
        dalkraft?.operatingAreas.map((a) => a.municipalityCode),
        ['2080', '2081'],
      );
      assert.equal((await getEnterprise(t.ctx.db, '559950-1045'))?.legalForm, 'aktiebolag_svb');
      // The audit log says how the file was read.
      const event = await t.ctx.db
        .selectFrom('audit_event')
        .select('details')
        .where('action', '=', 'import')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      assert.deepEqual((event.details as { settings?: unknown }).settings, {
        columns: [
          { header: 'Inriktning', field: 'categories' },
          { header: 'Kontaktperson', field: null },
          { header: 'Kommentar', field: null },
        ],
        reportedOn: '2026-10-01',
      });
    });

    it('the next file with the same headers is read with the remembered choices, and says who made them', async () => {
      const first = await uploaded(sara, 'lista.csv', LIST);
      assert.equal((await sara.post(`${first}/kolumner`, { ...CHOSEN, rapporterat: '2026-10-01' })).statusCode, 303);

      const { browser: olle } = await signedIn(t, 'coordinator', { email: 'olle@example.se', name: 'Olle' });
      // Same headers, another order and spelling: the same set.
      const lines = new TextDecoder('windows-1252').decode(LIST).split('\r\n');
      lines[0] = lines[0]!.replace('Inriktning', 'INRIKTNING');
      const next = await uploaded(olle, 'lista-2.csv', encode(lines));
      const res = await olle.get(next);
      const page = text(res.body);
      assert.match(
        page,
        /Valen kommer från en tidigare fil med samma rubriker\. De gjordes av Sara Samordnare 24 november 2026\./,
      );
      assert.equal(selected(res.body, 'kolumn-5'), 'categories');
      // The date belongs to one file: the next one is asked again.
      assert.match(page, /Raderna med antal anställda behöver ett datum/);
      assert.match(page, /Rad 2 Rapporterat Ange vilket datum/);
      assert.doesNotMatch(page, /Okänd tjänst/);

      // Olle's own account download lists none; a deleted chooser is no longer named.
      const own = JSON.parse((await olle.get('/konto/mina-uppgifter.json')).body) as { importColumnChoices: unknown[] };
      assert.deepEqual(own.importColumnChoices, []);
      const saras = JSON.parse((await sara.get('/konto/mina-uppgifter.json')).body) as {
        importColumnChoices: { headers: string[] }[];
      };
      assert.equal(saras.importColumnChoices[0]?.headers[5], 'Inriktning');
      await anonymiseColumnChoices(t.ctx.db, saraId);
      assert.match(
        text((await olle.get(next)).body),
        /De gjordes av en användare som inte längre finns 24 november 2026/,
      );
    });

    it('the import uses exactly the choices that were previewed: changed meanwhile, it stops and shows the new preview', async () => {
      const file = encode([
        'Org nummer;Företagets namn;Juridisk form;Kommun;Inriktning',
        '769950-1016;Kooperativet Dalkraft;Ek. för.;Borlänge;Städning',
      ]);
      const first = await uploaded(sara, 'a.csv', file);
      assert.equal((await sara.post(`${first}/kolumner`, { 'kolumn-4': 'categories' })).statusCode, 303);
      const { browser: olle } = await signedIn(t, 'coordinator', { email: 'olle2@example.se', name: 'Olle' });
      const second = await uploaded(olle, 'b.csv', file);
      const seen = await olle.get(second);
      const fingerprint = fieldValue(seen.body, 'installningar')!;
      assert.match(text(seen.body), /Nya företag 1/);

      // Meanwhile Sara decides that the column is a description after all.
      assert.equal((await sara.post(`${first}/kolumner`, { 'kolumn-4': 'description' })).statusCode, 303);
      const stopped = await olle.post(second, { installningar: fingerprint });
      assert.equal(stopped.statusCode, 409);
      assert.match(
        text(stopped.body),
        /Valen för kolumnerna eller datumet har ändrats sedan du förhandsgranskade filen/,
      );
      assert.equal(selected(stopped.body, 'kolumn-4'), 'description');
      assert.equal(await countEnterprises(t.ctx.db), 0);
      assert.equal((await uploadRow(second)).imported_at, null);

      // Imported from the page it was shown: with the description.
      const done = await olle.post(second, { installningar: fieldValue(stopped.body, 'installningar')! });
      assert.equal(done.statusCode, 200);
      const e = await getEnterprise(t.ctx.db, '769950-1016');
      assert.equal(e?.description, 'Städning');
      assert.deepEqual(e?.offerings, []);
    });

    it('a file whose org.nr column has a name of its own can be read once that column is chosen', async () => {
      const file = encode(['Reg.nr;Företagets namn;Juridisk form;Kommun', '769950-1016;Dalkraft;Ek. för.;Borlänge']);
      const location = await uploaded(sara, 'c.csv', file);
      const blocked = text((await sara.get(location)).body);
      assert.match(blocked, /Filen saknar kolumnen Organisationsnummer/);
      assert.match(blocked, /Kolumnen "Reg\.nr" Första värdena: "769950-1016"/);
      assert.equal((await sara.post(`${location}/kolumner`, { 'kolumn-0': 'orgnr' })).statusCode, 303);
      assert.match(text((await sara.get(location)).body), /Nya företag 1/);
    });

    it('approximate counts and misspelt kommuner are listed as row errors with the reason and a suggestion', async () => {
      const file = encode([
        'Org nummer;Företagets namn;Juridisk form;Kommun;Antal anställda;Varav från målgruppen;Uppgiftsdatum',
        '769950-1016;Dalkraft;Ek. för.;Borlänga;ca 20;12 st;2026-10-01',
      ]);
      const page = text((await sara.get(await uploaded(sara, 'd.csv', file))).body);
      assert.match(page, /Rad 2 Kommun Okänd kommun "Borlänga"\. Menade du Borlänge\?/);
      assert.match(
        page,
        /Rad 2 Antal anställda "ca 20" är ett ungefärligt antal\. Skriv det exakta antalet, till exempel 20/,
      );
      // The file has its own date column: no date is asked for.
      assert.doesNotMatch(page, /Datum som antalen anställda gäller/);
    });
  });
}
