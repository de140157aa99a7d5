import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { useCli } from '../../../app/testing/cli.js';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { signedIn, type TestBrowser } from '../../../platform/testing/auth.js';
import { CRITERIA } from '../coordination/verification.schema.js';
import { getWorkflow } from '../enterprise/workflow.service.js';
import { pageText as text, uploadFile as upload } from '../testing/upload.js';
import { insertEnterprise } from '../testing/factories.js';
import { up as migrate0007 } from '../migrations/0007_criteria_review.js';

/**
 * Issue 9 §2: an import is not a review. Without the coordinator's attestation new enterprises
 * are public but marked "imported, not reviewed" (profile, directory, API) and wait in the queue;
 * with it they are reviewed by that coordinator, and the audit log says so.
 */
const T0 = new Date('2026-11-24T10:00:00Z');
const EXAMPLE_PATH = join(process.cwd(), 'tests/fixtures/import/exempel.csv');
const EXAMPLE = readFileSync(EXAMPLE_PATH);
const ORGNR = '799900-1014';
const allCriteria = Object.fromEntries(CRITERIA.map((c) => [`kriterium-${c}`, '1']));

for (const kind of testDatabaseKinds()) {
  describe(`import and the criteria review (${kind})`, () => {
    let t: TestApp;
    let coordinator: TestBrowser;
    before(async () => {
      t = await openTestApp(kind, T0);
      coordinator = (await signedIn(t, 'coordinator', { email: 'sara@example.se', name: 'Sara Samordnare' })).browser;
    });
    after(async () => {
      await t?.close();
    });
    beforeEach(async () => {
      await t.ctx.db.deleteFrom('enterprise_verification').execute();
      await t.ctx.db.deleteFrom('enterprise_version').execute();
      await t.ctx.db.deleteFrom('enterprise').execute();
      await t.ctx.db.deleteFrom('audit_event').where('action', '=', 'import').execute();
    });
    const importEvent = () =>
      t.ctx.db.selectFrom('audit_event').selectAll().where('action', '=', 'import').executeTakeFirstOrThrow();

    it('the preview offers the attestation; without it the enterprises say "imported, not reviewed" everywhere and wait in the queue', async () => {
      const location = (await upload(coordinator, 'exempel.csv', EXAMPLE)).headers.location as string;
      const preview = await coordinator.get(location);
      assert.match(preview.body, /name="granskat"/);
      assert.match(text(preview.body), /Jag har granskat filens företag mot de fyra ASF-kriterierna/);
      const done = await coordinator.post(location, {});
      assert.equal(done.statusCode, 200);
      assert.match(text(done.body), /Nya företag visas som ”Importerad – ej granskad mot kriterierna”/);
      assert.match(done.body, /href="\/samordning\/granskning"/);
      assert.equal((await importEvent()).details.criteriaAttested, undefined);

      const profile = await t.app.inject(`/foretag/${ORGNR}`);
      assert.equal(profile.statusCode, 200);
      assert.match(text(profile.body), /Importerad – ej granskad mot kriterierna/);
      assert.doesNotMatch(profile.body, /Verifierad/);
      const hit = await t.app.inject(`/foretag?q=Exempelringen`);
      assert.match(hit.body, /class="badge badge-unreviewed">Importerad – ej granskad mot kriterierna</);
      const api = (await t.app.inject(`/api/v1/enterprises/${ORGNR}`)).json();
      assert.equal(api.criteriaReview, 'imported_not_reviewed');
      assert.equal(api.verifiedAt, null);
      const list = (await t.app.inject(`/api/v1/enterprises?q=Exempelringen`)).json();
      assert.equal(list.items[0].criteriaReview, 'imported_not_reviewed');

      const queue = await coordinator.get('/samordning/granskning');
      assert.match(text(queue.body), /Importerade, ej granskade mot kriterierna/);
      assert.match(text(queue.body), /10 importerade företag är inte granskade/);
      assert.match(queue.body, new RegExp(`href="/samordning/foretag/${ORGNR}"`));
      assert.match(
        text((await coordinator.get('/samordning')).body),
        /10 importerade företag är ännu inte granskade mot kriterierna/,
      );

      // The coordinator reviews one from the queue with the same four criteria: it stays public, now reviewed.
      const page = await coordinator.get(`/samordning/foretag/${ORGNR}`);
      assert.match(page.body, /Godkänn och publicera/);
      const version = /name="version" value="(\d+)"/.exec(page.body)?.[1];
      const res = await coordinator.post(`/samordning/foretag/${ORGNR}/beslut`, {
        beslut: 'godkann',
        version: version!,
        ...allCriteria,
      });
      assert.equal(res.statusCode, 303);
      const w = (await getWorkflow(t.ctx, ORGNR))!;
      assert.equal(w.enterprise.status, 'published');
      assert.equal(w.enterprise.verifiedAt?.toISOString(), T0.toISOString());
      assert.match(w.verifiedBy ?? '', /Sara Samordnare/);
      assert.match(text((await t.app.inject(`/foretag/${ORGNR}`)).body), /Verifierad 24 november 2026/);
      assert.equal((await t.app.inject(`/api/v1/enterprises/${ORGNR}`)).json().criteriaReview, 'reviewed');
      assert.match(text((await coordinator.get('/samordning/granskning')).body), /9 importerade företag/);
    });

    it('ticked at import: reviewed by the importing coordinator, now, and recorded in the audit log', async () => {
      const location = (await upload(coordinator, 'exempel.csv', EXAMPLE)).headers.location as string;
      const done = await coordinator.post(location, { granskat: '1' });
      assert.equal(done.statusCode, 200);
      assert.match(text(done.body), /Företagen är märkta som granskade mot de fyra kriterierna av dig/);
      const event = await importEvent();
      assert.equal(event.details.criteriaAttested, true);
      const w = (await getWorkflow(t.ctx, ORGNR))!;
      assert.equal(w.enterprise.verifiedAt?.toISOString(), T0.toISOString());
      assert.equal(w.verifiedBy, 'Sara Samordnare <sara@example.se>');
      assert.match(text((await t.app.inject(`/foretag/${ORGNR}`)).body), /Verifierad 24 november 2026/);
      assert.doesNotMatch((await t.app.inject(`/foretag?q=Exempelringen`)).body, /badge-unreviewed/);
      assert.equal((await t.app.inject(`/api/v1/enterprises/${ORGNR}`)).json().criteriaReview, 'reviewed');
      assert.match(
        text((await coordinator.get('/samordning/granskning')).body),
        /Alla importerade företag är granskade/,
      );
    });

    it('migration 0007 takes "Verifierad" from enterprises an import made before, and only from them', async () => {
      const location = (await upload(coordinator, 'exempel.csv', EXAMPLE)).headers.location as string;
      await coordinator.post(location, {});
      // As an import before issue 9 left them: verified at the import, by nobody.
      await t.ctx.db.updateTable('enterprise').set({ verified_at: T0 }).execute();
      const decided = await insertEnterprise(t.ctx.db, { name: 'Beslutade gården' });
      await migrate0007(t.ctx.db as unknown as Kysely<unknown>);
      const imported = (await getWorkflow(t.ctx, ORGNR))!;
      assert.equal(imported.enterprise.verifiedAt, null);
      const kept = (await getWorkflow(t.ctx, decided.orgnr))!;
      assert.ok(kept.enterprise.verifiedAt, 'an enterprise no import made keeps its verification');
    });
  });
}

describe('asf import enterprises --granskat', () => {
  const { run } = useCli('asf-import-attest-');
  it('without the flag says the enterprises wait in the queue; with it they are reviewed', async () => {
    const help = await run(['import', 'enterprises', '--help']);
    assert.match(help.text, /--granskat/);
    const first = await run(['import', 'enterprises', EXAMPLE_PATH]);
    assert.equal(first.code, 0, first.text);
    assert.match(first.text, /Nya företag visas som "Importerad – ej granskad mot kriterierna"/);
    const unreviewed = await run(['export', 'enterprises', '--format', 'json']);
    assert.equal(unreviewed.code, 0, unreviewed.text);
    assert.match(unreviewed.text, /"criteriaReview": "imported_not_reviewed"/);
    assert.doesNotMatch(unreviewed.text, /"criteriaReview": "reviewed"/);

    const changed = readFileSync(EXAMPLE_PATH, 'utf8').replace(
      'Kooperativet Exempelringen',
      'Kooperativet Exempelringen ek. för.',
    );
    const { writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = join(tmpdir(), `asf-attest-${process.pid}.csv`);
    writeFileSync(path, changed);
    const second = await run(['import', 'enterprises', path, '--granskat']);
    assert.equal(second.code, 0, second.text);
    assert.match(second.text, /Företagen är märkta som granskade mot de fyra kriterierna \(--granskat\)/);
    const reviewed = await run(['export', 'enterprises', '--format', 'json', '--q', 'Exempelringen']);
    assert.match(reviewed.text, /"criteriaReview": "reviewed"/);
    assert.match(reviewed.text, /"verifiedAt": "\d{4}-\d\d-\d\dT/);
  });
});
