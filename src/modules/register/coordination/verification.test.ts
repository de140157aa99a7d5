import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ParsedMail } from 'mailparser';
import { listAuditEvents } from '../../../platform/audit/audit.repository.js';
import { drainJobs } from '../../../platform/jobs/worker.js';
import { createTestUser, signedIn, TestBrowser } from '../../../platform/testing/auth.js';
import { linksIn, startTestSmtp, type TestSmtp } from '../../../platform/testing/smtp.js';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { enterpriseIdByOrgnr } from '../enterprise/enterprise.service.js';
import { listVersionsOf, updateWorkflow } from '../enterprise/history.repository.js';
import { insertEnterprise, nextOrgnr } from '../testing/factories.js';
import { CRITERIA, decisionSchema } from './verification.schema.js';
import { listVerificationsOf } from './verification.repository.js';
import { changedFields } from './verification.service.js';
import { getWorkflow } from '../enterprise/workflow.service.js';

const T0 = new Date('2026-11-24T10:00:00Z');
const BASE = 'https://asf.example.se';
const allCriteria = Object.fromEntries(CRITERIA.map((c) => [`kriterium-${c}`, '1']));
const text = (m: ParsedMail) => (m.text ?? '').replace(/\r\n/g, '\n');
const toOf = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address;

describe('verification form rules', () => {
  it('approves only with all four criteria, and needs a message to ask for more or reject', () => {
    assert.equal(decisionSchema.safeParse({ beslut: 'godkann', ...allCriteria }).success, true);
    const missing = decisionSchema.safeParse({ beslut: 'godkann', ...allCriteria, 'kriterium-vinster': undefined });
    assert.equal(missing.success, false);
    assert.deepEqual(
      missing.error?.issues.map((i) => i.path.join('.')),
      ['kriterium-vinster'],
    );
    assert.equal(decisionSchema.safeParse({ beslut: 'komplettering', meddelande: '  ' }).success, false);
    assert.equal(decisionSchema.safeParse({ beslut: 'avslag' }).success, false);
    assert.equal(decisionSchema.safeParse({ beslut: 'avslag', meddelande: 'Ägs av kommunen.' }).success, true);
    assert.equal(decisionSchema.safeParse({ beslut: 'radera' }).success, false);
  });

  it('reads the version the page showed, and none when the field is absent or empty', () => {
    const shown = (version?: string) => {
      const r = decisionSchema.safeParse({ beslut: 'avslag', meddelande: 'Nej.', version });
      return r.success ? r.data.shownVersion : 'invalid';
    };
    assert.equal(shown('42'), 42);
    assert.equal(shown('0'), 0);
    assert.equal(shown(''), null);
    assert.equal(shown(undefined), null);
    assert.equal(shown('x'), 'invalid');
    assert.equal(shown('-1'), 'invalid');
  });

  it('finds the changed top-level facts whatever the key order', () => {
    assert.deepEqual(changedFields({ a: 1, b: { x: 1, y: 2 } }, { b: { y: 2, x: 1 }, a: 2, c: [] }), ['a', 'c']);
  });
});

for (const kind of testDatabaseKinds()) {
  describe(`coordinator verification (${kind})`, () => {
    let t: TestApp;
    let smtp: TestSmtp;
    let coordinator: TestBrowser;

    /** A submitted enterprise with an editor account, as self-registration leaves it. */
    async function pendingEnterprise(name: string, submittedDaysAgo = 2) {
      const facts = await insertEnterprise(t.ctx.db, { name }, 'pending');
      const id = (await enterpriseIdByOrgnr(t.ctx.db, facts.orgnr))!;
      await updateWorkflow(t.ctx.db, id, {
        submitted_at: new Date(T0.getTime() - submittedDaysAgo * 86_400_000),
        verified_at: null,
      });
      const editor = await createTestUser(t, 'enterprise_editor', {
        enterpriseId: id,
        email: `red-${facts.orgnr}@example.se`,
      });
      return { ...facts, id, editor };
    }

    before(async () => {
      smtp = await startTestSmtp();
      t = await openTestApp(kind, T0, { SMTP_URL: smtp.url, BASE_URL: BASE });
      ({ browser: coordinator } = await signedIn(t, 'coordinator', {
        name: 'Sara Samordnare',
        email: 'sara@samordning.se',
      }));
    });
    after(async () => {
      await t?.close();
      await smtp?.close();
    });

    it('lists pending enterprises in the queue, the longest waiting first, and counts them on the start page', async () => {
      const newer = await pendingEnterprise('Nyare kooperativet', 1);
      const older = await pendingEnterprise('Äldre kooperativet', 9);
      const queue = await coordinator.get('/samordning/granskning');
      assert.equal(queue.statusCode, 200);
      assert.ok(queue.body.indexOf(older.orgnr) < queue.body.indexOf(newer.orgnr), 'oldest first');
      assert.match(queue.body, /9 dagar/);
      assert.match(queue.body, /Stockholm/);
      const start = await coordinator.get('/samordning');
      assert.equal(start.statusCode, 200);
      assert.match(start.body, /2 företag väntar/);
      for (const href of [
        '/samordning/granskning',
        '/samordning/andringar',
        '/samordning/inaktuella',
        '/samordning/import',
        '/foretag',
      ]) {
        assert.match(start.body, new RegExp(`href="${href}"`));
      }
    });

    it('approves with all four criteria: published, public, recorded, and the editor is e-mailed', async () => {
      const e = await pendingEnterprise('Godkända gården');
      assert.equal((await t.app.inject(`/foretag/${e.orgnr}`)).statusCode, 404, 'not public before approval');
      const page = await coordinator.get(`/samordning/foretag/${e.orgnr}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, new RegExp(e.editor.email));
      assert.match(page.body, /Godkänn och publicera/);

      const res = await coordinator.post(`/samordning/foretag/${e.orgnr}/beslut`, {
        beslut: 'godkann',
        ...allCriteria,
        'anteckning-vinster': 'Stadgarna § 12',
        underlag: 'stadgar daterade 2024-03-01, årsredovisning 2025',
        meddelande: 'Välkommen till registret!',
      });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `/samordning/foretag/${e.orgnr}?klart=approved`);

      const w = (await getWorkflow(t.ctx, e.orgnr))!;
      assert.equal(w.enterprise.status, 'published');
      assert.equal(w.enterprise.verifiedAt?.toISOString(), T0.toISOString());
      assert.equal(w.confirmedAt?.toISOString(), T0.toISOString());
      assert.match(w.verifiedBy ?? '', /Sara Samordnare/);
      assert.equal((await t.app.inject(`/foretag/${e.orgnr}`)).statusCode, 200, 'public after approval');

      const [row] = await listVerificationsOf(t.ctx.db, e.id);
      assert.equal(row?.decision, 'approved');
      assert.equal(row?.evidence, 'stadgar daterade 2024-03-01, årsredovisning 2025');
      assert.deepEqual((row?.checklist as Record<string, unknown>).vinster, { met: true, note: 'Stadgarna § 12' });
      const [version] = await listVersionsOf(t.ctx.db, e.id);
      assert.equal(version?.action, 'approved');
      assert.equal(version?.status_before, 'pending');
      assert.equal(version?.status_after, 'published');
      const audits = await listAuditEvents(t.ctx.db, { action: 'enterprise_decision', offset: 0, limit: 50 });
      assert.ok(audits.rows.some((a) => a.subject === e.orgnr));

      await drainJobs(t.ctx);
      const mail = await smtp.waitForMessage((m) => toOf(m) === e.editor.email);
      assert.match(mail.subject ?? '', /Godkända gården är godkänt/);
      assert.match(text(mail), /Välkommen till registret!/);
      assert.deepEqual(linksIn(mail), [`${BASE}/foretag/${e.orgnr}`, `${BASE}/mitt-foretag`]);

      const after = await coordinator.get(res.headers.location as string);
      assert.match(after.body, /Företaget är godkänt och publicerat/);
      assert.doesNotMatch(after.body, /Godkänn och publicera/, 'no decision form once published');
    });

    it('refuses approval with a criterion unchecked: 400, the error, the input kept, nothing changed', async () => {
      const e = await pendingEnterprise('Nästan klart AB');
      const res = await coordinator.post(`/samordning/foretag/${e.orgnr}/beslut`, {
        beslut: 'godkann',
        ...allCriteria,
        'kriterium-fristaende': [],
        underlag: 'protokoll',
      });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /class="error-summary"/);
      assert.match(res.body, /href="#kriterium-fristaende"/);
      assert.match(res.body, /Fristående från det offentliga/);
      assert.match(res.body, />protokoll</, 'the evidence is kept');
      assert.equal((await getWorkflow(t.ctx, e.orgnr))?.enterprise.status, 'pending');
      assert.equal((await listVerificationsOf(t.ctx.db, e.id)).length, 0);
      assert.equal((await listVersionsOf(t.ctx.db, e.id)).length, 0);
    });

    it('asks for more: back to draft and the message is e-mailed', async () => {
      const e = await pendingEnterprise('Kompletterings kooperativ');
      const empty = await coordinator.post(`/samordning/foretag/${e.orgnr}/beslut`, { beslut: 'komplettering' });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Skriv vad företaget behöver komplettera med/);

      const res = await coordinator.post(`/samordning/foretag/${e.orgnr}/beslut`, {
        beslut: 'komplettering',
        meddelande: 'Skicka gärna era stadgar.',
      });
      assert.equal(res.statusCode, 303);
      assert.equal((await getWorkflow(t.ctx, e.orgnr))?.enterprise.status, 'draft');
      assert.equal((await listVerificationsOf(t.ctx.db, e.id))[0]?.decision, 'more_information');
      await drainJobs(t.ctx);
      const mail = await smtp.waitForMessage((m) => toOf(m) === e.editor.email);
      assert.match(mail.subject ?? '', /vi behöver fler uppgifter/);
      assert.match(text(mail), /Skicka gärna era stadgar\./);
      assert.deepEqual(linksIn(mail), [`${BASE}/mitt-foretag`]);

      // Deciding again on what is no longer pending is refused with a clear page.
      const again = await coordinator.post(`/samordning/foretag/${e.orgnr}/beslut`, {
        beslut: 'godkann',
        ...allCriteria,
      });
      assert.equal(again.statusCode, 409);
      assert.match(again.body, /väntar inte på granskning/);
      assert.equal((await getWorkflow(t.ctx, e.orgnr))?.enterprise.status, 'draft');
    });

    it('rejects only with a reason, which is e-mailed', async () => {
      const e = await pendingEnterprise('Kommunens eget AB');
      const noReason = await coordinator.post(`/samordning/foretag/${e.orgnr}/beslut`, {
        beslut: 'avslag',
        ...allCriteria,
      });
      assert.equal(noReason.statusCode, 400);
      assert.match(noReason.body, /Skriv varför ansökan avslås/);
      assert.equal((await getWorkflow(t.ctx, e.orgnr))?.enterprise.status, 'pending');

      const res = await coordinator.post(`/samordning/foretag/${e.orgnr}/beslut`, {
        beslut: 'avslag',
        meddelande: 'Bolaget ägs helt av kommunen.',
      });
      assert.equal(res.statusCode, 303);
      assert.equal((await getWorkflow(t.ctx, e.orgnr))?.enterprise.status, 'draft');
      await drainJobs(t.ctx);
      const mail = await smtp.waitForMessage((m) => toOf(m) === e.editor.email);
      assert.match(mail.subject ?? '', /inte godkänd/);
      assert.match(text(mail), /Bolaget ägs helt av kommunen\./);
    });

    it('archives with a reason: the profile is gone, the history kept, and it cannot be archived twice', async () => {
      const facts = await insertEnterprise(t.ctx.db, { name: 'Nedlagda tvätteriet' }, 'published');
      const id = (await enterpriseIdByOrgnr(t.ctx.db, facts.orgnr))!;
      assert.equal((await t.app.inject(`/foretag/${facts.orgnr}`)).statusCode, 200);

      const noReason = await coordinator.post(`/samordning/foretag/${facts.orgnr}/arkivera`, { anledning: ' ' });
      assert.equal(noReason.statusCode, 400);
      assert.match(noReason.body, /Skriv varför företaget arkiveras/);

      // The start page's form opens any enterprise by its number, written any common way.
      const found = await coordinator.get(`/samordning/foretag?orgnr=${facts.orgnr.replace('-', '')}`);
      assert.equal(found.statusCode, 303);
      assert.equal(found.headers.location, `/samordning/foretag/${facts.orgnr}`);

      const res = await coordinator.post(`/samordning/foretag/${facts.orgnr}/arkivera`, {
        anledning: 'Verksamheten avvecklad 2026-10-01',
      });
      assert.equal(res.statusCode, 303);
      assert.equal((await t.app.inject(`/foretag/${facts.orgnr}`)).statusCode, 404, 'no longer public');
      const w = (await getWorkflow(t.ctx, facts.orgnr))!;
      assert.equal(w.enterprise.status, 'archived');
      assert.equal(w.archivedReason, 'Verksamheten avvecklad 2026-10-01');
      assert.equal(w.enterprise.name, 'Nedlagda tvätteriet', 'nothing deleted');
      const [version] = await listVersionsOf(t.ctx.db, id);
      assert.equal(version?.action, 'archived');
      const audits = await listAuditEvents(t.ctx.db, { action: 'enterprise_archived', offset: 0, limit: 50 });
      assert.ok(audits.rows.some((a) => a.subject === facts.orgnr));

      const page = await coordinator.get(`/samordning/foretag/${facts.orgnr}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Verksamheten avvecklad 2026-10-01/);
      assert.match(page.body, /Arkiverat/);
      assert.doesNotMatch(page.body, /action="[^"]*\/arkivera"/, 'no archive form once archived');
      const twice = await coordinator.post(`/samordning/foretag/${facts.orgnr}/arkivera`, { anledning: 'igen' });
      assert.equal(twice.statusCode, 409);
    });

    it('refuses a decision on facts that changed after the page was opened (withdrawn, changed, sent in again)', async () => {
      const e = await pendingEnterprise('Ändrade medan jag läste');
      await updateWorkflow(t.ctx.db, e.id, { registration_step: 5 });
      const shownVersion = async () => {
        const page = await coordinator.get(`/samordning/foretag/${e.orgnr}`);
        const version = /<input type="hidden" name="version" value="(\d+)"/.exec(page.body)?.[1];
        assert.ok(version, 'the decision form carries the version it shows');
        return version;
      };
      const opened = await shownVersion();

      // Meanwhile the editor withdraws, changes the description and sends it in again.
      const editor = new TestBrowser(t);
      await editor.signIn(e.editor.email);
      assert.equal((await editor.post('/mitt-foretag/dra-tillbaka')).statusCode, 303);
      const changed = await editor.post('/mitt-foretag/steg/1', {
        name: e.name,
        legalForm: 'ekonomisk_forening',
        description: 'Nu säljer vi något helt annat.',
        municipality: '0180',
        action: 'later',
      });
      assert.equal(changed.statusCode, 303, changed.body.slice(0, 2000));
      assert.equal((await editor.post('/mitt-foretag/skicka')).headers.location, '/mitt-foretag?skickat=1');
      assert.equal((await getWorkflow(t.ctx, e.orgnr))?.enterprise.status, 'pending');

      const approve = (version: string) =>
        coordinator.post(`/samordning/foretag/${e.orgnr}/beslut`, { beslut: 'godkann', ...allCriteria, version });
      const stale = await approve(opened);
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /har ändrats sedan du öppnade sidan/);
      assert.match(stale.body, new RegExp(`href="/samordning/foretag/${e.orgnr}"`));
      assert.equal((await getWorkflow(t.ctx, e.orgnr))?.enterprise.status, 'pending');
      assert.equal((await listVerificationsOf(t.ctx.db, e.id)).length, 0);

      // Opened again, the page shows the new facts and its form the new version: now it goes through.
      const reopened = await shownVersion();
      assert.ok(Number(reopened) > Number(opened));
      assert.match((await coordinator.get(`/samordning/foretag/${e.orgnr}`)).body, /Nu säljer vi något helt annat\./);
      assert.equal((await approve(reopened)).statusCode, 303);
      const w = await getWorkflow(t.ctx, e.orgnr);
      assert.equal(w?.enterprise.status, 'published');
      assert.equal(w?.enterprise.description, 'Nu säljer vi något helt annat.');
    });

    it('keeps enterprise editors and buyers out, and refuses a decision without the CSRF token', async () => {
      const e = await pendingEnterprise('Skyddade föreningen');
      for (const role of ['enterprise_editor', 'buyer'] as const) {
        const { browser } = await signedIn(t, role, role === 'enterprise_editor' ? { enterpriseId: e.id } : {});
        assert.equal((await browser.get('/samordning')).statusCode, 403, role);
        assert.equal((await browser.get(`/samordning/foretag/${e.orgnr}`)).statusCode, 403, role);
        const post = await browser.post(`/samordning/foretag/${e.orgnr}/beslut`, { beslut: 'godkann', ...allCriteria });
        assert.equal(post.statusCode, 403, role);
      }
      const noToken = await coordinator.post(
        `/samordning/foretag/${e.orgnr}/beslut`,
        { beslut: 'godkann', ...allCriteria },
        { csrf: false },
      );
      assert.equal(noToken.statusCode, 403);
      assert.equal((await getWorkflow(t.ctx, e.orgnr))?.enterprise.status, 'pending');
    });

    it('answers an unknown or malformed org.nr with a clear message', async () => {
      const nobody = nextOrgnr();
      assert.equal((await coordinator.get(`/samordning/foretag/${nobody}`)).statusCode, 404);
      assert.equal((await coordinator.get('/samordning/foretag/inte-ett-nummer')).statusCode, 404);
      const malformed = await coordinator.get('/samordning/foretag?orgnr=12345');
      assert.equal(malformed.statusCode, 400);
      assert.match(malformed.body, /tio siffror/);
      const unknown = await coordinator.get(`/samordning/foretag?orgnr=${nobody}`);
      assert.equal(unknown.statusCode, 404);
      assert.match(unknown.body, /Det finns inget företag med det organisationsnumret/);
    });
  });
}
