import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { findUserByEmail } from '../../../platform/auth/user.repository.js';
import { TestBrowser } from '../../../platform/testing/auth.js';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { enterpriseIdByOrgnr, getEnterprise } from '../enterprise/enterprise.service.js';
import { listVersionsOf } from '../enterprise/history.repository.js';
import { confirmationPath, confirmViaLink, REGISTRATION_PASSWORD, registerViaForm } from '../testing/registration.js';
import { fillAllSteps, STEP_FORMS } from '../testing/editor.js';

const START = new Date('2026-11-24T10:00:00Z');

for (const kind of testDatabaseKinds()) {
  describe(`enterprise editor: a new enterprise's draft (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(kind, START);
    });
    after(() => t?.close());

    const statusOf = async (orgnr: string) => (await getEnterprise(t.ctx.db, orgnr))?.status;

    test('the form saves step by step and resumes after signing in again', async () => {
      const { orgnr, email } = await registerViaForm(t);
      // Signing in before the address is confirmed is allowed; the home page asks to confirm it.
      const browser = new TestBrowser(t);
      await browser.signIn(email, REGISTRATION_PASSWORD);
      const home = await browser.get('/mitt-foretag');
      assert.equal(home.statusCode, 200);
      assert.match(home.body, /Bekräfta din e-postadress/);
      assert.match(home.body, /action="\/registrera\/ny-lank"/);
      assert.match(home.body, /Utkast/);

      const step1 = await browser.get('/mitt-foretag/steg/1');
      assert.equal(step1.statusCode, 200);
      assert.match(step1.body, /Syns|profil/, 'help text says who sees it');
      assert.match(step1.body, /<legend>Företagsform<\/legend>/);
      assert.doesNotMatch(step1.body, /value="annan" checked/, 'the placeholder form is not pre-chosen');

      const later = await browser.post('/mitt-foretag/steg/1', { ...STEP_FORMS[1], action: 'later' });
      assert.equal(later.statusCode, 303);
      assert.match(String(later.headers.location), /^\/mitt-foretag\?sparat=1/);
      const saved = await getEnterprise(t.ctx.db, orgnr);
      assert.equal(saved?.legalForm, 'ekonomisk_forening');
      assert.equal(saved?.website, 'https://gnistan.example');
      assert.equal(saved?.email, 'info@gnistan.example');
      assert.equal(saved?.address.postalCode, '791 31');
      assert.equal(saved?.sources.basics?.source, 'enterprise');

      const next = await browser.post('/mitt-foretag/steg/2', { ...STEP_FORMS[2], action: 'next' });
      assert.equal(next.statusCode, 303);
      assert.match(String(next.headers.location), /^\/mitt-foretag\/steg\/3/);
      const areas = (await getEnterprise(t.ctx.db, orgnr))?.operatingAreas;
      assert.deepEqual(areas, [
        { countyCode: '01', municipalityCode: '0114' },
        { countyCode: '03', municipalityCode: '0380' },
        { countyCode: '20', municipalityCode: null },
      ]);
      const offerings = (await getEnterprise(t.ctx.db, orgnr))?.offerings;
      assert.deepEqual(
        offerings?.find((o) => o.category === 'stadning'),
        { category: 'stadning', cpv: ['90911200', '90919200'], description: 'Kontor och trapphus' },
      );

      // A new browser, a new sign-in: everything saved is there, and the steps say how far it got.
      const again = new TestBrowser(t);
      await again.signIn(email, REGISTRATION_PASSWORD);
      const resumed = await again.get('/mitt-foretag');
      assert.match(resumed.body, /Om företaget<\/a>: Klart/);
      assert.match(resumed.body, /Vad ni gör och var<\/a>: Klart/);
      assert.match(resumed.body, /Vilka ni anställer<\/a>: Inte klart/);
      assert.match(resumed.body, /href="\/mitt-foretag\/steg\/3">Fortsätt där du slutade/);
      const page1 = await again.get('/mitt-foretag/steg/1');
      assert.match(page1.body, /Vi städar kontor och skolor i Dalarna\./);
      assert.match(page1.body, /value="ekonomisk_forening" checked/);
      const page2 = await again.get('/mitt-foretag/steg/2');
      assert.match(page2.body, /value="stadning" checked/);
      assert.match(page2.body, /Upplands Väsby, Uppsala/);
    });

    test('bad input gives 400 with an error summary and the input kept', async () => {
      const { email } = await registerViaForm(t);
      const browser = new TestBrowser(t);
      await browser.signIn(email, REGISTRATION_PASSWORD);

      const tooMany = await browser.post('/mitt-foretag/steg/3', {
        employeesTotal: '5',
        employeesTargetGroup: '9',
        reportedOn: '2026-13-01',
        action: 'next',
      });
      assert.equal(tooMany.statusCode, 400);
      assert.match(tooMany.body, /class="error-summary"/);
      assert.match(tooMany.body, /<a href="#employeesTargetGroup">Anställda ur målgruppen kan inte vara fler/);
      assert.match(tooMany.body, /Skriv datumet som ÅÅÅÅ-MM-DD/);
      assert.match(tooMany.body, /value="9"/);

      const unknown = await browser.post('/mitt-foretag/steg/2', {
        kategori: 'stadning',
        'cpv-stadning': '123',
        kommuner: 'Falun, Atlantis',
        action: 'next',
      });
      assert.equal(unknown.statusCode, 400);
      assert.match(unknown.body, /Vi hittar inga kommuner som heter: Atlantis/);
      assert.match(unknown.body, /Vi känner inte igen de här CPV-koderna: 123/);
      assert.match(unknown.body, /Falun, Atlantis/);

      const noForm = await browser.post('/mitt-foretag/steg/1', { name: 'X Y', action: 'next' });
      assert.equal(noForm.statusCode, 400);
      assert.match(noForm.body, /Välj vilken form företaget har/);

      const cert = await browser.post('/mitt-foretag/steg/5', { certIssuer2: 'Någon', action: 'next' });
      assert.equal(cert.statusCode, 400);
      assert.match(cert.body, /Skriv certifieringens namn, eller töm raden/);

      const training = await browser.post('/mitt-foretag/steg/4', { capacity: '2', free: '3', action: 'next' });
      assert.equal(training.statusCode, 400);
      assert.match(training.body, /Lediga platser kan inte vara fler än alla platser/);

      assert.equal((await browser.get('/mitt-foretag/steg/6')).statusCode, 404);

      // A NUL byte (only a crafted request sends one) is dropped, not a server error.
      const nul = await browser.post('/mitt-foretag/steg/3', {
        otherTargetGroups: 'Unga\u0000 vuxna',
        action: 'later',
      });
      assert.equal(nul.statusCode, 303);
    });

    test('sending in is refused until the e-mail address is confirmed; then it goes to pending, not public', async () => {
      const { orgnr, email, name } = await registerViaForm(t);
      const browser = new TestBrowser(t);
      await browser.signIn(email, REGISTRATION_PASSWORD);

      const early = await browser.get('/mitt-foretag/skicka');
      assert.match(early.body, /Det här saknas innan du kan skicka in/);
      assert.doesNotMatch(early.body, /Skicka för granskning<\/button>/);

      await fillAllSteps(browser);
      const summary = await browser.get('/mitt-foretag/skicka');
      assert.equal(summary.statusCode, 200);
      assert.doesNotMatch(summary.body, /Det här saknas/);
      assert.match(summary.body, /Du behöver bekräfta din e-postadress/);
      assert.doesNotMatch(summary.body, /Skicka för granskning<\/button>/);
      assert.match(summary.body, /Kooperativet Gnistan/);
      // Every field the enterprise filled in, as the public will see it (issue 9 §4).
      const shown = summary.body.replace(/\u00a0/g, ' ');
      for (const fact of [
        'Stationsgatan 3',
        '791 31',
        'Falun',
        '2015',
        '90911200',
        'Kontor och trapphus',
        'Nyanlända',
        'Lugn miljö',
        'Märkarna',
        '31 december 2027',
        '1 november 2026',
      ]) {
        assert.ok(shown.includes(fact), `the review page shows ${fact}`);
      }

      const refused = await browser.post('/mitt-foretag/skicka');
      assert.equal(refused.statusCode, 403);
      assert.match(refused.body, /bekräfta din e-postadress/);
      assert.equal(await statusOf(orgnr), 'draft');

      // Following the e-mailed link and clicking its button confirms the address; now it can be sent.
      const confirmed = await confirmViaLink(browser, await confirmationPath(t, email));
      assert.equal(confirmed.statusCode, 303);
      const ready = await browser.get('/mitt-foretag/skicka');
      assert.match(ready.body, /Skicka för granskning<\/button>/);
      const sent = await browser.post('/mitt-foretag/skicka');
      assert.equal(sent.statusCode, 303);
      assert.equal(sent.headers.location, '/mitt-foretag?skickat=1');

      const e = await getEnterprise(t.ctx.db, orgnr);
      assert.equal(e?.status, 'pending');
      const id = (await enterpriseIdByOrgnr(t.ctx.db, orgnr))!;
      const row = await t.ctx.db
        .selectFrom('enterprise')
        .select(['submitted_at', 'registration_step'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      assert.equal(row.submitted_at?.getTime(), START.getTime());
      assert.equal(row.registration_step, 5);
      const versions = await listVersionsOf(t.ctx.db, id);
      assert.deepEqual(
        [versions[0]?.action, versions[0]?.status_before, versions[0]?.status_after],
        ['submitted', 'draft', 'pending'],
      );
      const receipt = await t.ctx.db
        .selectFrom('mail_outbox')
        .select(['subject', 'text_body'])
        .where('to_address', '=', email)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      assert.match(receipt.subject, /Vi har tagit emot era uppgifter/);

      const home = await browser.get('/mitt-foretag?skickat=1');
      assert.match(home.body, /Väntar på granskning/);
      assert.match(home.body, /Tack! Uppgifterna är inskickade/);

      // Not public: neither the profile nor the directory shows it.
      assert.equal((await t.app.inject({ method: 'GET', url: `/foretag/${orgnr}` })).statusCode, 404);
      const directory = await t.app.inject({ method: 'GET', url: `/foretag?q=${encodeURIComponent('Gnistan')}` });
      assert.doesNotMatch(directory.body, new RegExp(name));
      assert.doesNotMatch(directory.body, /Kooperativet Gnistan/);

      // Sending twice does nothing more; while pending the facts cannot be changed.
      assert.equal((await browser.post('/mitt-foretag/skicka')).statusCode, 303);
      assert.equal((await browser.get('/mitt-foretag/skicka')).headers.location, '/mitt-foretag');
      const edit = await browser.post('/mitt-foretag/steg/1', {
        ...STEP_FORMS[1],
        description: 'Nu också fönsterputs.',
        action: 'later',
      });
      assert.equal(edit.statusCode, 403);
      assert.equal(await statusOf(orgnr), 'pending');
      assert.equal((await getEnterprise(t.ctx.db, orgnr))?.description, 'Vi städar kontor och skolor i Dalarna.');
      assert.equal((await findUserByEmail(t.ctx.db, email))?.enterprise_id, id);
    });
  });
}
