import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { createTestUser } from '../../src/platform/testing/auth.js';
import { follow, signIn, skipReason, startHarness, visit, type Harness } from './harness.js';

/**
 * Issue 7 §5 in Chromium: a coordinator uploads her own list (Windows-1252, semicolons, her own
 * headers, no date column), says what the unknown column holds, gives the date for the whole
 * file, previews and imports; axe checks every page on the way, the error page included. Then
 * the same without JavaScript.
 */
const LIST = join(process.cwd(), 'tests/fixtures/import/samordnarens-lista.csv');

describe('import av samordnarens egen lista', { skip: skipReason }, () => {
  let h: Harness;

  before(async () => {
    h = await startHarness({ demo: 0 });
  });
  after(async () => {
    await h?.close();
  });

  async function uploadList(page: Page): Promise<void> {
    await visit(page, '/samordning/import');
    await page.getByLabel('Fil (CSV eller Excel', { exact: false }).setInputFiles(LIST);
    await follow(page, () => page.getByRole('button', { name: 'Ladda upp och förhandsgranska' }).click());
    await page.getByRole('heading', { name: 'Förhandsgranskning av samordnarens-lista.csv' }).waitFor();
  }

  const summary = (page: Page) => page.locator('dl.facts').innerText();

  it('laddar upp, väljer fält för kolumnen, anger datumet, förhandsgranskar och läser in', async () => {
    const coordinator = await createTestUser(h.testApp, 'coordinator', { name: 'Sara Samordnare' });
    const page = await h.newPage();
    await signIn(page, coordinator.email);
    // Sent without a file: the message, and an address with no CSRF token in it to copy or keep.
    await visit(page, '/samordning/import');
    await follow(page, () => page.getByRole('button', { name: 'Ladda upp och förhandsgranska' }).click(), {
      status: 400,
    });
    assert.match(await page.locator('.error-summary').innerText(), /Välj en fil att ladda upp/);
    assert.equal(new URL(page.url()).search, '');
    await uploadList(page);

    // As uploaded: the unknown columns with their first values, and every row without a date.
    const inriktning = page.getByLabel('Kolumnen "Inriktning"');
    assert.equal(await inriktning.inputValue(), 'hoppa-over');
    await page.getByText('Första värdena: "Städning; Fönsterputs"', { exact: false }).waitFor();
    assert.match(await summary(page), /Rader med fel\s*10/);
    assert.equal(await page.getByRole('row', { name: /Rad \d+ Rapporterat/ }).count(), 10);

    // A wrong date: the error summary links to the field, which keeps what was typed.
    await inriktning.selectOption({ label: 'Tjänster' });
    await page.getByLabel('Datum som antalen anställda gäller').fill('1 oktober');
    await follow(page, () => page.getByRole('button', { name: 'Förhandsgranska med de här valen' }).click(), {
      status: 400,
    });
    const link = page.locator('.error-summary a[href="#rapporterat"]');
    assert.match(await link.innerText(), /Skriv datumet som ÅÅÅÅ-MM-DD/);
    await link.click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'rapporterat');
    assert.equal(await page.getByLabel('Datum som antalen anställda gäller').inputValue(), '1 oktober');
    assert.equal(await page.getByLabel('Kolumnen "Inriktning"').inputValue(), 'categories');

    await page.getByLabel('Datum som antalen anställda gäller').fill('2026-10-01');
    await follow(page, () => page.getByRole('button', { name: 'Förhandsgranska med de här valen' }).click());
    assert.match(await summary(page), /Nya företag\s*10[\s\S]*Rader med fel\s*0/);
    await page.getByText('Alla rader läses med datumet 1 oktober 2026.', { exact: false }).waitFor();

    await follow(page, () => page.getByRole('button', { name: 'Importera' }).click());
    await page.getByRole('heading', { name: 'Filen är inläst' }).waitFor();
    await page.getByText('10 nya företag, 0 ändrade och 0 oförändrade.').waitFor();

    await visit(page, '/foretag/802550-1035');
    await page.getByRole('heading', { name: 'Stiftelsen Bergslagens Arbetsgemenskap', level: 1 }).waitFor();
  });

  it('utan JavaScript: nästa fil med samma rubriker får de sparade valen och läses in', async () => {
    const other = await createTestUser(h.testApp, 'coordinator', { name: 'Olle Samordnare' });
    await h.testApp.ctx.db.deleteFrom('enterprise_version').execute();
    await h.testApp.ctx.db.deleteFrom('enterprise').execute();
    const page = await h.newPage({ javaScriptEnabled: false });
    await signIn(page, other.email);
    await uploadList(page);
    await page.getByText('De gjordes av Sara Samordnare', { exact: false }).waitFor();
    assert.equal(await page.getByLabel('Kolumnen "Inriktning"').inputValue(), 'categories');
    // The date belongs to one file and is asked again.
    await page.getByLabel('Datum som antalen anställda gäller').fill('2026-10-01');
    await follow(page, () => page.getByRole('button', { name: 'Förhandsgranska med de här valen' }).click());
    assert.match(await summary(page), /Nya företag\s*10/);
    await follow(page, () => page.getByRole('button', { name: 'Importera' }).click());
    await page.getByText('10 nya företag, 0 ändrade och 0 oförändrade.').waitFor();
  });
});
