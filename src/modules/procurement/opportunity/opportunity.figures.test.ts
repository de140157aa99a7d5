import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { insertOrganisation } from '../../../platform/auth/user.repository.js';
import { createTestUser } from '../../../platform/testing/auth.js';
import type { ProcurementContext } from '../db.js';
import { basics, buyerUser, procurementContext, publishedOpportunity } from '../testing/opportunities.js';
import { procurementYearFigures } from './opportunity.figures.js';
import { createOpportunity, endOpportunity } from './opportunity.service.js';
import type { CurrentUser } from '../../../platform/auth/roles.js';

const CLAUSE = {
  clauseRequirement: 'hard',
  clauseTargetGroup: 'Personer långt från arbetsmarknaden',
  clauseForms: 'placement',
  clausePersons: '2',
  clauseMonths: '6',
  clauseFirstStart: '6',
  clauseMetShare: '75',
};
const RESERVED = { reservation: 'social_integration', reservationReason: 'Arbetsintegration.' };

for (const kind of testDatabaseKinds()) {
  describe(`a buyer organisation's procurement figures per year (${kind})`, () => {
    let t: TestApp;
    let ctx: ProcurementContext;
    let falun: CurrentUser;
    let other: CurrentUser;
    before(async () => {
      t = await openTestApp(kind, new Date('2025-06-10T10:00:00Z'));
      ctx = procurementContext(t);
      const org = (name: string) =>
        insertOrganisation(t.ctx.db, {
          name,
          kind: 'kommun',
          countyCode: null,
          municipalityCode: null,
          now: t.ctx.now(),
        });
      const falunOrg = await org('Falu kommun');
      const otherOrg = await org('Annan kommun');
      falun = buyerUser((await createTestUser(t, 'buyer', { organisationId: falunOrg })).id, falunOrg);
      other = buyerUser((await createTestUser(t, 'buyer', { organisationId: otherOrg })).id, otherOrg);
    });
    after(() => t?.close());

    it('counts advertised with a clause, reserved and split into lots by the year published, never drafts or cancelled ones', async () => {
      // 2025: two advertised, one with a clause and reserved; one direct procurement in two lots.
      await publishedOpportunity(ctx, falun, { lots: [{ ...CLAUSE, ...RESERVED }] });
      await publishedOpportunity(ctx, falun, { lots: [{}] });
      await publishedOpportunity(ctx, falun, {
        basics: { kind: 'direct' },
        lots: [{ title: 'Del 1' }, { title: 'Del 2' }],
      });
      // Not counted: a draft with a clause, a cancelled one with a clause, another organisation's.
      await createOpportunity(ctx, falun, basics());
      const cancelled = await publishedOpportunity(ctx, falun, { lots: [{ ...CLAUSE }] });
      assert.equal(await endOpportunity(ctx, falun, cancelled, 'cancelled', null), true);
      await publishedOpportunity(ctx, other, { lots: [{ ...CLAUSE, ...RESERVED }] });
      // 2026, a minute into the year in Sweden (still 2025 in UTC): one advertised with a clause in one of two lots.
      t.setNow(new Date('2025-12-31T23:01:00Z'));
      await publishedOpportunity(ctx, falun, {
        basics: { deadlineDate: '2026-03-15' },
        lots: [{ ...CLAUSE, title: 'Del 1' }, { title: 'Del 2' }],
      });

      const figures = await procurementYearFigures(t.ctx.db, falun.organisationId!, [2024, 2025, 2026]);
      assert.deepEqual(figures, [
        { year: 2024, advertised: 0, advertisedWithClause: 0, reserved: 0, splitIntoLots: 0 },
        { year: 2025, advertised: 2, advertisedWithClause: 1, reserved: 1, splitIntoLots: 1 },
        { year: 2026, advertised: 1, advertisedWithClause: 1, reserved: 0, splitIntoLots: 1 },
      ]);
      const others = await procurementYearFigures(t.ctx.db, other.organisationId!, [2025]);
      assert.deepEqual(others, [{ year: 2025, advertised: 1, advertisedWithClause: 1, reserved: 1, splitIntoLots: 0 }]);
      assert.deepEqual(await procurementYearFigures(t.ctx.db, falun.organisationId!, []), []);
    });
  });
}
