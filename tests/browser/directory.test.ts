import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  KNOWN,
  follow,
  queryOf,
  resultCount,
  resultNames,
  skipReason,
  startHarness,
  visit,
  type Harness,
} from './harness.js';

/** The directory as a sighted mouse-and-keyboard user meets it, with JavaScript on. */
describe('katalogen /foretag', { skip: skipReason }, () => {
  let h: Harness;
  let page: Page;
  /** A second tab in which shared URLs are opened. */
  let other: Page;
  let total: number;

  before(async () => {
    h = await startHarness();
    page = await h.newPage();
    other = await page.context().newPage();
    await visit(page, '/foretag');
    total = await resultCount(page);
  });
  after(async () => {
    await h?.close();
  });

  const submit = () => follow(page, () => page.getByRole('button', { name: 'Visa resultat' }).click());

  /** The page's URL opened in another tab shows the same result: the URL is the whole state. */
  async function assertShareable(): Promise<void> {
    await visit(other, page.url());
    assert.equal(await resultCount(other), await resultCount(page), 'samma antal i delad länk');
    assert.deepEqual(await resultNames(other), await resultNames(page), 'samma träffar i delad länk');
  }

  it('visar alla publicerade företag och antalet i ett role=status-element', async () => {
    assert.ok(total >= 120, `antal ${total}`);
    const status = page.getByRole('status');
    assert.equal(await status.count(), 1);
    assert.match(await status.innerText(), /\d+\s*företag/);
    assert.equal((await resultNames(page)).length, 20);
  });

  it('söker när man skriver och trycker Enter', async () => {
    await page.getByLabel('Sök på tjänst, namn eller ort').fill('Snöflingan');
    await follow(page, () => page.getByLabel('Sök på tjänst, namn eller ort').press('Enter'));
    assert.equal(queryOf(page).q, 'Snöflingan');
    const names = await resultNames(page);
    assert.equal(names[0], KNOWN.snoflingan.name);
    assert.ok((await resultCount(page)) < total);
    assert.equal(await page.getByLabel('Sök på tjänst, namn eller ort').inputValue(), 'Snöflingan');
    await assertShareable();
  });

  it('län och sedan kommun avgränsar resultatet och syns i adressen', async () => {
    await visit(page, '/foretag');
    await page.getByLabel('Levererar i län').selectOption('24');
    // With JavaScript the kommun list narrows to the chosen län at once.
    const enabledElsewhere = await page.locator('#kommun optgroup:not([disabled]) option[value="0180"]').count();
    assert.equal(enabledElsewhere, 0, 'Stockholm ska inte gå att välja när Västerbottens län är valt');
    await submit();
    assert.equal(queryOf(page).lan, '24');
    const inCounty = await resultCount(page);
    assert.ok(inCounty > 0 && inCounty < total, `antal i länet: ${inCounty}`);
    await assertShareable();

    await page.getByLabel('Levererar i kommun').selectOption('2480');
    await submit();
    assert.deepEqual({ lan: queryOf(page).lan, kommun: queryOf(page).kommun }, { lan: '24', kommun: '2480' });
    const inMunicipality = await resultCount(page);
    assert.ok(inMunicipality > 0 && inMunicipality <= inCounty);
    assert.ok((await resultNames(page)).includes(KNOWN.snoflingan.name));
    assert.ok(!(await resultNames(page)).includes(KNOWN.renen.name));
    await assertShareable();
  });

  it('tjänstekategori avgränsar resultatet', async () => {
    await visit(page, '/foretag');
    await page.getByLabel('Tjänst', { exact: true }).selectOption('catering');
    await submit();
    assert.equal(queryOf(page).kategori, 'catering');
    const n = await resultCount(page);
    assert.ok(n > 0 && n < total, `antal: ${n}`);
    await assertShareable();
  });

  it('CPV-kod hittar företag som erbjuder underliggande koder', async () => {
    await visit(page, '/foretag?kommun=2480');
    const before = await resultCount(page);
    // 90900000 (städ- och saneringstjänster) is a parent of Snöflingan's 90911200.
    await page.getByLabel('CPV-kod').fill('90900000');
    await submit();
    assert.deepEqual({ kommun: queryOf(page).kommun, cpv: queryOf(page).cpv }, { kommun: '2480', cpv: '90900000' });
    assert.ok((await resultNames(page)).includes(KNOWN.snoflingan.name));
    assert.ok((await resultCount(page)) <= before);
    await visit(page, '/foretag');
    await page.getByLabel('CPV-kod').fill('55520000');
    await submit();
    const n = await resultCount(page);
    assert.ok(n > 0 && n < total, `antal för 55520000: ${n}`);
    await assertShareable();
  });

  for (const [param, label] of [
    ['reserverbar', 'Kan delta i reserverad upphandling (LOU 4 kap. 18 §)'],
    ['certifierad', 'Certifierat'],
    ['arbetstraning', 'Har lediga arbetsträningsplatser'],
  ] as const) {
    it(`kryssrutan ${param} avgränsar resultatet`, async () => {
      await visit(page, '/foretag');
      await page.getByRole('checkbox', { name: label }).check();
      await submit();
      assert.equal(queryOf(page)[param], '1');
      assert.ok(await page.getByRole('checkbox', { name: label }).isChecked(), 'rutan är kvar ikryssad');
      const n = await resultCount(page);
      assert.ok(n > 0 && n < total, `antal med ${param}: ${n}`);
      await assertShareable();
    });
  }

  it('bläddrar till sida 2 och tillbaka', async () => {
    await visit(page, '/foretag');
    const first = await resultNames(page);
    const pages = page.getByRole('navigation', { name: 'Sidor' });
    await follow(page, () => pages.getByRole('link', { name: 'Sida 2', exact: true }).click());
    assert.equal(queryOf(page).sida, '2');
    assert.equal(await page.locator('ol.result-list').getAttribute('start'), '21');
    const second = await resultNames(page);
    assert.equal(second.length, 20);
    assert.ok(!second.some((n) => first.includes(n)), 'sida 2 visar andra företag');
    assert.equal(await pages.locator('[aria-current="page"]').innerText(), '2');
    await assertShareable();
    await follow(page, () => pages.getByRole('link', { name: 'Föregående' }).click());
    assert.equal(queryOf(page).sida, undefined);
    assert.deepEqual(await resultNames(page), first);
  });

  it('sorterar på namn', async () => {
    await visit(page, '/foretag');
    await page.getByLabel('Sortera').selectOption({ label: 'Namn A–Ö' });
    await submit();
    assert.equal(queryOf(page).sortering, 'namn');
    const names = await resultNames(page);
    const sorted = [...names].sort((a, b) => a.localeCompare(b, 'sv'));
    assert.deepEqual(names, sorted, 'i svensk bokstavsordning');
    await assertShareable();
  });

  it('en felaktig CPV-kod ger en felsammanfattning vars länk flyttar fokus till fältet', async () => {
    await visit(page, '/foretag');
    await page.getByLabel('CPV-kod').fill('9091');
    await follow(page, () => page.getByRole('button', { name: 'Visa resultat' }).click(), { status: 400 });
    const summary = page.locator('.error-summary');
    assert.ok(await summary.isVisible());
    assert.equal(await summary.getAttribute('role'), 'alert');
    const link = summary.getByRole('link', { name: /CPV-koden/ });
    assert.equal(await link.getAttribute('href'), '#cpv');
    await link.click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'cpv');
    const field = page.getByLabel('CPV-kod');
    assert.equal(await field.inputValue(), '9091', 'det användaren skrev står kvar');
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.match((await field.getAttribute('aria-describedby')) ?? '', /cpv-fel/);
    // The other choices still give a result.
    assert.equal(await resultCount(page), total);
  });

  it('"Rensa alla val" tar bort alla val', async () => {
    await visit(page, '/foretag?q=st%C3%A4d&lan=24&kategori=stadning&certifierad=1&sortering=namn&sida=1');
    assert.ok((await resultCount(page)) < total);
    await follow(page, () => page.getByRole('link', { name: 'Rensa alla val' }).click());
    assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, '/foretag');
    assert.equal(await resultCount(page), total);
    assert.equal(await page.getByLabel('Sök på tjänst, namn eller ort').inputValue(), '');
    assert.equal(await page.getByLabel('Levererar i län').inputValue(), '');
    assert.equal(await page.getByLabel('Tjänst', { exact: true }).inputValue(), '');
    assert.ok(!(await page.getByRole('checkbox', { name: 'Certifierat' }).isChecked()));
  });

  it('nedladdningslänkarna bär med sig den aktuella sökningen', async () => {
    await visit(page, '/foretag?lan=24&kategori=stadning&sida=1');
    const count = await resultCount(page);
    const hrefs = await page.locator('.downloads a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    assert.deepEqual(
      hrefs.map((u) => new URL(u).pathname),
      ['/foretag/export.csv', '/foretag/export.xlsx', '/foretag/export.json'],
    );
    for (const u of hrefs) {
      const p = new URL(u).searchParams;
      assert.equal(p.get('lan'), '24', u);
      assert.equal(p.get('kategori'), 'stadning', u);
    }
    const csv = await page.request.get(hrefs[0]!);
    assert.equal(csv.status(), 200);
    assert.match(csv.headers()['content-type'] ?? '', /^text\/csv/);
    const text = (await csv.text()).replace(/^\uFEFF/, '');
    const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
    assert.match(lines[0]!, /organisationsnummer/i, `rubrikraden: ${lines[0]}`);
    assert.ok(!/\d{6}-\d{4}/.test(lines[0]!), 'första raden är rubriker, inte data');
    assert.equal(lines.length - 1, count, 'en rad per träff');
    assert.ok(text.includes(h.orgnr.snoflingan));
    assert.ok(!text.includes(h.orgnr.renen));
    const xlsx = await page.request.get(hrefs[1]!);
    assert.equal(xlsx.status(), 200);
    assert.match(xlsx.headers()['content-type'] ?? '', /spreadsheetml/);
    const json = await page.request.get(hrefs[2]!);
    assert.equal(json.status(), 200);
    assert.match(json.headers()['content-type'] ?? '', /^application\/json/);
  });
});
