import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertOrganisation } from '../../src/platform/auth/user.repository.js';
import { createTestUser } from '../../src/platform/testing/auth.js';
import { confirmTestPlaces, registerTestAgreement } from '../../src/modules/followup/testing/agreements.js';
import {
  buyerUser,
  procurementContext,
  publishedOpportunity,
} from '../../src/modules/procurement/testing/opportunities.js';
import { enterpriseIdByOrgnr } from '../../src/modules/register/testing/internals.js';
import { insertEnterprise } from '../../src/modules/register/testing/factories.js';
import { follow, signIn, skipReason, startHarness, visit, type Harness } from './harness.js';

const SHOTS = process.env.SCREENSHOT_DIR;

/**
 * Issue 12 §5 end to end: a buyer marks a procurement with an employment clause as awarded and
 * makes the contract from the lot on /uppfoljning (the clause comes along); the supplier reports
 * two starts from /mitt-foretag; the buyer's contract page, list and goal page move; a coordinator
 * finds a free work-training place in Borlänge for a person needing adapted hours. axe at 0
 * violations on every page; at 390 px nothing scrolls sideways.
 */
describe('uppföljning av avtal', { skip: skipReason }, () => {
  let h: Harness;
  let buyerEmail: string;
  let editorEmail: string;
  let orgnr: string;
  let opportunityId: number;
  let coordinatorEmail: string;
  before(async () => {
    h = await startHarness({ demo: 0 });
    const db = h.testApp.ctx.db;
    const org = await insertOrganisation(db, {
      name: 'Borlänge kommun',
      kind: 'kommun',
      countyCode: '20',
      municipalityCode: '2081',
      now: h.testApp.ctx.now(),
    });
    const buyer = await createTestUser(h.testApp, 'buyer', { name: 'Bodil Inköpare', organisationId: org });
    buyerEmail = buyer.email;
    orgnr = (await insertEnterprise(db, { name: 'Borlänge Tvätt Ekonomisk Förening' })).orgnr;
    const enterpriseId = (await enterpriseIdByOrgnr(db, orgnr))!;
    editorEmail = (await createTestUser(h.testApp, 'enterprise_editor', { enterpriseId })).email;
    // Dalarna's samordningsförbund has an agreement with another enterprise in Borlänge: adapted hours.
    const sf = await insertOrganisation(db, {
      name: 'Samordningsförbundet Dalarna',
      kind: 'samordningsforbund',
      countyCode: '20',
      municipalityCode: null,
      now: h.testApp.ctx.now(),
    });
    coordinatorEmail = (await createTestUser(h.testApp, 'coordinator', { organisationId: sf })).email;
    const place = await insertEnterprise(db, { name: 'Borlänge Återbruk Ekonomisk Förening' });
    const placeId = (await enterpriseIdByOrgnr(db, place.orgnr))!;
    await registerTestAgreement(
      h.testApp,
      sf,
      { id: placeId, orgnr: place.orgnr, name: place.name },
      {
        municipalityCode: '2081',
        adaptations: ['anpassade-arbetstider'],
        places: 3,
      },
    );
    await confirmTestPlaces(h.testApp, placeId, 2);
    opportunityId = await publishedOpportunity(procurementContext(h.testApp), buyerUser(buyer.id, org), {
      basics: { title: 'Tvätt åt hemtjänsten', buyerName: 'Borlänge kommun' },
      lots: [
        {
          title: 'Tvätt åt hemtjänsten',
          description: 'Tvätt av arbetskläder.',
          mainCpv: '98310000',
          place: 'Borlänge',
          contractStart: '2026-10-01',
          contractMonths: '24',
          clauseRequirement: 'hard',
          clauseTargetGroup: 'Personer långt från arbetsmarknaden',
          clauseForms: 'placement',
          clausePersons: '2',
          clauseMonths: '6',
          clauseFirstStart: '6',
          clauseMetShare: '75',
        },
      ],
    });
  });
  after(async () => {
    await h?.close();
  });

  for (const width of [1280, 390]) {
    it(`tilldelning blir avtal med villkoret, leverantören rapporterar två starter (${width} px)`, async () => {
      const buyer = await h.newPage({ viewport: { width, height: 900 } });
      await signIn(buyer, buyerEmail);
      if (width === 1280) {
        await visit(buyer, `/inkop/${opportunityId}`);
        await follow(buyer, () => buyer.getByRole('link', { name: 'Markera som tilldelad' }).click());
        await follow(buyer, () => buyer.getByRole('button', { name: /tilldelad/i }).click());
      }
      await visit(buyer, '/uppfoljning');
      if (width === 1280) {
        await follow(buyer, () => buyer.getByRole('link', { name: 'Skapa avtal för Tvätt åt hemtjänsten' }).click());
        assert.equal(await buyer.getByLabel('Målgrupp').inputValue(), 'Personer långt från arbetsmarknaden');
        assert.equal(await buyer.getByLabel('Avtalet slutar').inputValue(), '2028-09-30');
        // Saving without a supplier names the field and keeps the rest.
        await follow(buyer, () => buyer.getByRole('button', { name: 'Spara avtalet' }).click(), { status: 400 });
        await assert.doesNotReject(
          buyer
            .getByRole('link', { name: /organisationsnummer/ })
            .first()
            .waitFor(),
        );
        await buyer.getByLabel('Leverantörens organisationsnummer').fill(orgnr);
        await follow(buyer, () => buyer.getByRole('button', { name: 'Spara avtalet' }).click());
        await buyer.getByText('Avtalet är sparat.').waitFor();
      } else {
        await follow(buyer, () => buyer.getByRole('link', { name: 'Tvätt åt hemtjänsten' }).click());
      }
      await buyer.getByText('Enligt plan').first().waitFor();
      if (SHOTS) await buyer.screenshot({ path: `${SHOTS}/avtal-kopare-${width}.png`, fullPage: true });
      const contractUrl = new URL(buyer.url()).pathname;

      const supplier = await h.newPage({ viewport: { width, height: 900 } });
      await signIn(supplier, editorEmail);
      await visit(supplier, '/mitt-foretag');
      await follow(supplier, () => supplier.getByRole('link', { name: 'Rapportera på Tvätt åt hemtjänsten' }).click());
      await supplier.getByText('Rapportera', { exact: true }).click();
      await supplier.getByLabel('Datum det hände').fill(width === 1280 ? '2026-11-02' : '2026-11-09');
      await supplier.getByLabel('Personer som började').fill('1');
      await supplier.getByLabel('Kort anteckning (frivillig)').fill('Ny på tvätten, 19850101-1234');
      await follow(supplier, () => supplier.getByRole('button', { name: 'Skicka rapporten' }).click(), { status: 400 });
      await supplier.getByRole('link', { name: /personnummer/ }).waitFor();
      await supplier.getByLabel('Kort anteckning (frivillig)').fill('');
      await follow(supplier, () => supplier.getByRole('button', { name: 'Skicka rapporten' }).click());
      await supplier.getByText('Rapporten är sparad.').waitFor();
      if (SHOTS) await supplier.screenshot({ path: `${SHOTS}/avtal-leverantor-${width}.png`, fullPage: true });
      if (width === 390) {
        const overflow = await supplier.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
      }

      await visit(buyer, contractUrl);
      const started = width === 1280 ? 1 : 2;
      await buyer.getByText(`${started} har börjat`).waitFor();
      await visit(buyer, '/uppfoljning');
      await buyer.getByText(`${started} har börjat`).waitFor();
      if (SHOTS) await buyer.screenshot({ path: `${SHOTS}/uppfoljning-${width}.png`, fullPage: true });
      // The goal page counts the persons started under clauses this year: it moves with each report.
      await visit(buyer, '/uppfoljning/mal');
      const startedRow = buyer
        .getByRole('region', { name: 'Personer som börjat per år' })
        .getByRole('row', { name: /^2026/ });
      assert.match(await startedRow.innerText(), new RegExp(`^2026\\s+Inget mål\\s+${started}\\s`));
      if (width === 390) {
        const overflow = await buyer.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the list scrolls sideways by ${overflow} px`);
      }
    });
  }

  it('samordnaren hittar en ledig plats i Borlänge för en person som behöver anpassade arbetstider', async () => {
    for (const width of [1280, 390]) {
      const page = await h.newPage({ viewport: { width, height: 900 } });
      await signIn(page, coordinatorEmail);
      await visit(page, '/arbetstraningsplatser');
      await page.getByLabel('Kommun').selectOption({ label: 'Borlänge' });
      await page.getByLabel('Anpassning').selectOption({ label: 'Anpassade arbetstider' });
      await follow(page, () => page.getByRole('button', { name: 'Visa platser' }).click());
      assert.match(await page.getByRole('status').innerText(), /1 företag har lediga platser/);
      await page.getByText('Borlänge Återbruk Ekonomisk Förening').first().waitFor();
      await page.getByText(/2 lediga platser av 3/).waitFor();
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/platser-${width}.png`, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the board scrolls sideways by ${overflow} px at ${width}`);
    }
  });
});
