import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { createTestUser, signedIn, TestBrowser } from '../../../platform/testing/auth.js';
import { pageText } from '../../../platform/testing/html.js';
import { buyerUser, procurementContext, publishedOpportunity } from '../../procurement/testing/opportunities.js';
import { enterpriseIdByOrgnr } from '../../register/testing/internals.js';
import { insertEnterprise } from '../../register/testing/factories.js';
import type { FollowupContext } from '../db.js';
import { openFollowupApp } from '../testing/app.js';
import { contractWithStarts } from '../testing/starts.js';

/** The text of one year's row in a metric's table: "2026 5 2 Inte än". */
function row(html: string, metric: string, year: number): string {
  const table = new RegExp(`<caption id="tabell-${metric}">([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
  const tr = new RegExp(`<tr><th scope="row">${year}</th>([\\s\\S]*?)</tr>`).exec(table)?.[0] ?? '';
  return pageText(tr).trim();
}

for (const kind of testDatabaseKinds()) {
  describe(`goals per organisation and year (${kind})`, () => {
    let t: TestApp;
    let ctx: FollowupContext;
    let falun: number;
    let borlange: number;
    let falunBuyer: TestBrowser;
    let falunBuyerId: number;
    let borlangeBuyer: TestBrowser;
    let supplier: number;
    let editor: number;
    before(async () => {
      const app = await openFollowupApp(kind);
      ({ t, ctx } = app);
      const org = app.kommun;
      falun = await org('Falu kommun');
      borlange = await org('Borlänge kommun');
      const f = await signedIn(t, 'buyer', { organisationId: falun });
      falunBuyer = f.browser;
      falunBuyerId = f.user.id;
      borlangeBuyer = (await signedIn(t, 'buyer', { organisationId: borlange })).browser;
      supplier = (await enterpriseIdByOrgnr(
        t.ctx.db,
        (await insertEnterprise(t.ctx.db, { name: 'Tvätteriet' })).orgnr,
      ))!;
      editor = (await createTestUser(t, 'enterprise_editor', { enterpriseId: supplier })).id;
    });
    after(() => t?.close());

    it('the supplier reports two starts; the buyer’s goal page moves from 0 to 2, and only Falun’s', async () => {
      const before = await falunBuyer.get('/uppfoljning/mal');
      assert.equal(before.statusCode, 200);
      assert.match(pageText(before.body), /Mål och utfall: Falu kommun/);
      assert.equal(row(before.body, 'persons_started', 2026), '2026 Inget mål 0 –');

      await contractWithStarts(ctx, {
        buyerOrganisationId: falun,
        createdBy: falunBuyerId,
        supplier: { enterpriseId: supplier, name: 'Tvätteriet', editorUserId: editor },
        on: '2026-11-15',
        started: 2,
      });

      const moved = await falunBuyer.get('/uppfoljning/mal');
      assert.equal(row(moved.body, 'persons_started', 2026), '2026 Inget mål 2 –');
      assert.equal(row(moved.body, 'persons_started', 2025), '2025 Inget mål 0 –');
      // The chart draws the same number, and names itself.
      assert.match(moved.body, /<svg class="goal-chart" role="img" aria-labelledby="diagram-persons_started-titel"/);
      assert.match(moved.body, /<text class="value"[^>]*>2<\/text>/);

      const other = await borlangeBuyer.get('/uppfoljning/mal');
      assert.match(pageText(other.body), /Mål och utfall: Borlänge kommun/);
      assert.doesNotMatch(other.body, /Falu kommun/);
      assert.equal(row(other.body, 'persons_started', 2026), '2026 Inget mål 0 –');
    });

    it('counts the organisation’s published procurements: share with clauses, reserved, split into lots', async () => {
      await publishedOpportunity(procurementContext(t), buyerUser(falunBuyerId, falun), {
        lots: [
          {
            title: 'Del 1',
            reservation: 'social_integration',
            reservationReason: 'Arbetsintegration.',
            clauseRequirement: 'hard',
            clauseTargetGroup: 'Unga',
            clauseForms: 'placement',
            clausePersons: '1',
            clauseMonths: '6',
            clauseFirstStart: '6',
            clauseMetShare: '75',
          },
          { title: 'Del 2' },
        ],
      });
      await publishedOpportunity(procurementContext(t), buyerUser(falunBuyerId, falun), { lots: [{}] });
      const page = await falunBuyer.get('/uppfoljning/mal');
      assert.equal(row(page.body, 'clause_share', 2026), '2026 Inget mål 50 % (1 av 2) –');
      assert.equal(row(page.body, 'clause_share', 2025), '2025 Inget mål Inget annonserat –');
      assert.equal(row(page.body, 'reserved_count', 2026), '2026 Inget mål 1 –');
      assert.equal(row(page.body, 'lots_count', 2026), '2026 Inget mål 1 –');
      const other = await borlangeBuyer.get('/uppfoljning/mal');
      assert.equal(row(other.body, 'reserved_count', 2026), '2026 Inget mål 0 –');
    });

    it('sets targets with messages in Swedish tied to the fields, keeps them, and logs the change', async () => {
      const bad = await falunBuyer.post('/uppfoljning/mal', { clause_share_2026: '150', reserved_count_2027: 'fem' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /<a href="#clause_share_2026">Skriv en procentsats mellan 0 och 100/);
      assert.match(bad.body, /<a href="#reserved_count_2027">Skriv ett heltal/);
      assert.match(
        bad.body,
        /id="clause_share_2026"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="clause_share_2026"/,
      );
      assert.match(bad.body, /value="fem"/, 'what was typed comes back');

      const ok = await falunBuyer.post('/uppfoljning/mal', {
        clause_share_2026: '50',
        reserved_count_2026: '1',
        persons_started_2026: '3',
        reserved_count_2027: '5',
      });
      assert.equal(ok.statusCode, 303);
      assert.equal(ok.headers.location, '/uppfoljning/mal?klart=sparat');
      const page = await falunBuyer.get('/uppfoljning/mal?klart=sparat');
      assert.match(pageText(page.body), /Målen är sparade\./);
      assert.equal(row(page.body, 'clause_share', 2026), '2026 50 % 50 % (1 av 2) Ja');
      assert.equal(row(page.body, 'reserved_count', 2026), '2026 1 1 Ja');
      assert.equal(row(page.body, 'persons_started', 2026), '2026 3 2 Inte än');
      assert.match(page.body, /id="reserved_count_2027"[^>]*value="5"|value="5"[^>]*id="reserved_count_2027"/);
      // The target is drawn as a line across the bar.
      assert.match(page.body, /<line class="target"/);

      // Emptying a field removes that target; the rest stay.
      await falunBuyer.post('/uppfoljning/mal', {
        clause_share_2026: '50',
        reserved_count_2026: '1',
        reserved_count_2027: '5',
      });
      const after = await falunBuyer.get('/uppfoljning/mal');
      assert.equal(row(after.body, 'persons_started', 2026), '2026 Inget mål 2 –');

      const events = await t.ctx.db
        .selectFrom('audit_event')
        .select(['action', 'subject', 'details'])
        .where('action', '=', 'goal_targets_changed')
        .orderBy('id')
        .execute();
      assert.deepEqual(
        events.map((e) => [e.subject, e.details]),
        [
          [
            `organisation:${falun}`,
            {
              goalTargets: {
                clause_share_2026: 50,
                reserved_count_2026: 1,
                persons_started_2026: 3,
                reserved_count_2027: 5,
              },
            },
          ],
          [`organisation:${falun}`, { goalTargets: { persons_started_2026: null } }],
        ],
      );
      // Borlänge sees none of Falun's targets.
      const other = await borlangeBuyer.get('/uppfoljning/mal');
      assert.equal(row(other.body, 'reserved_count', 2026), '2026 Inget mål 0 –');
    });

    it('the open page is 404 until the organisation opts in, then lists it and shows its figures', async () => {
      const anonymous = new TestBrowser(t);
      const closed = await anonymous.get(`/mal/${falun}`);
      assert.equal(closed.statusCode, 404);
      assert.match(pageText(closed.body), /visar inte sina mål öppet/);
      assert.match(pageText((await anonymous.get('/mal')).body), /Ingen organisation visar sina mål öppet än\./);

      const on = await falunBuyer.post('/uppfoljning/mal/oppet', { public: '1' });
      assert.equal(on.headers.location, '/uppfoljning/mal?klart=oppet');
      assert.match(pageText((await falunBuyer.get('/uppfoljning/mal?klart=oppet')).body), /visas nu öppet/);
      const list = await anonymous.get('/mal');
      assert.match(list.body, new RegExp(`<a href="/mal/${falun}">Falu kommun</a>`));
      assert.doesNotMatch(list.body, /Borlänge/);
      const open = await anonymous.get(`/mal/${falun}`);
      assert.equal(open.statusCode, 200);
      assert.match(pageText(open.body), /Mål för Falu kommun/);
      assert.equal(row(open.body, 'persons_started', 2026), '2026 Inget mål 2 –');
      assert.equal(row(open.body, 'reserved_count', 2027 - 1), '2026 1 1 Ja');
      assert.doesNotMatch(open.body, /<form method="post" action="\/uppfoljning/, 'no forms on the open page');
      assert.equal((await anonymous.get(`/mal/${borlange}`)).statusCode, 404);
      assert.equal((await anonymous.get('/mal/abc')).statusCode, 404);

      // Unticked: closed again.
      const off = await falunBuyer.post('/uppfoljning/mal/oppet', {});
      assert.equal(off.headers.location, '/uppfoljning/mal?klart=stangt');
      assert.equal((await anonymous.get(`/mal/${falun}`)).statusCode, 404);
      const events = await t.ctx.db
        .selectFrom('audit_event')
        .select('details')
        .where('action', '=', 'goal_publicity_changed')
        .orderBy('id')
        .execute();
      assert.deepEqual(
        events.map((e) => e.details),
        [{ goalsPublic: true }, { goalsPublic: false }],
      );
    });

    it('downloads the goal table as CSV and XLSX', async () => {
      const csv = await falunBuyer.get('/uppfoljning/mal.csv');
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-disposition']), /mal-2026\.csv/);
      assert.match(csv.body, /Falu kommun;Reserverade upphandlingar;antal;2026;1;1;;;Ja/);
      assert.match(
        csv.body,
        /Falu kommun;Andel annonserade upphandlingar med sysselsättningsfrämjande villkor;procent;2026;50;50;1;2;Ja/,
      );
      const xlsx = await falunBuyer.get('/uppfoljning/mal.xlsx');
      assert.equal(xlsx.statusCode, 200);
      assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK');
    });

    it('tells an administrator without an organisation so, plainly', async () => {
      const admin = (await signedIn(t, 'admin')).browser;
      const page = await admin.get('/uppfoljning/mal');
      assert.equal(page.statusCode, 200);
      assert.match(pageText(page.body), /Ditt konto hör inte till någon organisation/);
      assert.equal((await admin.post('/uppfoljning/mal', { reserved_count_2026: '3' })).statusCode, 400);
    });
  });
}
