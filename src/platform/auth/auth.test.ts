import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestUser, TestBrowser, TEST_PASSWORD } from '../testing/auth.js';
import { linksIn, startTestSmtp, type TestSmtp } from '../testing/smtp.js';
import { openTestApp, type TestApp } from '../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../app/testing/test-db.js';
import { drainJobs } from '../jobs/worker.js';
import { listAuditEvents } from '../audit/audit.repository.js';
import { firstAdminLink, waitAfterFailures } from './auth.service.js';
import { safeReturnPath } from './access.js';
import { CONTENT_SECURITY_POLICY } from '../http/security.js';
import { signedIn } from '../testing/auth.js';

const T0 = new Date('2026-11-24T10:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

describe('sign-in back-off rule', () => {
  it('lets five attempts through, then doubles the wait up to 15 minutes', () => {
    assert.deepEqual(
      [0, 4, 5, 6, 7, 9, 20].map((n) => waitAfterFailures(n) / 60_000),
      [0, 0, 1, 2, 4, 15, 15],
    );
  });

  it('returns only to our own paths', () => {
    assert.equal(safeReturnPath('/mitt-foretag?x=1'), '/mitt-foretag?x=1');
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      '/logga-in?tillbaka=/x',
      '/\t/evil.example',
      '/\r\n/evil',
      '/å',
      42,
    ]) {
      assert.equal(safeReturnPath(bad), undefined, String(bad));
    }
  });
});

for (const kind of testDatabaseKinds()) {
  describe(`accounts and sessions (${kind})`, () => {
    let t: TestApp;
    let smtp: TestSmtp;
    before(async () => {
      smtp = await startTestSmtp();
      t = await openTestApp(kind, T0, { SMTP_URL: smtp.url, BASE_URL: 'https://asf.example.se' });
    });
    after(async () => {
      await t.close();
      await smtp.close();
    });

    it('signs in with the right password, renews the session id and sets safe cookie flags', async () => {
      const user = await createTestUser(t, 'coordinator', { name: 'Sara Samordnare' });
      const b = new TestBrowser(t);
      const form = await b.get('/logga-in');
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /name="_csrf"/);
      // A session cookie planted before sign-in (session fixation) must not survive it.
      b.cookies.set('asf_session', 'planted-by-an-attacker-aaaaaaaaaaaaaaaaaaaaaaaa');
      const csrfBefore = await b.csrf();
      const res = await b.post('/logga-in', { email: user.email.toUpperCase(), password: TEST_PASSWORD });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/samordning');
      const setCookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
      const session = setCookies.find((c) => c.startsWith('asf_session='));
      assert.ok(session, 'a session cookie is set');
      assert.match(session, /HttpOnly/i);
      assert.match(session, /SameSite=Lax/i);
      assert.match(session, /Secure/i, 'Secure because BASE_URL is https');
      assert.notEqual(b.cookies.get('asf_session'), 'planted-by-an-attacker-aaaaaaaaaaaaaaaaaaaaaaaa');
      assert.notEqual(await b.csrf(), csrfBefore, 'the CSRF token is renewed at sign-in');
      const page = await b.get('/foretag');
      assert.match(page.body, /Mitt konto<span class="account-name"> \(Sara Samordnare\)<\/span>/);
      assert.equal(page.headers['cache-control'], 'private, no-store');
    });

    it('answers a wrong password and an unknown address alike, and logs both', async () => {
      const user = await createTestUser(t, 'buyer');
      const b = new TestBrowser(t);
      const wrong = await b.post('/logga-in', { email: user.email, password: 'fel lösenord här' });
      const unknown = await b.post('/logga-in', { email: 'finns.inte@example.se', password: 'fel lösenord här' });
      assert.equal(wrong.statusCode, 400);
      assert.equal(unknown.statusCode, 400);
      assert.match(wrong.body, /Fel e-postadress eller lösenord/);
      assert.match(unknown.body, /Fel e-postadress eller lösenord/);
      assert.match(wrong.body, /class="error-summary"/);
      assert.match(wrong.body, new RegExp(`value="${user.email}"`), 'the address is kept');
      assert.equal(b.cookies.get('asf_session'), undefined);
      const log = await listAuditEvents(t.ctx.db, { action: 'sign_in_failed', offset: 0, limit: 50 });
      assert.ok(log.rows.some((r) => r.subject === user.email));
      assert.ok(log.rows.some((r) => r.subject === 'finns.inte@example.se'));
    });

    it('backs off after five failures, even for the right password, and lets in again after the wait', async () => {
      const user = await createTestUser(t, 'buyer');
      const b = new TestBrowser(t);
      for (let i = 0; i < 5; i++) {
        t.setNow(minutes(i * 0.1));
        assert.equal((await b.post('/logga-in', { email: user.email, password: 'fel lösenord här' })).statusCode, 400);
      }
      t.setNow(minutes(0.6));
      const blocked = await b.post('/logga-in', { email: user.email, password: TEST_PASSWORD });
      assert.equal(blocked.statusCode, 429);
      assert.match(blocked.body, /För många misslyckade försök. Vänta 1 minut/);
      t.setNow(minutes(1.5));
      assert.equal((await b.post('/logga-in', { email: user.email, password: TEST_PASSWORD })).statusCode, 303);
      t.setNow(T0);
    });

    it('counts guesses sent in parallel like guesses sent one after another', async () => {
      const user = await createTestUser(t, 'buyer');
      const b = new TestBrowser(t);
      const token = await b.csrf();
      const guesses = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          t.app.inject({
            method: 'POST',
            url: '/logga-in',
            headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `asf_csrf=${token}` },
            payload: new URLSearchParams({ _csrf: token, email: user.email, password: `fel gissning ${i}` }).toString(),
          }),
        ),
      );
      const codes = guesses.map((g) => g.statusCode).sort();
      assert.deepEqual(codes, [...Array(5).fill(400), ...Array(7).fill(429)]);
      t.setNow(minutes(20));
    });

    it('never sends anyone on to another site after sign-in, and survives odd return paths', async () => {
      const user = await createTestUser(t, 'coordinator');
      const b = new TestBrowser(t);
      await b.signIn(user.email);
      for (const back of [
        '/%09/evil.example/x',
        '/%0D/evil',
        '//evil.example',
        '/%5Cevil.example',
        'https://evil.example',
      ]) {
        const res = await b.get(`/logga-in?tillbaka=${back}`);
        assert.equal(res.statusCode, 303, back);
        assert.equal(res.headers.location, '/samordning', back);
      }
      // What access.ts sends: the raw address (non-ASCII already percent-encoded by the browser), encoded once more.
      const own = encodeURIComponent('/foretag?q=st%C3%A4d');
      assert.equal((await b.get(`/logga-in?tillbaka=${own}`)).headers.location, '/foretag?q=st%C3%A4d');
      t.setNow(T0);
    });

    it('refuses a form without the CSRF token or from another site', async () => {
      const user = await createTestUser(t, 'buyer');
      const b = new TestBrowser(t);
      const missing = await b.post('/logga-in', { email: user.email, password: TEST_PASSWORD }, { csrf: false });
      assert.equal(missing.statusCode, 403);
      assert.match(missing.body, /Formuläret har gått ut/);
      const forged = await t.app.inject({
        method: 'POST',
        url: '/logga-in',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'asf_csrf=aaaa' },
        payload: `_csrf=bbbb&email=${encodeURIComponent(user.email)}&password=x`,
      });
      assert.equal(forged.statusCode, 403);
      const token = await b.csrf();
      const crossSite = await t.app.inject({
        method: 'POST',
        url: '/logga-in',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: `asf_csrf=${token}`,
          origin: 'https://evil.example',
        },
        payload: `_csrf=${token}&email=${encodeURIComponent(user.email)}&password=${encodeURIComponent(TEST_PASSWORD)}`,
      });
      assert.equal(crossSite.statusCode, 403);
      const broken = await t.app.inject({
        method: 'POST',
        url: '/logga-in',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: `asf_csrf=${token}`,
          origin: 'http://[',
        },
        payload: `_csrf=${token}&email=x%40example.se&password=x`,
      });
      assert.equal(broken.statusCode, 403);
    });

    it('signs out: the old session id no longer works', async () => {
      const user = await createTestUser(t, 'admin');
      const b = new TestBrowser(t);
      await b.signIn(user.email);
      const sessionId = b.cookies.get('asf_session')!;
      const out = await b.post('/logga-ut');
      assert.equal(out.statusCode, 303);
      const replay = await t.app.inject({
        method: 'GET',
        url: '/admin/utkorg',
        headers: { cookie: `asf_session=${sessionId}` },
      });
      assert.equal(replay.statusCode, 303);
      assert.match(String(replay.headers.location), /^\/logga-in\?tillbaka=/);
    });

    it('sends a password reset link by e-mail that works once and expires after an hour', async () => {
      t.setNow(T0);
      const user = await createTestUser(t, 'coordinator');
      const b = new TestBrowser(t);
      const asked = await b.post('/aterstall-losenord', { email: user.email });
      assert.equal(asked.statusCode, 200);
      assert.match(asked.body, /Kolla din e-post/);
      const unknown = await b.post('/aterstall-losenord', { email: 'ingen@example.se' });
      assert.equal(unknown.body.replace(/value="[^"]*"/g, ''), asked.body.replace(/value="[^"]*"/g, ''));
      await drainJobs(t.ctx);
      const mail = await smtp.waitForMessage(
        (m) => m.subject?.includes('nytt lösenord') === true && JSON.stringify(m.to).includes(user.email),
      );
      const link = linksIn(mail).find((l) => l.includes('/aterstall-losenord/'))!;
      assert.ok(link.startsWith('https://asf.example.se/aterstall-losenord/'));
      const path = new URL(link).pathname;
      assert.equal((await b.get(path)).statusCode, 200);
      const mismatch = await b.post(path, { password: 'nytt bra lösenord', password2: 'ett annat lösenord' });
      assert.equal(mismatch.statusCode, 400);
      assert.match(mismatch.body, /Lösenorden är inte lika/);
      const set = await b.post(path, { password: 'nytt bra lösenord', password2: 'nytt bra lösenord' });
      assert.equal(set.statusCode, 303);
      const again = await new TestBrowser(t).get(path);
      assert.equal(again.statusCode, 400);
      assert.match(again.body, /redan använd/);
      const fresh = new TestBrowser(t);
      assert.equal(
        (await fresh.post('/logga-in', { email: user.email, password: 'nytt bra lösenord' })).statusCode,
        303,
      );

      await fresh.post('/aterstall-losenord', { email: user.email });
      await drainJobs(t.ctx);
      const second = await smtp.waitForMessage((m) =>
        linksIn(m).some((l) => l.includes('/aterstall-losenord/') && l !== link),
      );
      const path2 = new URL(linksIn(second).find((l) => l.includes('/aterstall-losenord/'))!).pathname;
      t.setNow(minutes(61));
      const expired = await fresh.get(path2);
      assert.equal(expired.statusCode, 400);
      assert.match(expired.body, /gått ut/);
      t.setNow(T0);
    });

    it('sends the security headers and no inline script or style on account pages, signed in or not', async () => {
      assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval/);
      const { browser: admin } = await signedIn(t, 'admin');
      const { browser: buyer } = await signedIn(t, 'buyer');
      const anonymous = new TestBrowser(t);
      const pages = [
        ...['/admin', '/admin/anvandare', '/admin/logg', '/samordning', '/konto'].map((p) => [admin, p] as const),
        [buyer, '/admin'] as const, // the 403 page
        ...['/logga-in', '/registrera', '/aterstall-losenord', '/integritet'].map((p) => [anonymous, p] as const),
      ];
      for (const [b, path] of pages) {
        const res = await b.get(path);
        assert.ok(res.statusCode === 200 || res.statusCode === 403, `${path}: ${res.statusCode}`);
        assert.equal(res.headers['content-security-policy'], CONTENT_SECURITY_POLICY, path);
        assert.equal(res.headers['x-frame-options'], 'DENY', path);
        assert.equal(res.headers['x-content-type-options'], 'nosniff', path);
        assert.equal(res.headers['referrer-policy'], 'strict-origin-when-cross-origin', path);
        assert.doesNotMatch(res.body, /<script(?![^>]*\ssrc=)[^>]*>/, `${path} has an inline script`);
        assert.doesNotMatch(res.body, /\sstyle=|<style/, `${path} has inline style`);
        assert.doesNotMatch(res.body, /\son[a-z]+=/, `${path} has an inline event handler`);
      }
    });

    it('prints a first-admin link only while there is no admin, and the link makes one', async () => {
      const fresh = await openTestApp(kind, T0);
      try {
        const link = await firstAdminLink(fresh.ctx);
        assert.ok(link);
        const path = new URL(link).pathname;
        const b = new TestBrowser(fresh);
        assert.equal((await b.get(path)).statusCode, 200);
        const res = await b.post(path, {
          email: 'Ada@Example.se',
          name: 'Ada Admin',
          password: 'ett bra lösenord',
          password2: 'ett bra lösenord',
        });
        assert.equal(res.statusCode, 303);
        assert.equal(res.headers.location, '/admin');
        assert.equal(await firstAdminLink(fresh.ctx), null);
        assert.equal((await new TestBrowser(fresh).get(path)).statusCode, 400);
      } finally {
        await fresh.close();
      }
    });
  });
}
