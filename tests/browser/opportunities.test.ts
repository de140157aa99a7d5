import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noticeFolders, renamed } from '../../src/modules/procurement/testing/notices.js';
import { insertOrganisation } from '../../src/platform/auth/user.repository.js';
import { createTestUser } from '../../src/platform/testing/auth.js';
import { enterpriseIdByOrgnr } from '../../src/modules/register/testing/internals.js';
import { insertEnterprise } from '../../src/modules/register/testing/factories.js';
import { follow, signIn, skipReason, startHarness, visit, type Harness } from './harness.js';

/**
 * Issue 10 §7, the buyer's half: a buyer drafts an opportunity with a lot reserved under 19 kap.
 * 25 § whose main CPV is not on the list, sees the error with the law reference, fixes it with
 * the CPV finder, runs the market analysis of the lot, publishes; the opportunity is then in the
 * list, on its page, in the feed and in the API. axe at 0 violations on every page; at 390 px
 * nothing scrolls sideways.
 */
describe('upphandlingar', { skip: skipReason }, () => {
  let h: Harness;
  let email: string;
  let editorEmail: string;
  before(async () => {
    h = await startHarness({ demo: 0 });
    const orgId = await insertOrganisation(h.testApp.ctx.db, {
      name: 'Umeå kommun',
      kind: 'kommun',
      countyCode: '24',
      municipalityCode: '2480',
      now: h.testApp.ctx.now(),
    });
    email = (await createTestUser(h.testApp, 'buyer', { name: 'Ingrid Inköpare', organisationId: orgId })).email;
    // An enterprise offering work training (85312500, under the lot's 85300000) in all Västerbotten.
    const facts = await insertEnterprise(h.testApp.ctx.db, {
      name: 'Umeå Arbetsträning Ekonomisk Förening',
      address: { street: null, postalCode: null, city: 'Umeå', municipalityCode: '2480' },
      operatingAreas: [{ countyCode: '24', municipalityCode: null }],
      offerings: [{ category: 'arbetstraningsplatser', cpv: [], description: null }],
      employees: { total: 10, targetGroup: 6, reportedOn: '2026-09-30' },
    });
    const enterpriseId = (await enterpriseIdByOrgnr(h.testApp.ctx.db, facts.orgnr))!;
    editorEmail = (await createTestUser(h.testApp, 'enterprise_editor', { enterpriseId })).email;
  });
  after(async () => {
    await h?.close();
  });

  it('inköparen skriver ett utkast, rättar reservationen, gör marknadsanalysen och publicerar', async () => {
    const page = await h.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, email);
    assert.equal(new URL(page.url()).pathname, '/inkop', 'a buyer lands on their procurements');
    await follow(page, () => page.getByRole('link', { name: 'Ny upphandling' }).click());
    await page.getByLabel('Annonserad upphandling').check();
    await page.getByLabel('Rubrik').fill('Stöd i boende för unga vuxna');
    await page.getByLabel('Beskrivning').fill('Boendestöd för unga vuxna i Umeå, omkring 20 timmar i veckan.');
    await page.getByLabel('E-post till kontaktpersonen').fill('ingrid@umea.example.se');
    await page.getByLabel('Länk till annonsen').fill('https://www.e-avrop.com/umea/upphandling/1');
    await page.getByLabel('Sista dag för anbud: Datum').fill('2027-03-15');
    await page.getByLabel('Sista dag för anbud: Klockslag (svensk tid)').fill('12:00');
    await follow(page, () => page.getByRole('button', { name: 'Spara och fortsätt' }).click());
    const id = /\/inkop\/(\d+)\/delomraden\/ny/.exec(page.url())![1];

    await page.getByLabel('Huvudsaklig CPV-kod').fill('90911200');
    await page.getByLabel('Var det ska utföras').fill('Umeå');
    await page.getByLabel('Uppskattat värde').fill('2 400 000');
    await page.getByLabel('Avtalstid').fill('24');
    await page.getByLabel(/Organisationer med uppdrag av allmänt intresse/).check();
    await page
      .getByLabel('Skäl för reservationen')
      .fill('Tjänsten passar organisationer med ett allmännyttigt uppdrag.');
    // Enter in a field saves the lot (not the CPV finder, whose button comes earlier in the form).
    await follow(page, () => page.getByLabel('Avtalstid').press('Enter'));
    const blocking = page.locator('.error-summary');
    assert.match(
      await blocking.innerText(),
      /Huvud-CPV-koden 90911200 .* får inte reserveras enligt LOU 19 kap\. 25 §/,
    );

    await page.getByLabel('Huvudsaklig CPV-kod').fill('');
    await page.getByLabel('Hitta CPV-kod på ord eller siffror').fill('socialvård');
    await follow(page, () => page.getByRole('button', { name: 'Hitta koder' }).click());
    await follow(page, () => page.getByRole('button', { name: 'Använd 85300000 som huvudkod' }).click());
    assert.equal(await page.getByLabel('Huvudsaklig CPV-kod').inputValue(), '85300000');
    assert.equal(await page.getByLabel('Var det ska utföras').inputValue(), 'Umeå', 'nothing typed is lost');
    await follow(page, () => page.getByRole('button', { name: 'Spara delområdet' }).click());
    assert.equal(await page.locator('.error-summary').count(), 0);
    assert.match(await page.getByRole('status').first().innerText(), /Sparat/);

    await follow(page, () => page.getByRole('link', { name: 'Marknadsanalys för delområdet' }).click());
    assert.match(
      await page.locator('section.analysis').getByRole('heading', { level: 2 }).innerText(),
      /Marknadsanalys för Umeå/,
    );

    await visit(page, `/inkop/${id}`);
    await follow(page, () => page.getByRole('button', { name: 'Publicera' }).click(), { status: 400 });
    assert.match(await page.locator('.error-summary').first().innerText(), /Skriv varför den inte delas upp/);
    await page.getByLabel('Varför delas upphandlingen inte i flera delområden?').fill('Ett enda boende.');
    await page.getByLabel('Ja').check();
    await follow(page, () => page.getByRole('button', { name: 'Publicera' }).click());
    assert.match(await page.getByRole('status').first().innerText(), /Upphandlingen är publicerad/);

    await visit(page, '/upphandlingar?lan=24&reserverad=1');
    await follow(page, () => page.getByRole('link', { name: 'Stöd i boende för unga vuxna' }).click());
    assert.match(await page.locator('main').innerText(), /Reserverad enligt LOU 19 kap\. 25 §/);
    assert.match(await page.locator('main').innerText(), /85300000 Socialvård och tillhörande tjänster/);

    const feed = await page.request.get('/upphandlingar.atom?lan=24');
    assert.match(await feed.text(), /<title>Stöd i boende för unga vuxna<\/title>/);
    const api = (await (await page.request.get('/api/v1/opportunities?county=24')).json()) as {
      items: { id: number }[];
    };
    assert.deepEqual(
      api.items.map((o) => o.id),
      [Number(id)],
    );
  });

  it('inköparen läser in en riktig annons och sedan tilldelningen: en upphandling går från annonserad till tilldelad', async (t) => {
    const folders = noticeFolders();
    if (!folders) return t.skip('../shared/reference saknas');
    const dir = mkdtempSync(join(tmpdir(), 'asf-annonser-'));
    // A real contract notice, and a real award notice given its procedure id (BT-04).
    const cn = join(dir, 'annons.xml');
    const can = join(dir, 'tilldelning.xml');
    writeFileSync(cn, renamed(readFileSync(join(folders.ted, '583624-2023.xml'), 'utf8'), 'cn-e2e', 'proc-e2e'));
    writeFileSync(
      can,
      renamed(readFileSync(join(folders.ted, '2024-OJS170-00525037.xml'), 'utf8'), 'can-e2e', 'proc-e2e'),
    );
    try {
      for (const width of [1280, 390]) {
        const page = await h.newPage({ viewport: { width, height: 900 } });
        await signIn(page, email);
        await follow(page, () => page.getByRole('link', { name: /Läs in annonser/ }).click());
        await page.getByLabel('Annonsfiler (XML)').setInputFiles(width === 1280 ? cn : can);
        await follow(page, () => page.getByRole('button', { name: 'Läs in' }).click());
        const result = await page.getByRole('status').first().innerText();
        assert.match(result, width === 1280 ? /1 ny upphandling/ : /0 nya upphandlingar, 1 uppdaterade/);
        await follow(page, () => page.getByRole('link', { name: 'Visa' }).first().click());
        const main = await page.locator('main').innerText();
        if (width === 1280) assert.match(main, /Annonserad upphandling/);
        else {
          assert.match(main, /Den här upphandlingen är tilldelad/);
          assert.match(main, /Status\s+Publicerad → Tilldelad|Status: Publicerad → Tilldelad/);
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `at ${width} px the page scrolls sideways by ${overflow} px`);
      }
      const rows = await h.testApp.ctx.db
        .selectFrom('opportunity')
        .select(['status'])
        .where('procedure_id', '=', 'proc-e2e')
        .execute();
      assert.deepEqual(rows, [{ status: 'awarded' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('inköparen ser vilka företag som matchar delområdet, och företaget ser upphandlingen bland sina möjligheter', async () => {
    for (const width of [1280, 390]) {
      const buyer = await h.newPage({ viewport: { width, height: 900 } });
      await signIn(buyer, email);
      await visit(buyer, '/inkop');
      await follow(buyer, () => buyer.getByRole('link', { name: 'Stöd i boende för unga vuxna' }).click());
      const summary = buyer.getByRole('region', { name: 'Företag som matchar' });
      assert.match(await summary.innerText(), /1 företag matchar delområdet\.\s+Umeå Arbetsträning Ekonomisk Förening/);
      await follow(buyer, () => buyer.getByRole('link', { name: 'Alla som matchar delområde 1 (1)' }).click());
      const row = buyer
        .getByRole('listitem')
        .filter({ has: buyer.getByRole('heading', { name: /Umeå Arbetsträning/ }) });
      assert.match(
        await row.innerText(),
        /CPV 85300000 ↔ erbjuder 85312500 \(en del av den\)[\s\S]*levererar i Umeå[\s\S]*villkoren i LOU 19 kap\. 25 § prövar ni/,
      );

      const enterprise = await h.newPage({ viewport: { width, height: 900 } });
      await signIn(enterprise, editorEmail);
      await visit(enterprise, '/mitt-foretag');
      const section = enterprise.getByRole('region', { name: 'Möjligheter för er' });
      assert.match(await section.innerText(), /Stöd i boende för unga vuxna[\s\S]*ni erbjuder 85312500/);
      await follow(enterprise, () => enterprise.getByRole('link', { name: 'Alla möjligheter för er (1)' }).click());
      await follow(enterprise, () => enterprise.getByRole('link', { name: 'Stöd i boende för unga vuxna' }).click());
      assert.match(await enterprise.locator('h1').innerText(), /Stöd i boende för unga vuxna/);
      for (const page of [buyer, enterprise]) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${page.url()} scrolls sideways by ${overflow} px at ${width} px`);
      }
    }
  });

  it('på en telefon: listan, sidan och inköparens sidor ryms på bredden', async () => {
    const page = await h.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, email);
    const id = /\/upphandlingar\/(\d+)/.exec(
      (await (await page.request.get('/api/v1/opportunities')).json()).items[0].url as string,
    )![1];
    for (const path of [
      '/upphandlingar',
      `/upphandlingar/${id}`,
      '/inkop',
      `/inkop/${id}`,
      `/inkop/${id}/delomraden/1`,
      `/inkop/${id}/avbryt`,
      `/inkop/${id}/matchningar`,
      '/inkop/ny',
    ]) {
      await visit(page, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow} px at 390 px`);
    }
  });
});
