import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertOrganisation } from '../../src/platform/auth/user.repository.js';
import { createTestUser } from '../../src/platform/testing/auth.js';
import { insertEnterprise } from '../../src/modules/register/testing/factories.js';
import { enterpriseIdByOrgnr } from '../../src/modules/register/testing/internals.js';
import { follow, signIn, skipReason, startHarness, visit, type Harness } from './harness.js';

/** Where the screenshots go for a person to look at (never the repository). */
const SHOTS = process.env.SCREENSHOT_DIR;

/**
 * Issue 12 §4: a coordinator registers a work-training agreement with an enterprise in Borlänge
 * with adapted hours; the enterprise's editor states its free places on /mitt-foretag and later
 * confirms them with one button; anyone then finds the place on the board filtered by Borlänge
 * and adapted hours, at 1280 and 390 px. axe at 0 violations on every page.
 */
describe('arbetsträningsplatser', { skip: skipReason }, () => {
  let h: Harness;
  let coordinatorEmail: string;
  let editorEmail: string;
  let orgnr: string;
  before(async () => {
    h = await startHarness({ demo: 0 });
    const db = h.testApp.ctx.db;
    const organisationId = await insertOrganisation(db, {
      name: 'Samordningsförbundet Södra Dalarna',
      kind: 'samordningsforbund',
      countyCode: '20',
      municipalityCode: null,
      now: h.testApp.ctx.now(),
    });
    coordinatorEmail = (await createTestUser(h.testApp, 'coordinator', { name: 'Sara Samordnare', organisationId }))
      .email;
    orgnr = (
      await insertEnterprise(db, {
        name: 'Borlänge Återbruk Ekonomisk Förening',
        address: { street: 'Röda vägen 4', postalCode: '784 34', city: 'Borlänge', municipalityCode: '2081' },
        operatingAreas: [{ countyCode: '20', municipalityCode: '2081' }],
      })
    ).orgnr;
    const enterpriseId = (await enterpriseIdByOrgnr(db, orgnr))!;
    editorEmail = (await createTestUser(h.testApp, 'enterprise_editor', { enterpriseId })).email;
  });
  after(async () => {
    await h?.close();
  });

  it('samordnaren registrerar en överenskommelse i Borlänge med anpassade arbetstider', async () => {
    const page = await h.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, coordinatorEmail);
    await follow(page, () => page.getByRole('link', { name: 'Arbetsträning', exact: true }).click());
    await follow(page, () => page.getByRole('link', { name: 'Registrera en överenskommelse' }).click());
    // Sent half-filled first: the error summary links to each field.
    await page.getByLabel('Anordnare (företag i registret)').fill(orgnr);
    await follow(page, () => page.getByRole('button', { name: 'Spara överenskommelsen' }).click(), { status: 400 });
    assert.match(await page.locator('.error-summary').innerText(), /Skriv diarienumret/);
    await page.getByLabel('Diarienummer (Dnr)').fill('SF 2026/14');
    await page.getByLabel('Kommun där platserna finns').selectOption({ label: 'Borlänge' });
    await page.getByLabel('Gäller från').fill('2026-11-01');
    await page.getByLabel('Gäller till och med').fill('2027-10-31');
    await page.getByLabel('Antal platser').fill('3');
    await page.getByLabel('Antal handledare').fill('1');
    await page.getByLabel('Personer med psykisk ohälsa').check();
    await page.getByLabel('Anpassade arbetstider').check();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/agreement-form-1280.png`, fullPage: true });
    await follow(page, () => page.getByRole('button', { name: 'Spara överenskommelsen' }).click());
    const main = await page.locator('main').innerText();
    assert.match(main, /Överenskommelsen är sparad/);
    assert.match(main, /Borlänge Återbruk Ekonomisk Förening/);
    assert.match(main, /Anpassade arbetstider/);
    await follow(page, () => page.getByRole('link', { name: 'Alla överenskommelser' }).click());
    assert.match(await page.locator('main').innerText(), /SF 2026\/14/);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/agreements-1280.png`, fullPage: true });
  });

  it('företaget uppger lediga platser på Mitt företag och bekräftar dem med ett klick', async () => {
    const page = await h.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, editorEmail);
    assert.equal(new URL(page.url()).pathname, '/mitt-foretag');
    const section = page.getByRole('region', { name: 'Lediga arbetsträningsplatser' });
    assert.match(await section.innerText(), /Ni har 3 arbetsträningsplatser/);
    // Two clicks: into the field, then save.
    await section.getByLabel('Lediga platser nu').fill('2');
    await follow(page, () => section.getByRole('button', { name: 'Spara antalet' }).click());
    assert.match(await page.getByRole('status').first().innerText(), /Sparat: 2 lediga platser/);
    await follow(page, () => page.getByRole('link', { name: 'Tillbaka till Mitt företag' }).click());
    // And the next time it is one: still correct.
    await follow(page, () =>
      page
        .getByRole('region', { name: 'Lediga arbetsträningsplatser' })
        .getByRole('button', { name: 'Stämmer fortfarande' })
        .click(),
    );
    assert.match(await page.getByRole('status').first().innerText(), /Sparat: 2 lediga platser/);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/own-places-390.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px at 390 px`);
  });

  it('vem som helst hittar platsen i Borlänge med anpassade arbetstider', async () => {
    for (const width of [1280, 390]) {
      const page = await h.newPage({ viewport: { width, height: 900 } });
      await visit(page, '/arbetstraningsplatser');
      await page.getByLabel('Kommun').selectOption({ label: 'Borlänge' });
      await page.getByLabel('Anpassning').selectOption({ label: 'Anpassade arbetstider' });
      await follow(page, () => page.getByRole('button', { name: 'Visa platser' }).click());
      assert.equal(new URL(page.url()).search, '?kommun=2081&malgrupp=&anpassning=anpassade-arbetstider');
      assert.match(await page.getByRole('status').innerText(), /1 företag har lediga platser/);
      const found = await page.locator('.result-list').innerText();
      assert.match(found, /Borlänge Återbruk Ekonomisk Förening/);
      assert.match(found, /2 lediga platser av 3/);
      assert.doesNotMatch(found, /Osäker/);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/board-${width}.png`, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `at ${width} px the page scrolls sideways by ${overflow} px`);
      await follow(page, () => page.getByRole('link', { name: 'Borlänge Återbruk Ekonomisk Förening' }).click());
      assert.equal(new URL(page.url()).pathname, `/foretag/${orgnr}`);
    }
  });
});
