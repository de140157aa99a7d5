import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { insertOrganisation } from '../../../platform/auth/user.repository.js';
import { createTestUser } from '../../../platform/testing/auth.js';
import { enterpriseIdByOrgnr } from '../../register/testing/internals.js';
import { insertEnterprise } from '../../register/testing/factories.js';
import { contextWithFollowupTables, type FollowupContext } from '../db.js';
import { sendFirstStartReminders } from './contract.reminders.js';
import { createContract, followUp, reportFulfilment } from './contract.service.js';

for (const kind of testDatabaseKinds()) {
  describe(`reminders before a first-start deadline (${kind})`, () => {
    let t: TestApp;
    let ctx: FollowupContext;
    let falun: number;
    let supplier: number;
    let editor: { id: number; email: string };
    let buyer: { id: number; email: string };
    before(async () => {
      // 25 days before the deadline of a contract that started 1 July with six months to the first start.
      t = await openTestApp(kind, new Date('2026-12-07T10:00:00Z'));
      ctx = contextWithFollowupTables(t.ctx);
      falun = await insertOrganisation(t.ctx.db, {
        name: 'Falu kommun',
        kind: 'kommun',
        countyCode: '20',
        municipalityCode: '2080',
        now: t.ctx.now(),
      });
      supplier = (await enterpriseIdByOrgnr(
        t.ctx.db,
        (await insertEnterprise(t.ctx.db, { name: 'Tvätteriet' })).orgnr,
      ))!;
      editor = await createTestUser(t, 'enterprise_editor', { enterpriseId: supplier });
      buyer = await createTestUser(t, 'buyer', { organisationId: falun });
    });
    after(() => t?.close());

    const contract = (title: string, starts: string, createdBy: number | null = buyer.id) =>
      createContract(
        ctx,
        {
          buyerOrganisationId: falun,
          title,
          opportunityId: null,
          lotPosition: null,
          supplierEnterpriseId: supplier,
          supplierName: 'Tvätteriet',
          starts,
          ends: '2028-06-30',
          value: null,
          currency: 'SEK',
          reservation: null,
          commitments: [
            {
              form: 'new_hire',
              requirement: 'hard',
              targetGroup: 'unga',
              persons: 1,
              months: 12,
              firstStartWithinMonths: 6,
              metShare: 0.75,
            },
          ],
        },
        createdBy,
      );

    it('tells the supplier and the buyer once, only of commitments near their deadline with nobody started', async () => {
      await contract('Tvätt utan start', '2026-07-01');
      const started = await contract('Tvätt med start', '2026-07-01');
      // Made from an award notice: entered by no one, so the organisation's buyers hear.
      await contract('Tvätt långt kvar', '2026-11-01', null);
      const [f] = (await followUp(ctx, { partyOrganisationId: falun }, '2026-12-07')).filter(
        (x) => x.contract.id === started,
      );
      const report = await reportFulfilment(
        ctx,
        { role: 'supplier', userId: editor.id, enterpriseId: supplier },
        f!.commitments[0]!.id,
        {
          on: '2026-11-20',
          started: '1',
        },
      );
      assert.equal(report.ok, true);

      assert.equal(await sendFirstStartReminders(ctx), 1);
      const mails = await t.ctx.db
        .selectFrom('mail_outbox')
        .select(['to_address', 'subject', 'text_body as text'])
        .execute();
      assert.deepEqual(mails.map((m) => m.to_address).sort(), [buyer.email, editor.email].sort());
      for (const m of mails) assert.equal(m.subject, 'Påminnelse: första start i avtalet Tvätt utan start');
      const toEditor = mails.find((m) => m.to_address === editor.email)!;
      assert.match(toEditor.text, /senast 1 januari 2027/);
      assert.match(toEditor.text, /\/mitt-foretag\/avtal\/\d+/);
      assert.match(mails.find((m) => m.to_address === buyer.email)!.text, /\/uppfoljning\/avtal\/\d+/);

      assert.equal(await sendFirstStartReminders(ctx), 0, 'once');
      t.setNow(new Date('2027-04-05T10:00:00Z'));
      assert.equal(await sendFirstStartReminders(ctx), 1, 'the later contract, when its turn comes');
      const later = await t.ctx.db
        .selectFrom('mail_outbox')
        .select('to_address')
        .where('subject', '=', 'Påminnelse: första start i avtalet Tvätt långt kvar')
        .execute();
      assert.deepEqual(later.map((m) => m.to_address).sort(), [buyer.email, editor.email].sort());
    });
  });
}
