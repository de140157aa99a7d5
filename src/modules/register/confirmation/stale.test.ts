import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createTestUser, signedIn } from '../../../platform/testing/auth.js';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { runConfirmationScan } from './confirmation.service.js';
import { enterpriseIdByOrgnr } from '../enterprise/enterprise.service.js';
import { insertEnterprise } from '../testing/factories.js';
import { getWorkflow } from '../enterprise/workflow.service.js';

const START = new Date('2026-11-24T10:00:00Z');

for (const kind of testDatabaseKinds()) {
  describe(`stale profiles for coordinators, and expired certifications (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(kind, START);
    });
    after(async () => {
      await t?.close();
    });

    async function verifiedOn(name: string, verifiedAt: Date, editor = false) {
      const facts = await insertEnterprise(t.ctx.db, { name, email: null });
      const id = (await enterpriseIdByOrgnr(t.ctx.db, facts.orgnr))!;
      await sql`update enterprise set verified_at = ${verifiedAt} where id = ${id}`.execute(t.ctx.db);
      if (editor)
        await createTestUser(t, 'enterprise_editor', { enterpriseId: id, email: `red-${facts.orgnr}@foretag.se` });
      return { ...facts, id };
    }

    test('only coordinators and admins see the list; an empty list says so', async () => {
      const anonymous = await t.app.inject({ method: 'GET', url: '/samordning/inaktuella' });
      assert.equal(anonymous.statusCode, 303);
      const { browser: editor } = await signedIn(t, 'enterprise_editor');
      assert.equal((await editor.get('/samordning/inaktuella')).statusCode, 403);
      const { browser } = await signedIn(t, 'coordinator');
      const page = await browser.get('/samordning/inaktuella');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Alla profiler är bekräftade/);
      assert.doesNotMatch(page.body, /<table/);
      assert.equal((await browser.get('/samordning/inaktuella?sida=noll')).statusCode, 400);
      assert.equal((await browser.get('/samordning/inaktuella?sida=3')).statusCode, 404);
    });

    test('the list shows lapsed and soon-due profiles with their reminders, and the figures', async () => {
      const now = new Date('2027-12-01T10:00:00Z');
      const lapsed = await verifiedOn('Förfallna föreningen', new Date('2026-11-15T10:00:00Z'), true);
      const soon = await verifiedOn('Snart förfallna AB', new Date('2026-12-20T10:00:00Z'), true);
      const fresh = await verifiedOn('Nyss granskade', new Date('2027-10-01T10:00:00Z'), true);
      const onTime = await verifiedOn('I tid ekonomisk förening', new Date('2026-12-10T10:00:00Z'), true);
      const late = await verifiedOn('Sent omsider', new Date('2026-11-20T10:00:00Z'), true);

      t.setNow(now);
      await runConfirmationScan(t.ctx);
      assert.equal((await getWorkflow(t.ctx, late.orgnr))?.enterprise.status, 'needs_reverification');
      for (const e of [onTime, late]) {
        const { browser } = await signedIn(t, 'enterprise_editor', { enterpriseId: e.id });
        assert.equal((await browser.post('/mitt-foretag/bekrafta')).statusCode, 303);
      }

      const { browser } = await signedIn(t, 'coordinator');
      const page = await browser.get('/samordning/inaktuella');
      assert.equal(page.statusCode, 200);
      const body = page.body;
      assert.match(body, /<caption id="inaktuella-tabell">Profiler som behöver bekräftas<\/caption>/);
      const rowOf = (orgnr: string) => body.match(new RegExp(`<tr><td>${orgnr}</td>.*?</tr>`))?.[0] ?? '';
      assert.match(
        rowOf(lapsed.orgnr),
        /Förfallna föreningen.*Inte bekräftad.*15 november 2026.*15 november 2027.*<td>2<\/td><td>1 december 2027<\/td>/,
      );
      assert.match(
        rowOf(soon.orgnr),
        /Snart förfallna AB.*Bekräftas snart.*20 december 2027.*<td>1<\/td><td>1 december 2027<\/td>/,
      );
      for (const e of [fresh, onTime, late]) assert.equal(rowOf(e.orgnr), '', `${e.name} is not stale`);
      assert.ok(body.indexOf(lapsed.orgnr) < body.indexOf(soon.orgnr), 'oldest first');

      const figure = (term: string) => body.match(new RegExp(`<dt>${term}</dt><dd>(.*?)</dd>`))?.[1];
      assert.equal(figure('Bekräftade de senaste 12 månaderna'), '2');
      assert.equal(figure('Ska bekräfta inom en månad'), '1');
      assert.equal(figure('Inte bekräftade i tid'), '1');
      assert.equal(figure('Andel bekräftade i tid'), '50\u00a0% (1 av 2)');
    });

    test('a certification past its valid-until date stops counting in the filter', async () => {
      const name = 'Certifierade kooperativet Östra';
      const e = await insertEnterprise(t.ctx.db, {
        name,
        certifications: [{ name: 'Skoopi-certifiering', issuer: 'Skoopi', validUntil: '2028-03-31' }],
      });
      const search = () =>
        t.app.inject({
          method: 'GET',
          url: `/foretag?certifierad=1&q=${encodeURIComponent('Certifierade kooperativet')}`,
        });
      t.setNow(new Date('2028-03-31T10:00:00Z'));
      assert.match((await search()).body, new RegExp(e.orgnr), 'on its last day it counts');
      t.setNow(new Date('2028-04-01T10:00:00Z'));
      const res = await search();
      assert.equal(res.statusCode, 200);
      assert.doesNotMatch(res.body, new RegExp(e.orgnr));
      const all = await t.app.inject({
        method: 'GET',
        url: `/foretag?q=${encodeURIComponent('Certifierade kooperativet')}`,
      });
      assert.match(all.body, new RegExp(e.orgnr), 'still in the register, only not as certified');
    });
  });
}
