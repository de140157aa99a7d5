import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { drainJobs } from '../jobs/worker.js';
import { createTestUser, TestBrowser } from '../testing/auth.js';
import { openTestApp, type TestApp } from '../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../app/testing/test-db.js';
import { ensureRetentionScheduled, RETENTION_JOB } from './retention.jobs.js';

const T0 = new Date('2026-11-24T10:00:00Z');
const daysLater = (n: number) => new Date(T0.getTime() + n * 86_400_000);

for (const kind of testDatabaseKinds()) {
  describe(`retention of personal data (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(kind, T0);
    });
    after(() => t.close());

    const pending = () =>
      t.ctx.db
        .selectFrom('job')
        .select(['run_at', 'dedupe_key'])
        .where('kind', '=', RETENTION_JOB)
        .where('status', '=', 'pending')
        .execute();

    it('keeps one nightly run queued however often it is asked for', async () => {
      await ensureRetentionScheduled(t.ctx);
      await ensureRetentionScheduled(t.ctx);
      const jobs = await pending();
      assert.equal(jobs.length, 1);
      assert.equal(jobs[0]!.run_at.toISOString(), '2026-11-25T03:00:00.000Z');
    });

    it('removes expired sessions and old sign-in attempts, and queues the next night', async () => {
      const user = await createTestUser(t, 'buyer');
      const b = new TestBrowser(t);
      await b.post('/logga-in', { email: user.email, password: 'fel lösenord här' });
      await b.signIn(user.email);
      const count = async (table: 'user_session' | 'sign_in_attempt') =>
        Number(
          (
            await t.ctx.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<string>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      assert.equal(await count('user_session'), 1);
      assert.equal(await count('sign_in_attempt'), 2);

      t.setNow(daysLater(2));
      await drainJobs(t.ctx);
      assert.equal(await count('user_session'), 0, 'the session expired after 8 hours and is gone');
      assert.equal(await count('sign_in_attempt'), 2, 'attempts are kept for 30 days');
      assert.equal((await pending())[0]!.run_at.toISOString(), '2026-11-27T03:00:00.000Z');

      t.setNow(daysLater(31));
      await drainJobs(t.ctx);
      assert.equal(await count('sign_in_attempt'), 0);
      assert.equal((await pending()).length, 1);
    });
  });
}
