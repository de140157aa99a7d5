import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertEnterprise } from '../../modules/register/testing/factories.js';
import { findUserByEmail } from '../auth/user.repository.js';
import { signedIn, TestBrowser, TEST_PASSWORD } from '../testing/auth.js';
import { pageText as text } from '../testing/html.js';
import { openTestApp, type TestApp } from '../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../app/testing/test-db.js';
import { enterpriseIdByOrgnr, insertVersion } from '../../modules/register/testing/internals.js';

const T0 = new Date('2026-11-24T10:00:00Z');
const NEW_PASSWORD = 'ett helt nytt långt lösenord';

const auditRows = (t: TestApp) => t.ctx.db.selectFrom('audit_event').selectAll().orderBy('id').execute();

for (const kind of testDatabaseKinds()) {
  describe(`own account and privacy (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(kind, T0);
    });
    after(async () => {
      await t?.close();
    });

    it('shows the user their own data and lets them change their name', async () => {
      const { browser } = await signedIn(t, 'coordinator', { email: 'kim@example.se', name: 'Kim Samordnare' });
      const page = await browser.get('/konto');
      assert.equal(page.statusCode, 200);
      assert.match(text(page.body), /E-postadress kim@example\.se/);
      assert.match(text(page.body), /Roll Samordnare/);
      assert.match(text(page.body), /Senaste inloggning 2026-11-24 11:00/);
      assert.ok(page.body.includes('href="/konto/mina-uppgifter.json"'));

      const bad = await browser.post('/konto/namn', { name: 'K' });
      assert.equal(bad.statusCode, 400);
      assert.match(text(bad.body), /Det finns fel att rätta Skriv ditt namn/);
      const ok = await browser.post('/konto/namn', { name: 'Kim Karlsson' });
      assert.equal(ok.statusCode, 303);
      assert.match(text((await browser.get('/konto?klart=namn')).body), /Namnet är sparat\. .*Namn Kim Karlsson/);
      assert.ok((await auditRows(t)).some((r) => r.action === 'user_name_changed' && r.subject === 'kim@example.se'));
    });

    it('changes the password after checking the current one, and ends the other sessions', async () => {
      const { browser, user } = await signedIn(t, 'buyer', { email: 'lo@example.se' });
      const other = new TestBrowser(t);
      await other.signIn('lo@example.se');

      const wrong = await browser.post('/konto/losenord', {
        current: 'fel lösenord',
        password: NEW_PASSWORD,
        password2: NEW_PASSWORD,
      });
      assert.equal(wrong.statusCode, 400);
      assert.match(text(wrong.body), /Lösenordet stämmer inte/);
      const mismatch = await browser.post('/konto/losenord', {
        current: TEST_PASSWORD,
        password: NEW_PASSWORD,
        password2: 'något annat',
      });
      assert.equal(mismatch.statusCode, 400);
      assert.match(text(mismatch.body), /Lösenorden är inte lika/);
      assert.doesNotMatch(mismatch.body, new RegExp(TEST_PASSWORD));

      const ok = await browser.post('/konto/losenord', {
        current: TEST_PASSWORD,
        password: NEW_PASSWORD,
        password2: NEW_PASSWORD,
      });
      assert.equal(ok.statusCode, 303);
      assert.equal((await browser.get('/konto')).statusCode, 200, 'this session goes on');
      assert.equal((await other.get('/konto')).statusCode, 303, 'the other session has ended');
      const sessions = await t.ctx.db.selectFrom('user_session').selectAll().where('user_id', '=', user.id).execute();
      assert.equal(sessions.length, 1);
      await new TestBrowser(t).signIn('lo@example.se', NEW_PASSWORD);
    });

    it('downloads everything kept about the user, without the password hash, and logs it', async () => {
      const { browser, user } = await signedIn(t, 'coordinator', { email: 'mo@example.se', name: 'Mo Granskare' });
      const facts = await insertEnterprise(t.ctx.db, { name: 'Exempelkooperativet' });
      await insertVersion(t.ctx.db, {
        enterpriseId: (await enterpriseIdByOrgnr(t.ctx.db, facts.orgnr))!,
        at: T0,
        actorUserId: user.id,
        actorLabel: 'Mo Granskare <mo@example.se>',
        action: 'updated',
        statusBefore: 'published',
        statusAfter: 'published',
        before: facts,
        after: { ...facts, phone: '070-000 00 00' },
        flaggedFields: [],
      });
      const res = await browser.get('/konto/mina-uppgifter.json');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /application\/json/);
      assert.match(
        String(res.headers['content-disposition']),
        /attachment; filename="mina-uppgifter-2026-11-24\.json"/,
      );
      assert.doesNotMatch(res.body, /argon2|password_hash|passwordHash|token_hash/);
      const data = JSON.parse(res.body) as {
        account: { email: string; name: string; role: string };
        auditEvents: { action: string }[];
        signInAttempts: { succeeded: boolean }[];
        sessions: unknown[];
        enterpriseChanges: { enterprise: { name: string }; after: { phone: string } }[];
        verificationDecisions: unknown[];
        importUploads: unknown[];
      };
      assert.deepEqual(data.account.email, 'mo@example.se');
      assert.deepEqual(data.account.role, 'coordinator');
      assert.ok(data.auditEvents.some((e) => e.action === 'sign_in'));
      assert.deepEqual(
        data.signInAttempts.map((a) => a.succeeded),
        [true],
      );
      assert.equal(data.sessions.length, 1);
      assert.equal(data.enterpriseChanges[0]?.enterprise.name, 'Exempelkooperativet');
      assert.equal(data.enterpriseChanges[0]?.after.phone, '070-000 00 00');
      // The register's part comes through its account hooks, under the same keys as before.
      assert.deepEqual([data.verificationDecisions, data.importUploads], [[], []]);
      assert.ok((await auditRows(t)).some((r) => r.action === 'user_data_exported' && r.actor_user_id === user.id));
    });

    it('deletes the account after confirmation and password, anonymising the log and the history', async () => {
      const { browser, user } = await signedIn(t, 'coordinator', { email: 'nils@example.se', name: 'Nils Nilsson' });
      // An admin acted on the user (subject is the address); the user changed an enterprise.
      await t.ctx.db
        .insertInto('audit_event')
        .values({ at: T0, actor_label: 'Admin', action: 'role_changed', subject: 'nils@example.se', details: '{}' })
        .execute();
      const facts = await insertEnterprise(t.ctx.db);
      const enterpriseId = (await enterpriseIdByOrgnr(t.ctx.db, facts.orgnr))!;
      await insertVersion(t.ctx.db, {
        enterpriseId,
        at: T0,
        actorUserId: user.id,
        actorLabel: 'Nils Nilsson <nils@example.se>',
        action: 'updated',
        statusBefore: 'published',
        statusAfter: 'published',
        before: facts,
        after: facts,
        flaggedFields: [],
      });
      await t.ctx.db
        .updateTable('enterprise')
        .set({ verified_by: 'Nils Nilsson <nils@example.se>' })
        .where('id', '=', enterpriseId)
        .execute();
      await t.ctx.db
        .updateTable('enterprise_version')
        .set({ reviewed_at: T0, reviewed_by_label: 'nils@example.se' })
        .where('enterprise_id', '=', enterpriseId)
        .execute();

      const unconfirmed = await browser.post('/konto/radera', { password: TEST_PASSWORD });
      assert.equal(unconfirmed.statusCode, 400);
      assert.match(text(unconfirmed.body), /Kryssa i rutan/);
      const wrong = await browser.post('/konto/radera', { confirm: '1', password: 'fel lösenord' });
      assert.equal(wrong.statusCode, 400);
      assert.match(text(wrong.body), /Lösenordet stämmer inte/);
      assert.ok(await findUserByEmail(t.ctx.db, 'nils@example.se'));

      const done = await browser.post('/konto/radera', { confirm: '1', password: TEST_PASSWORD });
      assert.equal(done.statusCode, 200);
      assert.match(text(done.body), /Kontot är raderat/);
      assert.equal(await findUserByEmail(t.ctx.db, 'nils@example.se'), undefined);
      assert.equal((await browser.get('/konto')).statusCode, 303, 'signed out');

      const rows = await auditRows(t);
      const all = JSON.stringify(rows);
      assert.doesNotMatch(all, /nils@example\.se|Nils Nilsson/);
      assert.ok(rows.some((r) => r.action === 'sign_in' && r.actor_label === 'Raderad användare'));
      assert.ok(rows.some((r) => r.action === 'role_changed' && r.subject === 'Raderad användare'));
      const deleted = rows.find((r) => r.action === 'user_deleted');
      assert.deepEqual([deleted?.actor_label, deleted?.subject, deleted?.ip], ['Raderad användare', null, null]);
      const versions = await t.ctx.db
        .selectFrom('enterprise_version')
        .select(['actor_label', 'reviewed_by_label'])
        .where('enterprise_id', '=', enterpriseId)
        .execute();
      assert.deepEqual(
        versions.map((v) => [v.actor_label, v.reviewed_by_label]),
        [['Raderad användare', 'Raderad användare']],
      );
      const e = await t.ctx.db
        .selectFrom('enterprise')
        .select('verified_by')
        .where('id', '=', enterpriseId)
        .executeTakeFirst();
      assert.equal(e?.verified_by, 'Raderad användare');
      const attempts = await t.ctx.db
        .selectFrom('sign_in_attempt')
        .selectAll()
        .where('email', '=', 'nils@example.se')
        .execute();
      assert.equal(attempts.length, 0);
    });

    it('the last admin cannot delete their own account', async () => {
      await t.ctx.db.deleteFrom('app_user').where('role', '=', 'admin').execute();
      const { browser, user } = await signedIn(t, 'admin', { email: 'enda.admin@example.se' });
      const res = await browser.post('/konto/radera', { confirm: '1', password: TEST_PASSWORD });
      assert.equal(res.statusCode, 409);
      assert.match(text(res.body), /Du är den enda administratören/);
      assert.ok(await findUserByEmail(t.ctx.db, 'enda.admin@example.se'));
      assert.equal((await browser.get('/konto')).statusCode, 200);
      void user;
    });

    it('the privacy page says what is kept, why, how long, and where to download and delete it', async () => {
      const res = await new TestBrowser(t).get('/integritet');
      assert.equal(res.statusCode, 200);
      const page = text(res.body);
      for (const expected of [
        /Personuppgifter och integritet/,
        /aldrig uppgifter om deltagare i arbetsträning/,
        /allmänt intresse/,
        /Inloggningsförsök: 30 dagar/,
        /Händelseloggen: 24 månader/,
        /Uppladdade importfiler: innehållet tas bort så snart filen är inläst/,
        /En fil som aldrig läses in tas bort helt efter 7 dagar/,
        /8 timmar/,
        /Integritetsskyddsmyndigheten/,
      ]) {
        assert.match(page, expected);
      }
      assert.ok(res.body.includes('href="/logga-in?tillbaka=%2Fkonto"'));
      const { browser } = await signedIn(t, 'buyer');
      assert.ok((await browser.get('/integritet')).body.includes('href="/konto"'));
    });

    it('the privacy page names the contact for personal data, or says whom to ask without one', async () => {
      const { browser: buyer } = await signedIn(t, 'buyer');
      const { browser: admin } = await signedIn(t, 'admin');
      const without = text((await buyer.get('/integritet')).body);
      assert.match(without, /Den organisation som driver plattformen är personuppgiftsansvarig/);
      assert.match(without, /Kontakta den organisation som driver plattformen/);
      assert.doesNotMatch(without, /PRIVACY_CONTACT/, 'a reader is not told about settings');
      assert.match(text((await admin.get('/integritet')).body), /ange kontakten i inställningen PRIVACY_CONTACT/);

      t.ctx.config.PRIVACY_CONTACT = 'dataskydd@kommun.example';
      try {
        const withAddress = await new TestBrowser(t).get('/integritet');
        assert.match(text(withAddress.body), /Kontakt för frågor om personuppgifter: dataskydd@kommun\.example/);
        assert.ok(withAddress.body.includes('href="mailto:dataskydd@kommun.example"'));
        assert.doesNotMatch(text((await admin.get('/integritet')).body), /PRIVACY_CONTACT|inte angett/);

        t.ctx.config.PRIVACY_CONTACT = 'Dataskyddsombudet, Exempels kommun, Box 1, 123 45 Exempelstad';
        const withName = await new TestBrowser(t).get('/integritet');
        assert.match(text(withName.body), /personuppgifter: Dataskyddsombudet, Exempels kommun, Box 1/);
        // In the page itself: the footer links the operator's address (issue 9 §2).
        assert.doesNotMatch(/<main[\s\S]*<\/main>/.exec(withName.body)?.[0] ?? '', /mailto:/);
      } finally {
        t.ctx.config.PRIVACY_CONTACT = undefined;
      }
    });
  });
}
