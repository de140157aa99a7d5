import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { drainJobs } from '../../src/platform/jobs/worker.js';
import { createTestUser, TEST_PASSWORD } from '../../src/platform/testing/auth.js';
import { linksIn, startTestSmtp, type TestSmtp } from '../../src/platform/testing/smtp.js';
import { nextOrgnr } from '../../src/modules/register/testing/factories.js';
import { follow, skipReason, startHarness, TODAY, visit, type Harness } from './harness.js';

/**
 * Issue 3, end to end in a browser: an enterprise registers, confirms its address from the real
 * e-mail, fills in the guided form and submits; a coordinator verifies it; the profile is
 * public; the editor changes it; a year passes and the e-mailed link confirms it. axe checks
 * every page on the way (visit/follow).
 */
describe('det levande registret, från registrering till årlig bekräftelse', { skip: skipReason }, () => {
  let h: Harness;
  let smtp: TestSmtp;
  let editor: Page;
  const orgnr = nextOrgnr();
  const name = 'Lingonriset Arbetskooperativ';
  const email = 'kontakt@lingonriset.example.se';

  before(async () => {
    smtp = await startTestSmtp();
    h = await startHarness({ demo: 20, env: { SMTP_URL: smtp.url } });
    editor = await h.newPage();
  });
  after(async () => {
    await h?.close();
    await smtp?.close();
  });

  /** Sends what the queue holds and returns the path of the first link in the newest mail to `to` matching `pathPart`. */
  async function mailedPath(to: string, pathPart: string): Promise<string> {
    await drainJobs(h.testApp.ctx);
    const mail = await smtp.waitForMessage(
      (m) => JSON.stringify(m.to).includes(to) && linksIn(m).some((l) => l.includes(pathPart)),
    );
    smtp.messages.splice(smtp.messages.indexOf(mail), 1);
    const link = linksIn(mail).find((l) => l.includes(pathPart))!;
    return new URL(link).pathname;
  }

  it('registrerar företaget och bekräftar adressen via e-posten', async () => {
    await visit(editor, '/registrera');
    await editor.getByLabel('Organisationsnummer').fill(orgnr.replace('-', ''));
    await editor.getByLabel('Företagets namn').fill(name);
    await editor.getByLabel('Ditt namn').fill('Lina Lingon');
    await editor.getByLabel('Din e-postadress').fill(email);
    await editor.getByLabel('Välj ett lösenord').fill(TEST_PASSWORD);
    await editor.getByLabel('Skriv lösenordet en gång till').fill(TEST_PASSWORD);
    await follow(editor, () => editor.getByRole('button', { name: 'Registrera företaget' }).click());
    await editor.getByRole('heading', { name: 'Kolla din e-post' }).waitFor();

    // The link opens a page with one button (a mail scanner opening it uses nothing up); the button signs in.
    await visit(editor, await mailedPath(email, '/registrera/bekrafta/'));
    await follow(editor, () => editor.getByRole('button', { name: 'Bekräfta min e-postadress' }).click());
    assert.equal(new URL(editor.url()).pathname, '/mitt-foretag');
  });

  it('fyller i stegen och skickar in för granskning', async () => {
    await visit(editor, '/mitt-foretag/steg/1');
    await editor.getByLabel('Ekonomisk förening').check();
    await editor.getByLabel('Beskriv kort vad företaget gör').fill('Städning och fönsterputs i Umeå.');
    await editor.getByLabel('Kommun där företaget har sitt säte').selectOption('2480');
    await follow(editor, () => editor.getByRole('button', { name: 'Spara och fortsätt', exact: true }).click());

    assert.match(new URL(editor.url()).pathname, /\/steg\/2$/);
    await editor.getByLabel('Städning och lokalvård', { exact: false }).first().check();
    await editor.getByLabel('Västerbottens län').check();
    await follow(editor, () => editor.getByRole('button', { name: 'Spara och fortsätt', exact: true }).click());

    assert.match(new URL(editor.url()).pathname, /\/steg\/3$/);
    await editor.getByLabel('Antal anställda').fill('10');
    await editor.getByLabel('Varav anställda ur målgruppen').fill('6');
    await follow(editor, () => editor.getByRole('button', { name: 'Spara och fortsätt', exact: true }).click());

    assert.match(new URL(editor.url()).pathname, /\/steg\/4$/);
    await editor.getByLabel('Vi har inga arbetsträningsplatser').check();
    await follow(editor, () => editor.getByRole('button', { name: 'Spara och fortsätt', exact: true }).click());

    assert.match(new URL(editor.url()).pathname, /\/steg\/5$/);
    await follow(editor, () => editor.getByRole('button', { name: 'Spara och fortsätt', exact: true }).click());

    await visit(editor, '/mitt-foretag/skicka');
    await follow(editor, () => editor.getByRole('button', { name: 'Skicka för granskning' }).click());
    const status = await h.testApp.ctx.db
      .selectFrom('enterprise')
      .select('status')
      .where('orgnr', '=', orgnr)
      .executeTakeFirstOrThrow();
    assert.equal(status.status, 'pending');
    // While the coordinator decides, the steps show the facts read-only and say why.
    await visit(editor, '/mitt-foretag/steg/1');
    await editor.getByText('Uppgifterna granskas just nu', { exact: false }).first().waitFor();
    assert.equal(await editor.getByRole('button', { name: 'Spara och fortsätt' }).count(), 0);
    await visit(editor, `/foretag/${orgnr}`, { status: 404 });
  });

  it('samordnaren granskar och godkänner, och profilen blir offentlig', async () => {
    const coordinator = await createTestUser(h.testApp, 'coordinator', { name: 'Sam Samordnare' });
    const page = await h.newPage();
    await visit(page, '/samordning/granskning', { status: 200 });
    await page.getByLabel('E-postadress').fill(coordinator.email);
    await page.getByLabel('Lösenord').fill(TEST_PASSWORD);
    await follow(page, () => page.getByRole('button', { name: 'Logga in' }).click());
    assert.equal(new URL(page.url()).pathname, '/samordning/granskning');

    await follow(page, () => page.getByRole('link', { name, exact: false }).first().click());
    const form = page.locator('form:has(button[value="godkann"])');
    for (const box of await form.locator('input[type="checkbox"]').all()) await box.check();
    await form.getByLabel('Underlag').fill('Stadgar daterade 2024-03-01, årsredovisning 2025.');
    await follow(page, () => form.getByRole('button', { name: 'Godkänn och publicera' }).click());

    await visit(page, `/foretag/${orgnr}`);
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    // The editor hears about it by e-mail.
    await drainJobs(h.testApp.ctx);
    await smtp.waitForMessage((m) => JSON.stringify(m.to).includes(email) && /godkänt/.test(m.subject ?? ''));
  });

  it('redaktören ändrar profilen och ändringen syns direkt', async () => {
    await visit(editor, '/mitt-foretag/steg/1');
    await editor
      .getByLabel('Beskriv kort vad företaget gör')
      .fill('Städning, fönsterputs och trappstädning i hela Västerbotten.');
    await follow(editor, () => editor.getByRole('button', { name: 'Spara och fortsätt', exact: true }).click());
    await visit(editor, `/foretag/${orgnr}`);
    await editor.getByText('trappstädning i hela Västerbotten').waitFor();
  });

  it('ett år senare bekräftar länken i e-posten uppgifterna', async () => {
    const elevenMonths = new Date(`${TODAY}T10:00:00Z`);
    elevenMonths.setUTCMonth(elevenMonths.getUTCMonth() + 11);
    elevenMonths.setUTCDate(elevenMonths.getUTCDate() + 1);
    h.testApp.setNow(elevenMonths);
    const path = await mailedPath(email, '/bekrafta/');
    const page = await h.newPage();
    await visit(page, path);
    await follow(page, () => page.getByRole('button', { name: 'Ja, uppgifterna stämmer' }).click());
    const row = await h.testApp.ctx.db
      .selectFrom('enterprise')
      .select(['status', 'confirmed_at'])
      .where('orgnr', '=', orgnr)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'published');
    assert.equal(row.confirmed_at?.toISOString(), elevenMonths.toISOString());
  });
});
