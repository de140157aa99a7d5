import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { toCurrentUser } from '../../../platform/auth/session.js';
import { findUserByEmail } from '../../../platform/auth/user.repository.js';
import { signedIn, TestBrowser } from '../../../platform/testing/auth.js';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { saveStep } from './editor.service.js';
import { enterpriseIdByOrgnr, getEnterprise } from '../enterprise/enterprise.service.js';
import type { EnterpriseStatus } from '../enterprise/enterprise.types.js';
import { listVersionsOf } from '../enterprise/history.repository.js';
import { insertEnterprise } from '../testing/factories.js';
import { confirmationPath, confirmViaLink, REGISTRATION_PASSWORD, registerViaForm } from '../testing/registration.js';

const START = new Date('2026-11-24T10:00:00Z');

/** Valid answers for every step, as the forms post them. */
const STEP_FORMS: Record<number, Record<string, string | string[]>> = {
  1: {
    name: 'Kooperativet Gnistan',
    legalForm: 'ekonomisk_forening',
    foundedYear: '2015',
    description: 'Vi städar kontor och skolor i Dalarna.',
    website: 'gnistan.example',
    publicEmail: 'Info@Gnistan.example',
    phone: '023-12 34 56',
    street: 'Stationsgatan 3',
    postalCode: '79131',
    city: 'Falun',
    municipality: '2080',
  },
  2: {
    kategori: ['stadning', 'catering'],
    'cpv-stadning': '90911200, 90919200-4',
    'text-stadning': 'Kontor och trapphus',
    lan: ['20'],
    kommuner: 'Uppsala, 0114, Falun',
  },
  3: {
    employeesTotal: '12',
    employeesTargetGroup: '7',
    reportedOn: '2026-11-01',
    malgrupp: ['Långtidsarbetslösa'],
    otherTargetGroups: 'Unga vuxna',
  },
  4: { capacity: '4', free: '1', supervisors: '2', traningMalgrupp: ['Nyanlända'], adaptations: 'Lugn miljö' },
  5: { certName1: 'Kvalitetsmärkt', certIssuer1: 'Märkarna', certValid1: '2027-12-31' },
};

async function fillAllSteps(browser: TestBrowser): Promise<void> {
  for (const step of [1, 2, 3, 4, 5]) {
    const res = await browser.post(`/mitt-foretag/steg/${step}`, { ...STEP_FORMS[step], action: 'next' });
    assert.equal(res.statusCode, 303, `step ${step}: ${res.body.slice(0, 1500)}`);
  }
}

for (const kind of testDatabaseKinds()) {
  describe(`enterprise editor (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(kind, START);
    });
    after(() => t?.close());

    const statusOf = async (orgnr: string) => (await getEnterprise(t.ctx.db, orgnr))?.status;

    /** A published enterprise and a browser signed in as its editor. */
    async function publishedWithEditor(status: EnterpriseStatus = 'published') {
      const facts = await insertEnterprise(
        t.ctx.db,
        { name: `Publicerade ${Math.random().toString(36).slice(2, 7)}`, description: 'Den gamla beskrivningen.' },
        status,
      );
      const enterpriseId = (await enterpriseIdByOrgnr(t.ctx.db, facts.orgnr))!;
      const { browser, user } = await signedIn(t, 'enterprise_editor', { enterpriseId });
      return { facts, enterpriseId, browser, user };
    }

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

    test('editing a published enterprise changes its profile at once; criteria facts are flagged, the description is not', async () => {
      const { facts, enterpriseId, browser } = await publishedWithEditor();
      const profile = () => t.app.inject({ method: 'GET', url: `/foretag/${facts.orgnr}` });
      assert.match((await profile()).body, /Den gamla beskrivningen\./);

      const home = await browser.get('/mitt-foretag');
      assert.match(home.body, /Publicerad/);
      assert.match(home.body, new RegExp(`href="/foretag/${facts.orgnr}"`));

      // The description: public at once, nothing for the coordinator.
      const described = await browser.post('/mitt-foretag/steg/1', {
        ...STEP_FORMS[1],
        name: facts.name,
        legalForm: facts.legalForm,
        description: 'En helt ny beskrivning.',
        action: 'next',
      });
      assert.equal(described.statusCode, 303);
      assert.equal(described.headers.location, '/mitt-foretag/steg/2?sparat=1');
      assert.match((await profile()).body, /En helt ny beskrivning\./);
      let versions = await listVersionsOf(t.ctx.db, enterpriseId);
      assert.deepEqual(versions[0]?.flagged_fields, []);
      const notice = await browser.get(String(described.headers.location));
      assert.match(notice.body, /syns redan på er profil/);
      assert.doesNotMatch(notice.body, /samordnare kommer att titta/);

      // Employees: flagged, and the editor is told.
      const employed = await browser.post('/mitt-foretag/steg/3', {
        employeesTotal: '20',
        employeesTargetGroup: '11',
        reportedOn: '2026-11-20',
        action: 'later',
      });
      assert.equal(employed.headers.location, '/mitt-foretag?sparat=1&granskas=employees');
      const told = await browser.get(String(employed.headers.location));
      assert.match(told.body, /Du har ändrat antalet anställda\..*samordnare kommer att titta på ändringen/);
      assert.match((await profile()).body, />20</);
      versions = await listVersionsOf(t.ctx.db, enterpriseId);
      assert.deepEqual(versions[0]?.flagged_fields, ['employees']);

      // Legal form and certifications: flagged too.
      const form = await browser.post('/mitt-foretag/steg/1', {
        ...STEP_FORMS[1],
        name: facts.name,
        legalForm: 'aktiebolag_svb',
        description: 'En helt ny beskrivning.',
        action: 'later',
      });
      assert.match(String(form.headers.location), /granskas=legalForm/);
      const certified = await browser.post('/mitt-foretag/steg/5', { ...STEP_FORMS[5], action: 'next' });
      assert.equal(certified.headers.location, '/mitt-foretag?sparat=1&granskas=certifications');
      versions = await listVersionsOf(t.ctx.db, enterpriseId);
      assert.deepEqual(
        versions.slice(0, 2).map((v) => v.flagged_fields),
        [['certifications'], ['legalForm']],
      );
      assert.match((await profile()).body, /Kvalitetsmärkt/);
      assert.equal(await statusOf(facts.orgnr), 'published');

      // Saving a step unchanged records nothing.
      const count = versions.length;
      await browser.post('/mitt-foretag/steg/5', { ...STEP_FORMS[5], action: 'next' });
      assert.equal((await listVersionsOf(t.ctx.db, enterpriseId)).length, count);
    });

    test('while pending the steps are read-only; withdrawing makes a draft to change and send in again', async () => {
      const { facts, enterpriseId, browser, user } = await publishedWithEditor('pending');
      const versionCount = async () => (await listVersionsOf(t.ctx.db, enterpriseId)).length;

      const home = await browser.get('/mitt-foretag');
      assert.match(home.body, /Väntar på granskning/);
      assert.match(home.body, /Medan granskningen pågår kan uppgifterna inte ändras/);
      assert.match(home.body, /<form method="post" action="\/mitt-foretag\/dra-tillbaka"/);
      assert.match(home.body, /Dra tillbaka och ändra<\/button>/);
      assert.doesNotMatch(home.body, /Ändra uppgifterna/);

      // The step shows the facts as sent in, why they are locked, and the way out; no form to save.
      const page = await browser.get('/mitt-foretag/steg/1');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Uppgifterna granskas just nu av en samordnare/);
      assert.match(page.body, /Den gamla beskrivningen\./);
      assert.doesNotMatch(page.body, /action="\/mitt-foretag\/steg\/1"/);
      assert.doesNotMatch(page.body, /<textarea/);
      assert.match(page.body, /action="\/mitt-foretag\/dra-tillbaka"/);

      // A save (an old tab, a crafted request) is refused and changes nothing, valid or not.
      const before = await versionCount();
      const refused = await browser.post('/mitt-foretag/steg/1', {
        ...STEP_FORMS[1],
        name: facts.name,
        description: 'Smugglad ändring.',
        action: 'next',
      });
      assert.equal(refused.statusCode, 403);
      assert.match(refused.body, /Ändringarna sparades inte/);
      assert.match(refused.body, /Uppgifterna granskas just nu/);
      assert.match(refused.body, /Dra tillbaka och ändra<\/button>/);
      const invalid = await browser.post('/mitt-foretag/steg/3', { employeesTotal: 'x', action: 'next' });
      assert.equal(invalid.statusCode, 403);
      // The service refuses too, under the row lock: a page opened before submitting cannot slip through.
      const editor = toCurrentUser((await findUserByEmail(t.ctx.db, user.email))!);
      await assert.rejects(saveStep(t.ctx, editor, 1, { description: 'Smugglad ändring.' }), { id: 'forbidden' });
      assert.equal((await getEnterprise(t.ctx.db, facts.orgnr))?.description, 'Den gamla beskrivningen.');
      assert.equal(await versionCount(), before);

      // Withdrawing: back to draft, recorded as a version and in the audit log.
      const withdrawn = await browser.post('/mitt-foretag/dra-tillbaka');
      assert.equal(withdrawn.statusCode, 303);
      assert.equal(withdrawn.headers.location, '/mitt-foretag?tillbakadragen=1');
      assert.equal(await statusOf(facts.orgnr), 'draft');
      const [version] = await listVersionsOf(t.ctx.db, enterpriseId);
      assert.deepEqual(
        [version?.action, version?.status_before, version?.status_after],
        ['withdrawn', 'pending', 'draft'],
      );
      const audited = await t.ctx.db
        .selectFrom('audit_event')
        .select('action')
        .where('action', '=', 'enterprise_withdrawn')
        .where('subject', '=', facts.orgnr)
        .execute();
      assert.equal(audited.length, 1);
      assert.match((await browser.get('/mitt-foretag?tillbakadragen=1')).body, /Ansökan är dragen tillbaka/);

      // Only a pending enterprise can be withdrawn; a second click changes nothing.
      const again = await browser.post('/mitt-foretag/dra-tillbaka');
      assert.equal(again.statusCode, 303);
      assert.equal(again.headers.location, '/mitt-foretag');
      assert.equal((await listVersionsOf(t.ctx.db, enterpriseId))[0]?.id, version?.id);

      // Now it can be changed, and sent in again.
      await fillAllSteps(browser);
      assert.equal((await getEnterprise(t.ctx.db, facts.orgnr))?.description, STEP_FORMS[1]!.description);
      const sent = await browser.post('/mitt-foretag/skicka');
      assert.equal(sent.headers.location, '/mitt-foretag?skickat=1');
      assert.equal(await statusOf(facts.orgnr), 'pending');

      // The coordinator's history names the withdrawal.
      const { browser: coordinator } = await signedIn(t, 'coordinator');
      const history = await coordinator.get(`/samordning/foretag/${facts.orgnr}`);
      assert.match(history.body, /Ansökan dragen tillbaka av företaget/);
    });

    test("the home page shows the coordinator's newest decision and its message", async () => {
      const { enterpriseId, browser } = await publishedWithEditor('draft');
      const decide = (at: string, decision: string, message: string) =>
        t.ctx.db
          .insertInto('enterprise_verification')
          .values({
            enterprise_id: enterpriseId,
            decided_at: new Date(at),
            decided_by_label: 'Samordnaren',
            decision,
            message,
          })
          .execute();
      await decide('2026-11-01T10:00:00Z', 'rejected', 'Ett gammalt besked.');
      await decide('2026-11-20T10:00:00Z', 'more_information', 'Skicka gärna era stadgar.');
      const home = await browser.get('/mitt-foretag');
      assert.match(home.body, /Senaste beskedet från samordnaren/);
      assert.match(home.body, /Samordnaren behöver mer information/);
      assert.match(home.body, /Skicka gärna era stadgar\./);
      assert.doesNotMatch(home.body, /Ett gammalt besked/);
    });

    test('an archived enterprise is read-only, with an explanation', async () => {
      const { facts, browser } = await publishedWithEditor('archived');
      const home = await browser.get('/mitt-foretag');
      assert.match(home.body, /Arkiverad/);
      assert.doesNotMatch(home.body, /href="\/mitt-foretag\/steg\/1"/);
      const page = await browser.get('/mitt-foretag/steg/1');
      assert.match(page.body, /Företaget är arkiverat/);
      assert.doesNotMatch(page.body, /<form method="post" action="\/mitt-foretag\/steg/);
      const post = await browser.post('/mitt-foretag/steg/1', { ...STEP_FORMS[1], action: 'next' });
      assert.equal(post.statusCode, 403);
      assert.equal((await getEnterprise(t.ctx.db, facts.orgnr))?.description, 'Den gamla beskrivningen.');
    });

    test('an editor only ever changes their own enterprise, and one without an enterprise is told so', async () => {
      const mine = await publishedWithEditor();
      const other = await insertEnterprise(t.ctx.db, { name: 'Grannföretaget', description: 'Orörd.' });
      // Whatever the form says, the save goes to the signed-in editor's own enterprise.
      await mine.browser.post('/mitt-foretag/steg/1', {
        ...STEP_FORMS[1],
        orgnr: other.orgnr,
        description: 'Min egen text.',
        action: 'later',
      });
      assert.equal((await getEnterprise(t.ctx.db, other.orgnr))?.description, 'Orörd.');
      assert.equal((await getEnterprise(t.ctx.db, mine.facts.orgnr))?.description, 'Min egen text.');

      const { browser } = await signedIn(t, 'enterprise_editor', { enterpriseId: null });
      const home = await browser.get('/mitt-foretag');
      assert.equal(home.statusCode, 200);
      assert.match(home.body, /Ditt konto hör inte till något företag/);
      assert.match(home.body, /href="\/registrera"/);
      assert.equal((await browser.post('/mitt-foretag/steg/1', STEP_FORMS[1]!)).statusCode, 403);
      assert.equal((await browser.post('/mitt-foretag/skicka')).statusCode, 403);

      // Other roles do not get in at all (access.ts), and anonymous visitors are sent to sign in.
      const { browser: buyer } = await signedIn(t, 'buyer');
      assert.equal((await buyer.get('/mitt-foretag/steg/1')).statusCode, 403);
      const anonymous = await new TestBrowser(t).get('/mitt-foretag/steg/1');
      assert.equal(anonymous.statusCode, 303);
    });
  });
}
