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
import { importNoticeAs, noticeFolders, renamed } from '../../procurement/testing/notices.js';
import { enterpriseIdByOrgnr } from '../../register/testing/internals.js';
import { insertEnterprise } from '../../register/testing/factories.js';
import { contextWithFollowupTables } from '../db.js';
import { followUp } from './contract.service.js';

const folders = noticeFolders();

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

      it('an award notice a buyer reads in makes a contract with the winner found in the register, once', async () => {
        // The SDK's minimal award notice, its winner given the enterprise's org.nr as Swedish VAT number.
        const xml = renamed(
          readFileSync(join(folders!.examples, 'can_24_minimal.xml'), 'utf8'),
          'can-falun',
          'proc-falun',
        ).replace('326 912 557', `SE${orgnr.replace('-', '')}01`);
        const buyer = buyerUser(buyerId, falun);
        const outcome = await importNoticeAs(t, xml, buyer);
        assert.equal(outcome.status, 'created');
        const award = await t.ctx.db.selectFrom('lot_award').selectAll().executeTakeFirstOrThrow();
        assert.deepEqual(award.winners, [{ name: 'Espaces Verts Lemire', orgnr: `SE${orgnr.replace('-', '')}01` }]);
        assert.equal(award.concluded_on, '2019-09-03');

        await runDueJobs(t.ctx);
        const ctx = contextWithFollowupTables(t.ctx);
        const contracts = await followUp(ctx, { buyerOrganisationId: falun }, '2026-12-07');
        assert.equal(contracts.length, 1);
        const c = contracts[0]!.contract;
        assert.equal(c.source, 'award_notice');
        assert.equal(c.supplierEnterpriseId, supplierId, 'the winner is the register’s enterprise');
        assert.equal(c.supplierName, 'Gröna Rum Ekonomisk Förening');
        assert.equal(c.value, 95414);
        assert.equal(c.currency, 'EUR');
        assert.deepEqual(
          (await followUp(ctx, { supplierEnterpriseId: supplierId }, '2026-12-07')).map((f) => f.contract.id),
          [c.id],
          'the supplier sees it on its page',
        );

        // The same award read again, as a newer version: the contract stands, no second one.
        const again = await importNoticeAs(t, xml.replace(/(<cbc:VersionID>)[^<]*/, '$102'), buyer);
        assert.equal(again.status, 'updated');
        await runDueJobs(t.ctx);
        assert.equal((await followUp(ctx, { buyerOrganisationId: falun }, '2026-12-07')).length, 1);
      });

      it('an award read from the command line is no one’s: no contract', async () => {
        const xml = renamed(readFileSync(join(folders!.examples, 'can_24_minimal.xml'), 'utf8'), 'can-cli', 'proc-cli');
        assert.equal((await importNoticeAs(t, xml, null)).status, 'created');
        await runDueJobs(t.ctx);
        const rows = await t.ctx.db.selectFrom('contract').select('id').execute();
        assert.equal(rows.length, 1);
      });
    },
  );
}
