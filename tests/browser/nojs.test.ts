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

/** With JavaScript off everything still works: plain forms and links. */
describe('utan JavaScript', { skip: skipReason }, () => {
  let h: Harness;
  let page: Page;
  let total: number;

  before(async () => {
    h = await startHarness();
    page = await h.newPage({ javaScriptEnabled: false });
  });
  after(async () => {
    await h?.close();
  });

  it('startsidans sökning leder till katalogen', async () => {
    await visit(page, '/');
    await page.getByLabel('Vad söker du?').fill('catering');
    await follow(page, () => page.getByRole('button', { name: 'Sök', exact: true }).click());
    assert.equal(new URL(page.url()).pathname, '/foretag');
    assert.equal(queryOf(page).q, 'catering');
    assert.ok((await resultNames(page)).includes(KNOWN.renen.name));
  });

  it('söker och avgränsar med län och kommun', async () => {
    await visit(page, '/foretag');
    total = await resultCount(page);
    await page.getByLabel('Levererar i län').selectOption('24');
    // No script narrows the kommun list, so every kommun can still be chosen before sending.
    assert.equal(await page.locator('#kommun optgroup:not([disabled]) option[value="0180"]').count(), 1);
    await follow(page, () => page.getByRole('button', { name: 'Visa resultat' }).click());
    assert.equal(queryOf(page).lan, '24');
    const inCounty = await resultCount(page);
    assert.ok(inCounty > 0 && inCounty < total);
    // After sending, the server lists only the chosen län's kommuner, with counts.
    assert.equal(await page.locator('#kommun option[value="0180"]').count(), 0);
    assert.match(await page.locator('#kommun option[value="2480"]').innerText(), /^Umeå \(\d+\)$/);
    await page.getByLabel('Levererar i kommun').selectOption('2480');
    await page.getByRole('checkbox', { name: 'Certifierat' }).check();
    await follow(page, () => page.getByRole('button', { name: 'Visa resultat' }).click());
    assert.deepEqual(
      { lan: queryOf(page).lan, kommun: queryOf(page).kommun, certifierad: queryOf(page).certifierad },
      { lan: '24', kommun: '2480', certifierad: '1' },
    );
    assert.ok((await resultNames(page)).includes(KNOWN.snoflingan.name));
  });

  it('en kommun utanför valt län ger ett fel som går att rätta', async () => {
    await visit(page, '/foretag?lan=24&kommun=0180', { status: 400 });
    const summary = page.locator('.error-summary');
    assert.match(await summary.innerText(), /Stockholm ligger inte i det valda länet/);
    await summary.getByRole('link').first().click();
    assert.equal(new URL(page.url()).hash, '#kommun');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'kommun');
  });

  it('bläddrar med sidlänkarna', async () => {
    await visit(page, '/foretag');
    const first = await resultNames(page);
    await follow(page, () => page.getByRole('link', { name: 'Nästa' }).click());
    assert.equal(queryOf(page).sida, '2');
    const second = await resultNames(page);
    assert.ok(second.length > 0 && !second.some((n) => first.includes(n)));
    await follow(page, () => page.getByRole('link', { name: 'Sida 1', exact: true }).click());
    assert.deepEqual(await resultNames(page), first);
  });

  it('öppnar en profil från en träff', async () => {
    await visit(page, '/foretag?q=Sn%C3%B6flingan');
    await follow(page, () => page.getByRole('link', { name: KNOWN.snoflingan.name }).click());
    assert.equal(new URL(page.url()).pathname, `/foretag/${h.orgnr.snoflingan}`);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), KNOWN.snoflingan.name);
    // Back to the search the reader came from (issue 9), not to the whole directory.
    await follow(page, () => page.getByRole('link', { name: 'Tillbaka till sökresultatet' }).click());
    assert.equal(new URL(page.url()).searchParams.get('q'), 'Snöflingan');
    assert.equal(await resultCount(page), 1);
  });

  it('hopplänken fungerar utan JavaScript', async () => {
    await visit(page, '/foretag');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'innehall');
  });
});
