import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { signedIn, type TestBrowser } from '../../../platform/testing/auth.js';
import { pageText } from '../../../platform/testing/html.js';
import { insertEnterprise } from '../../register/testing/factories.js';
import { buyerUser, procurementContext, publishedOpportunity, insertFaluKommun } from '../testing/opportunities.js';

for (const kind of testDatabaseKinds()) {
  describe(`matching's pages (${kind})`, () => {
    let t: TestApp;
    let buyer: TestBrowser;
    let annEditor: TestBrowser;
    let draftEditor: TestBrowser;
    let id: number;
    const seat = { street: null, postalCode: null, city: 'Falun', municipalityCode: '2080' };
    const enterpriseId = async (orgnr: string) =>
      (await t.ctx.db.selectFrom('enterprise').select('id').where('orgnr', '=', orgnr).executeTakeFirstOrThrow()).id;

    before(async () => {
      t = await openTestApp(kind, new Date('2026-12-07T10:00:00Z'));
      const orgId = await insertFaluKommun(t);
      const signedInBuyer = await signedIn(t, 'buyer', { organisationId: orgId });
      buyer = signedInBuyer.browser;
      const ann = await insertEnterprise(t.ctx.db, {
        name: 'Ann Städ',
        address: seat,
        operatingAreas: [{ countyCode: '20', municipalityCode: null }],
        offerings: [{ category: 'stadning', cpv: [], description: null }],
        employees: { total: 10, targetGroup: 5, reportedOn: '2026-06-01' },
      });
      const draft = await insertEnterprise(
        t.ctx.db,
        { name: 'Utkastet', address: seat, operatingAreas: [{ countyCode: '20', municipalityCode: null }] },
        'draft',
      );
      annEditor = (await signedIn(t, 'enterprise_editor', { enterpriseId: await enterpriseId(ann.orgnr) })).browser;
      draftEditor = (await signedIn(t, 'enterprise_editor', { enterpriseId: await enterpriseId(draft.orgnr) })).browser;
      id = await publishedOpportunity(procurementContext(t), buyerUser(signedInBuyer.user.id, orgId), {
        lots: [
          {
            mainCpv: '90911200',
            place: 'Borlänge',
            reservation: 'social_integration',
            reservationReason: 'Arbetsintegration.',
          },
        ],
      });
    });
    after(() => t?.close());

    it('the buyer sees who matches on the overview and every match with why on its own page', async () => {
      const overview = pageText((await buyer.get(`/inkop/${id}`)).body);
      assert.match(overview, /Företag som matchar 1 företag matchar delområdet\. Ann Städ/);
      assert.match(overview, /Ann Städ \(matchning \d+ av 100\)/);
      assert.match(overview, /Alla som matchar delområde 1 \(1\)/);
      const page = await buyer.get(`/inkop/${id}/matchningar`);
      assert.equal(page.statusCode, 200);
      const text = pageText(page.body);
      assert.match(
        text,
        /Ann Städ matchning \d+ av 100 CPV 90911200: erbjuder samma kod levererar i Borlänge uppfyller 4 kap\. 18 § enligt uppgifter från 1 juni 2026/,
      );
      const other = (await signedIn(t, 'buyer')).browser;
      assert.equal((await other.get(`/inkop/${id}/matchningar`)).statusCode, 404, 'another organisation’s');
    });

    it('the enterprise sees Möjligheter för er on its page, said to it, and all of them on their own page', async () => {
      const home = pageText((await annEditor.get('/mitt-foretag')).body);
      assert.match(home, /Möjligheter för er/);
      assert.match(
        home,
        /Städning av förskolor i Falun Annonserad upphandling · Falu kommun · Sista dag för anbud: 15 mars 2027 kl\. 12:00 \(matchning \d+ av 100\)/,
      );
      assert.match(
        home,
        /CPV 90911200: ni erbjuder samma kod ni levererar i Borlänge reserverat: arbetsintegrerande sociala företag \(minst 30\s%\sur målgruppen\) uppfyller 4 kap\. 18 §/,
      );
      assert.match(home, /Alla möjligheter för er \(1\)/);
      const all = await annEditor.get('/mitt-foretag/mojligheter');
      assert.equal(all.statusCode, 200);
      assert.match(pageText(all.body), /1 möjlighet .*Städning av förskolor i Falun/);
      const draft = pageText((await draftEditor.get('/mitt-foretag/mojligheter')).body);
      assert.match(draft, /När ert företag är publicerat i registret visar vi här de möjligheter som passar er\./);
    });

    it('the enterprise’s page is for its editors only', async () => {
      assert.notEqual((await buyer.get('/mitt-foretag/mojligheter')).statusCode, 200);
      const anonymous = await t.app.inject({ method: 'GET', url: '/mitt-foretag/mojligheter' });
      assert.equal(anonymous.statusCode, 303);
    });
  });
}
