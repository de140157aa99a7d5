import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestUser, TestBrowser } from '../../../platform/testing/auth.js';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { pageText as text } from '../../../platform/testing/html.js';

/** The region's coordinators on a public page, each by their own choice (issue 9 §2). */
for (const kind of testDatabaseKinds()) {
  describe(`coordinators listed on /samordnare (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(kind);
    });
    after(() => t.close());

    test('nobody is listed until they choose; then name, e-mail, organisation, area and phone show', async () => {
      const public_ = new TestBrowser(t);
      const empty = await public_.get('/samordnare');
      assert.equal(empty.statusCode, 200);
      assert.match(text(empty.body), /Ingen samordnare har valt att synas här än\./);
      assert.match(text(empty.body), /Kontakta Exempelregionen, som driver plattformen:/, 'never a dead end');
      // Every page's footer leads here.
      assert.match((await public_.get('/')).body, /<a href="\/samordnare">Samordnare i regionen<\/a>/);

      const ylva = await createTestUser(t, 'coordinator', { name: 'Ylva Ytterberg' });
      const anna = await createTestUser(t, 'coordinator', { name: 'Anna Andersson' });
      const quiet = await createTestUser(t, 'coordinator', { name: 'Tyst Samordnare' });
      const b = new TestBrowser(t);
      await b.signIn(ylva.email);
      const start = await b.get('/samordning');
      assert.match(text(start.body), /Synas på sidan Samordnare i regionen/);
      assert.doesNotMatch(start.body, /id="show"[^>]*checked/);

      // Listed without organisation or area: told what is missing, what was typed kept.
      const missing = await b.post('/samordning/synas', { show: '1', organisation: '', area: '', phone: 'ring mig' });
      assert.equal(missing.statusCode, 400);
      const page = text(missing.body);
      assert.match(page, /Skriv vilken organisation du arbetar för\./);
      assert.match(page, /Skriv vilka kommuner eller vilket län du samordnar för\./);
      assert.match(page, /Skriv telefonnumret med siffror/);
      assert.match(missing.body, /value="ring mig"/);
      assert.match(missing.body, /href="#organisation"/, 'the error summary leads to the field');
      // Its address, opened again (a reload, a bookmark), leads back to the page.
      assert.equal((await b.get('/samordning/synas')).headers.location, '/samordning#synas');

      const saved = await b.post('/samordning/synas', {
        show: '1',
        organisation: 'Samordningsförbundet Dalarna',
        area: 'Åre och Berg',
        phone: '023-123 45',
      });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, '/samordning?sparat=synas#synas');
      const back = await b.get('/samordning?sparat=synas');
      assert.match(text(back.body), /Sparat\. Du syns på sidan Samordnare i regionen\./);
      assert.match(back.body, /id="show"[^>]*checked/);
      assert.match(back.body, /value="Samordningsförbundet Dalarna"/);

      const a = new TestBrowser(t);
      await a.signIn(anna.email);
      await a.post('/samordning/synas', { show: '1', organisation: 'Älvdalens kommun', area: 'Älvdalen' });

      const listed = await public_.get('/samordnare');
      const listedText = text(listed.body);
      // By area in Swedish order, Å before Ä (code-point order would put Ä first).
      assert.match(listedText, /Ylva Ytterberg .*Åre och Berg .*Anna Andersson .*Älvdalens kommun .*Älvdalen/);
      assert.match(listed.body, new RegExp(`href="mailto:${ylva.email}"`));
      assert.match(listed.body, /href="tel:\+462312345">023-123 45<\/a>/);
      assert.doesNotMatch(listedText, /Tyst Samordnare/);
      assert.doesNotMatch(listedText, new RegExp(quiet.email));

      // A disabled account is no longer anyone to contact.
      await t.ctx.db.updateTable('app_user').set({ disabled_at: new Date() }).where('id', '=', anna.id).execute();
      assert.doesNotMatch(text((await public_.get('/samordnare')).body), /Anna Andersson/);

      // Unticked: gone from the page, what was written kept for the next time.
      const hidden = await b.post('/samordning/synas', { organisation: 'Samordningsförbundet Dalarna', area: 'x' });
      assert.equal(hidden.headers.location, '/samordning?sparat=dold#synas');
      assert.doesNotMatch(text((await public_.get('/samordnare')).body), /Ylva Ytterberg/);
      // Publishing a person's details, and taking them down, are in the audit log.
      const logged = await t.ctx.db
        .selectFrom('audit_event')
        .select(['details'])
        .where('action', '=', 'coordinator_listing_changed')
        .where('actor_user_id', '=', ylva.id)
        .orderBy('id')
        .execute();
      assert.deepEqual(
        logged.map((r) => r.details),
        [{ shown: true }, { shown: false }],
      );
      const again = await b.get('/samordning?sparat=dold');
      assert.match(text(again.body), /Du syns inte på sidan Samordnare i regionen/);
      assert.doesNotMatch(again.body, /id="show"[^>]*checked/);
      assert.match(again.body, /value="Åre och Berg"/);
    });

    test("the page answers in English with the coordinators' own words marked Swedish", async () => {
      const u = await createTestUser(t, 'coordinator', { name: 'Erik Engelsk' });
      const b = new TestBrowser(t);
      await b.signIn(u.email);
      await b.post('/samordning/synas', { show: '1', organisation: 'Region Dalarna', area: 'Hela Dalarnas län' });
      const page = await new TestBrowser(t).get('/samordnare?lang=en');
      assert.match(text(page.body), /Coordinators in the region/);
      assert.match(page.body, /<span lang="sv">Hela Dalarnas län<\/span>/);
    });

    test('only coordinators and admins can choose', async () => {
      const buyer = await createTestUser(t, 'buyer');
      const b = new TestBrowser(t);
      await b.signIn(buyer.email);
      const refused = await b.post('/samordning/synas', { show: '1', organisation: 'Köparna', area: 'Falun' });
      assert.equal(refused.statusCode, 403);
    });
  });
}
