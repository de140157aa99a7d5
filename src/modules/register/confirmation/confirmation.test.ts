import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { ParsedMail } from 'mailparser';
import { renderToString } from 'preact-render-to-string';
import { signingSecret } from '../../../platform/auth/secret.js';
import { formatDate } from '../../../platform/i18n/format.js';
import { listRecentJobs } from '../../../platform/jobs/job.repository.js';
import { drainJobs } from '../../../platform/jobs/worker.js';
import { createTestUser, signedIn, TestBrowser } from '../../../platform/testing/auth.js';
import { linksIn, startTestSmtp, type TestSmtp } from '../../../platform/testing/smtp.js';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { CONFIRMATION_SCAN_JOB, ensureConfirmationScheduled } from './confirmation.jobs.js';
import {
  CONFIRMATION_RULES,
  confirmationToken,
  runConfirmationScan,
  unconfirmedSince,
} from './confirmation.service.js';
import { addMonths } from '../../../platform/calendar.js';
import { enterpriseIdByOrgnr, saveEnterprise } from '../enterprise/enterprise.service.js';
import type { EnterpriseFacts } from '../enterprise/enterprise.types.js';
import { listVersionsOf } from '../enterprise/history.repository.js';
import { ProfilePage } from '../directory/profile.views.js';
import { buildEnterprise, insertEnterprise } from '../testing/factories.js';
import { getWorkflow } from '../enterprise/workflow.service.js';

const START = new Date('2026-11-24T10:00:00Z');
/** What the factories give as verified_at: the reference date of every enterprise here. */
const VERIFIED = new Date('2026-11-01T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
/** `months` after the reference date, plus `days`. */
const at = (months: number, days = 0) => new Date(addMonths(VERIFIED, months).getTime() + days * DAY);

const recipient = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address;
const confirmPath = (m: ParsedMail) => {
  const link = linksIn(m).find((l) => l.includes('/bekrafta/'));
  assert.ok(link, `no confirmation link in: ${m.text}`);
  return new URL(link).pathname;
};

for (const kind of testDatabaseKinds()) {
  describe(`yearly confirmation (${kind})`, () => {
    let smtp: TestSmtp;
    let t: TestApp;
    let n = 0;

    before(async () => {
      smtp = await startTestSmtp();
      t = await openTestApp(kind, START, { SMTP_URL: smtp.url });
    });
    after(async () => {
      await t?.close();
      await smtp?.close();
    });
    beforeEach(async () => {
      // Each test starts over in time; earlier tests' enterprises leave the public register.
      t.setNow(START);
      await sql`update enterprise set status = 'archived'`.execute(t.ctx.db);
      await sql`delete from mail_outbox`.execute(t.ctx.db);
      await sql`delete from job`.execute(t.ctx.db);
      smtp.clear();
      await ensureConfirmationScheduled(t.ctx);
    });

    /** A published enterprise verified on VERIFIED, with its own contact address and `editors` accounts. */
    async function enterprise(options: { editors?: number; facts?: Partial<EnterpriseFacts> } = {}) {
      n++;
      const facts = await insertEnterprise(t.ctx.db, {
        name: `Bekräftelsekooperativet ${n}`,
        email: `kontakt${n}@foretag.se`,
        ...options.facts,
      });
      const id = (await enterpriseIdByOrgnr(t.ctx.db, facts.orgnr))!;
      const editors: string[] = [];
      for (let i = 0; i < (options.editors ?? 0); i++) {
        editors.push(
          (await createTestUser(t, 'enterprise_editor', { enterpriseId: id, email: `red${n}-${i}@foretag.se` })).email,
        );
      }
      return { facts, id, editors, orgnr: facts.orgnr };
    }

    async function runAt(d: Date) {
      t.setNow(d);
      await drainJobs(t.ctx);
    }

    const workflow = async (orgnr: string) => (await getWorkflow(t.ctx, orgnr))!;
    const mailsTo = (address: string) => smtp.messages.filter((m) => recipient(m) === address);

    test('nothing at ten months; at eleven one e-mail to each editor, and never a second', async () => {
      const e = await enterprise({ editors: 2 });
      await runAt(at(10));
      assert.equal(smtp.messages.length, 0);

      await runAt(at(11));
      assert.equal(smtp.messages.length, 2, 'one message per editor account');
      for (const address of e.editors) {
        const [mail] = mailsTo(address);
        assert.ok(mail, `no mail to ${address}`);
        assert.match(mail.subject ?? '', /Stämmer uppgifterna om Bekräftelsekooperativet/);
        assert.match(mail.text ?? '', /Ni behöver inte logga in/);
        assert.match(mail.text ?? '', /\/mitt-foretag/);
        assert.match(mail.text ?? '', /\/bekrafta\/[\w-]+\.[\w-]+/);
      }
      assert.equal(mailsTo(e.facts.email!).length, 0, 'the public address only when there is no editor');
      const w = await workflow(e.orgnr);
      assert.equal(w.reminderCount, 1);
      assert.equal(w.remindedAt?.getTime(), at(11).getTime());
      assert.equal(w.enterprise.status, 'published');

      // The scan again, the same day and the next: nothing new.
      const again = await runConfirmationScan(t.ctx);
      assert.deepEqual(again, { notices: 0, lapsed: 0, reminders: 0, withoutAddress: 0 });
      await runAt(at(11, 1));
      await runAt(at(11, 20));
      assert.equal(smtp.messages.length, 2);
      const { rows } = await sql<{ n: string }>`select count(*) as n from mail_outbox`.execute(t.ctx.db);
      assert.equal(Number(rows[0]!.n), 2);
    });

    test('without an editor the public address gets it; demo enterprises are left alone', async () => {
      const e = await enterprise();
      n++;
      const demo = buildEnterprise({ name: `Demokooperativet ${n}`, email: `demo${n}@foretag.example` });
      await saveEnterprise(t.ctx.db, demo, { status: 'published', isDemo: true, sources: {}, verifiedAt: VERIFIED });

      await runAt(at(11));
      assert.deepEqual(
        smtp.messages.map((m) => recipient(m)),
        [e.facts.email],
      );
      await runAt(at(13));
      const d = await workflow(demo.orgnr);
      assert.equal(d.enterprise.status, 'published', 'demo enterprises never lapse');
      assert.equal(d.reminderCount, 0);
      assert.equal(mailsTo(demo.email!).length, 0);
    });

    test('the link in the e-mail shows a button; the button confirms and says until when', async () => {
      const e = await enterprise();
      await runAt(at(11));
      const mail = await smtp.waitForMessage((m) => recipient(m) === e.facts.email);
      const path = confirmPath(mail);

      // No sign-in: a new browser, as from the mail program.
      const browser = new TestBrowser(t);
      const page = await browser.get(path);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Ja, uppgifterna stämmer/);
      assert.match(page.body, new RegExp(`<form method="post" action="${path}"`));
      assert.match(page.body, /href="\/mitt-foretag">Något har ändrats – logga in och uppdatera/);
      assert.match(page.body, new RegExp(e.facts.name));
      assert.match(page.body, /name="robots" content="noindex"/);
      assert.equal((await workflow(e.orgnr)).confirmedAt, null, 'opening the link confirms nothing');

      const confirmedAt = at(11, 3);
      t.setNow(confirmedAt);
      const done = await browser.post(path);
      assert.equal(done.statusCode, 200);
      assert.match(done.body, /Tack! Uppgifterna är bekräftade/);
      assert.match(done.body, new RegExp(`gäller till ${formatDate(addMonths(confirmedAt, 12))}`));

      const w = await workflow(e.orgnr);
      assert.equal(w.confirmedAt?.getTime(), confirmedAt.getTime());
      assert.equal(w.enterprise.status, 'published');
      assert.equal(w.reminderCount, 0);
      assert.equal(w.remindedAt, null);
      const [version] = await listVersionsOf(t.ctx.db, w.id, 1);
      assert.equal(version?.action, 'confirmed');
      assert.equal(version?.actor_label, 'Bekräftad med länk i e-post');

      // The next year starts from the confirmation: no mail until eleven months after it.
      await runAt(addMonths(confirmedAt, 11));
      assert.equal(mailsTo(e.facts.email!).length, 2);
    });

    test('at twelve months the profile lapses and says so; reminders every fourteen days, at most three', async () => {
      const e = await enterprise({ editors: 1 });
      const editor = e.editors[0]!;
      await runAt(at(11));
      await runAt(at(12));
      const w = await workflow(e.orgnr);
      assert.equal(w.enterprise.status, 'needs_reverification');
      assert.equal(w.reminderCount, 2);
      const [lapse] = await listVersionsOf(t.ctx.db, w.id, 1);
      assert.equal(lapse?.action, 'needs_reverification');
      assert.equal(lapse?.status_before, 'published');
      assert.equal(lapse?.status_after, 'needs_reverification');
      assert.match(mailsTo(editor)[1]?.subject ?? '', /visas nu som inte bekräftad/);

      // Still in the directory, with the notice.
      const profile = await t.app.inject({ method: 'GET', url: `/foretag/${e.orgnr}` });
      assert.equal(profile.statusCode, 200);
      assert.match(profile.body, /Uppgifterna är inte bekräftade/);
      const list = await t.app.inject({ method: 'GET', url: `/foretag?q=${encodeURIComponent(e.facts.name)}` });
      assert.match(list.body, new RegExp(e.orgnr));

      await runAt(at(12, 13));
      assert.equal(mailsTo(editor).length, 2, 'not before fourteen days');
      for (const [days, count] of [
        [14, 3],
        [20, 3],
        [28, 4],
        [42, 5],
        [56, 5],
        [90, 5],
      ] as const) {
        await runAt(at(12, days));
        assert.equal(mailsTo(editor).length, count, `after ${days} days`);
      }
      assert.match(mailsTo(editor)[2]?.subject ?? '', /^Påminnelse: bekräfta uppgifterna/);
      assert.equal((await workflow(e.orgnr)).reminderCount, 5);

      // The last reminder's link still works and brings the profile back.
      const browser = new TestBrowser(t);
      const path = confirmPath(mailsTo(editor)[4]!);
      assert.equal((await browser.get(path)).statusCode, 200);
      assert.equal((await browser.post(path)).statusCode, 200);
      assert.equal((await workflow(e.orgnr)).enterprise.status, 'published');
      const after = await t.app.inject({ method: 'GET', url: `/foretag/${e.orgnr}` });
      assert.doesNotMatch(after.body, /inte bekräftade/);
    });

    test('the profile view gives the date the twelve months ran out', async () => {
      const e = await enterprise();
      await runAt(at(12));
      const w = await workflow(e.orgnr);
      const since = unconfirmedSince(w);
      assert.equal(since?.getTime(), at(12).getTime());
      const html = renderToString(
        ProfilePage({
          enterprise: w.enterprise,
          today: '2027-11-02',
          demo: false,
          cpvLabels: new Map(),
          baseUrl: '',
          unconfirmedSince: since,
        }),
      );
      assert.match(html, /Uppgifterna är inte bekräftade sedan 1 november 2027/);
    });

    test('the public profile page gives that date', async () => {
      const e = await enterprise();
      await runAt(at(12));
      const profile = await t.app.inject({ method: 'GET', url: `/foretag/${e.orgnr}` });
      assert.ok(
        profile.body.includes('Uppgifterna är inte bekräftade sedan 1 november 2027'),
        'no date on the profile',
      );
    });

    test('a tampered, an expired and an outdated link are refused with what to do instead', async () => {
      const e = await enterprise({ editors: 1 });
      const before = await workflow(e.orgnr);
      const secret = await signingSecret(t.ctx);
      const reference = VERIFIED;
      const good = confirmationToken(secret, { orgnr: e.orgnr, reference }, at(14));
      const browser = new TestBrowser(t);

      // Tampered: another enterprise's org.nr in the payload, the old signature.
      const [payload, signature] = good.split('.');
      const other = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as { d: { orgnr: string } };
      other.d.orgnr = '769100-0000';
      const tampered = `${Buffer.from(JSON.stringify(other)).toString('base64url')}.${signature}`;
      for (const res of [await browser.get(`/bekrafta/${tampered}`), await browser.post(`/bekrafta/${tampered}`)]) {
        assert.equal(res.statusCode, 400);
        assert.match(res.body, /Länken fungerar inte/);
        assert.match(res.body, /Logga in och bekräfta/);
        assert.doesNotMatch(res.body, /Ja, uppgifterna stämmer/);
      }
      assert.equal((await browser.get(`/bekrafta/${good.slice(0, -2)}`)).statusCode, 400, 'a cut-off link');

      // Expired: the mail's link 61 days later.
      await runAt(at(11));
      const path = confirmPath(mailsTo(e.editors[0]!)[0]!);
      t.setNow(at(11, CONFIRMATION_RULES.linkValidDays + 1));
      for (const res of [await browser.get(path), await browser.post(path)]) {
        assert.equal(res.statusCode, 410);
        assert.match(res.body, /Länken har gått ut/);
        assert.match(res.body, /href="\/logga-in\?tillbaka=%2Fmitt-foretag%2Fbekrafta"/);
      }
      assert.deepEqual((await workflow(e.orgnr)).confirmedAt, before.confirmedAt);

      // Outdated: the editor confirms when signed in; the mailed link then has done its work.
      t.setNow(at(11, 2));
      const { browser: editor } = await signedIn(t, 'enterprise_editor', { enterpriseId: e.id });
      const form = await editor.get('/mitt-foretag/bekrafta');
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /Bekräfta att uppgifterna stämmer/);
      const posted = await editor.post('/mitt-foretag/bekrafta');
      assert.equal(posted.statusCode, 303);
      assert.equal(posted.headers.location, '/mitt-foretag/bekrafta?klart=1');
      const thanks = await editor.get('/mitt-foretag/bekrafta?klart=1');
      assert.match(thanks.body, new RegExp(`Tack! Uppgifterna är bekräftade och gäller till ${formatDate(at(23, 2))}`));
      assert.equal((await workflow(e.orgnr)).confirmedAt?.getTime(), at(11, 2).getTime());

      for (const res of [await browser.get(path), await browser.post(path)]) {
        assert.equal(res.statusCode, 409);
        assert.match(res.body, /Uppgifterna är redan bekräftade/);
      }
      const [version] = await listVersionsOf(t.ctx.db, e.id, 1);
      assert.equal(version?.action, 'confirmed', 'no second version from the old link');
    });

    test('an editor confirms only their own enterprise, and not before publication', async () => {
      const mine = await enterprise();
      const theirs = await enterprise();
      t.setNow(at(11, 1));
      const { browser } = await signedIn(t, 'enterprise_editor', { enterpriseId: mine.id });
      assert.equal((await browser.post('/mitt-foretag/bekrafta', { enterpriseId: String(theirs.id) })).statusCode, 303);
      assert.equal((await workflow(mine.orgnr)).confirmedAt?.getTime(), at(11, 1).getTime());
      assert.equal((await workflow(theirs.orgnr)).confirmedAt, null);

      n++;
      const draft = await insertEnterprise(t.ctx.db, { name: `Utkastet ${n}` }, 'draft');
      const draftId = (await enterpriseIdByOrgnr(t.ctx.db, draft.orgnr))!;
      const { browser: drafter } = await signedIn(t, 'enterprise_editor', { enterpriseId: draftId });
      const page = await drafter.get('/mitt-foretag/bekrafta');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /inte publicerat än/);
      assert.doesNotMatch(page.body, /<form method="post" action="\/mitt-foretag\/bekrafta"/);
      assert.equal((await drafter.post('/mitt-foretag/bekrafta')).statusCode, 409);

      const anonymous = await t.app.inject({ method: 'GET', url: '/mitt-foretag/bekrafta' });
      assert.equal(anonymous.statusCode, 303);
    });

    test('the scan schedules its next run itself, and one waiting run is all there ever is', async () => {
      const waiting = async () =>
        (await listRecentJobs(t.ctx.db, { status: 'pending', limit: 100 })).filter(
          (j) => j.kind === CONFIRMATION_SCAN_JOB,
        );
      assert.equal((await waiting()).length, 1, 'scheduled at start');
      assert.equal(await ensureConfirmationScheduled(t.ctx), undefined);
      await ensureConfirmationScheduled(t.ctx);
      const [first] = await waiting();
      assert.equal((await waiting()).length, 1);
      assert.equal(first?.runAt.toISOString(), '2026-11-25T05:00:00.000Z');

      await runAt(new Date('2026-11-25T05:00:00Z'));
      const next = await waiting();
      assert.equal(next.length, 1);
      assert.equal(next[0]?.runAt.toISOString(), '2026-11-26T05:00:00.000Z');
      const done = await listRecentJobs(t.ctx.db, { status: 'done', limit: 100 });
      assert.ok(done.some((j) => j.id === first?.id && j.kind === CONFIRMATION_SCAN_JOB));

      // A start in the middle of the day finds the waiting run and adds none.
      t.setNow(new Date('2026-11-25T14:00:00Z'));
      await ensureConfirmationScheduled(t.ctx);
      assert.equal((await waiting()).length, 1);
    });
  });
}
