import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestBrowser } from '../testing/auth.js';
import { openTestApp, type TestApp } from '../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../app/testing/test-db.js';
import { RATE_LIMITS } from './rate-limit.js';

const T0 = new Date('2026-11-24T10:00:00Z');
const minutesLater = (n: number) => new Date(T0.getTime() + n * 60_000);

for (const kind of testDatabaseKinds()) {
  describe(`forms that send e-mail are rate-limited (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(kind, T0);
    });
    after(() => t.close());

    const outboxCount = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom('job')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('kind', '=', 'mail.send')
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('sends at most three password-reset mails an hour to one address, then says how long to wait', async () => {
      const b = new TestBrowser(t);
      await t.ctx.db
        .insertInto('app_user')
        .values({ email: 'bo@example.se', role: 'coordinator', created_at: T0 })
        .execute();
      // The limit counts uses of the form, whether or not the address has an account.
      for (let i = 0; i < RATE_LIMITS.mailPerAddress.limit; i++) {
        t.setNow(minutesLater(i));
        assert.equal((await b.post('/aterstall-losenord', { email: 'bo@example.se' })).statusCode, 200);
      }
      t.setNow(minutesLater(10));
      const refused = await b.post('/aterstall-losenord', { email: 'BO@example.se' });
      assert.equal(refused.statusCode, 429);
      assert.match(refused.body, /Vänta 50 minuter/);
      assert.match(refused.body, /class="error-summary"/);
      // Another address from the same browser still works.
      assert.equal((await b.post('/aterstall-losenord', { email: 'annan@example.se' })).statusCode, 200);
      t.setNow(minutesLater(61));
      assert.equal((await b.post('/aterstall-losenord', { email: 'bo@example.se' })).statusCode, 200);
    });

    it('stops one IP address after many registrations and new links, without sending more mail', async () => {
      t.setNow(minutesLater(200));
      const b = new TestBrowser(t);
      const ip = { remoteAddress: '203.0.113.9' };
      const post = async (url: string, form: Record<string, string>) => {
        const params = new URLSearchParams({ _csrf: await b.csrf(), ...form });
        return t.app.inject({
          method: 'POST',
          url,
          ...ip,
          headers: { cookie: `asf_csrf=${await b.csrf()}`, 'content-type': 'application/x-www-form-urlencoded' },
          payload: params.toString(),
        });
      };
      for (let i = 0; i < RATE_LIMITS.mailFormPerIp.limit; i++) {
        assert.equal((await post('/registrera/ny-lank', { email: `person${i}@example.se` })).statusCode, 200);
      }
      const mailsBefore = await outboxCount();
      const refused = await post('/registrera', {
        orgnr: '556677-8899',
        name: 'Flodföretaget',
        contactName: 'Flo Flod',
        email: 'flod@example.se',
        password: 'ett långt lösenord',
        password2: 'ett långt lösenord',
      });
      assert.equal(refused.statusCode, 429);
      assert.match(refused.body, /försökt många gånger/);
      assert.equal((await post('/registrera/ny-lank', { email: 'x@example.se' })).statusCode, 429);
      assert.equal(await outboxCount(), mailsBefore);
    });
  });
}
