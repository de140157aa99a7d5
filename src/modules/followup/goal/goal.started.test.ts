import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import type { FollowupContext } from '../db.js';
import { openFollowupApp } from '../testing/app.js';
import { selectPersonsStarted } from './goal.repository.js';

/**
 * The persons started per organisation and year that migration 0024's triggers keep counted, held
 * after every kind of change against the same sum counted straight from the reports.
 */
for (const kind of testDatabaseKinds()) {
  describe(`persons started kept counted (${kind})`, () => {
    let t: TestApp;
    let ctx: FollowupContext;
    let falun: number;
    let mora: number;
    before(async () => {
      const app = await openFollowupApp(kind);
      ({ t, ctx } = app);
      const org = app.kommun;
      falun = await org('Falu kommun');
      mora = await org('Mora kommun');
    });
    after(() => t?.close());

    /** What the reports say, counted the long way: within the contract's period, by the report's year. */
    const counted = async () => {
      const { rows } = await sql<{ organisation_id: number; year: number; started: number }>`
        select k.buyer_organisation_id as organisation_id, extract(year from r.on_date)::int as year,
          sum(r.started)::int as started
        from contract k join contract_commitment c on c.contract_id = k.id
        join commitment_report r on r.commitment_id = c.id
        where r.on_date between k.starts_on and k.ends_on and r.started > 0
        group by 1, 2 order by 1, 2`.execute(ctx.db);
      return rows;
    };
    const kept = async () =>
      (
        await ctx.db
          .selectFrom('goal_persons_started')
          .select(['organisation_id', 'year', 'started'])
          .where('started', '<>', 0)
          .orderBy('organisation_id')
          .orderBy('year')
          .execute()
      ).map((r) => ({ ...r }));
    const same = async (step: string) => assert.deepEqual(await kept(), await counted(), step);

    const contract = async (org: number, starts: string, ends: string) => {
      const { id } = await ctx.db
        .insertInto('contract')
        .values({
          buyer_organisation_id: org,
          title: 'Avtal',
          supplier_name: 'Leverantör',
          starts_on: starts,
          ends_on: ends,
          created_at: t.ctx.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const c = await ctx.db
        .insertInto('contract_commitment')
        .values({
          contract_id: id,
          form: 'placement',
          requirement: 'hard',
          target_group: 'Unga',
          persons: 2,
          months: 6,
          first_start_within_months: 6,
          met_share: 0.75,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { contract: id, commitment: c.id };
    };
    const report = async (commitment: number, on: string, started: number) => {
      const { id } = await ctx.db
        .insertInto('commitment_report')
        .values({
          commitment_id: commitment,
          on_date: on,
          started,
          person_months: 0,
          reporter_role: 'supplier',
          created_at: t.ctx.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    };

    it('follows reports added, changed and removed, and contracts changed, moved and removed', async () => {
      const a = await contract(falun, '2025-06-01', '2027-05-31');
      const b = await contract(mora, '2026-01-01', '2026-12-31');
      const r1 = await report(a.commitment, '2025-11-01', 2);
      await report(a.commitment, '2026-02-01', 1);
      await report(b.commitment, '2026-03-01', 4);
      await report(a.commitment, '2025-01-01', 5); // before the contract: not counted
      await same('added');
      assert.deepEqual(await selectPersonsStarted(ctx.db, falun, { from: 2025, to: 2026 }), [
        { year: 2025, started: 2 },
        { year: 2026, started: 1 },
      ]);

      await ctx.db.updateTable('commitment_report').set({ started: 3 }).where('id', '=', r1).execute();
      await same('a count changed');
      await ctx.db.updateTable('commitment_report').set({ on_date: '2026-01-15' }).where('id', '=', r1).execute();
      await same('a date moved to the next year');
      await ctx.db.deleteFrom('commitment_report').where('id', '=', r1).execute();
      await same('a report removed');

      await ctx.db.updateTable('contract').set({ starts_on: '2024-12-01' }).where('id', '=', a.contract).execute();
      await same('the period grew to take the early report in');
      await ctx.db.updateTable('contract').set({ buyer_organisation_id: mora }).where('id', '=', a.contract).execute();
      await same('the contract went to another buyer');
      await ctx.db
        .updateTable('contract_commitment')
        .set({ contract_id: b.contract })
        .where('id', '=', a.commitment)
        .execute();
      await same('a commitment moved to another contract');
      await ctx.db.deleteFrom('contract_commitment').where('id', '=', a.commitment).execute();
      await same('a commitment removed with its reports');
      await ctx.db.deleteFrom('contract').where('id', '=', b.contract).execute();
      await same('a contract removed with all under it');
      assert.deepEqual(await kept(), []);

      // Many at once, as an import would add them.
      const c = await contract(falun, '2022-01-01', '2026-12-31');
      await sql`
        insert into commitment_report (commitment_id, on_date, started, person_months, reporter_role, created_at)
        select ${c.commitment}, date '2022-01-01' + g, g % 3, 0, 'supplier', now() from generate_series(0, 1500) g`.execute(
        ctx.db,
      );
      await same('a thousand reports at once');
      await sql`select goal_persons_started_recount_all()`.execute(ctx.db);
      await same('counted anew from the reports');
    });
  });
}
