import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { createTestUser } from '../../../platform/testing/auth.js';
import { createOpportunity, publishOpportunity, saveLot } from '../opportunity/opportunity.service.js';
import { basics, buyerUser, lot, procurementContext } from '../testing/opportunities.js';
import { OpportunityListSchema, OpportunitySchema } from './opportunity.api.js';

for (const kind of testDatabaseKinds()) {
  describe(`opportunities API (${kind})`, () => {
    let t: TestApp;
    let published: number;
    let draft: number;
    const get = (url: string) => t.app.inject({ method: 'GET', url });
    before(async () => {
      t = await openTestApp(kind, new Date('2026-12-07T10:00:00Z'));
      const ctx = procurementContext(t);
      const u = await createTestUser(t, 'buyer');
      const orgId = (
        await t.ctx.db.selectFrom('app_user').select('organisation_id').where('id', '=', u.id).executeTakeFirstOrThrow()
      ).organisation_id;
      const buyer = buyerUser(u.id, orgId);
      published = await createOpportunity(ctx, buyer, basics({ kind: 'direct', noticeUrl: '', aimedAtLocal: '1' }));
      await saveLot(
        ctx,
        buyer,
        published,
        null,
        lot({ reservation: 'social_integration', reservationReason: 'Arbetsintegration.', place: 'Dalarnas län' }),
      );
      const r = await publishOpportunity(
        ctx,
        buyer,
        published,
        { noLotsReason: 'Litet uppdrag.', dialogueHeld: null, noDialogueReason: null },
        null,
      );
      assert.ok(r?.ok, JSON.stringify(r));
      draft = await createOpportunity(ctx, buyer, basics({ title: 'Utkast' }));
    });
    after(() => t?.close());

    it('lists published opportunities in the documented shape, filtered like the page', async () => {
      const res = await get('/api/v1/opportunities?kind=direct&county=20&municipality=2080&reserved=1&cpv=90910000');
      assert.equal(res.statusCode, 200);
      const body = OpportunityListSchema.parse(res.json());
      assert.equal(body.total, 1);
      const o = body.items[0]!;
      assert.equal(o.id, published);
      assert.equal(o.aimedAtLocal, true);
      assert.deepEqual(o.lots[0]!.reservation, {
        kind: 'social_integration',
        reference: 'LOU 4 kap. 18 § första stycket 1',
        eformsCode: 'res-ws',
        reason: 'Arbetsintegration.',
      });
      assert.deepEqual(o.lots[0]!.counties, [{ code: '20', name: 'Dalarnas län' }]);
      assert.equal((await get('/api/v1/opportunities?kind=planned')).json().total, 0);
    });

    it('tells a program about a bad filter instead of a wider list', async () => {
      const res = await get('/api/v1/opportunities?kind=direkt&closesWithinDays=0');
      assert.equal(res.statusCode, 400);
      const { error } = res.json() as { error: { id: string; fields: { field: string }[] } };
      assert.equal(error.id, 'invalid_parameter');
      assert.deepEqual(
        error.fields.map((f) => f.field),
        ['kind', 'closesWithinDays'],
      );
    });

    it('gives one opportunity, never a draft', async () => {
      const one = await get(`/api/v1/opportunities/${published}`);
      assert.equal(one.statusCode, 200);
      OpportunitySchema.parse(one.json());
      for (const id of [String(draft), '99999', 'abc']) {
        const res = await get(`/api/v1/opportunities/${id}`);
        assert.equal(res.statusCode, 404, id);
        assert.equal(res.json().error.id, 'opportunity_not_found');
      }
    });

    it('is in the OpenAPI document', async () => {
      const doc = (await get('/api/openapi.json')).json() as {
        paths: Record<string, unknown>;
        components: { schemas: Record<string, unknown> };
      };
      assert.ok(doc.paths['/api/v1/opportunities'] && doc.paths['/api/v1/opportunities/{id}']);
      assert.ok(doc.components.schemas.Opportunity);
    });
  });
}
