import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { insertOrganisation } from '../../../platform/auth/user.repository.js';
import { createTestUser } from '../../../platform/testing/auth.js';
import { enterpriseIdByOrgnr } from '../../register/testing/internals.js';
import { insertEnterprise } from '../../register/testing/factories.js';
import { COMMITMENT_RULE } from '../commitment/commitment.rules.js';
import { contextWithFollowupTables, type FollowupContext } from '../db.js';
import { createContract, followUp, reportFulfilment } from './contract.service.js';

for (const kind of testDatabaseKinds()) {
  describe(`contracts and their commitments (${kind})`, () => {
    let t: TestApp;
    let ctx: FollowupContext;
    let falun: number;
    let borlange: number;
    let supplier: number;
    let other: number;
    let editor: number;
    let buyer: number;
    before(async () => {
      t = await openTestApp(kind, new Date('2026-12-07T10:00:00Z'));
      ctx = contextWithFollowupTables(t.ctx);
      const org = (name: string, municipalityCode: string) =>
        insertOrganisation(t.ctx.db, { name, kind: 'kommun', countyCode: '20', municipalityCode, now: t.ctx.now() });
      falun = await org('Falu kommun', '2080');
      borlange = await org('Borlänge kommun', '2081');
      supplier = (await enterpriseIdByOrgnr(
        t.ctx.db,
        (await insertEnterprise(t.ctx.db, { name: 'Tvätteriet' })).orgnr,
      ))!;
      other = (await enterpriseIdByOrgnr(t.ctx.db, (await insertEnterprise(t.ctx.db, { name: 'Någon annan' })).orgnr))!;
      editor = (await createTestUser(t, 'enterprise_editor', { enterpriseId: supplier })).id;
      buyer = (await createTestUser(t, 'buyer', { organisationId: falun })).id;
    });
    after(() => t?.close());

    const clause = {
      form: 'placement' as const,
      requirement: 'hard' as const,
      targetGroup: 'långtidsarbetslösa',
      persons: 2,
      months: 6,
      firstStartWithinMonths: COMMITMENT_RULE.firstStartWithinMonths,
      metShare: COMMITMENT_RULE.metShare,
    };

    it('a contract with a clause; the supplier reports two starts; the buyer sees it on track, then met', async () => {
      const id = await createContract(
        ctx,
        {
          buyerOrganisationId: falun,
          title: 'Tvätt av arbetskläder',
          opportunityId: null,
          lotPosition: null,
          supplierEnterpriseId: supplier,
          supplierName: 'Tvätteriet',
          starts: '2026-09-01',
          ends: '2028-08-31',
          value: 1_200_000,
          currency: 'SEK',
          reservation: 'social_integration',
          commitments: [clause],
        },
        buyer,
      );
      const [before] = await followUp(ctx, { partyOrganisationId: falun }, '2026-12-07');
      assert.equal(before!.contract.id, id);
      const commitmentId = before!.commitments[0]!.id;
      assert.equal(before!.commitments[0]!.verdict.status, 'on_track');

      const reported = await reportFulfilment(
        ctx,
        { role: 'supplier', userId: editor, enterpriseId: supplier },
        commitmentId,
        {
          on: '2026-11-15',
          offered: '3',
          started: '2',
          personMonths: '1,5',
          note: 'Två har börjat på tvätteriet.',
        },
      );
      assert.deepEqual(reported.ok, true);
      const [after] = await followUp(ctx, { supplierEnterpriseId: supplier }, '2026-12-07');
      assert.deepEqual(after!.commitments[0]!.verdict.totals, {
        offered: 3,
        started: 2,
        completed: 0,
        becameEmployment: 0,
        personMonths: 1.5,
      });
      t.setNow(new Date('2027-07-01T10:00:00Z'));
      await reportFulfilment(ctx, { role: 'buyer', userId: buyer, organisationId: falun }, commitmentId, {
        on: '2027-06-30',
        completed: '2',
        personMonths: '7,5',
      });
      const [later] = await followUp(ctx, { partyOrganisationId: falun }, '2027-07-01');
      assert.equal(later!.commitments[0]!.verdict.status, 'met', '9 of 12 person-months: 75 %');
      assert.deepEqual(
        await followUp(ctx, { partyOrganisationId: borlange }, '2027-07-01'),
        [],
        'another buyer sees none',
      );
    });

    it('refuses a personnummer, bad counts and reports from anyone but the parties, with a message each', async () => {
      const [own] = await followUp(ctx, { partyOrganisationId: falun }, '2026-12-07');
      const id = own!.commitments[0]!.id;
      const supplierSays = (form: Record<string, string>) =>
        reportFulfilment(ctx, { role: 'supplier', userId: editor, enterpriseId: supplier }, id, form);
      const pnr = await supplierSays({ on: '2026-12-01', started: '1', note: 'Anna, 19900101-1239, började i dag' });
      assert.deepEqual(pnr.ok ? [] : pnr.errors.map((e) => e.field), ['note']);
      assert.match(pnr.ok ? '' : pnr.errors[0]!.message, /personnummer/);
      const bad = await supplierSays({ on: '2026-02-30', started: 'två', personMonths: '-1' });
      assert.deepEqual(bad.ok ? [] : bad.errors.map((e) => e.field).sort(), ['on', 'personMonths', 'started']);
      const ahead = await supplierSays({ on: '2027-08-01', started: '1' });
      assert.match(ahead.ok ? '' : ahead.errors[0]!.message, /inte kommit/);
      const before = await supplierSays({ on: '2026-08-31', started: '1' });
      assert.match(before.ok ? '' : before.errors[0]!.message, /2026-09-01–2028-08-31/);
      const noDate = await supplierSays({ started: '1' });
      assert.deepEqual(noDate.ok ? [] : noDate.errors.map((e) => [e.field, e.message]), [
        ['on', 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.'],
      ]);
      const all = await supplierSays({ on: '2027-08-01', personMonths: '45', note: 'Anna 19900101-1239' });
      assert.deepEqual(
        all.ok ? [] : all.errors.map((e) => e.field).sort(),
        ['note', 'on', 'personMonths'],
        'every mistake named at once',
      );
      const slip = await supplierSays({ on: '2026-12-01', personMonths: '45' });
      assert.deepEqual(slip.ok ? [] : slip.errors.map((e) => [e.field, e.message]), [
        [
          'personMonths',
          'Fler månader än hela åtagandet (12). Skriv de månader som gjorts sedan förra rapporten, till exempel 4,5.',
        ],
      ]);
      const nothing = await supplierSays({ on: '2026-12-01' });
      assert.match(nothing.ok ? '' : nothing.errors[0]!.message, /minst ett antal/);
      const stranger = await reportFulfilment(ctx, { role: 'supplier', userId: editor, enterpriseId: other }, id, {
        on: '2026-12-01',
        started: '1',
      });
      assert.equal(stranger.ok, false);
      const otherBuyer = await reportFulfilment(ctx, { role: 'buyer', userId: buyer, organisationId: borlange }, id, {
        on: '2026-12-01',
        started: '1',
      });
      assert.equal(otherBuyer.ok, false);
      const [still] = await followUp(ctx, { partyOrganisationId: falun }, '2027-07-01');
      assert.deepEqual(
        still!.commitments[0]!.verdict.totals,
        { offered: 3, started: 2, completed: 2, becameEmployment: 0, personMonths: 9 },
        'nothing refused was stored',
      );
    });
  });
}
