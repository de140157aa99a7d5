import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { findUserByEmail } from '../../../platform/auth/user.repository.js';
import { drainJobs } from '../../../platform/jobs/worker.js';
import { TestBrowser } from '../../../platform/testing/auth.js';
import { linksIn, startTestSmtp, type TestSmtp } from '../../../platform/testing/smtp.js';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { enterpriseIdByOrgnr, getEnterprise } from '../enterprise/enterprise.service.js';
import { listVersionsOf } from '../enterprise/history.repository.js';
import { luhnCheckDigit } from '../enterprise/orgnr.js';
import { insertEnterprise, nextOrgnr } from '../testing/factories.js';
import { confirmViaLink, REGISTRATION_PASSWORD, registerViaForm } from '../testing/registration.js';

const START = new Date('2026-11-24T10:00:00Z');
const HOUR = 3600_000;

/** The one link a confirmation message carries, as a path the test app can follow. */
function confirmationLinkIn(text: string | undefined, links: string[]): string {
  const link = links.find((l) => l.includes('/registrera/bekrafta/'));
  assert.ok(link, `no confirmation link in: ${text}`);
  return new URL(link).pathname;
}

for (const kind of testDatabaseKinds()) {
  describe(`self-registration (${kind})`, () => {
    let smtp: TestSmtp;
    let t: TestApp;
    before(async () => {
      smtp = await startTestSmtp();
      t = await openTestApp(kind, START, { SMTP_URL: smtp.url, BASE_URL: 'https://asf.example.se' });
    });
    after(async () => {
      await t?.close();
      await smtp?.close();
    });

    const countUsers = async (email: string) => ((await findUserByEmail(t.ctx.db, email)) ? 1 : 0);

    test('the form asks for the enterprise and its contact person, with help', async () => {
      const res = await new TestBrowser(t).get('/registrera');
      assert.equal(res.statusCode, 200);
      for (const id of ['orgnr', 'name', 'contactName', 'email', 'password', 'password2']) {
        assert.match(res.body, new RegExp(`<label for="${id}">`));
      }
      assert.match(res.body, /name="_csrf"/);
      assert.match(res.body, /ser bara samordnarna/);
    });

    test('registering creates a draft and an unconfirmed editor; the real e-mail link and its button confirm and sign in', async () => {
      t.setNow(START);
      const { browser, orgnr, name, email } = await registerViaForm(t, { contactName: 'Åsa Örn' });

      // One transaction made all of it: the draft, its first version, the user, the audit entry.
      const enterprise = await getEnterprise(t.ctx.db, orgnr);
      assert.equal(enterprise?.status, 'draft');
      assert.equal(enterprise?.legalForm, 'annan');
      assert.equal(enterprise?.name, name);
      assert.equal(enterprise?.sources.basics?.source, 'enterprise');
      const id = (await enterpriseIdByOrgnr(t.ctx.db, orgnr))!;
      const versions = await listVersionsOf(t.ctx.db, id);
      assert.deepEqual(
        versions.map((v) => [v.action, v.status_after]),
        [['created', 'draft']],
      );
      const user = await findUserByEmail(t.ctx.db, email);
      assert.equal(user?.role, 'enterprise_editor');
      assert.equal(user?.enterprise_id, id);
      assert.equal(user?.name, 'Åsa Örn');
      assert.equal(user?.email_confirmed_at, null);
      const auditRow = await t.ctx.db
        .selectFrom('audit_event')
        .select(['action', 'subject'])
        .where('action', '=', 'enterprise_registered')
        .where('subject', '=', orgnr)
        .executeTakeFirst();
      assert.ok(auditRow, 'the registration is in the audit log');

      // Not signed in yet: the address comes first.
      const before = await browser.get('/mitt-foretag');
      assert.equal(before.statusCode, 303);
      assert.match(String(before.headers.location), /^\/logga-in/);

      await drainJobs(t.ctx);
      const mail = await smtp.waitForMessage((m) => m.to !== undefined && JSON.stringify(m.to).includes(email));
      assert.match(mail.subject ?? '', /Bekräfta din e-postadress/);
      assert.match(mail.text ?? '', /48 timmar/);
      const path = confirmationLinkIn(mail.text, linksIn(mail));
      assert.ok(linksIn(mail)[0]!.startsWith('https://asf.example.se/registrera/bekrafta/'));

      // Opening the link (as a mail scanner does, any number of times) changes nothing and signs
      // nobody in: it shows one button that posts back to the same address.
      for (const opener of [new TestBrowser(t), browser]) {
        const page = await opener.get(path);
        assert.equal(page.statusCode, 200);
        assert.equal(page.headers['cache-control'], 'no-store');
        // (novalidate: our own messages, not the browser's pop-ups)
        assert.match(page.body, /<form method="post" action="\/registrera\/bekrafta\/[A-Za-z0-9_-]{43}" novalidate>/);
        assert.match(page.body, /Bekräfta min e-postadress<\/button>/);
        assert.match(page.body, new RegExp(email));
        assert.match(page.body, /<meta name="robots" content="noindex"/);
      }
      assert.equal((await findUserByEmail(t.ctx.db, email))?.email_confirmed_at, null, 'a GET confirms nothing');
      assert.equal((await browser.get('/mitt-foretag')).statusCode, 303, 'a GET signs nobody in');

      // The button's POST without the CSRF token (another site posting it) is refused.
      const forged = await browser.post(path, {}, { csrf: false });
      assert.equal(forged.statusCode, 403);
      assert.equal((await findUserByEmail(t.ctx.db, email))?.email_confirmed_at, null);

      const confirmed = await browser.post(path);
      assert.equal(confirmed.statusCode, 303);
      assert.equal(confirmed.headers.location, '/mitt-foretag');
      assert.ok((await findUserByEmail(t.ctx.db, email))?.email_confirmed_at, 'address confirmed');
      const home = await browser.get('/mitt-foretag');
      assert.equal(home.statusCode, 200);
      assert.match(home.body, /Utkast/);
      assert.match(home.body, new RegExp(name));
      assert.doesNotMatch(home.body, /Bekräfta din e-postadress/);

      // The link works once; afterwards both opening it and posting it say so and point to sign-in.
      const later = new TestBrowser(t);
      const again = await later.get(path);
      assert.equal(again.statusCode, 400);
      assert.match(again.body, /redan använd/);
      assert.match(again.body, /href="\/logga-in"/);
      const reposted = await later.post(path);
      assert.equal(reposted.statusCode, 400);
      assert.match(reposted.body, /redan använd/);
      assert.equal((await later.get('/mitt-foretag')).statusCode, 303, 'a used link signs nobody in');
    });

    test('a wrong check digit, a personnummer and missing fields are refused with Swedish messages, input kept', async () => {
      const browser = new TestBrowser(t);
      const base = {
        name: 'Felstavade föreningen',
        contactName: 'Per Persson',
        email: 'per@example.se',
        password: REGISTRATION_PASSWORD,
        password2: REGISTRATION_PASSWORD,
      };
      const luhn = await browser.post('/registrera', { ...base, orgnr: '556677-8898' });
      assert.equal(luhn.statusCode, 400);
      assert.match(luhn.body, /class="error-summary"/);
      assert.match(luhn.body, /kontrollsiffran \(den sista\) är fel/);
      assert.match(luhn.body, /<a href="#orgnr">/);
      assert.match(luhn.body, /value="Felstavade föreningen"/);
      assert.match(luhn.body, /value="556677-8898"/);
      assert.doesNotMatch(luhn.body, new RegExp(REGISTRATION_PASSWORD), 'passwords are not sent back');

      const personnummer = `800101-000${luhnCheckDigit('800101000')}`;
      const personal = await browser.post('/registrera', { ...base, orgnr: personnummer });
      assert.equal(personal.statusCode, 400);
      assert.match(personal.body, /ser ut som ett personnummer/);

      // A NUL byte (only a crafted request sends one) is no server error.
      const nul = await browser.post('/registrera', { ...base, orgnr: '556677-8898', name: 'Fel\u0000stavat' });
      assert.equal(nul.statusCode, 400);
      assert.match(nul.body, /value="Felstavat"/);

      const empty = await browser.post('/registrera', {});
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Skriv organisationsnumret/);
      assert.match(empty.body, /Skriv företagets namn/);
      assert.match(empty.body, /Skriv din e-postadress/);

      const mismatch = await browser.post('/registrera', {
        ...base,
        orgnr: nextOrgnr(),
        password2: 'något annat helt',
      });
      assert.equal(mismatch.statusCode, 400);
      assert.match(mismatch.body, /Lösenorden är inte lika/);
      assert.equal(await countUsers('per@example.se'), 0);
    });

    test('an org.nr already in the register is never attached to the new user; the page says how to get access', async () => {
      const existing = await insertEnterprise(t.ctx.db, { name: 'Redan Registrerade' });
      const browser = new TestBrowser(t);
      const res = await browser.post('/registrera', {
        orgnr: existing.orgnr,
        name: 'Någon annan',
        contactName: 'Ola Obehörig',
        email: 'ola@example.se',
        password: REGISTRATION_PASSWORD,
        password2: REGISTRATION_PASSWORD,
      });
      assert.equal(res.statusCode, 409);
      assert.match(res.body, /finns redan i registret/);
      assert.match(res.body, /samordnaren/);
      assert.match(res.body, /href="\/logga-in"/);
      assert.match(res.body, /href="\/aterstall-losenord"/);
      assert.equal(await countUsers('ola@example.se'), 0, 'no account made');
      assert.equal((await getEnterprise(t.ctx.db, existing.orgnr))?.name, 'Redan Registrerade');
    });

    test('an address that already has an account is told so, with sign-in and reset links', async () => {
      const first = await registerViaForm(t);
      const before = await t.ctx.db
        .selectFrom('enterprise')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      const res = await new TestBrowser(t).post('/registrera', {
        orgnr: nextOrgnr(),
        name: 'Andra företaget',
        contactName: 'Åsa Örn',
        email: first.email.toUpperCase(),
        password: REGISTRATION_PASSWORD,
        password2: REGISTRATION_PASSWORD,
      });
      assert.equal(res.statusCode, 409);
      assert.match(res.body, /Det finns redan ett konto med den e-postadressen/);
      assert.match(res.body, /href="\/logga-in"/);
      assert.match(res.body, /href="\/aterstall-losenord"/);
      const after = await t.ctx.db
        .selectFrom('enterprise')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(after.n), Number(before.n), 'no enterprise made');
    });

    test('two registrations with one address at the same moment: one gets through, the other is told', async () => {
      const browser = new TestBrowser(t);
      await browser.get('/registrera');
      const form = (orgnr: string) => ({
        orgnr,
        name: `Samtidigt ${orgnr}`,
        contactName: 'Sam Tidig',
        email: 'samtidig@example.se',
        password: REGISTRATION_PASSWORD,
        password2: REGISTRATION_PASSWORD,
      });
      const [a, b] = [nextOrgnr(), nextOrgnr()];
      const results = await Promise.all([browser.post('/registrera', form(a)), browser.post('/registrera', form(b))]);
      assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 409]);
      const user = await findUserByEmail(t.ctx.db, 'samtidig@example.se');
      const ids = [await enterpriseIdByOrgnr(t.ctx.db, a), await enterpriseIdByOrgnr(t.ctx.db, b)];
      assert.deepEqual(
        ids.filter((id) => id !== undefined),
        [user?.enterprise_id],
        'only the winner made an enterprise',
      );
    });

    test('a form without the CSRF token is refused', async () => {
      const browser = new TestBrowser(t);
      await browser.get('/registrera');
      const orgnr = nextOrgnr();
      const res = await browser.post(
        '/registrera',
        {
          orgnr,
          name: 'Förfalskat',
          contactName: 'X Y',
          email: 'csrf@example.se',
          password: REGISTRATION_PASSWORD,
          password2: REGISTRATION_PASSWORD,
        },
        { csrf: false },
      );
      assert.equal(res.statusCode, 403);
      assert.equal(await enterpriseIdByOrgnr(t.ctx.db, orgnr), undefined);
    });

    test('a link older than 48 hours has expired; a new one can be asked for and works', async () => {
      t.setNow(START);
      smtp.clear();
      const { email } = await registerViaForm(t);
      await drainJobs(t.ctx);
      const first = await smtp.waitForMessage((m) => JSON.stringify(m.to).includes(email));
      const oldPath = confirmationLinkIn(first.text, linksIn(first));

      t.setNow(new Date(START.getTime() + 49 * HOUR));
      const browser = new TestBrowser(t);
      const expired = await browser.get(oldPath);
      assert.equal(expired.statusCode, 400);
      assert.match(expired.body, /har gått ut/);
      assert.match(expired.body, /action="\/registrera\/ny-lank"/);
      const expiredPost = await browser.post(oldPath);
      assert.equal(expiredPost.statusCode, 400);
      assert.match(expiredPost.body, /har gått ut/);
      assert.equal((await findUserByEmail(t.ctx.db, email))?.email_confirmed_at, null);

      // The same answer for an unknown address, and no mail for it.
      const mailsBefore = await t.ctx.db.selectFrom('mail_outbox').select('id').execute();
      const unknown = await browser.post('/registrera/ny-lank', { email: 'ingen-alls@example.se' });
      assert.equal(unknown.statusCode, 200);
      const known = await browser.post('/registrera/ny-lank', { email });
      assert.equal(known.statusCode, 200);
      const text = (b: string) => /Om adressen hör till ett konto[^<]*/.exec(b)?.[0];
      assert.ok(text(known.body));
      assert.equal(text(known.body), text(unknown.body));
      const mailsAfter = await t.ctx.db.selectFrom('mail_outbox').select('id').execute();
      assert.equal(mailsAfter.length, mailsBefore.length + 1, 'one new mail, to the known address only');

      await drainJobs(t.ctx);
      const second = await smtp.waitForMessage((m) => JSON.stringify(m.to).includes(email) && m !== first);
      const newPath = confirmationLinkIn(second.text, linksIn(second));
      assert.notEqual(newPath, oldPath);
      const ok = await confirmViaLink(browser, newPath);
      assert.equal(ok.statusCode, 303);
      assert.equal(ok.headers.location, '/mitt-foretag');
      assert.ok((await findUserByEmail(t.ctx.db, email))?.email_confirmed_at);
    });

    test('an unknown link says so and offers a new one', async () => {
      const browser = new TestBrowser(t);
      const res = await browser.get(`/registrera/bekrafta/${'x'.repeat(43)}`);
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /känner inte igen länken/);
      assert.match(res.body, /href="\/registrera\/ny-lank"/);
      const posted = await browser.post(`/registrera/bekrafta/${'x'.repeat(43)}`);
      assert.equal(posted.statusCode, 400);
      assert.match(posted.body, /känner inte igen länken/);
    });
  });
}
