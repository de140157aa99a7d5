import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { insertOrganisation } from '../../../platform/auth/user.repository.js';
import { createTestUser } from '../../../platform/testing/auth.js';
import { basics, buyerUser, lot, procurementContext } from '../testing/opportunities.js';
import { procurementAccountHooks } from './opportunity.account.js';
import { publishFindings } from './opportunity.checks.js';
import {
  changesOf,
  createOpportunity,
  endOpportunity,
  loadOpportunity,
  publishOpportunity,
  removeLot,
  saveBasics,
  saveLot,
} from './opportunity.service.js';
import { loadProcurementRules } from '../settings/settings.service.js';

for (const kind of testDatabaseKinds()) {
  describe(`opportunities (${kind})`, () => {
    let t: TestApp;
    let orgId: number;
    let buyer: ReturnType<typeof buyerUser>;
    const now = new Date('2026-12-07T10:00:00Z');
    const answers = { noLotsReason: null, dialogueHeld: true, noDialogueReason: null };
    before(async () => {
      t = await openTestApp(kind, now);
      orgId = await insertOrganisation(t.ctx.db, {
        name: 'Falu kommun',
        kind: 'kommun',
        countyCode: '20',
        municipalityCode: '2080',
        now,
      });
      const u = await createTestUser(t, 'buyer', { organisationId: orgId });
      buyer = buyerUser(u.id, orgId);
    });
    after(() => t?.close());

    it('a draft keeps what is written; publishing names each thing missing, per lot', async () => {
      const ctx = procurementContext(t);
      const id = await createOpportunity(ctx, buyer, basics({ description: '', deadlineDate: '', deadlineTime: '' }));
      const draft = (await loadOpportunity(ctx.db, id))!;
      assert.equal(draft.status, 'draft');
      assert.equal(draft.buyerName, 'Falu kommun');
      const refused = await publishOpportunity(ctx, buyer, id, answers, null);
      assert.ok(refused && !refused.ok);
      const fields = refused.findings.map((f) => f.field);
      assert.deepEqual(fields.sort(), ['deadlineDate', 'description', 'lots'].sort());
      assert.equal((await loadOpportunity(ctx.db, id))!.status, 'draft');
    });

    it('a lot reserved under 19 kap. 25 § with a main code off the list is an error naming the paragraph; fixed, it publishes', async () => {
      const ctx = procurementContext(t);
      const id = await createOpportunity(ctx, buyer, basics());
      const saved = await saveLot(
        ctx,
        buyer,
        id,
        null,
        lot({
          reservation: 'public_service_mission',
          reservationReason: 'Stöd till arbetsintegration.',
          contractMonths: '24',
        }),
      );
      assert.ok(saved?.ok);
      assert.equal(saved.value.position, 1);
      const rules = await loadProcurementRules(ctx.db);
      const findings = publishFindings(saved.value.opportunity, rules, now);
      const reservation = findings.find((f) => f.field === 'mainCpv');
      assert.match(
        reservation!.message,
        /90911200 \(Städning av byggnader\) får inte reserveras enligt LOU 19 kap\. 25 §/,
      );
      assert.ok(
        findings.some((f) => f.field === 'noLotsReason'),
        'one lot: the form asks why',
      );

      const fixed = await saveLot(
        ctx,
        buyer,
        id,
        1,
        lot({
          mainCpv: '85312000',
          reservation: 'public_service_mission',
          reservationReason: 'Stöd.',
          contractMonths: '24',
        }),
      );
      assert.ok(fixed?.ok);
      const published = await publishOpportunity(
        ctx,
        buyer,
        id,
        { ...answers, noLotsReason: 'En enda förskola.' },
        '127.0.0.1',
      );
      assert.ok(published?.ok, JSON.stringify(published));
      const o = (await loadOpportunity(ctx.db, id))!;
      assert.equal(o.status, 'published');
      assert.equal(o.noLotsReason, 'En enda förskola.');
    });

    it('a moved deadline is a change readers see; a change that breaks a rule is refused whole', async () => {
      const ctx = procurementContext(t);
      const id = await createOpportunity(ctx, buyer, basics());
      await saveLot(ctx, buyer, id, null, lot());
      await saveLot(ctx, buyer, id, null, lot({ title: 'Förskolor i Borlänge', place: 'Borlänge' }));
      assert.ok((await publishOpportunity(ctx, buyer, id, answers, null))?.ok);

      const moved = await saveBasics(ctx, buyer, id, basics({ deadlineDate: '2027-03-22' }));
      assert.ok(moved?.ok);
      const history = await changesOf(ctx, id);
      assert.deepEqual(
        history.map((h) => h.kind),
        ['created', 'published', 'changed'],
      );
      assert.deepEqual(history[2]!.changes, [
        { field: 'deadline', before: '2027-03-15T11:00:00.000Z', after: '2027-03-22T11:00:00.000Z' },
      ]);

      const broken = await saveLot(ctx, buyer, id, 2, lot({ title: 'Förskolor i Borlänge', place: '' }));
      assert.ok(broken && !broken.ok);
      assert.equal(broken.findings[0]!.field, 'place');
      const o = (await loadOpportunity(ctx.db, id))!;
      assert.deepEqual(o.lots[1]!.municipalityCodes, ['2081'], 'the refused change left nothing behind');
      assert.deepEqual((await changesOf(ctx, id)).length, 3);

      assert.ok(await endOpportunity(ctx, buyer, id, 'closed', null));
      assert.ok(await endOpportunity(ctx, buyer, id, 'awarded', null));
      assert.ok(!(await endOpportunity(ctx, buyer, id, 'cancelled', null)), 'an awarded one is not cancelled');
      assert.equal((await loadOpportunity(ctx.db, id))!.status, 'awarded');
    });

    it('lots stay numbered 1, 2, 3 when one is removed; the list columns follow the lots', async () => {
      const ctx = procurementContext(t);
      const id = await createOpportunity(ctx, buyer, basics());
      for (const place of ['Falun', 'Dalarnas län', 'Gävle'])
        await saveLot(ctx, buyer, id, null, lot({ title: place, place, mainCpv: '90911200' }));
      await removeLot(ctx, buyer, id, 2);
      const o = (await loadOpportunity(ctx.db, id))!;
      assert.deepEqual(
        o.lots.map((l) => [l.position, l.title]),
        [
          [1, 'Falun'],
          [2, 'Gävle'],
        ],
      );
      const row = await t.ctx.db.selectFrom('opportunity').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual([...row.county_codes].sort(), ['20', '21']);
      assert.deepEqual(row.whole_county_codes, []);
      assert.ok(row.cpv_tree.includes('90910000') && row.cpv_tree.includes('90000000'), row.cpv_tree.join());
    });

    it('a person’s changes and contact details are in their download and gone with their account', async () => {
      const ctx = procurementContext(t);
      const id = await createOpportunity(ctx, buyer, basics({ contactEmail: buyer.email }));
      const [hook] = procurementAccountHooks.personalData;
      const data = (await hook!.collect(t.ctx.db, { id: buyer.id, email: buyer.email })) as {
        changes: { opportunity_id: number }[];
        contacts: { id: number }[];
      };
      assert.ok(data.changes.some((c) => c.opportunity_id === id));
      assert.deepEqual(
        data.contacts.map((c) => c.id),
        [id],
      );
      await t.ctx.db
        .transaction()
        .execute((trx) => hook!.anonymise(trx, { id: buyer.id, email: buyer.email }, 'Borttagen användare'));
      const o = (await loadOpportunity(ctx.db, id))!;
      assert.equal(o.contactEmail, null);
      const history = await changesOf(ctx, id);
      assert.deepEqual(
        history.map((h) => h.actorLabel),
        ['Borttagen användare'],
      );
    });

    it('another organisation’s buyer may not change it', async () => {
      const ctx = procurementContext(t);
      const id = await createOpportunity(ctx, buyer, basics());
      const other = buyerUser(buyer.id + 1000, orgId + 1000);
      assert.equal(await saveBasics(ctx, other, id, basics({ title: 'Kapad' })), null);
      assert.equal((await loadOpportunity(ctx.db, id))!.title, 'Städning av förskolor i Falun');
    });
  });
}
