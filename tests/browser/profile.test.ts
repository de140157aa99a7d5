import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { luhnCheckDigit } from '../../src/modules/register/enterprise/orgnr.js';
import { KNOWN, follow, skipReason, startHarness, visit, type Harness } from './harness.js';

/** The profile page /foretag/{orgnr}: every public fact, when and where it came from, JSON-LD, print. */
describe('profilsidan /foretag/{orgnr}', { skip: skipReason }, () => {
  let h: Harness;
  let page: Page;

  before(async () => {
    h = await startHarness();
    page = await h.newPage();
  });
  after(async () => {
    await h?.close();
  });

  it('nås från en träff i katalogen', async () => {
    await visit(page, '/foretag?q=Sn%C3%B6flingan');
    await follow(page, () => page.getByRole('link', { name: KNOWN.snoflingan.name }).click());
    assert.equal(new URL(page.url()).pathname, `/foretag/${h.orgnr.snoflingan}`);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), KNOWN.snoflingan.name);
    assert.equal(await page.title(), `${KNOWN.snoflingan.name} – ASF-plattformen`);
    const text = (await page.locator('main').innerText()).replace(/[\u00a0\u202f]/g, ' ');
    for (const fact of [
      h.orgnr.snoflingan,
      'Kontorsstäd',
      'Umeå kommun',
      'Svensk Miljöbas',
      '60 %',
      'LOU 4 kap. 18 §',
    ]) {
      assert.ok(text.includes(fact), `profilen visar ${fact}`);
    }
  });

  it('visar när uppgifterna verifierades och varifrån de kommer', async () => {
    await visit(page, `/foretag/${h.orgnr.snoflingan}`);
    assert.equal(await page.locator('.verified').innerText(), 'Verifierad 1 november 2026');
    const sources = page.getByRole('region', { name: 'Om uppgifterna' });
    assert.match(await sources.innerText(), /Grunduppgifter: Samordnare, 1 november 2026/);
    assert.equal(
      await page.getByText('Det här företaget är påhittat').count(),
      0,
      'ingen demotext på riktiga uppgifter',
    );
  });

  it('säger tydligt att ett demoföretag är påhittat', async () => {
    await visit(page, '/foretag?sortering=namn');
    const demo = page.locator('.result', { has: page.locator('.badge-demo') }).first();
    const name = await demo.locator('h3 a').innerText();
    await follow(page, () => demo.locator('h3 a').click());
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), name);
    assert.ok(await page.getByText('Det här företaget är påhittat och finns bara i demoversionen.').isVisible());
    assert.ok(await page.locator('.demo-banner').isVisible());
    const sources = await page.getByRole('region', { name: 'Om uppgifterna' }).innerText();
    assert.match(sources, /Påhittade demodata/);
    assert.match(await page.locator('.verified').innerText(), /^Verifierad \d{1,2} \p{L}+ \d{4}$/u);
  });

  it('har schema.org Organization som JSON-LD', async () => {
    await visit(page, `/foretag/${h.orgnr.snoflingan}`);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    assert.equal(blocks.length, 1);
    const data = JSON.parse(blocks[0]!) as Record<string, unknown>;
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@type'], 'Organization');
    assert.equal(data.name, KNOWN.snoflingan.name);
    assert.equal(data.taxID, h.orgnr.snoflingan);
    assert.equal((data.address as Record<string, unknown>).addressLocality, 'Umeå');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    assert.ok(canonical?.endsWith(`/foretag/${h.orgnr.snoflingan}`), `canonical: ${canonical}`);
  });

  it('skrivs ut utan meny, filter och sidnavigering', async () => {
    await visit(page, `/foretag/${h.orgnr.snoflingan}`);
    await page.emulateMedia({ media: 'print' });
    try {
      assert.ok(!(await page.getByRole('navigation', { name: 'Huvudmeny' }).isVisible()), 'menyn döljs');
      assert.ok(!(await page.getByRole('link', { name: 'Tillbaka till alla företag' }).isVisible()));
      assert.ok(await page.getByRole('heading', { level: 1 }).isVisible());
      assert.ok(await page.getByRole('heading', { name: 'Om uppgifterna' }).isVisible(), 'källorna skrivs ut');
      await visit(page, '/foretag?lan=24');
      assert.ok(!(await page.getByRole('group', { name: 'Avgränsa' }).isVisible()), 'filtren döljs');
      assert.ok(!(await page.getByRole('navigation', { name: 'Huvudmeny' }).isVisible()));
      assert.ok(!(await page.locator('.downloads').isVisible()));
      assert.ok(await page.locator('.result-list').isVisible(), 'träffarna skrivs ut');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    assert.ok(await page.getByRole('navigation', { name: 'Huvudmeny' }).isVisible());
  });

  it('ett okänt org.nr ger en riktig 404-sida', async () => {
    const nine = '769999999';
    const unknown = `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
    await visit(page, `/foretag/${unknown}`, { status: 404 });
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Företaget finns inte i registret');
    assert.ok(await page.getByRole('navigation', { name: 'Huvudmeny' }).isVisible(), 'sidan har vanlig layout');
    assert.ok(await page.locator('.demo-banner').isVisible());
    await follow(page, () => page.getByRole('link', { name: 'Till startsidan' }).click());
    assert.equal(new URL(page.url()).pathname, '/');
    await visit(page, '/foretag/inte-ett-nummer', { status: 404 });
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Företaget finns inte i registret');
  });

  it('ett org.nr utan bindestreck leder till rätt adress', async () => {
    await visit(page, `/foretag/${h.orgnr.snoflingan.replace('-', '')}`);
    assert.equal(new URL(page.url()).pathname, `/foretag/${h.orgnr.snoflingan}`);
  });
});
