import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { insertOrganisation } from '../../../platform/auth/user.repository.js';
import { signedIn, TestBrowser } from '../../../platform/testing/auth.js';
import { pageText } from '../../../platform/testing/html.js';
import { insertEnterprise } from '../../register/testing/factories.js';
import { BASICS_FORM, LOT_FORM } from '../testing/opportunities.js';

for (const kind of testDatabaseKinds()) {
  describe(`the buyer's pages (${kind})`, () => {
    let t: TestApp;
    let buyer: TestBrowser;
    let id: number;
    before(async () => {
      t = await openTestApp(kind, new Date('2026-12-07T10:00:00Z'));
      const orgId = await insertOrganisation(t.ctx.db, {
        name: 'Falu kommun',
        kind: 'kommun',
        countyCode: '20',
        municipalityCode: '2080',
        now: t.ctx.now(),
      });
      buyer = (await signedIn(t, 'buyer', { organisationId: orgId })).browser;
      await insertEnterprise(t.ctx.db, {
        name: 'Omsorg Ekonomisk Förening',
        address: { street: null, postalCode: null, city: 'Falun', municipalityCode: '2080' },
        operatingAreas: [{ countyCode: '20', municipalityCode: null }],
        offerings: [{ category: 'stadning', cpv: ['85312000'], description: null }],
        employees: { total: 10, targetGroup: 5, reportedOn: '2026-06-01' },
      });
    });
    after(() => t?.close());

    it('a new opportunity: a missing title is named, then the draft is saved and the first lot asked for', async () => {
      const empty = await buyer.post('/inkop/ny', { ...BASICS_FORM, title: '' });
      assert.equal(empty.statusCode, 400);
      assert.match(pageText(empty.body), /Skriv en rubrik/);
      assert.match(empty.body, /value="Falu kommun"/, 'what was typed is kept');
      const created = await buyer.post('/inkop/ny', BASICS_FORM);
      assert.equal(created.statusCode, 303);
      const m = /^\/inkop\/(\d+)\/delomraden\/ny$/.exec(created.headers.location as string);
      assert.ok(m, String(created.headers.location));
      id = Number(m[1]);
      const lotPage = await buyer.get(`/inkop/${id}/delomraden/ny`);
      assert.match(lotPage.body, /value="Städning av förskolor i Falun"/, 'the first lot takes the title');
    });

    it('finds CPV codes by words without JavaScript and puts one in the form, saving nothing', async () => {
      const found = await buyer.post(`/inkop/${id}/delomraden/ny`, {
        ...LOT_FORM,
        mainCpv: '',
        words: 'socialvård',
        action: 'find',
      });
      assert.equal(found.statusCode, 200);
      assert.match(pageText(found.body), /85300000 Socialvård och tillhörande tjänster Använd 85300000 som huvudkod/);
      // A buyer's word the vocabulary does not use finds the codes of the service it names.
      const synonym = await buyer.post(`/inkop/${id}/delomraden/ny`, {
        ...LOT_FORM,
        mainCpv: '',
        words: 'lokalvård',
        action: 'find',
      });
      assert.match(pageText(synonym.body), /90910000 Städning Använd 90910000 som huvudkod/);
      const used = await buyer.post(`/inkop/${id}/delomraden/ny`, { ...LOT_FORM, mainCpv: '', useMain: '85300000' });
      assert.match(used.body, /id="mainCpv" name="mainCpv"[^>]*value="85300000"/);
      const row = await t.ctx.db.selectFrom('opportunity_lot').select('id').where('opportunity_id', '=', id).execute();
      assert.equal(row.length, 0);
    });

    it('a lot reserved under 19 kap. 25 § with a main code off the list: saved, and the error names the paragraph', async () => {
      const saved = await buyer.post(`/inkop/${id}/delomraden/ny`, {
        ...LOT_FORM,
        reservation: 'public_service_mission',
        reservationReason: 'Tjänsten passar organisationer med allmännyttigt uppdrag.',
        action: 'save',
      });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, `/inkop/${id}/delomraden/1?sparat=1`);
      const page = pageText((await buyer.get(saved.headers.location as string)).body);
      assert.match(
        page,
        /Det här hindrar publicering .*Huvud-CPV-koden 90911200 \(Städning av byggnader\) får inte reserveras enligt LOU 19 kap\. 25 §/,
      );
      assert.match(page, /Marknadsanalys för delområdet/);
    });

    it('publishing names what is missing and asks why the procurement is not divided, showing who delivers per kommun', async () => {
      const refused = await buyer.post(`/inkop/${id}/publicera`, {});
      assert.equal(refused.statusCode, 400);
      // The summary comes first, each message a link to where it is put right.
      assert.match(
        refused.body,
        /<div class="error-summary" role="alert"[^>]*>.*href="#lot-1".*href="#noLotsReason".*href="#dialogueHeld"/s,
      );
      const page = pageText(refused.body);
      assert.match(page, /LOU 19 kap\. 25 §/);
      assert.match(page, /Skriv varför den inte delas upp/);
      assert.match(page, /Svara på om ni har haft en marknadsdialog/);
      assert.match(
        page,
        /Delområde 1: företag per kommun Kommun Kan leverera Uppfyller 4 kap\. 18 § Falu\S* kommun 1 1/,
      );

      await buyer.post(`/inkop/${id}/delomraden/1`, {
        ...LOT_FORM,
        mainCpv: '85312000',
        reservation: 'public_service_mission',
        reservationReason: 'Tjänsten passar organisationer med allmännyttigt uppdrag.',
        action: 'save',
      });
      const overview = pageText((await buyer.get(`/inkop/${id}`)).body);
      assert.match(overview, /Falu\S* kommun 1 1/);
      const published = await buyer.post(`/inkop/${id}/publicera`, {
        noLotsReason: 'En enda förskoleenhet.',
        dialogueHeld: 'yes',
      });
      assert.equal(published.statusCode, 303);
      assert.equal(published.headers.location, `/inkop/${id}?klart=publicerad`);
    });

    it('the public list finds it by kind, code group, län, kommun and reservation; feed, calendar and file carry it', async () => {
      const anonymous = (url: string) => t.app.inject({ method: 'GET', url });
      const listed = async (query: string) =>
        pageText((await anonymous(`/upphandlingar${query}`)).body).includes('Städning av förskolor i Falun');
      assert.ok(await listed(''));
      assert.ok(
        await listed('?typ=annonserad&cpv=85300000&lan=20&kommun=2080&reserverad=1&stanger_inom=366&kopare=falu'),
      );
      assert.ok(!(await listed('?cpv=90000000')));
      assert.ok(!(await listed('?typ=direkt')));
      assert.ok(!(await listed('?lan=01')));
      const bad = await anonymous('/upphandlingar?typ=annat');
      assert.equal(bad.statusCode, 400);
      assert.match(pageText(bad.body), /Okänt slag\. Välj ett av: planerad, annonserad, direkt, dialog/);

      const atom = await anonymous('/upphandlingar.atom?lan=20');
      assert.match(atom.headers['content-type'] as string, /application\/atom\+xml/);
      assert.match(atom.body, new RegExp(`<id>http://localhost:3000/upphandlingar/${id}</id>`));
      const ics = await anonymous('/upphandlingar.ics');
      assert.match(ics.body, /BEGIN:VEVENT\r\nUID:deadline-\d+@asf-plattformen/);
      assert.match(ics.body, /DTSTART:20270315T110000Z/);
      const csv = await anonymous('/upphandlingar/export.csv?reserverad=1');
      assert.match(csv.body, /Städning av förskolor i Falun;Falu kommun/);
      assert.match(csv.body, /Reserverad enligt LOU 19 kap\. 25 §;1200000;1;/);
    });

    it('Enter in the lot form saves: the first button of the form is a save button', async () => {
      const form = (await buyer.get(`/inkop/${id}/delomraden/1`)).body;
      const first = /<button[^>]*>/.exec(form.slice(form.indexOf(`action="/inkop/${id}/delomraden/1"`)))![0];
      assert.match(first, /name="action" value="save"/);
      assert.match(form, /formaction="\/inkop\/\d+\/delomraden\/1#cpv"/i);
    });

    it('a moved deadline is in the history readers see', async () => {
      const moved = await buyer.post(`/inkop/${id}/uppgifter`, { ...BASICS_FORM, deadlineDate: '2027-03-22' });
      assert.equal(moved.statusCode, 303);
      const page = pageText((await t.app.inject({ method: 'GET', url: `/upphandlingar/${id}` })).body);
      assert.match(
        page,
        /Ändringar .* Publicerad .* Ändrad Sista dag för anbud: 15 mars 2027 kl\. 12:00 → 22 mars 2027 kl\. 12:00/,
      );
      assert.match(page, /Reserverad enligt LOU 19 kap\. 25 §/);
    });

    it('another organisation sees no draft and cannot reach the buyer’s pages of it', async () => {
      const other = (await signedIn(t, 'buyer')).browser;
      assert.equal((await other.get(`/inkop/${id}`)).statusCode, 404);
      assert.equal((await other.post(`/inkop/${id}/status`, { status: 'cancelled' })).statusCode, 404);
      const draft = await buyer.post('/inkop/ny', { ...BASICS_FORM, title: 'Hemligt utkast' });
      const draftId = /\/inkop\/(\d+)\//.exec(draft.headers.location as string)![1];
      assert.equal((await t.app.inject({ method: 'GET', url: `/upphandlingar/${draftId}` })).statusCode, 404);
      assert.ok(
        !pageText((await t.app.inject({ method: 'GET', url: '/upphandlingar' })).body).includes('Hemligt utkast'),
      );
    });

    it('ends: closed, then awarded, each asked for first; the public page says so', async () => {
      const overview = (await buyer.get(`/inkop/${id}`)).body;
      assert.match(overview, new RegExp(`href="/inkop/${id}/avbryt"`));
      const ask = await buyer.get(`/inkop/${id}/avbryt`);
      assert.equal(ask.statusCode, 200);
      assert.match(pageText(ask.body), /Avbryta upphandlingen\? .* kan sedan inte ändras eller öppnas igen/);
      assert.match(ask.body, /<input type="hidden" name="status" value="cancelled"\/>/);
      assert.equal(
        (await buyer.post(`/inkop/${id}/status`, { status: 'closed' })).headers.location,
        `/inkop/${id}?klart=closed`,
      );
      await buyer.post(`/inkop/${id}/status`, { status: 'awarded' });
      const page = pageText((await t.app.inject({ method: 'GET', url: `/upphandlingar/${id}` })).body);
      assert.match(page, /Den här upphandlingen är tilldelad/);
      // An awarded one is not changed: its forms lead back to its page, its lots have no change link.
      assert.equal((await buyer.get(`/inkop/${id}/uppgifter`)).headers.location, `/inkop/${id}`);
      assert.equal((await buyer.get(`/inkop/${id}/delomraden/1`)).headers.location, `/inkop/${id}`);
      assert.ok(!pageText((await buyer.get(`/inkop/${id}`)).body).includes('Ändra delområde'));
      const refusedChange = await buyer.post(`/inkop/${id}/uppgifter`, BASICS_FORM);
      assert.equal(refusedChange.statusCode, 400);
      assert.match(pageText(refusedChange.body), /tilldelad eller avbruten och kan inte ändras/);
      assert.ok(
        !pageText((await t.app.inject({ method: 'GET', url: '/upphandlingar' })).body).includes(
          'Städning av förskolor i Falun',
        ),
      );
    });
  });
}
