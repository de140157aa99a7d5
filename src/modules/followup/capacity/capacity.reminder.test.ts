import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { drainJobs } from '../../../platform/jobs/worker.js';
import { createTestUser, TestBrowser } from '../../../platform/testing/auth.js';
import { pageText } from '../../../platform/testing/html.js';
import { linksIn, startTestSmtp, type TestSmtp } from '../../../platform/testing/smtp.js';
import { insertEnterprise } from '../../register/testing/factories.js';
import { agreementMaker } from '../testing/agreements.js';
import { contextWithFollowupTables, type FollowupContext } from '../db.js';
import { sendPlaceReminders } from './capacity.reminder.js';

const NOW = new Date('2026-12-07T07:00:00Z');
const DAY = 86_400_000;

for (const kind of testDatabaseKinds()) {
  describe(`the reminder to confirm free places (${kind})`, () => {
    let t: TestApp;
    let smtp: TestSmtp;
    let ctx: FollowupContext;
    let editor: string;
    before(async () => {
      smtp = await startTestSmtp();
      t = await openTestApp(kind, NOW, { SMTP_URL: smtp.url, BASE_URL: 'https://asf.example.se' });
      ctx = contextWithFollowupTables(t.ctx);
      const agree = await agreementMaker(t, 'Arbetsmarknadsenheten Borlänge');
      const asked = await agree('Språkcaféet Ekonomisk Förening', { places: 4 });
      editor = (
        await createTestUser(t, 'enterprise_editor', { enterpriseId: asked, email: 'redaktor@sprakcafeet.example.se' })
      ).email;
      // No editor to ask: nothing is sent and nothing recorded.
      await agree('Utan Redaktör Ideell Förening');
      // Ended: not asked about places it no longer has.
      const ended = await agree('Avslutad Tvätt Ekonomisk Förening', { starts: '2025-01-01', ends: '2025-12-31' });
      await createTestUser(t, 'enterprise_editor', { enterpriseId: ended, email: 'tvatten@example.se' });
      // Archived in the register after its agreement: off the board, its link refused, not asked.
      const archived = await agree('Arkiverad Kafé Ekonomisk Förening');
      await createTestUser(t, 'enterprise_editor', { enterpriseId: archived, email: 'kafeet@example.se' });
      const { orgnr, name } = await t.ctx.db
        .selectFrom('enterprise')
        .select(['orgnr', 'name'])
        .where('id', '=', archived)
        .executeTakeFirstOrThrow();
      await insertEnterprise(t.ctx.db, { orgnr, name }, 'archived');
    });
    after(async () => {
      await t?.close();
      await smtp?.close();
    });

    it('asks the editors of an enterprise with places in force, with a link that updates without sign-in', async () => {
      assert.equal(await sendPlaceReminders(ctx), 1);
      await drainJobs(t.ctx);
      const mail = await smtp.waitForMessage((m) => JSON.stringify(m.to).includes(editor));
      assert.equal(mail.subject, 'Stämmer era lediga arbetsträningsplatser?');
      assert.match(mail.text ?? '', /Språkcaféet Ekonomisk Förening har 4 arbetsträningsplatser/);
      assert.match(mail.text ?? '', /Ni har inte uppgett hur många som är lediga/);
      assert.equal(smtp.messages.length, 1, 'no one else was asked');
      const link = linksIn(mail).find((l) => l.includes('/arbetstraningsplatser/uppdatera?nyckel='));
      assert.ok(link);
      const anyone = new TestBrowser(t);
      const path = link.replace('https://asf.example.se', '');
      assert.match(pageText((await anyone.get(path)).body), /Uppdatera lediga arbetsträningsplatser/);
      const saved = await anyone.post(path, { free: '3' });
      assert.equal(saved.statusCode, 303);
      assert.match(
        pageText((await anyone.get('/arbetstraningsplatser')).body),
        /Språkcaféet Ekonomisk Förening 3 lediga platser av 4/,
      );
    });

    it('asks again only when the number is about to turn uncertain, and not twice in a month', async () => {
      assert.equal(await sendPlaceReminders(ctx), 0, 'just confirmed');
      t.setNow(new Date(NOW.getTime() + 27 * DAY));
      assert.equal(await sendPlaceReminders(ctx), 0, 'confirmed 27 days ago');
      t.setNow(new Date(NOW.getTime() + 28 * DAY));
      assert.equal(await sendPlaceReminders(ctx), 1, 'two days before it shows as uncertain');
      assert.equal(await sendPlaceReminders(ctx), 0, 'not twice');
      t.setNow(new Date(NOW.getTime() + 40 * DAY));
      assert.equal(await sendPlaceReminders(ctx), 0, 'not again within the month');
      await drainJobs(t.ctx);
      const second = await smtp.waitForMessage((m) => /Senast sa ni 3 lediga platser/.test(m.text ?? ''));
      assert.match(second.text ?? '', /7 december 2026/);
    });
  });
}
