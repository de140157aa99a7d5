import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ParsedMail } from 'mailparser';
import { listAuditEvents } from '../../../platform/audit/audit.repository.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';
import { drainJobs } from '../../../platform/jobs/worker.js';
import { createTestUser, signedIn, type TestBrowser } from '../../../platform/testing/auth.js';
import { startTestSmtp, type TestSmtp } from '../../../platform/testing/smtp.js';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { enterpriseIdByOrgnr, factsOf, getEnterprise } from './enterprise.service.js';
import type { EnterpriseFacts } from './enterprise.types.js';
import { findVersion, listVersionsOf } from './history.repository.js';
import { insertEnterprise } from '../testing/factories.js';
import { getWorkflow, transition, updateFacts } from './workflow.service.js';

const T0 = new Date('2026-11-24T10:00:00Z');
const toOf = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address;

for (const kind of testDatabaseKinds()) {
  describe(`coordinator's feed of changes (${kind})`, () => {
    let t: TestApp;
    let smtp: TestSmtp;
    let coordinator: TestBrowser;

    /** A published enterprise and its editor, who then changes the facts as the edit form does. */
    async function publishedWithEditor(name: string) {
      const facts = await insertEnterprise(t.ctx.db, { name }, 'published');
      const id = (await enterpriseIdByOrgnr(t.ctx.db, facts.orgnr))!;
      const user = await createTestUser(t, 'enterprise_editor', { enterpriseId: id, name: 'Rut Redaktör' });
      const editor: CurrentUser = {
        id: user.id,
        email: user.email,
        name: 'Rut Redaktör',
        role: 'enterprise_editor',
        enterpriseId: id,
        organisationId: null,
      };
      const change = async (patch: Partial<EnterpriseFacts>) => {
        const current = factsOf((await getEnterprise(t.ctx.db, facts.orgnr))!);
        return updateFacts(
          t.ctx,
          editor,
          facts.orgnr,
          { ...current, ...patch },
          {
            source: 'enterprise',
            groups: ['basics', 'employees'],
          },
        );
      };
      return { facts, id, editor, change };
    }

    before(async () => {
      smtp = await startTestSmtp();
      t = await openTestApp(kind, T0, { SMTP_URL: smtp.url, BASE_URL: 'https://asf.example.se' });
      ({ browser: coordinator } = await signedIn(t, 'coordinator', { name: 'Sara Samordnare' }));
    });
    after(async () => {
      await t?.close();
      await smtp?.close();
    });

    it('shows a flagged change with its values before and after, and counts it on the start page', async () => {
      const e = await publishedWithEditor('Flaggade föreningen');
      const { flagged } = await e.change({
        legalForm: 'aktiebolag',
        employees: { total: 10, targetGroup: 2, reportedOn: '2026-11-20' },
      });
      assert.deepEqual(flagged, ['legalForm', 'employees']);

      const feed = await coordinator.get('/samordning/andringar');
      assert.equal(feed.statusCode, 200);
      assert.match(feed.body, /Flaggade föreningen/);
      assert.match(feed.body, /Ändrat av Rut Redaktör/);
      assert.match(feed.body, /<td>Ekonomisk förening<\/td>\s*<td>Aktiebolag<\/td>/);
      assert.match(feed.body, /10 anställda, varav 5 ur målgruppen \(50\s%\)/);
      assert.match(feed.body, /10 anställda, varav 2 ur målgruppen \(20\s%\)/);
      assert.match((await coordinator.get('/samordning')).body, /1 ändring att granska/);
    });

    it('reverts the latest change: the public profile shows the facts from before, recorded and e-mailed', async () => {
      const e = await publishedWithEditor('Återställda kooperativet');
      const { versionId } = await e.change({ legalForm: 'aktiebolag' });
      assert.match((await t.app.inject(`/foretag/${e.facts.orgnr}`)).body, /Aktiebolag/);

      const res = await coordinator.post(`/samordning/andringar/${versionId}/aterstall`, {
        anledning: 'Stadgarna visar att ni fortfarande är en ekonomisk förening.',
        visa: 'flaggade',
        sida: '1',
      });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/samordning/andringar?klart=aterstalld');

      const profile = await t.app.inject(`/foretag/${e.facts.orgnr}`);
      assert.match(profile.body, /Ekonomisk förening/);
      assert.doesNotMatch(profile.body, /Aktiebolag/);
      const [revert, original] = await listVersionsOf(t.ctx.db, e.id);
      assert.equal(revert?.action, 'reverted');
      assert.equal(revert?.actor_label.startsWith('Sara Samordnare'), true);
      assert.ok(revert?.reviewed_at, "a coordinator's own revert needs no review");
      assert.equal(original?.id, versionId);
      assert.equal((await findVersion(t.ctx.db, versionId))?.reverted_by_version, revert?.id);
      const audits = await listAuditEvents(t.ctx.db, { action: 'enterprise_reverted', offset: 0, limit: 50 });
      assert.ok(audits.rows.some((a) => a.subject === e.facts.orgnr));

      await drainJobs(t.ctx);
      const mail = await smtp.waitForMessage((m) => toOf(m) === e.editor.email);
      assert.match(mail.subject ?? '', /en ändring är återställd/);
      assert.match(mail.text ?? '', /Företagsform/);
      assert.match(mail.text ?? '', /fortfarande är en ekonomisk förening/);

      const again = await coordinator.post(`/samordning/andringar/${versionId}/aterstall`, {});
      assert.equal(again.statusCode, 409);
      assert.match(again.body, /redan återställd/);
    });

    it('refuses to revert a change that a later change followed, and changes nothing', async () => {
      const e = await publishedWithEditor('Ändrade två gånger');
      const first = await e.change({ legalForm: 'aktiebolag' });
      await e.change({ certifications: [{ name: 'Skoopi', issuer: null, validUntil: '2027-12-31' }] });
      const feed = await coordinator.get('/samordning/andringar');
      assert.match(feed.body, /Bara den senaste ändringen kan återställas/);

      const res = await coordinator.post(`/samordning/andringar/${first.versionId}/aterstall`, {});
      assert.equal(res.statusCode, 409);
      assert.match(res.body, /senare ändringarna går förlorade/);
      const now = (await getEnterprise(t.ctx.db, e.facts.orgnr))!;
      assert.equal(now.legalForm, 'aktiebolag');
      assert.equal(now.certifications.length, 1);
    });

    it('marks a change reviewed: it leaves the default list and shows as reviewed under all flagged', async () => {
      const e = await publishedWithEditor('Granskade gården');
      const { versionId } = await e.change({ legalForm: 'stiftelse' });
      const res = await coordinator.post(`/samordning/andringar/${versionId}/granskad`, {
        visa: 'flaggade',
        sida: '1',
      });
      assert.equal(res.statusCode, 303);
      assert.equal((await findVersion(t.ctx.db, versionId))?.reviewed_by_label?.startsWith('Sara Samordnare'), true);
      assert.doesNotMatch((await coordinator.get('/samordning/andringar')).body, /Granskade gården/);
      const all = await coordinator.get('/samordning/andringar?visa=alla-flaggade');
      assert.match(all.body, /Granskade gården/);
      assert.match(all.body, /Granskad .* av Sara Samordnare/);
    });

    it('lists unflagged changes only under all changes, and answers a bad filter or reason clearly', async () => {
      const e = await publishedWithEditor('Ny beskrivning AB');
      const { versionId, flagged } = await e.change({ description: 'Vi lagar cyklar.' });
      assert.deepEqual(flagged, []);
      assert.doesNotMatch(
        (await coordinator.get('/samordning/andringar?visa=alla-flaggade')).body,
        /Ny beskrivning AB/,
      );
      const all = await coordinator.get('/samordning/andringar?visa=alla');
      assert.match(all.body, /Ny beskrivning AB/);
      assert.match(all.body, /Andra ändrade uppgifter: Beskrivning/);

      const bad = await coordinator.get('/samordning/andringar?visa=allt');
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Välj vilka ändringar som ska visas/);

      const tooLong = await coordinator.post(`/samordning/andringar/${versionId}/aterstall`, {
        anledning: 'x'.repeat(4001),
        visa: 'alla',
      });
      assert.equal(tooLong.statusCode, 400);
      assert.match(tooLong.body, new RegExp(`href="#anledning-${versionId}"`));
      assert.equal((await getEnterprise(t.ctx.db, e.facts.orgnr))?.description, 'Vi lagar cyklar.');
    });

    it('refuses to revert a change of an archived enterprise, and changes nothing', async () => {
      const e = await publishedWithEditor('Arkiverade föreningen');
      const { versionId } = await e.change({ legalForm: 'aktiebolag' });
      await t.ctx.db.transaction().execute((trx) =>
        transition(trx, t.ctx, { system: 'Testet' }, { id: e.id, status: 'published' }, 'archived', {
          status: 'archived',
          archived_at: T0,
          archived_reason: 'Verksamheten avvecklad.',
        }),
      );
      const versionsBefore = (await listVersionsOf(t.ctx.db, e.id)).length;

      const res = await coordinator.post(`/samordning/andringar/${versionId}/aterstall`, { visa: 'alla', sida: '1' });
      assert.equal(res.statusCode, 409);
      assert.match(res.body, /Företaget är arkiverat/);
      assert.match(res.body, /href="\/samordning\/andringar"/);
      const w = (await getWorkflow(t.ctx, e.facts.orgnr))!;
      assert.deepEqual([w.enterprise.status, w.enterprise.legalForm], ['archived', 'aktiebolag']);
      assert.equal((await listVersionsOf(t.ctx.db, e.id)).length, versionsBefore);
      assert.equal((await findVersion(t.ctx.db, versionId))?.reverted_by_version, null);
    });

    it('refuses a revert without the CSRF token', async () => {
      const e = await publishedWithEditor('Skyddad ändring');
      const { versionId } = await e.change({ legalForm: 'aktiebolag' });
      const res = await coordinator.post(`/samordning/andringar/${versionId}/aterstall`, {}, { csrf: false });
      assert.equal(res.statusCode, 403);
      assert.equal((await getEnterprise(t.ctx.db, e.facts.orgnr))?.legalForm, 'aktiebolag');
    });
  });
}
