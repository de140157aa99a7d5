import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestUser, signedIn, TestBrowser } from '../../../platform/testing/auth.js';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { pageText as text } from '../../../platform/testing/html.js';
import { contextWithRegisterTables } from '../db.js';
import { insertEnterprise } from '../testing/factories.js';
import { sendCoordinatorDigest } from './notice.service.js';
import { enterpriseRegister } from '../register.module.js';
import { REPORT_RETENTION_JOB } from './report.jobs.js';

/** "Rapportera fel uppgift" on each profile reaches the coordinators (issue 9 §2). */
for (const kind of testDatabaseKinds()) {
  describe(`reports of incorrect information (${kind})`, () => {
    let t: TestApp;
    const db = () => contextWithRegisterTables(t.ctx).db;
    const reports = () => db().selectFrom('enterprise_error_report').selectAll().orderBy('id').execute();
    const audits = (action: string) =>
      t.ctx.db.selectFrom('audit_event').selectAll().where('action', '=', action).orderBy('id').execute();
    const mailTo = async (email: string) =>
      t.ctx.db.selectFrom('mail_outbox').select(['subject', 'text_body']).where('to_address', '=', email).execute();

    before(async () => {
      t = await openTestApp(kind);
    });
    after(() => t.close());

    test('a reader reports from the profile; the "at once" coordinator is mailed and the list shows it', async () => {
      const e = await insertEnterprise(db(), { name: 'Kooperativet Rapportprovet' });
      const direct = await createTestUser(t, 'coordinator');
      const coordinator = new TestBrowser(t);
      await coordinator.signIn(direct.email);
      assert.equal((await coordinator.post('/samordning/meddelanden', { meddelanden: 'immediate' })).statusCode, 303);

      const reader = new TestBrowser(t);
      const profile = await reader.get(`/foretag/${e.orgnr}`);
      assert.match(profile.body, new RegExp(`<a href="/foretag/${e.orgnr}/rapportera">Rapportera fel uppgift</a>`));
      const form = await reader.get(`/foretag/${e.orgnr}/rapportera`);
      assert.equal(form.statusCode, 200);
      assert.match(text(form.body), /Rapportera fel uppgift om Kooperativet Rapportprovet/);

      // Nothing chosen, nothing written: every message at its field, the text kept.
      const empty = await reader.post(`/foretag/${e.orgnr}/rapportera`, { message: 'kort' });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /class="error-summary"/);
      assert.match(text(empty.body), /Välj vad det gäller\./);
      assert.match(text(empty.body), /minst 10 tecken/);
      assert.match(empty.body, />kort<\/textarea>/);

      const personal = await reader.post(`/foretag/${e.orgnr}/rapportera`, {
        topic: 'employees',
        message: 'Deltagaren 19811218-9876 jobbar inte kvar där.',
      });
      assert.equal(personal.statusCode, 400);
      assert.match(text(personal.body), /ser ut att innehålla ett personnummer/);

      const badEmail = await reader.post(`/foretag/${e.orgnr}/rapportera`, {
        topic: 'contact',
        message: 'Telefonnumret går till en annan firma.',
        email: 'inte en adress',
      });
      assert.equal(badEmail.statusCode, 400);
      assert.match(text(badEmail.body), /Skriv en e-postadress som namn@exempel\.se/);
      assert.equal((await reports()).length, 0, 'nothing is saved from a refused form');

      const sent = await reader.post(`/foretag/${e.orgnr}/rapportera`, {
        topic: 'contact',
        message: 'Telefonnumret går till en annan firma.\nRätt nummer står på deras webbplats.',
        email: 'Lasare@Exempel.se',
      });
      // To a page of its own, so that a reload does not send it again.
      assert.equal(sent.statusCode, 303);
      assert.equal(sent.headers.location, `/foretag/${e.orgnr}/rapportera/tack?svar=1`);
      const thanks = text((await reader.get(sent.headers.location as string)).body);
      assert.match(thanks, /Tack, samordnarna har fått ditt meddelande/);
      assert.match(thanks, /Samordnaren kan svara dig på den e-postadress du angav/);
      await reader.get(sent.headers.location as string);
      assert.equal((await reports()).length, 1, 'a reload of the thanks sends nothing');
      const [saved] = await reports();
      assert.equal(saved?.topic, 'contact');
      assert.equal(saved?.reporter_email, 'lasare@exempel.se');
      assert.equal(saved?.closed_at, null);
      const [logged] = await audits('error_reported');
      assert.equal(logged?.subject, e.orgnr);
      assert.deepEqual(logged?.details, { topic: 'contact' }, 'the log keeps the topic, not the text or the address');

      const mails = await mailTo(direct.email);
      assert.equal(mails.length, 1);
      assert.equal(mails[0]!.subject, 'Felaktig uppgift rapporterad om Kooperativet Rapportprovet');
      assert.match(mails[0]!.text_body, /Gäller: Kontaktuppgifter/);
      assert.match(mails[0]!.text_body, /Telefonnumret går till en annan firma\./);
      assert.match(mails[0]!.text_body, /\/samordning\/rapporter/);

      const start = text((await coordinator.get('/samordning')).body);
      assert.match(start, /1 rapport om en felaktig uppgift väntar\./);
      const list = await coordinator.get('/samordning/rapporter');
      assert.equal(list.statusCode, 200);
      const listed = text(list.body);
      assert.match(listed, /Kooperativet Rapportprovet/);
      assert.match(listed, /Gäller: Kontaktuppgifter/);
      assert.match(list.body, /Telefonnumret går till en annan firma\.\nRätt nummer/, 'line breaks kept');
      assert.match(list.body, /href="mailto:lasare@exempel\.se"/);

      // The enterprise's own page for coordinators shows it too, where the profile is looked after.
      const own = text((await coordinator.get(`/samordning/foretag/${e.orgnr}`)).body);
      assert.match(own, /Rapporterade fel Kontaktuppgifter .* Telefonnumret går till en annan firma\./);

      const closed = await coordinator.post(`/samordning/rapporter/${saved!.id}/atgardad`);
      assert.equal(closed.statusCode, 303);
      assert.equal(closed.headers.location, '/samordning/rapporter?klar=atgardad');
      const [after] = await reports();
      assert.ok(after?.closed_at);
      assert.equal(after?.reporter_email, null, 'the address goes when the report is dealt with');
      assert.equal((await audits('error_report_closed')).length, 1);
      const afterList = text((await coordinator.get('/samordning/rapporter?klar=atgardad')).body);
      assert.match(afterList, /Rapporten är markerad som åtgärdad/);
      assert.match(afterList, /Inga rapporter väntar\./);
      assert.match(afterList, /Senast åtgärdade/);

      // A second coordinator pressing the same button a moment later is told, not failed.
      const twice = await coordinator.post(`/samordning/rapporter/${saved!.id}/atgardad`);
      assert.equal(twice.headers.location, '/samordning/rapporter?klar=saknas');
      assert.equal((await audits('error_report_closed')).length, 1);
      for (const id of ['abc', '0', '99999999999']) {
        const odd = await coordinator.post(`/samordning/rapporter/${id}/atgardad`);
        assert.equal(odd.headers.location, '/samordning/rapporter?klar=saknas', id);
      }
    });

    test('open reports wait in the morning digest', async () => {
      const e = await insertEnterprise(db(), { name: 'Digestföretaget' });
      const morning = await createTestUser(t, 'coordinator');
      const reader = new TestBrowser(t);
      await reader.get(`/foretag/${e.orgnr}/rapportera`);
      const sent = await reader.post(`/foretag/${e.orgnr}/rapportera`, {
        topic: 'closed',
        message: 'Företaget lade ner verksamheten i somras.',
      });
      assert.equal(sent.headers.location, `/foretag/${e.orgnr}/rapportera/tack`);
      const thanks = text((await reader.get(sent.headers.location as string)).body);
      assert.doesNotMatch(thanks, /kan svara dig/, 'no address, no promise of an answer');
      assert.ok((await sendCoordinatorDigest(contextWithRegisterTables(t.ctx))) >= 1);
      const [digest] = await mailTo(morning.email);
      assert.match(digest!.text_body, /Rapporter om felaktiga uppgifter: 1/);
    });

    test('kept no longer than the privacy page says: addresses after a year, dealt-with reports after two', async () => {
      const e = await insertEnterprise(db(), { name: 'Gallringsföretaget' });
      await db().deleteFrom('enterprise_error_report').execute();
      const reader = new TestBrowser(t);
      await reader.get(`/foretag/${e.orgnr}/rapportera`);
      for (const message of ['Första rapporten om telefonen.', 'Andra rapporten om adressen.']) {
        await reader.post(`/foretag/${e.orgnr}/rapportera`, { topic: 'contact', message, email: 'svar@exempel.se' });
      }
      const [first] = await reports();
      await db()
        .updateTable('enterprise_error_report')
        .set({ closed_at: new Date('2026-12-01T10:00:00Z') })
        .where('id', '=', first!.id)
        .execute();
      // The visitor's IP address is not in the audit log.
      const logged = (await audits('error_reported')).filter((a) => a.subject === e.orgnr);
      assert.equal(logged.length, 2);
      assert.ok(logged.every((a) => a.ip === null));

      const job = enterpriseRegister.daily!.find((d) => d.schedule.kind === REPORT_RETENTION_JOB)!;
      const at = (iso: string) => ({ ...t.ctx, now: () => new Date(iso) });
      await job.run(at('2027-06-01T03:00:00Z'));
      assert.equal((await reports()).length, 2, 'half a year on: both kept');
      assert.ok((await reports())[1]!.reporter_email, 'the open report keeps its address for a year');
      await job.run(at('2028-01-01T03:00:00Z'));
      const left = await reports();
      assert.equal(left.length, 2);
      assert.equal(left[1]!.reporter_email, null, 'a year on: the address of the open report is gone');
      await job.run(at('2028-12-02T03:00:00Z'));
      assert.deepEqual(
        (await reports()).map((r) => r.message),
        ['Andra rapporten om adressen.'],
        'two years after it was dealt with, the report is gone',
      );
    });

    test('closed from the enterprise’s page, the coordinator is brought back there, and nowhere else', async () => {
      const e = await insertEnterprise(db(), { name: 'Tillbakaföretaget' });
      const reader = new TestBrowser(t);
      await reader.get(`/foretag/${e.orgnr}/rapportera`);
      await reader.post(`/foretag/${e.orgnr}/rapportera`, { topic: 'address', message: 'Adressen är den gamla.' });
      await reader.post(`/foretag/${e.orgnr}/rapportera`, { topic: 'address', message: 'Adressen är fel igen.' });
      const open = (await reports()).filter((r) => r.closed_at === null && r.message.startsWith('Adressen'));
      const { browser: c } = await signedIn(t, 'coordinator');
      assert.match((await c.get(`/samordning/foretag/${e.orgnr}`)).body, /name="tillbaka" value="[0-9-]+"/);
      const back = await c.post(`/samordning/rapporter/${open[0]!.id}/atgardad`, { tillbaka: e.orgnr });
      assert.equal(back.headers.location, `/samordning/foretag/${e.orgnr}?klart=rapport`);
      assert.match(text((await c.get(back.headers.location as string)).body), /Rapporten är markerad som åtgärdad/);
      const elsewhere = await c.post(`/samordning/rapporter/${open[1]!.id}/atgardad`, { tillbaka: '//evil.example' });
      assert.equal(elsewhere.headers.location, '/samordning/rapporter?klar=atgardad');
    });

    test('only published profiles take reports, and only coordinators and admins see them', async () => {
      const draft = await insertEnterprise(db(), {}, 'draft');
      const reader = new TestBrowser(t);
      assert.equal((await reader.get(`/foretag/${draft.orgnr}/rapportera`)).statusCode, 404);
      assert.equal((await reader.get('/foretag/556677-8899/rapportera')).statusCode, 404);
      assert.equal((await reader.get('/foretag/inte-ett-nummer/rapportera')).statusCode, 404);
      assert.equal((await reader.post(`/foretag/${draft.orgnr}/rapportera`, { topic: 'other' })).statusCode, 404);

      for (const role of ['buyer', 'enterprise_editor'] as const) {
        const { browser } = await signedIn(t, role);
        assert.equal((await browser.get('/samordning/rapporter')).statusCode, 403, role);
        assert.equal((await browser.post('/samordning/rapporter/1/atgardad')).statusCode, 403, role);
      }
      assert.equal((await reader.get('/samordning/rapporter')).statusCode, 303, 'anonymous: to sign-in');
      const { browser: admin } = await signedIn(t, 'admin');
      assert.equal((await admin.get('/samordning/rapporter')).statusCode, 200);
    });

    test('on an English page the form answers in English, and the coordinators are mailed in Swedish', async () => {
      const e = await insertEnterprise(db(), { name: 'Språkföretaget' });
      const direct = await createTestUser(t, 'coordinator');
      const c = new TestBrowser(t);
      await c.signIn(direct.email);
      await c.post('/samordning/meddelanden', { meddelanden: 'immediate' });

      const reader = new TestBrowser(t);
      const form = text((await reader.get(`/foretag/${e.orgnr}/rapportera?lang=en`)).body);
      assert.match(form, /Report incorrect information about Språkföretaget/);
      const refused = text((await reader.post(`/foretag/${e.orgnr}/rapportera`, { topic: 'other' })).body);
      assert.match(refused, /Write what is wrong\./);
      const sent = await reader.post(`/foretag/${e.orgnr}/rapportera`, {
        topic: 'services',
        message: 'They no longer do catering.',
      });
      assert.match(
        text((await reader.get(sent.headers.location as string)).body),
        /Thank you, the coordinators have your message/,
      );
      const [mail] = await mailTo(direct.email);
      assert.equal(mail?.subject, 'Felaktig uppgift rapporterad om Språkföretaget');
      assert.match(mail!.text_body, /Gäller: Tjänster eller CPV-koder/);
    });
  });
}
