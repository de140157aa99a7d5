import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { insertOrganisation } from '../../../platform/auth/user.repository.js';
import { runDueJobs } from '../../../platform/jobs/worker.js';
import { createTestUser } from '../../../platform/testing/auth.js';
import { buyerUser } from '../../procurement/testing/opportunities.js';
import { giveLotClause, importNoticeAs, noticeFolders, renamed } from '../../procurement/testing/notices.js';
import { enterpriseIdByOrgnr } from '../../register/testing/internals.js';
import { insertEnterprise } from '../../register/testing/factories.js';
import { contextWithFollowupTables } from '../db.js';
import { awardsWithoutContract } from './contract.new.js';
import { followUp } from './contract.service.js';

const folders = noticeFolders();
const CLAUSE = {
  requirement: 'hard' as const,
  targetGroup: 'Personer långt från arbetsmarknaden',
  forms: ['placement' as const],
  persons: 2,
  months: 6,
  firstStartWithinMonths: 6,
  metSharePercent: 75,
};

for (const kind of testDatabaseKinds()) {
  describe(
    `contracts from award notices (${kind})`,
    { skip: folders ? false : 'no eForms examples in ../shared' },
    () => {
      let t: TestApp;
      let falun: number;
      let buyerId: number;
      let supplierId: number;
      let orgnr: string;
      before(async () => {
        t = await openTestApp(kind, new Date('2026-12-07T10:00:00Z'));
        falun = await insertOrganisation(t.ctx.db, {
          name: 'Falu kommun',
          kind: 'kommun',
          countyCode: '20',
          municipalityCode: '2080',
          now: t.ctx.now(),
        });
        buyerId = (await createTestUser(t, 'buyer', { organisationId: falun })).id;
        orgnr = (await insertEnterprise(t.ctx.db, { name: 'Gröna Rum Ekonomisk Förening' })).orgnr;
        supplierId = (await enterpriseIdByOrgnr(t.ctx.db, orgnr))!;
      });
      after(() => t?.close());

      /** The SDK's minimal call and award notices as Falu kommun's, of one procedure, the call first. */
      const notice = (file: string, noticeId: string, procedure: string) =>
        renamed(readFileSync(join(folders!.examples, file), 'utf8'), noticeId, procedure)
          .replace(/Publications Office of the European Union|Rouen Habitat/g, 'Falu kommun')
          .replace(
            '<cbc:IssueDate>2019-11-21+01:00</cbc:IssueDate>',
            '<cbc:IssueDate>2019-06-01+01:00</cbc:IssueDate>',
          );
      const vat = () => `SE${orgnr.replace('-', '')}01`;

      it('call, clause added by the buyer, award with one winner: the contract with the register’s enterprise and the clause, once', async () => {
        const buyer = buyerUser(buyerId, falun);
        const call = await importNoticeAs(t, notice('cn_24_minimal.xml', 'cn-falun', 'proc-falun'), buyer);
        assert.equal(call.status, 'created');
        const opportunityId = (call as { opportunityId: number }).opportunityId;
        await giveLotClause(t, opportunityId, 1, CLAUSE);
        const award = notice('can_24_minimal.xml', 'can-falun', 'proc-falun').replace('326 912 557', vat());
        assert.equal((await importNoticeAs(t, award, buyer)).status, 'updated');
        const row = await t.ctx.db.selectFrom('lot_award').selectAll().executeTakeFirstOrThrow();
        assert.deepEqual(row.winners, [{ name: 'Espaces Verts Lemire', orgnr: vat() }]);
        assert.equal(row.concluded_on, '2019-09-03');

        await runDueJobs(t.ctx);
        const ctx = contextWithFollowupTables(t.ctx);
        const [made] = await followUp(ctx, { partyOrganisationId: falun }, '2026-12-07');
        assert.ok(made, 'a contract');
        assert.equal(made.contract.source, 'award_notice');
        assert.equal(made.contract.supplierEnterpriseId, supplierId, 'the winner is the register’s enterprise');
        assert.equal(made.contract.supplierName, 'Gröna Rum Ekonomisk Förening');
        assert.deepEqual([made.contract.value, made.contract.currency], [95414, 'EUR']);
        assert.deepEqual(
          made.commitments.map((m) => [
            m.commitment.form,
            m.commitment.persons,
            m.commitment.months,
            m.commitment.metShare,
          ]),
          [['placement', 2, 6, 0.75]],
        );
        assert.deepEqual(
          (await followUp(ctx, { supplierEnterpriseId: supplierId }, '2026-12-07')).map((f) => f.contract.id),
          [made.contract.id],
          'the supplier sees it on its page',
        );

        // A corrected award (a newer version naming another winner) before anything is reported: it follows.
        const corrected = award.replace(vat(), 'FR326912557').replace(/(<cbc:VersionID>)[^<]*/, '$102');
        assert.equal((await importNoticeAs(t, corrected, buyer)).status, 'updated');
        await runDueJobs(t.ctx);
        const after = await followUp(ctx, { partyOrganisationId: falun }, '2026-12-07');
        assert.equal(after.length, 1, 'no second contract');
        assert.deepEqual(
          [after[0]!.contract.supplierEnterpriseId, after[0]!.contract.supplierName],
          [null, 'Espaces Verts Lemire'],
        );
      });

      it('without a clause the award waits for the buyer, the winner filled in; another buyer’s notice is not theirs', async () => {
        const buyer = buyerUser(buyerId, falun);
        const award = notice('can_24_minimal.xml', 'can-noclause', 'proc-noclause').replace('326 912 557', vat());
        assert.equal((await importNoticeAs(t, award, buyer)).status, 'created');
        await runDueJobs(t.ctx);
        const ctx = contextWithFollowupTables(t.ctx);
        assert.equal((await followUp(ctx, { partyOrganisationId: falun }, '2026-12-07')).length, 1, 'no new contract');
        const waiting = await awardsWithoutContract(ctx, falun);
        assert.deepEqual(
          waiting.lots.map((l) => l.award?.winners.map((w) => w.name)),
          [['Espaces Verts Lemire']],
        );
        // A public notice of another buyer read in by this one stays theirs to change, not their organisation's.
        const foreign = renamed(
          readFileSync(join(folders!.examples, 'can_24_minimal.xml'), 'utf8'),
          'can-rouen',
          'proc-rouen',
        );
        assert.equal((await importNoticeAs(t, foreign, buyer)).status, 'created');
        assert.equal((await awardsWithoutContract(ctx, falun)).total, 1);
      });
    },
  );
}
