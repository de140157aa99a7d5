import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { signedIn, TestBrowser } from '../../../platform/testing/auth.js';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { countEnterprises } from '../enterprise/enterprise.repository.js';
import { MAX_UPLOAD_BYTES, previewUpload } from './import.upload.service.js';
import { pageText as text, uploadFile as upload } from '../testing/upload.js';

const T0 = new Date('2026-11-24T10:00:00Z');
const EXAMPLE = readFileSync(join(process.cwd(), 'tests/fixtures/import/exempel.csv'));
const encode = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n'));

/** Bad values at known places; the first data row is row 2. */
const BAD = encode([
  'Organisationsnummer;Namn;Företagsform;Kommun;Anställda;Anställda ur målgruppen;Rapporterat',
  '799900-1014;Kooperativet Exempelringen;Ekonomisk förening;Kiruna;18;9;2026-03-31',
  '799900-1015;Fel kontrollsiffra;Ekonomisk förening;Kiruna;5;2;2026-03-31',
  '799900-1022;Gröna Exempelhänder;Ekonomisk förening;Atlantis;4;6;2026-02-30',
]);

for (const kind of testDatabaseKinds()) {
  describe(`import page (${kind})`, () => {
    let t: TestApp;
    let coordinator: TestBrowser;
    let coordinatorId: number;
    before(async () => {
      t = await openTestApp(kind, T0);
      const signed = await signedIn(t, 'coordinator', { email: 'sara@example.se', name: 'Sara Samordnare' });
      coordinator = signed.browser;
      coordinatorId = signed.user.id;
    });
    after(async () => {
      await t?.close();
    });
    beforeEach(async () => {
      await t.ctx.db.deleteFrom('enterprise_version').execute();
      await t.ctx.db.deleteFrom('enterprise').execute();
      await t.ctx.db.deleteFrom('audit_event').where('action', '=', 'import').execute();
    });
    const versions = () => t.ctx.db.selectFrom('enterprise_version').selectAll().execute();
    const uploadRow = (location: string) =>
      t.ctx.db.selectFrom('import_upload').selectAll().where('id', '=', location.split('/').pop()!).executeTakeFirst();
    const imports = () => t.ctx.db.selectFrom('audit_event').selectAll().where('action', '=', 'import').execute();

    it("an English page shows the rows' errors in English, and Swedish again after switching back", async () => {
      const location = (await upload(coordinator, 'fel.csv', BAD)).headers.location as string;
      const english = text((await coordinator.get(`${location}?lang=en`)).body);
      assert.match(english, /Preview of fel\.csv/);
      assert.match(english, /Row 3 Organisationsnummer The organisation number does not add up/);
      assert.match(english, /Row 4 Kommun Unknown municipality "Atlantis"/);
      assert.match(english, /Row 4 Rapporterat The date 2026-02-30 does not exist\./);
      assert.doesNotMatch(english, /Okänd kommun|finns inte|stämmer inte/);
      const swedish = text((await coordinator.get(`${location}?lang=sv`)).body);
      assert.match(swedish, /Rad 4 Kommun Okänd kommun "Atlantis"/);
      assert.match(swedish, /Rad 4 Rapporterat Datumet 2026-02-30 finns inte\./);
    });

    it('is for coordinators and admins only', async () => {
      assert.equal((await coordinator.get('/samordning/import')).statusCode, 200);
      const { browser: buyer } = await signedIn(t, 'buyer');
      assert.equal((await buyer.get('/samordning/import')).statusCode, 403);
      const { browser: admin } = await signedIn(t, 'admin');
      assert.equal((await admin.get('/samordning/import')).statusCode, 200);
    });

    it('a file with bad rows: the preview lists every "Rad N" error and nothing is written', async () => {
      const res = await upload(coordinator, 'fel.csv', BAD);
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      const location = res.headers.location as string;
      assert.match(location, /^\/samordning\/import\/[A-Za-z0-9_-]{43}$/);
      const preview = await coordinator.get(location);
      assert.equal(preview.statusCode, 200);
      const page = text(preview.body);
      assert.match(page, /Förhandsgranskning av fel\.csv/);
      assert.match(page, /Ingenting är inläst än/);
      assert.match(page, /Rader i filen 3 Nya företag 1 Ändrade företag 0 Oförändrade företag 0 Rader med fel 2/);
      assert.match(page, /Rad 3 Organisationsnummer Organisationsnumret stämmer inte/);
      assert.match(page, /Rad 4 Kommun /);
      assert.match(page, /Rad 4 Rapporterat /);
      assert.equal(await countEnterprises(t.ctx.db), 0);

      // Importing without skipping the bad rows writes nothing and says why.
      const refused = await coordinator.post(location, {});
      assert.equal(refused.statusCode, 400);
      assert.match(text(refused.body), /Filen har fel på 2 rader/);
      assert.match(refused.body, /class="error-summary"/);
      assert.equal(await countEnterprises(t.ctx.db), 0);
      assert.equal((await versions()).length, 0);
      assert.equal((await imports()).length, 0);

      // Skipping them imports the one good row.
      const skipped = await coordinator.post(location, { hoppaOver: '1' });
      assert.equal(skipped.statusCode, 200);
      assert.match(text(skipped.body), /1 nytt företag, 0 ändrade och 0 oförändrade\. 2 rader med fel hoppades över/);
      assert.equal(await countEnterprises(t.ctx.db), 1);
    });

    it('a good file imports enterprises with versions and an audit event; importing it twice is refused', async () => {
      const res = await upload(coordinator, 'exempel.csv', EXAMPLE);
      const location = res.headers.location as string;
      const preview = text((await coordinator.get(location)).body);
      assert.match(preview, /Rader i filen 10 Nya företag 10 Ändrade företag 0/);
      assert.doesNotMatch(preview, /Fel i filen/);
      assert.equal(await countEnterprises(t.ctx.db), 0, 'the preview writes nothing');

      const done = await coordinator.post(location, {});
      assert.equal(done.statusCode, 200);
      assert.match(text(done.body), /Filen är inläst exempel\.csv 10 nya företag, 0 ändrade och 0 oförändrade/);
      assert.equal(await countEnterprises(t.ctx.db), 10);
      const made = await versions();
      assert.equal(made.length, 10);
      assert.ok(made.every((v) => v.action === 'imported' && v.actor_user_id === coordinatorId));
      assert.equal(made[0]?.actor_label, 'Sara Samordnare <sara@example.se>');
      const [event] = await imports();
      assert.equal(event?.actor_user_id, coordinatorId);
      assert.equal(event?.subject, 'exempel.csv');
      assert.equal(event?.ip, '127.0.0.1');
      assert.deepEqual(
        [event?.details.file, event?.details.format, event?.details.created],
        ['exempel.csv', 'csv', 10],
      );

      // The bytes went with the import; the row stays as the record of who imported what, when.
      const row = await uploadRow(location);
      assert.deepEqual(
        [row?.content.length, row?.file_name, row?.user_id, row?.imported_at?.toISOString()],
        [0, 'exempel.csv', coordinatorId, T0.toISOString()],
      );

      const again = await coordinator.post(location, {});
      assert.equal(again.statusCode, 409);
      assert.match(text(again.body), /Filen är redan inläst exempel\.csv lästes in 24 november 2026 kl. 11:00/);
      assert.equal((await versions()).length, 10);
      // The preview of an imported file says so, rather than reading the emptied file.
      const previewAgain = await coordinator.get(location);
      assert.equal(previewAgain.statusCode, 200);
      assert.match(text(previewAgain.body), /Filen är redan inläst exempel\.csv lästes in 24 november 2026/);
      assert.doesNotMatch(text(previewAgain.body), /Förhandsgranskning|är tom|gick inte att läsa/);
      const emptied = { id: row!.id, fileName: 'exempel.csv', format: 'csv', bytes: row!.content } as const;
      await assert.rejects(previewUpload(t.ctx, { ...emptied, createdAt: T0, importedAt: T0, settings: null }), {
        message: 'Filen är redan inläst',
      });

      // The same file uploaded anew changes nothing, and says so.
      const second = await upload(coordinator, 'exempel.csv', EXAMPLE);
      const secondPreview = text((await coordinator.get(second.headers.location as string)).body);
      assert.match(secondPreview, /Oförändrade företag 10/);
      assert.match(secondPreview, /Ingenting i filen skiljer sig från registret/);
      // Importing it writes nothing, yet the file is done with: its bytes go all the same.
      assert.equal((await coordinator.post(second.headers.location as string, {})).statusCode, 200);
      assert.equal((await uploadRow(second.headers.location as string))?.content.length, 0);
    });

    it('reads an Excel file', async () => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Företag');
      sheet.addRow(['Org.nr', 'Namn', 'Företagsform', 'Kommun']);
      sheet.addRow(['799900-1014', 'Kooperativet Exempelringen', 'Ekonomisk förening', 'Kiruna']);
      const bytes = new Uint8Array(await book.xlsx.writeBuffer());
      const res = await upload(coordinator, 'foretag.xlsx', bytes);
      const location = res.headers.location as string;
      assert.match(text((await coordinator.get(location)).body), /Nya företag 1/);
      assert.equal((await coordinator.post(location, {})).statusCode, 200);
      assert.equal(await countEnterprises(t.ctx.db), 1);
    });

    it('says clearly what is wrong with the file itself', async () => {
      const wrongType = await upload(coordinator, 'rapport.pdf', encode(['%PDF']));
      assert.equal(wrongType.statusCode, 400);
      assert.match(
        text(wrongType.body),
        /Filen rapport\.pdf måste vara en CSV-fil \(\.csv\) eller en Excel-fil \(\.xlsx\)/,
      );
      assert.match(wrongType.body, /href="#fil"/);

      const empty = await upload(coordinator, 'tom.csv', new Uint8Array());
      assert.equal(empty.statusCode, 400);
      assert.match(text(empty.body), /Filen tom\.csv är tom/);

      const none = await upload(coordinator, '', new Uint8Array(), { noFile: true });
      assert.equal(none.statusCode, 400);
      assert.match(text(none.body), /Välj en fil att ladda upp/);

      const large = await upload(coordinator, 'stor.csv', new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(65));
      assert.equal(large.statusCode, 413);
      assert.match(text(large.body), /Filen är för stor\. Den får vara högst 50 MB/);

      const unreadable = await upload(coordinator, 'trasig.xlsx', encode(['inte en Excel-fil']));
      const preview = await coordinator.get(unreadable.headers.location as string);
      assert.equal(preview.statusCode, 200);
      assert.match(text(preview.body), /Filen gick inte att läsa/);

      const noHeader = await upload(coordinator, 'utan-orgnr.csv', encode(['Namn;Kommun', 'A;Kiruna']));
      const blocked = text((await coordinator.get(noHeader.headers.location as string)).body);
      assert.match(blocked, /Rad 1 Organisationsnummer Filen saknar kolumnen Organisationsnummer/);
      assert.match(blocked, /Filen kan inte läsas in som den är/);

      const forged = await upload(coordinator, 'exempel.csv', EXAMPLE, { csrf: false });
      assert.equal(forged.statusCode, 403);
      // The token travels in the body, never in the address (where the address bar, the history
      // and the logs would keep it): the form's action is the bare path, and a token in the
      // address alone counts for nothing.
      const form = await coordinator.get('/samordning/import');
      assert.match(form.body, /<form method="post" action="\/samordning\/import" enctype="multipart\/form-data"/);
      const boundary = '----x';
      const inAddress = await t.app.inject({
        method: 'POST',
        url: `/samordning/import?_csrf=${await coordinator.csrf()}`,
        headers: {
          cookie: [...coordinator.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        payload: `--${boundary}\r\nContent-Disposition: form-data; name="fil"; filename="a.csv"\r\n\r\nx\r\n--${boundary}--\r\n`,
      });
      assert.equal(inAddress.statusCode, 403);
      // The token must come before the file, so that no file is read before it is checked.
      const afterFile = await t.app.inject({
        method: 'POST',
        url: '/samordning/import',
        headers: {
          cookie: [...coordinator.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        payload: `--${boundary}\r\nContent-Disposition: form-data; name="fil"; filename="a.csv"\r\n\r\nx\r\n--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${await coordinator.csrf()}\r\n--${boundary}--\r\n`,
      });
      assert.equal(afterFile.statusCode, 403);
      assert.equal(
        await t.ctx.db.selectFrom('import_upload').selectAll().where('file_name', '=', 'stor.csv').executeTakeFirst(),
        undefined,
      );
    });

    it('a file never imported is gone after 7 days, swept when the next file is uploaded', async () => {
      const DAY = 86_400_000;
      try {
        const abandoned = (await upload(coordinator, 'glomd.csv', EXAMPLE)).headers.location as string;
        const imported = (await upload(coordinator, 'inlast.csv', EXAMPLE)).headers.location as string;
        assert.equal((await coordinator.post(imported, {})).statusCode, 200);
        // Days later the session has ended: Sara signs in again.
        t.setNow(new Date(T0.getTime() + 6 * DAY));
        const sara = new TestBrowser(t);
        await sara.signIn('sara@example.se');
        const recent = (await upload(sara, 'ny.csv', EXAMPLE)).headers.location as string;
        assert.ok(await uploadRow(abandoned), 'six days old: still kept');

        t.setNow(new Date(T0.getTime() + 7 * DAY + 60_000));
        assert.ok(await uploadRow(abandoned), 'nothing is swept until someone uploads');
        await sara.signIn('sara@example.se');
        const next = await upload(sara, 'nasta.csv', EXAMPLE);
        assert.equal(next.statusCode, 303);
        assert.equal(await uploadRow(abandoned), undefined);
        assert.equal((await sara.get(abandoned)).statusCode, 404);
        assert.equal((await uploadRow(imported))?.file_name, 'inlast.csv', 'an imported file’s record stays');
        assert.ok(await uploadRow(recent), 'one day old: kept');
      } finally {
        t.setNow(T0);
      }
    });

    it('one coordinator cannot open or import another’s upload', async () => {
      const res = await upload(coordinator, 'exempel.csv', EXAMPLE);
      const location = res.headers.location as string;
      const { browser: other } = await signedIn(t, 'coordinator');
      assert.equal((await other.get(location)).statusCode, 404);
      assert.equal((await other.post(location, {})).statusCode, 404);
      assert.equal((await other.get('/samordning/import/inte-ett-id')).statusCode, 404);
      assert.equal(await countEnterprises(t.ctx.db), 0);
    });
  });
}
