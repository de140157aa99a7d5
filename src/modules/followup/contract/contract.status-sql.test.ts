import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { insertOrganisation } from '../../../platform/auth/user.repository.js';
import { addMonthsToDate } from '../../../platform/calendar.js';
import { COMMITMENT_RULE, COMMITMENT_STATUSES } from '../commitment/commitment.rules.js';
import { contextWithFollowupTables, type FollowupContext } from '../db.js';
import { insertReport, selectStatusCounts } from './contract.repository.js';
import { contractFor, createContract, followUp, followUpPage } from './contract.service.js';

/** A small deterministic generator, so a failure can be run again. */
function random(seed: number) {
  let x = seed;
  return (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return Math.floor((x / 2147483648) * n);
  };
}

/**
 * The follow-up list counts and filters statuses in SQL (contract.repository.ts statusSql); the
 * pages show them from the rule in code (commitment.rules.ts). Over contracts and reports made at
 * random — starts at month ends, deadlines close to today, nothing reported, exactly enough — the
 * two must give the same status to every commitment, on several days.
 */
for (const kind of testDatabaseKinds()) {
  describe(`the status in SQL and in code agree (${kind})`, () => {
    let t: TestApp;
    let ctx: FollowupContext;
    let org: number;
    const buyer = {
      id: 1,
      email: 'x@example.se',
      name: null,
      role: 'buyer' as const,
      enterpriseId: null,
      organisationId: 0,
    };
    before(async () => {
      t = await openTestApp(kind, new Date('2027-06-30T10:00:00Z'));
      ctx = contextWithFollowupTables(t.ctx);
      org = await insertOrganisation(t.ctx.db, {
        name: 'Falu kommun',
        kind: 'kommun',
        countyCode: '20',
        municipalityCode: '2080',
        now: t.ctx.now(),
      });
      buyer.organisationId = org;
      const r = random(12);
      const starts = ['2026-01-31', '2026-08-31', '2026-12-01', '2027-01-31', '2027-03-15', '2027-05-02', '2027-06-30'];
      for (let i = 0; i < 60; i++) {
        const s = starts[r(starts.length)]!;
        const persons = 1 + r(3);
        const months = 1 + r(6);
        const id = await createContract(
          ctx,
          {
            buyerOrganisationId: org,
            title: `Avtal ${i}`,
            opportunityId: null,
            lotPosition: null,
            supplierEnterpriseId: null,
            supplierName: 'Leverantör',
            starts: s,
            ends: addMonthsToDate(s, 6 + r(24)),
            value: null,
            currency: 'SEK',
            reservation: null,
            commitments: [
              {
                form: 'placement',
                requirement: 'hard',
                targetGroup: 'unga',
                persons,
                months,
                firstStartWithinMonths: 1 + r(8),
                metShare: [0.5, 0.75, 1][r(3)]!,
              },
            ],
          },
          null,
        );
        const [c] = await t.ctx.db
          .selectFrom('contract_commitment')
          .select('id')
          .where('contract_id', '=', id)
          .execute();
        const reports = r(4);
        for (let k = 0; k < reports; k++) {
          const on = addMonthsToDate(s, r(8));
          if (on > '2027-06-30') continue;
          await insertReport(ctx.db, {
            commitment_id: c!.id,
            on_date: on,
            started: r(2),
            person_months: [0, 1.5, persons * months * 0.75, 2.25][r(4)]!,
            reporter_role: 'buyer',
            created_at: t.ctx.now(),
          });
        }
      }
    });
    after(() => t?.close());

    const check = async (today: string) => {
      const inCode = Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0]));
      for (const f of await followUp(ctx, { partyOrganisationId: org }, today))
        for (const m of f.commitments) inCode[m.verdict.status]!++;
      const inSql = Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0]));
      for (const c of await selectStatusCounts(ctx.db, { partyOrganisationId: org }, today, {
        warnFirst: COMMITMENT_RULE.warnDaysBeforeFirstStart,
        warnEnd: COMMITMENT_RULE.warnDaysBeforeEnd,
      }))
        inSql[c.status] = c.n;
      assert.deepEqual(inSql, inCode);
      // The list's statuses come from the totals each commitment keeps; its page's from the reports.
      for (const f of await followUp(ctx, { partyOrganisationId: org }, today)) {
        const page = await contractFor(ctx, buyer, f.contract.id, today);
        assert.deepEqual(
          page!.commitments.map((m) => [m.verdict.status, m.verdict.totals]),
          f.commitments.map((m) => [m.verdict.status, m.verdict.totals]),
          f.contract.title,
        );
      }
      assert.ok(
        Object.values(inCode).filter((n) => n > 0).length >= 2,
        `more than one status: ${JSON.stringify(inCode)}`,
      );
      // Each filtered page holds exactly the contracts whose commitment the code gives that status.
      for (const status of COMMITMENT_STATUSES) {
        const page = await followUpPage(ctx, { partyOrganisationId: org }, today, { status, page: 1, pageSize: 100 });
        assert.equal(page.total, inCode[status]);
        for (const f of page.items)
          assert.ok(
            f.commitments.some((m) => m.verdict.status === status),
            status,
          );
      }
    };
    for (const today of ['2027-06-30', '2027-07-15', '2027-09-30', '2028-03-01']) it(`on ${today}`, () => check(today));

    it('on the days the rule turns: the first days of the warnings, the deadline, the end', async () => {
      const day = (d: string, n: number) =>
        new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
      const days = new Set<string>();
      for (const f of (await followUp(ctx, { partyOrganisationId: org }, '2027-06-30')).slice(0, 12)) {
        const e = f.contract.ends;
        for (const d of [
          day(e, -COMMITMENT_RULE.warnDaysBeforeEnd),
          day(e, -COMMITMENT_RULE.warnDaysBeforeEnd - 1),
          e,
          day(e, 1),
        ])
          days.add(d);
        for (const m of f.commitments)
          for (const d of [
            day(m.firstStartBy, -COMMITMENT_RULE.warnDaysBeforeFirstStart),
            m.firstStartBy,
            day(m.firstStartBy, 1),
          ])
            days.add(d);
      }
      for (const d of [...days].filter((d) => d >= '2027-06-30').sort()) await check(d);
    });
  });
}
