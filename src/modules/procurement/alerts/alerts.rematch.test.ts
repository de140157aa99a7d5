import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { drainJobs } from '../../../platform/jobs/worker.js';
import { createTestUser } from '../../../platform/testing/auth.js';
import { startTestSmtp, type TestSmtp } from '../../../platform/testing/smtp.js';
import { enterpriseIdByOrgnr } from '../../register/testing/internals.js';
import { insertEnterprise } from '../../register/testing/factories.js';
import { buyerUser, procurementContext, publishedOpportunity, insertFaluKommun } from '../testing/opportunities.js';
import { DEFAULT_ALERT } from './alerts.follow.js';
import { rematchChanged } from './alerts.rematch.js';
import { saveAlertSettings, sendDigests } from './alerts.service.js';

const seat = { street: null, postalCode: null, city: 'Falun', municipalityCode: '2080' };
const inDalarna = [{ countyCode: '20', municipalityCode: null }];

for (const kind of testDatabaseKinds()) {
  describe(`the nightly re-match (${kind})`, () => {
    let t: TestApp;
    let smtp: TestSmtp;
    const now = new Date('2026-12-07T04:00:00Z');
    before(async () => {
      smtp = await startTestSmtp();
      t = await openTestApp(kind, now, { SMTP_URL: smtp.url, BASE_URL: 'https://asf.example.se' });
    });
    after(async () => {
      await t?.close();
      await smtp?.close();
    });

    const editor = async (facts: Awaited<ReturnType<typeof insertEnterprise>>, email: string) => {
      const id = (await enterpriseIdByOrgnr(t.ctx.db, facts.orgnr))!;
      await createTestUser(t, 'enterprise_editor', { enterpriseId: id, email });
      return id;
    };
    /** An enterprise in Falun delivering in all Dalarna, with one service and an editor; its id and facts. */
    const enterprise = async (name: string, category: string, email: string) => {
      const facts = await insertEnterprise(t.ctx.db, {
        name,
        address: seat,
        operatingAreas: inDalarna,
        offerings: [{ category, cpv: [], description: null }],
      });
      return { facts, id: await editor(facts, email) };
    };
    const sentTo = (email: string, subject: RegExp) =>
      smtp.messages.filter((m) => subject.test(m.subject ?? '') && JSON.stringify(m.to).includes(email));

    it('an enterprise that adds a service hears of what was already open, once; the others hear nothing again', async () => {
      const ctx = procurementContext(t);
      const orgId = await insertFaluKommun(t);
      const buyer = buyerUser((await createTestUser(t, 'buyer', { organisationId: orgId })).id, orgId);
      const { id: bertilId } = await enterprise('Bertils Städ', 'stadning', 'bertil@example.se');
      const { facts: ann, id: annId } = await enterprise('Anns Kök', 'catering', 'ann@example.se');
      const { facts: cecilia, id: ceciliaId } = await enterprise('Cecilias Café', 'catering', 'cecilia@example.se');
      const { id: erikId } = await enterprise('Eriks Mat', 'catering', 'erik@example.se');
      await saveAlertSettings(ctx, ceciliaId, { ...DEFAULT_ALERT, frequency: 'off' });

      assert.equal(await rematchChanged(ctx), 0, 'the first night only notes where the register stands');

      await publishedOpportunity(ctx, buyer, {
        basics: { title: 'Lokalvård i Falu skolor', deadlineDate: '2027-03-15' },
        lots: [{ mainCpv: '90911200', place: 'Falun' }],
      });
      await publishedOpportunity(ctx, buyer, {
        basics: { title: 'Storstädning av stadshuset', deadlineDate: '2026-12-10' },
        lots: [{ mainCpv: '90911200', place: 'Falun' }],
      });
      await drainJobs(t.ctx);
      assert.equal(sentTo('bertil@example.se', /Storstädning av stadshuset/).length, 1, 'told when it was published');
      assert.equal(sentTo('ann@example.se', /./).length, 0, 'Ann cooks; nothing fits her yet');

      // Ann takes on cleaning; so does Cecilia, who stopped her alerts.
      await insertEnterprise(t.ctx.db, {
        ...ann,
        offerings: [...ann.offerings, { category: 'stadning', cpv: [], description: null }],
      });
      await insertEnterprise(t.ctx.db, {
        ...cecilia,
        offerings: [...cecilia.offerings, { category: 'stadning', cpv: [], description: null }],
      });
      assert.equal(
        await rematchChanged(ctx),
        4,
        'Ann: both opportunities; Cecilia (alerts off): both recorded, never sent',
      );
      await drainJobs(t.ctx);
      assert.equal(
        sentTo('ann@example.se', /Stänger snart: Storstädning av stadshuset/).length,
        1,
        'closing within 7 days: at once',
      );
      assert.equal(sentTo('bertil@example.se', /Storstädning/).length, 1, 'Bertil, unchanged, is not told again');
      assert.equal(sentTo('cecilia@example.se', /./).length, 0, 'alerts off: nothing');

      assert.equal(await rematchChanged(ctx), 0, 'nothing changed since: nothing to tell');
      assert.equal(
        await sendDigests(ctx),
        2,
        'the digest carries Ann’s other match (and Bertil’s from the publishing)',
      );
      await drainJobs(t.ctx);
      const digest = sentTo('ann@example.se', /möjlighet(er)? för er$/);
      assert.equal(digest.length, 1);
      assert.match(typeof digest[0]!.text === 'string' ? digest[0]!.text : '', /Lokalvård i Falu skolor/);

      // A change of what one follows is a change too. Bertil, a cleaner, chooses to follow catering codes
      // in Dalarna: nothing open fits them, so nothing; Cecilia starts her alerts again and is not told
      // what matched while they were off (it was recorded, unsent, that night).
      t.setNow(new Date('2026-12-08T04:00:00Z'));
      await saveAlertSettings(ctx, bertilId, {
        ...DEFAULT_ALERT,
        follow: 'chosen',
        cpv: ['55520000'],
        countyCodes: ['20'],
      });
      await saveAlertSettings(ctx, ceciliaId, { ...DEFAULT_ALERT });
      // Erik keeps his profile (catering) but chooses to follow cleaning in Dalarna: he hears of what is open.
      await saveAlertSettings(ctx, erikId, {
        ...DEFAULT_ALERT,
        follow: 'chosen',
        cpv: ['90910000'],
        countyCodes: ['20'],
      });
      t.setNow(new Date('2026-12-09T04:00:00Z'));
      assert.equal(await rematchChanged(ctx), 2, 'Erik: both, by his new choice alone');
      // Ann chooses a code only the lokalvård opportunity's lot answers, among others: already told, so nothing.
      await saveAlertSettings(ctx, annId, { ...DEFAULT_ALERT, follow: 'chosen', cpv: ['90911000'] });
      // Dagny, new tonight, follows a chosen code in Dalarna that both fit: she hears of both.
      const { id: dagnyId } = await enterprise('Dagnys Dagis', 'catering', 'dagny@example.se');
      await saveAlertSettings(ctx, dagnyId, {
        ...DEFAULT_ALERT,
        follow: 'chosen',
        cpv: ['90910000'],
        countyCodes: ['20'],
      });
      t.setNow(new Date('2026-12-11T04:00:00Z'));
      assert.equal(await rematchChanged(ctx), 1, 'Dagny: the lokalvård (the storstädning has closed)');
      assert.equal(await sendDigests(ctx), 2, 'Erik and Dagny');
      await drainJobs(t.ctx);
      assert.equal(sentTo('erik@example.se', /möjlighet(er)? för er$/).length, 1);
      assert.equal(sentTo('cecilia@example.se', /./).length, 0, 'Cecilia: nothing from the nights her alerts were off');
      assert.equal(sentTo('dagny@example.se', /möjlighet(er)? för er$/).length, 1);
    });
  });
}
