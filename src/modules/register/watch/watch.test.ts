import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { signedIn, type TestBrowser } from '../../../platform/testing/auth.js';
import { pageText } from '../../../platform/testing/html.js';
import { contextWithRegisterTables } from '../db.js';
import { insertEnterprise } from '../testing/factories.js';
import { sendWatchNews } from './watch.service.js';

for (const kind of testDatabaseKinds()) {
  describe(`Bevaka sökningen (${kind})`, () => {
    let t: TestApp;
    let buyer: TestBrowser;
    let buyerEmail: string;
    const dalarna = {
      address: { street: null, postalCode: null, city: 'Falun', municipalityCode: '2080' },
      operatingAreas: [{ countyCode: '20', municipalityCode: null }],
      offerings: [{ category: 'stadning', cpv: [], description: null }],
    };
    const outbox = () =>
      t.ctx.db.selectFrom('mail_outbox').select(['to_address', 'subject', 'text_body']).orderBy('id').execute();
    before(async () => {
      t = await openTestApp(kind, new Date('2026-12-07T10:00:00Z'));
      await insertEnterprise(t.ctx.db, { name: 'Ann Städ', ...dalarna });
      const signedInBuyer = await signedIn(t, 'buyer');
      buyer = signedInBuyer.browser;
      buyerEmail = signedInBuyer.user.email;
    });
    after(() => t?.close());

    it('a buyer watches the search on the page; the new enterprises that match it are mailed once', async () => {
      const page = pageText((await buyer.get('/foretag?q=st%C3%A4dning&lan=20')).body);
      assert.match(page, /Bevaka sökningen Få e-post när nya företag matchar sökningen\./);
      const watched = await buyer.post('/foretag/bevaka', { fraga: 'q=st%C3%A4dning&lan=20' });
      assert.equal(watched.statusCode, 303);
      const list = pageText((await buyer.get(watched.headers.location as string)).body);
      assert.match(list, /Ni bevakar sökningen\. .*Sökord ”städning”, Dalarnas län/);

      const ctx = contextWithRegisterTables(t.ctx);
      assert.equal(await sendWatchNews(ctx), 0, 'Ann matched already when the watch began');
      await insertEnterprise(t.ctx.db, { name: 'Borlänge Städkooperativ', ...dalarna });
      await insertEnterprise(t.ctx.db, { name: 'Stockholms Städ' });
      const before = (await outbox()).length;
      assert.equal(await sendWatchNews(ctx), 1);
      const [mail, ...more] = (await outbox()).slice(before);
      assert.equal(more.length, 0);
      assert.equal(mail!.to_address, buyerEmail);
      assert.equal(mail!.subject, '1 nytt företag matchar er bevakade sökning');
      assert.match(mail!.text_body, /- Borlänge Städkooperativ\n {2}http:\/\/localhost:\d+\/foretag\/\d{6}-\d{4}/);
      assert.doesNotMatch(mail!.text_body, /Stockholms Städ|Ann Städ/);
      assert.equal(await sendWatchNews(ctx), 0, 'told once');
    });

    it('the watch is removed from the list; only buyers and coordinators may watch', async () => {
      const page = await buyer.get('/bevakningar');
      const id = /\/bevakningar\/(\d+)\/ta-bort/.exec(page.body)![1];
      assert.equal((await buyer.post(`/bevakningar/${id}/ta-bort`, {})).statusCode, 303);
      assert.match(
        pageText((await buyer.get('/bevakningar?klart=borttagen')).body),
        /Bevakningen är borttagen\. .*Ni bevakar ingen sökning/,
      );
      const editor = (await signedIn(t, 'enterprise_editor')).browser;
      assert.doesNotMatch(pageText((await editor.get('/foretag?q=st%C3%A4dning')).body), /Bevaka sökningen/);
      assert.equal((await editor.post('/foretag/bevaka', { fraga: 'q=x' })).statusCode, 403);
      const anonymous = await t.app.inject({ method: 'GET', url: '/foretag?q=st%C3%A4dning' });
      assert.doesNotMatch(pageText(anonymous.body), /Bevaka sökningen/);
    });
  });
}
