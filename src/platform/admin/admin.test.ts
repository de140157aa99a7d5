import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertEnterprise } from '../../modules/register/testing/factories.js';
import { listAuditEvents } from '../audit/audit.repository.js';
import { findUserByEmail } from '../auth/user.repository.js';
import { drainJobs } from '../jobs/worker.js';
import { createTestUser, signedIn, TestBrowser } from '../testing/auth.js';
import { linksIn, startTestSmtp, type TestSmtp } from '../testing/smtp.js';
import { pageText as text } from '../testing/html.js';
import { openTestApp, type TestApp } from '../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../app/testing/test-db.js';
import { parseCsvBytes, importEnterprises } from '../../modules/register/testing/internals.js';

const T0 = new Date('2026-11-24T10:00:00Z');
const NEW_PASSWORD = 'ett nytt och långt lösenord';

const sessionsOf = (t: TestApp, userId: number) =>
  t.ctx.db.selectFrom('user_session').select('token_hash').where('user_id', '=', userId).execute();

for (const kind of testDatabaseKinds()) {
  describe(`admin pages (${kind})`, () => {
    let t: TestApp;
    let smtp: TestSmtp;
    let admin: TestBrowser;
    before(async () => {
      smtp = await startTestSmtp();
      t = await openTestApp(kind, T0, { SMTP_URL: smtp.url, BASE_URL: 'https://asf.example.se' });
      ({ browser: admin } = await signedIn(t, 'admin', { name: 'Ada Admin', email: 'ada@example.se' }));
    });
    after(async () => {
      await t?.close();
      await smtp?.close();
    });

    it('the start page links to users, organisations, the audit log and the outbox', async () => {
      const res = await admin.get('/admin');
      assert.equal(res.statusCode, 200);
      for (const href of [
        '/admin/anvandare',
        '/admin/anvandare/ny',
        '/admin/organisationer',
        '/admin/logg',
        '/admin/utkorg',
      ]) {
        assert.ok(res.body.includes(`href="${href}"`), href);
      }
      assert.match(text(res.body), /1 användare: 1 aktiva/);
    });

    it('only admins reach the admin pages', async () => {
      const { browser } = await signedIn(t, 'coordinator');
      for (const path of ['/admin', '/admin/anvandare', '/admin/logg', '/admin/organisationer']) {
        assert.equal((await browser.get(path)).statusCode, 403, path);
        assert.equal((await new TestBrowser(t).get(path)).statusCode, 303, path);
      }
    });

    it('invites a coordinator to a new organisation: the mail arrives and its link sets a password and signs in', async () => {
      const form = await admin.get('/admin/anvandare/ny');
      assert.equal(form.statusCode, 200);
      const res = await admin.post('/admin/anvandare/ny', {
        email: 'Sara.Samordnare@Example.se',
        name: 'Sara Samordnare',
        role: 'coordinator',
        organisation: 'ny',
        newOrganisationName: 'Samordningsförbundet Exempel',
        newOrganisationKind: 'samordningsforbund',
      });
      assert.equal(res.statusCode, 303, res.body.slice(0, 500));
      const page = await admin.get(res.headers.location as string);
      assert.match(text(page.body), /Användaren är inbjuden/);
      assert.match(text(page.body), /Samordningsförbundet Exempel/);
      assert.match(text(page.body), /Har inte valt lösenord/);

      await drainJobs(t.ctx);
      const mail = await smtp.waitForMessage((m) => m.subject === 'Du är inbjuden till ASF-plattformen');
      const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
      assert.equal(to?.value[0]?.address, 'sara.samordnare@example.se');
      const link = linksIn(mail).find((l) => l.includes('/inbjudan/'));
      assert.ok(link, 'the mail holds the invitation link');
      const path = new URL(link).pathname;

      const sara = new TestBrowser(t);
      const invitation = await sara.get(path);
      assert.equal(invitation.statusCode, 200);
      assert.match(invitation.body, /value="Sara Samordnare"/, 'the name the admin gave is filled in');
      const accepted = await sara.post(path, {
        name: 'Sara Samordnare',
        password: NEW_PASSWORD,
        password2: NEW_PASSWORD,
      });
      assert.equal(accepted.statusCode, 303);
      assert.equal(accepted.headers.location, '/samordning');
      const account = await sara.get('/konto');
      assert.equal(account.statusCode, 200);
      assert.match(text(account.body), /sara\.samordnare@example\.se/);
      const again = new TestBrowser(t);
      await again.signIn('sara.samordnare@example.se', NEW_PASSWORD);

      const list = await admin.get('/admin/anvandare');
      assert.match(
        text(list.body),
        /sara\.samordnare@example\.se Sara Samordnare Samordnare Samordningsförbundet Exempel Aktiv/,
      );
      const orgs = await admin.get('/admin/organisationer');
      assert.match(text(orgs.body), /Samordningsförbundet Exempel Samordningsförbund – 1/);
    });

    it('says what is wrong with an invitation and keeps what was typed', async () => {
      const missing = await admin.post('/admin/anvandare/ny', { email: 'inte-en-adress', role: 'buyer' });
      assert.equal(missing.statusCode, 400);
      assert.match(missing.body, /class="error-summary"/);
      assert.match(text(missing.body), /Skriv e-postadressen som namn@exempel\.se/);
      assert.match(text(missing.body), /En inköpare måste höra till en organisation|Välj en organisation i listan/);
      assert.match(missing.body, /value="inte-en-adress"/);

      const editor = await admin.post('/admin/anvandare/ny', {
        email: 'redaktor@example.se',
        role: 'enterprise_editor',
        orgnr: '799900-1014',
      });
      assert.equal(editor.statusCode, 400);
      assert.match(text(editor.body), /Det finns inget företag med det organisationsnumret/);

      const taken = await admin.post('/admin/anvandare/ny', { email: 'ada@example.se', role: 'admin' });
      assert.equal(taken.statusCode, 409);
      assert.match(text(taken.body), /Det finns redan ett konto med den e-postadressen/);
    });

    it('invites an enterprise editor to the enterprise with the org.nr', async () => {
      const facts = await insertEnterprise(t.ctx.db, { name: 'Kooperativet Redaktörshjälpen' });
      const res = await admin.post('/admin/anvandare/ny', {
        email: 'redaktor@example.se',
        role: 'enterprise_editor',
        orgnr: facts.orgnr.replace('-', ''),
      });
      assert.equal(res.statusCode, 303, text(res.body).slice(0, 400));
      const user = await findUserByEmail(t.ctx.db, 'redaktor@example.se');
      assert.ok(user?.enterprise_id);
      const page = await admin.get(res.headers.location as string);
      assert.match(text(page.body), /Kooperativet Redaktörshjälpen/);
    });

    it('a role change is audited and ends the user’s sessions', async () => {
      const { browser, user } = await signedIn(t, 'coordinator', { email: 'byter.roll@example.se' });
      assert.equal((await sessionsOf(t, user.id)).length, 1);
      const res = await admin.post(`/admin/anvandare/${user.id}`, { atgard: 'roll', role: 'admin', organisation: '' });
      assert.equal(res.statusCode, 303);
      assert.match(text((await admin.get(res.headers.location as string)).body), /Rollen är ändrad/);
      assert.equal((await sessionsOf(t, user.id)).length, 0);
      // The old session no longer works: the user must sign in again.
      assert.equal((await browser.get('/samordning')).statusCode, 303);
      const { rows } = await listAuditEvents(t.ctx.db, { action: 'role_changed', offset: 0, limit: 10 });
      const event = rows.find((r) => r.subject === 'byter.roll@example.se');
      assert.ok(event);
      assert.equal(event.actor_label, 'Ada Admin <ada@example.se>');
      assert.deepEqual((event.details as { to: { role: string } }).to.role, 'admin');
    });

    it('disables and enables a user, and sends a new invitation to one without a password', async () => {
      const { browser, user } = await signedIn(t, 'buyer', { email: 'kopare@example.se' });
      const off = await admin.post(`/admin/anvandare/${user.id}`, { atgard: 'sparra' });
      assert.equal(off.statusCode, 303);
      assert.equal((await browser.get('/konto')).statusCode, 303);
      const failed = await new TestBrowser(t).post('/logga-in', {
        email: 'kopare@example.se',
        password: 'ett långt testlösenord',
      });
      assert.equal(failed.statusCode, 400);
      assert.match(text((await admin.get(`/admin/anvandare/${user.id}`)).body), /Status Spärrad/);
      assert.equal((await admin.post(`/admin/anvandare/${user.id}`, { atgard: 'aktivera' })).statusCode, 303);
      await new TestBrowser(t).signIn('kopare@example.se');

      const invited = await findUserByEmail(t.ctx.db, 'redaktor@example.se');
      smtp.clear();
      const res = await admin.post(`/admin/anvandare/${invited!.id}`, { atgard: 'bjud-in-igen' });
      assert.equal(res.statusCode, 303);
      await drainJobs(t.ctx);
      const mail = await smtp.waitForMessage(
        (m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text === 'redaktor@example.se',
      );
      assert.ok(linksIn(mail).some((l) => l.includes('/inbjudan/')));
    });

    it('offers and sends a new invitation only to users who have not chosen a password', async () => {
      const active = await createTestUser(t, 'coordinator', { email: 'har.losenord@example.se' });
      const page = await admin.get(`/admin/anvandare/${active.id}`);
      assert.equal(page.statusCode, 200);
      assert.doesNotMatch(page.body, /bjud-in-igen/);
      const pending = await findUserByEmail(t.ctx.db, 'redaktor@example.se');
      assert.equal(pending?.password_hash, null);
      assert.match((await admin.get(`/admin/anvandare/${pending!.id}`)).body, /value="bjud-in-igen"/);

      // A form from before the password was chosen, or a crafted one: refused, nothing issued or sent.
      const tokens = () =>
        t.ctx.db.selectFrom('one_time_token').select('token_hash').where('user_id', '=', active.id).execute();
      const outbox = () =>
        t.ctx.db.selectFrom('mail_outbox').select('id').where('to_address', '=', active.email).execute();
      const res = await admin.post(`/admin/anvandare/${active.id}`, { atgard: 'bjud-in-igen' });
      assert.equal(res.statusCode, 409);
      assert.match(text(res.body), /Användaren har redan valt lösenord\. Be hen använda Glömt lösenordet\./);
      assert.match(res.body, /<a href="#uppgifter">Användaren har redan valt lösenord/);
      assert.match(res.body, /<h2 id="uppgifter">/);
      assert.deepEqual([(await tokens()).length, (await outbox()).length], [0, 0]);
      const { rows } = await listAuditEvents(t.ctx.db, { action: 'user_invited', offset: 0, limit: 50 });
      assert.equal(rows.filter((r) => r.subject === active.email).length, 0);
      await new TestBrowser(t).signIn(active.email);
    });

    it('the last admin can be neither disabled nor demoted, and is told why', async () => {
      // Every admin but Ada stops being one.
      const admins = await t.ctx.db
        .selectFrom('app_user')
        .select(['id', 'email'])
        .where('role', '=', 'admin')
        .execute();
      for (const a of admins.filter((a) => a.email !== 'ada@example.se')) {
        await admin.post(`/admin/anvandare/${a.id}`, { atgard: 'roll', role: 'coordinator', organisation: '' });
      }
      const ada = await findUserByEmail(t.ctx.db, 'ada@example.se');
      const second = await createTestUser(t, 'admin', { email: 'andra.admin@example.se' });
      await admin.post(`/admin/anvandare/${second.id}`, { atgard: 'sparra' });
      const demote = await admin.post(`/admin/anvandare/${ada!.id}`, {
        atgard: 'roll',
        role: 'buyer',
        organisation: '',
      });
      // A buyer needs an organisation: the form says so first.
      assert.equal(demote.statusCode, 400);
      const demote2 = await admin.post(`/admin/anvandare/${ada!.id}`, {
        atgard: 'roll',
        role: 'coordinator',
        organisation: '',
      });
      assert.equal(demote2.statusCode, 409);
      assert.match(text(demote2.body), /Det måste finnas minst en aktiv administratör/);
      const disable = await admin.post(`/admin/anvandare/${ada!.id}`, { atgard: 'sparra' });
      assert.equal(disable.statusCode, 409);
      assert.match(text(disable.body), /Du kan inte spärra ditt eget konto/);
      assert.equal((await findUserByEmail(t.ctx.db, 'ada@example.se'))?.role, 'admin');
    });

    it('organisations: added with län and kommun, a taken name and a kommun outside the län are refused', async () => {
      const res = await admin.post('/admin/organisationer', {
        name: 'Kiruna kommun',
        kind: 'kommun',
        municipality: '2584',
      });
      assert.equal(res.statusCode, 303);
      const page = await admin.get(res.headers.location as string);
      assert.match(text(page.body), /Kiruna kommun är tillagd/);
      assert.match(text(page.body), /Kiruna kommun Kommun Norrbottens län, Kiruna 0/);
      const taken = await admin.post('/admin/organisationer', { name: 'Kiruna kommun', kind: 'kommun' });
      assert.equal(taken.statusCode, 400);
      assert.match(text(taken.body), /Det finns redan en organisation med det namnet/);
      const wrong = await admin.post('/admin/organisationer', {
        name: 'Fel län',
        kind: 'region',
        county: '01',
        municipality: '2584',
      });
      assert.equal(wrong.statusCode, 400);
      assert.match(text(wrong.body), /Kommunen ligger inte i det valda länet/);
      const empty = await admin.post('/admin/organisationer', { name: '', kind: '' });
      assert.equal(empty.statusCode, 400);
      assert.match(text(empty.body), /Skriv organisationens namn.*Välj vilken typ av organisation det är/);
    });

    it('the audit log shows sign-ins, failed sign-ins, role changes, exports and imports, filtered and paged', async () => {
      await new TestBrowser(t).post('/logga-in', { email: 'ada@example.se', password: 'fel lösenord helt' });
      assert.equal((await admin.get('/foretag/export.csv')).statusCode, 200);
      // An import as the command line runs it: the log names the command line and the file.
      const file = [
        'Org.nr;Namn;Företagsform;Kommun',
        '799900-1014;Kooperativet Exempelringen;Ekonomisk förening;Kiruna',
      ];
      const report = await importEnterprises(t.ctx.db, parseCsvBytes(new TextEncoder().encode(file.join('\r\n'))), {
        dryRun: false,
        skipInvalid: false,
        source: 'import',
        today: '2026-11-24',
        note: 'foretag.csv',
        now: t.ctx.now(),
      });
      assert.equal(report.written, true);
      const log = await admin.get('/admin/logg');
      assert.equal(log.statusCode, 200);
      const seen = text(log.body);
      for (const label of [
        'Inloggning',
        'Misslyckad inloggning',
        'Roll ändrad',
        'Export',
        'Import',
        'Användare inbjuden',
      ]) {
        assert.match(seen, new RegExp(`<?${label}`), label);
      }
      assert.match(seen, /Ada Admin <ada@example\.se> Export asf-foretag-2026-11-24\.csv/);
      // Details read out in words, not as the codes they are stored as (issue 9 §5).
      assert.match(seen, /Kommandoraden Import foretag\.csv – Fil: foretag\.csv ?; Rader: 1; Nya: 1/);
      assert.match(seen, /Misslyckad inloggning ada@example\.se [\d.:]+ Orsak: fel lösenord/);
      assert.doesNotMatch(seen, /wrong_password|reason:/);
      const english = text((await admin.get('/admin/logg?lang=en')).body);
      assert.match(english, /Reason: wrong password/);
      await admin.get('/admin/logg?lang=sv');

      // The table only: the filter's list names every action.
      const only = text((await admin.get('/admin/logg?handelse=sign_in_failed')).body).split('Detaljer')[1] ?? '';
      assert.match(only, /Misslyckad inloggning ada@example\.se/);
      assert.doesNotMatch(only, / Export /);
      assert.equal((await admin.get('/admin/logg?handelse=finns_inte')).statusCode, 400);
      assert.equal((await admin.get('/admin/logg?sida=999')).statusCode, 404);

      // 60 more events make two pages of 50.
      await t.ctx.db
        .insertInto('audit_event')
        .values(Array.from({ length: 60 }, (_, i) => ({ at: T0, actor_label: `Test ${i}`, action: 'sign_out' })))
        .execute();
      const first = await admin.get('/admin/logg?handelse=sign_out');
      assert.match(first.body, /href="\/admin\/logg\?handelse=sign_out&amp;sida=2"/);
      assert.equal((await admin.get('/admin/logg?handelse=sign_out&sida=2')).statusCode, 200);
    });

    it('the outbox lists the invitation mail', async () => {
      const res = await admin.get('/admin/utkorg');
      assert.equal(res.statusCode, 200);
      assert.match(text(res.body), /sara\.samordnare@example\.se Du är inbjuden till ASF-plattformen/);
    });
  });
}
