import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { ParsedMail } from 'mailparser';
import { sql } from 'kysely';
import { SESSION_COOKIE } from '../auth/session.js';
import { hashToken, randomToken } from '../auth/tokens.js';
import { insertSession, insertUser } from '../auth/user.repository.js';
import { getJob, listRecentJobs } from '../jobs/job.repository.js';
import { drainJobs } from '../jobs/worker.js';
import { linksIn, startTestSmtp, type TestSmtp } from '../testing/smtp.js';
import { openTestApp, type TestApp } from '../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../app/testing/test-db.js';
import { getOutboxMail, OUTBOX_PAGE_SIZE, queueMail } from './mail.service.js';

const START = new Date('2026-11-24T10:00:00Z');
const MINUTE = 60_000;

const swedish = {
  to: 'asa.orn@example.se',
  subject: 'Välkommen, Åsa – så här når du ASF-plattformen',
  text: [
    'Hej Åsa Örn!',
    '',
    'Du är inbjuden som administratör. Öppna länken inom sju dygn:',
    'https://asf.example.se/inbjudan/AbC123?steg=1&språk=sv',
    '',
    'Hälsningar från oss på Älvdalens återbruk',
  ].join('\n'),
};

/** An admin's session cookie: the outbox, like all of /admin, is for admins only. */
async function adminCookie(t: TestApp): Promise<Record<string, string>> {
  const now = t.ctx.now();
  const userId = await insertUser(t.ctx.db, {
    email: `admin-${randomToken().slice(0, 8).toLowerCase()}@example.se`,
    name: 'Admin',
    role: 'admin',
    passwordHash: null,
    organisationId: null,
    enterpriseId: null,
    emailConfirmedAt: now,
    createdAt: now,
  });
  const token = randomToken();
  await insertSession(t.ctx.db, {
    tokenHash: hashToken(token),
    userId,
    now,
    expiresAt: new Date(now.getTime() + 8 * 60 * MINUTE),
  });
  return { [SESSION_COOKIE]: token };
}

const bodyText = (m: ParsedMail) => (m.text ?? '').replace(/\r\n/g, '\n').trimEnd();

for (const kind of testDatabaseKinds()) {
  describe(`mail over SMTP (${kind})`, () => {
    let smtp: TestSmtp;
    let t: TestApp;
    before(async () => {
      smtp = await startTestSmtp();
      t = await openTestApp(kind, START, { SMTP_URL: smtp.url, MAIL_FROM: 'ASF-plattformen <noreply@asf.example.se>' });
    });
    after(async () => {
      await t?.close();
      await smtp?.close();
    });

    test('a queued message reaches the SMTP server intact and is marked sent', async () => {
      const id = await queueMail(t.ctx.db, t.ctx.now(), swedish);
      assert.equal((await getOutboxMail(t.ctx.db, id))?.status, 'pending');
      assert.equal(await drainJobs(t.ctx), 1);

      const mail = await smtp.waitForMessage((m) => m.subject === swedish.subject);
      assert.equal(mail.subject, swedish.subject);
      assert.equal(bodyText(mail), swedish.text);
      assert.deepEqual(linksIn(mail), ['https://asf.example.se/inbjudan/AbC123?steg=1&språk=sv']);
      const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
      assert.equal(to?.value[0]?.address, swedish.to);
      assert.equal(mail.from?.value[0]?.address, 'noreply@asf.example.se');
      assert.equal(mail.from?.value[0]?.name, 'ASF-plattformen');
      const contentType = mail.headers.get('content-type') as { value: string; params: Record<string, string> };
      assert.equal(contentType.value, 'text/plain');
      assert.equal(contentType.params.charset?.toLowerCase(), 'utf-8');
      assert.equal(mail.html, false, 'plain text only');

      const stored = await getOutboxMail(t.ctx.db, id);
      assert.equal(stored?.status, 'sent');
      assert.equal(stored?.sentAt?.getTime(), START.getTime());
      assert.equal(stored?.lastError, null);
    });

    test('a message the reader chose to get says how to stop it with one click (RFC 8058)', async () => {
      const url = 'https://asf.example.se/bevakning/avsluta/AbC123';
      await queueMail(t.ctx.db, t.ctx.now(), { ...swedish, subject: 'Bevakning', unsubscribeUrl: url });
      assert.equal(await drainJobs(t.ctx), 1);
      const mail = await smtp.waitForMessage((m) => m.subject === 'Bevakning');
      assert.match(String(mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line), new RegExp(`<${url}>`));
      assert.equal(
        mail.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line,
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      );
      const plain = await smtp.waitForMessage((m) => m.subject === swedish.subject);
      assert.equal(plain.headers.get('list-unsubscribe'), undefined, 'other mail has no such header');
    });

    test('a message queued in a transaction that rolls back is neither stored nor sent', async () => {
      const before = smtp.messages.length;
      await assert.rejects(
        t.ctx.db.transaction().execute(async (trx) => {
          await queueMail(trx, t.ctx.now(), { ...swedish, subject: 'Ångrad' });
          throw new Error('inbjudan avbröts');
        }),
        /avbröts/,
      );
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from mail_outbox where subject = 'Ångrad'`.execute(t.ctx.db);
      assert.equal(rows[0]?.n, 0);
      assert.equal(await drainJobs(t.ctx), 0);
      assert.equal(smtp.messages.length, before);
    });
  });

  describe(`mail while the SMTP server is down (${kind})`, () => {
    let port: number;
    let t: TestApp;
    before(async () => {
      // A port that was just free: nothing listens there until the test starts a server on it.
      const probe = await startTestSmtp();
      port = probe.port;
      await probe.close();
      t = await openTestApp(kind, START, { SMTP_URL: `smtp://127.0.0.1:${port}` });
    });
    after(async () => {
      await t?.close();
    });

    test('a message is retried later and delivered once the server is back', async () => {
      const id = await queueMail(t.ctx.db, t.ctx.now(), { ...swedish, subject: 'Påminnelse om årlig bekräftelse' });
      assert.equal(await drainJobs(t.ctx), 1);
      const waiting = await getOutboxMail(t.ctx.db, id);
      assert.equal(waiting?.status, 'pending');
      assert.ok(waiting?.lastError, 'the connection error is kept');

      const smtp = await startTestSmtp({ port });
      try {
        assert.equal(await drainJobs(t.ctx), 0, 'the retry waits for its backoff');
        t.setNow(new Date(START.getTime() + MINUTE));
        assert.equal(await drainJobs(t.ctx), 1);
        const mail = await smtp.waitForMessage((m) => m.subject === 'Påminnelse om årlig bekräftelse');
        assert.equal(bodyText(mail), swedish.text);
        const sent = await getOutboxMail(t.ctx.db, id);
        assert.equal(sent?.status, 'sent');
        assert.equal(sent?.lastError, null);
        assert.equal(sent?.sentAt?.getTime(), START.getTime() + MINUTE);
      } finally {
        await smtp.close();
      }
    });

    test('a message that can never be delivered is marked failed after the last attempt', async () => {
      // Other modules schedule daily jobs at start; this test counts only its own.
      await sql`delete from job`.execute(t.ctx.db);
      let now = new Date(START.getTime() + 60 * MINUTE);
      t.setNow(now);
      const id = await queueMail(t.ctx.db, now, { ...swedish, subject: 'Kommer aldrig fram' });
      for (let i = 0; i < 5; i++) {
        assert.equal(await drainJobs(t.ctx), 1);
        now = new Date(now.getTime() + 24 * 60 * MINUTE);
        t.setNow(now);
      }
      assert.equal(await drainJobs(t.ctx), 0);
      const mail = await getOutboxMail(t.ctx.db, id);
      assert.equal(mail?.status, 'failed');
      assert.ok(mail?.lastError);
      const [job] = await listRecentJobs(t.ctx.db, { limit: 1 });
      assert.equal(job && (await getJob(t.ctx.db, job.id))?.status, 'failed');
      assert.equal(job?.attempts, 5);
    });
  });

  describe(`mail without SMTP and the outbox pages (${kind})`, () => {
    let t: TestApp;
    let cookies: Record<string, string>;
    before(async () => {
      t = await openTestApp(kind, START);
      cookies = await adminCookie(t);
    });
    after(async () => {
      await t?.close();
    });
    beforeEach(async () => {
      await sql`delete from mail_outbox`.execute(t.ctx.db);
      await sql`delete from job`.execute(t.ctx.db);
    });

    const get = (url: string) => t.app.inject({ method: 'GET', url, cookies });

    test('the outbox is not public', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/admin/utkorg' });
      assert.notEqual(res.statusCode, 200);
    });

    test('an empty outbox says so', async () => {
      const res = await get('/admin/utkorg');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Utkorgen är tom/);
      assert.match(res.body, /Ingen e-postserver är inställd/);
      assert.doesNotMatch(res.body, /<table/);
    });

    test('a message is kept and can be read in full on the outbox pages', async () => {
      const id = await queueMail(t.ctx.db, t.ctx.now(), swedish);
      assert.equal(await drainJobs(t.ctx), 1);
      const kept = await getOutboxMail(t.ctx.db, id);
      assert.equal(kept?.status, 'kept');
      assert.equal(kept?.sentAt, null);

      const list = await get('/admin/utkorg');
      assert.equal(list.statusCode, 200);
      assert.match(list.headers['content-type'] as string, /text\/html/);
      assert.match(list.body, /<h1>Utkorg för e-post<\/h1>/);
      assert.match(list.body, /<caption[^>]*>E-postmeddelanden<\/caption>/);
      assert.match(list.body, /<th scope="col">Status<\/th>/);
      assert.ok(list.body.includes(`href="/admin/utkorg/${id}"`));
      assert.ok(list.body.includes(swedish.subject));
      assert.ok(list.body.includes(swedish.to));
      assert.match(list.body, /Sparat här \(skickas inte\)/);
      assert.match(list.body, /2026-11-24 11:00/, 'the time in Swedish local time');

      const one = await get(`/admin/utkorg/${id}`);
      assert.equal(one.statusCode, 200);
      assert.match(one.body, /<pre class="mail-text">Hej Åsa Örn!\n\nDu är inbjuden/);
      // The link is there to copy, exactly as written (the & escaped as HTML), not as a link.
      assert.ok(one.body.includes('https://asf.example.se/inbjudan/AbC123?steg=1&amp;språk=sv'));
      assert.doesNotMatch(one.body, /href="https:\/\/asf\.example\.se/);
      assert.ok(one.body.includes(swedish.to));
      assert.ok(one.body.includes('noreply@asf-plattformen.invalid'), 'the sender');
    });

    test('an unknown or malformed message number is a 404 page', async () => {
      for (const url of ['/admin/utkorg/999999', '/admin/utkorg/abc', '/admin/utkorg/0', '/admin/utkorg/1e3']) {
        const res = await get(url);
        assert.equal(res.statusCode, 404, url);
        assert.match(res.body, /Meddelandet finns inte/, url);
      }
    });

    test('a hostile subject and text are shown as text, never as markup', async () => {
      const id = await queueMail(t.ctx.db, t.ctx.now(), {
        to: 'x@example.se',
        subject: '<script>alert("ämne")</script> & <b>fet</b>',
        text: '</pre><script>alert(1)</script><a href="javascript:alert(2)">klicka</a>',
      });
      await drainJobs(t.ctx);
      for (const url of ['/admin/utkorg', `/admin/utkorg/${id}`]) {
        const res = await get(url);
        assert.equal(res.statusCode, 200);
        assert.doesNotMatch(res.body, /<script>alert/, url);
        assert.doesNotMatch(res.body, /<b>fet/, url);
        // Preact escapes < and & in text (a lone > cannot open a tag).
        assert.ok(res.body.includes('&lt;script>alert(&quot;ämne&quot;)&lt;/script> &amp; &lt;b>fet&lt;/b>'), url);
      }
      const one = await get(`/admin/utkorg/${id}`);
      assert.doesNotMatch(one.body, /href="javascript/);
      assert.ok(one.body.includes('&lt;/pre>&lt;script>alert(1)'));
    });

    test('a line break in a subject cannot add a header', async () => {
      const id = await queueMail(t.ctx.db, t.ctx.now(), {
        to: 'x@example.se',
        subject: 'Hej\r\nBcc: alla@example.se',
        text: 'text',
      });
      assert.equal((await getOutboxMail(t.ctx.db, id))?.subject, 'Hej Bcc: alla@example.se');
    });

    test('a bad address is refused before anything is stored', async () => {
      await assert.rejects(queueMail(t.ctx.db, t.ctx.now(), { to: 'inte en adress', subject: 's', text: 't' }));
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from mail_outbox`.execute(t.ctx.db);
      assert.equal(rows[0]?.n, 0);
    });

    test('the outbox pages through its messages, newest first', async () => {
      const ids: number[] = [];
      for (let i = 0; i < OUTBOX_PAGE_SIZE + 1; i++) {
        ids.push(
          await queueMail(t.ctx.db, new Date(START.getTime() + i * MINUTE), {
            to: `m${i}@example.se`,
            subject: `Meddelande nummer ${i}`,
            text: 'text',
          }),
        );
      }
      const first = await get('/admin/utkorg');
      assert.equal(first.statusCode, 200);
      assert.equal(first.body.match(/<tr>/g)?.length, OUTBOX_PAGE_SIZE + 1, 'head row and one full page');
      assert.ok(
        first.body.indexOf(`Meddelande nummer ${OUTBOX_PAGE_SIZE}<`) < first.body.indexOf('Meddelande nummer 1<'),
      );
      assert.doesNotMatch(first.body, /Meddelande nummer 0</);
      assert.match(first.body, /class="pagination"/);
      assert.ok(first.body.includes('href="/admin/utkorg?sida=2"'));
      assert.match(first.body, /51 meddelanden/);

      const second = await get('/admin/utkorg?sida=2');
      assert.equal(second.statusCode, 200);
      assert.match(second.body, /Meddelande nummer 0</);
      assert.match(second.body, /sida 2 av 2/);

      assert.equal((await get('/admin/utkorg?sida=3')).statusCode, 404);
      assert.equal((await get('/admin/utkorg?sida=abc')).statusCode, 400);
      assert.equal((await get('/admin/utkorg?sida=0')).statusCode, 400);
    });
  });
}
