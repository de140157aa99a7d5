import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestUser, signedIn, TestBrowser } from '../../../platform/testing/auth.js';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { confirmationPath, confirmViaLink, REGISTRATION_PASSWORD, registerViaForm } from '../testing/registration.js';
import { fillAllSteps } from '../testing/editor.js';
import { enterpriseRegister } from '../register.module.js';
import { COORDINATOR_DIGEST_JOB } from './notice.jobs.js';
import { sendCoordinatorDigest } from './notice.service.js';
import { contextWithRegisterTables } from '../db.js';

/** Coordinators hear that something waits for them, as each of them chose (issue 9 §4). */
for (const kind of testDatabaseKinds()) {
  describe(`coordinators kept in the loop (${kind})`, () => {
    let t: TestApp;
    const mailTo = async (email: string) =>
      t.ctx.db.selectFrom('mail_outbox').select(['subject', 'text_body']).where('to_address', '=', email).execute();

    before(async () => {
      t = await openTestApp(kind);
    });
    after(() => t.close());

    test('each coordinator chooses at once, a morning digest or nothing, on the start page', async () => {
      const { browser } = await signedIn(t, 'coordinator');
      const page = await browser.get('/samordning');
      assert.match(page.body, /E-post när något väntar på dig/);
      assert.match(page.body, /value="daily" checked/, 'the morning digest until they choose');

      const saved = await browser.post('/samordning/meddelanden', { meddelanden: 'immediate' });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, '/samordning?sparat=meddelanden#meddelanden');
      const after = await browser.get('/samordning?sparat=meddelanden');
      assert.match(after.body, /value="immediate" checked/);
      assert.match(after.body, /Ditt val är sparat/);

      const wrong = await browser.post('/samordning/meddelanden', { meddelanden: 'hourly' });
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /Välj ett av alternativen/);

      // Administrators reach /samordning too: no notices until they ask for them.
      const admin = (await signedIn(t, 'admin')).browser;
      assert.match((await admin.get('/samordning')).body, /value="off" checked/);
    });

    test('an enterprise sent in mails the "at once" coordinators, and the digest the others next morning', async () => {
      const direct = await createTestUser(t, 'coordinator');
      const morning = await createTestUser(t, 'coordinator');
      const never = await createTestUser(t, 'coordinator');
      const admin = await createTestUser(t, 'admin');
      for (const [user, mode] of [
        [direct, 'immediate'],
        [never, 'off'],
      ] as const) {
        const b = new TestBrowser(t);
        await b.signIn(user.email);
        assert.equal((await b.post('/samordning/meddelanden', { meddelanden: mode })).statusCode, 303);
      }
      // Nothing waits yet: no digest.
      assert.equal(await sendCoordinatorDigest(contextWithRegisterTables(t.ctx)), 0);

      const { email, name } = await registerViaForm(t);
      const editor = new TestBrowser(t);
      await editor.signIn(email, REGISTRATION_PASSWORD);
      await fillAllSteps(editor);
      await confirmViaLink(editor, await confirmationPath(t, email));
      assert.equal((await editor.post('/mitt-foretag/skicka')).statusCode, 303);

      const mails = await mailTo(direct.email);
      assert.equal(mails.length, 1);
      assert.match(mails[0]!.subject, /väntar på granskning/);
      assert.match(mails[0]!.text_body, /http:\/\/localhost:\d+\/samordning\/granskning/);
      assert.match(mails[0]!.subject, new RegExp(name.slice(0, 10)));
      assert.deepEqual(await mailTo(morning.email), [], 'the digest coordinator waits for the morning');
      assert.deepEqual(await mailTo(never.email), []);

      const sent = await sendCoordinatorDigest(contextWithRegisterTables(t.ctx));
      assert.ok(sent >= 1);
      const digest = await mailTo(morning.email);
      assert.equal(digest.length, 1);
      assert.match(digest[0]!.text_body, /Företag som väntar på granskning: 1/);
      assert.deepEqual(await mailTo(never.email), []);
      assert.deepEqual(await mailTo(admin.email), [], 'an administrator who never asked hears nothing');
      assert.equal((await mailTo(direct.email)).length, 1, 'no digest for the "at once" coordinator');
    });

    test('the digest is a daily job of the module, at 07:00 Swedish time', () => {
      const digest = enterpriseRegister.daily?.find((d) => d.schedule.kind === COORDINATOR_DIGEST_JOB);
      assert.equal(digest?.schedule.hour, 7);
      assert.equal(digest?.schedule.timeZone, 'Europe/Stockholm');
    });
  });
}
