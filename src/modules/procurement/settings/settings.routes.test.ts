import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { createTestUser, signedIn, type TestBrowser } from '../../../platform/testing/auth.js';
import { pageText } from '../../../platform/testing/html.js';
import { publishFindings } from '../opportunity/opportunity.checks.js';
import { createOpportunity, loadOpportunity, saveLot } from '../opportunity/opportunity.service.js';
import { basics, buyerUser, lot, procurementContext } from '../testing/opportunities.js';
import { loadProcurementRules } from './settings.service.js';

for (const kind of testDatabaseKinds()) {
  describe(`procurement rules kept by an administrator (${kind})`, () => {
    let t: TestApp;
    let admin: TestBrowser;
    before(async () => {
      t = await openTestApp(kind, new Date('2027-02-01T10:00:00Z'));
      admin = (await signedIn(t, 'admin')).browser;
    });
    after(() => t?.close());

    it('lists the limits the seeds give, and is linked from /admin', async () => {
      assert.match(pageText((await admin.get('/admin')).body), /Regler för upphandling Direktupphandlingsgränser/);
      const page = pageText((await admin.get('/admin/upphandling')).body);
      assert.match(page, /2026 Sociala och andra särskilda tjänster 8 513 250 LOU 19 kap\., bilaga 2/);
      assert.match(page, /2025 Sociala och andra särskilda tjänster 8 109 450/);
    });

    it('a bad amount is named; a limit saved is what a direct procurement is warned against', async () => {
      const bad = await admin.post('/admin/upphandling/grans', {
        year: '2027',
        kind: 'general',
        amount: 'ca 700 000',
        source: 'x',
      });
      assert.equal(bad.statusCode, 400);
      assert.match(pageText(bad.body), /Skriv beloppet i hela kronor/);
      const ok = await admin.post('/admin/upphandling/grans', {
        year: '2027',
        kind: 'general',
        amount: '700 000',
        source: 'LOU 19 kap. 3 §',
      });
      assert.equal(ok.statusCode, 303);

      const ctx = procurementContext(t);
      const u = await createTestUser(t, 'buyer');
      const buyer = buyerUser(u.id, null);
      const id = await createOpportunity(ctx, buyer, basics({ kind: 'direct', noticeUrl: '' }));
      await saveLot(ctx, buyer, id, null, lot({ estimatedValue: '900 000' }));
      const o = (await loadOpportunity(ctx.db, id))!;
      const warning = publishFindings(o, await loadProcurementRules(ctx.db), t.ctx.now()).find(
        (f) => f.field === 'estimatedValue',
      );
      assert.match(
        warning!.message,
        /900\s000 kr är över direktupphandlingsgränsen för övriga varor och tjänster år 2027 \(700\s000 kr\)/,
      );
      assert.equal(warning!.severity, 'warning');

      await admin.post('/admin/upphandling/grans/ta-bort', { year: '2027', kind: 'general' });
      const gone = publishFindings(o, await loadProcurementRules(ctx.db), t.ctx.now()).find(
        (f) => f.field === 'estimatedValue',
      );
      assert.match(gone!.message, /Ingen direktupphandlingsgräns för övriga varor och tjänster år 2027 finns inlagd/);
    });

    it('the 25 a § list: codes checked, its source asked for, and then a main code off it is an error', async () => {
      const bad = await admin.post('/admin/upphandling/ideburna', { codes: '85311000, 1234', source: '' });
      assert.equal(bad.statusCode, 400);
      assert.match(pageText(bad.body), /”1234” är ingen CPV-kod/);
      assert.match(pageText(bad.body), /Skriv källan/);
      await admin.post('/admin/upphandling/ideburna', { codes: '85311000\n85312000', source: 'LOU bilaga 2a' });
      const rules = await loadProcurementRules(procurementContext(t).db);
      assert.deepEqual(rules.nonProfitCpv, { codes: ['85311000', '85312000'], source: 'LOU bilaga 2a' });

      const ctx = procurementContext(t);
      const u = await createTestUser(t, 'buyer');
      const buyer = buyerUser(u.id, null);
      const id = await createOpportunity(ctx, buyer, basics());
      await saveLot(
        ctx,
        buyer,
        id,
        null,
        lot({ reservation: 'non_profit', reservationReason: 'Idéburen verksamhet.' }),
      );
      const o = (await loadOpportunity(ctx.db, id))!;
      const error = publishFindings(o, rules, t.ctx.now()).find((f) => f.field === 'mainCpv');
      assert.match(
        error!.message,
        /får inte reserveras enligt LOU 19 kap\. 25 a §: .*\(LOU bilaga 2a\)\. Välj en huvudkod från listan, till exempel 85311000 \(Social omsorg med inkvartering\)/,
      );
      const log = await t.ctx.db
        .selectFrom('audit_event')
        .select('subject')
        .where('action', '=', 'procurement_rules_changed')
        .execute();
      assert.ok(log.some((e) => e.subject === 'list:non_profit'));
    });

    it('is for administrators only', async () => {
      const buyer = (await signedIn(t, 'buyer')).browser;
      assert.equal((await buyer.get('/admin/upphandling')).statusCode, 403);
    });
  });
}
