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
import { fillAllSteps, STEP_FORMS } from '../testing/editor.js';

const START = new Date('2026-11-24T10:00:00Z');

for (const kind of testDatabaseKinds()) {
  describe(`enterprise editor: an enterprise in the register (${kind})`, () => {
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
