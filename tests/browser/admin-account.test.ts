import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { drainJobs } from '../../src/platform/jobs/worker.js';
import { createTestUser } from '../../src/platform/testing/auth.js';
import { linksIn, startTestSmtp, type TestSmtp } from '../../src/platform/testing/smtp.js';
import { follow, signIn, skipReason, startHarness, visit, type Harness } from './harness.js';

/**
 * The admin pages, one's own account, the privacy page and the import page in a real browser:
 * an admin invites a coordinator, who follows the e-mailed link, imports a file after its
 * preview, downloads their data and deletes their account. axe checks every page on the way,
 * the pages with error summaries too.
 */
describe('administration, konto och import i webbläsaren', { skip: skipReason }, () => {
  let h: Harness;
  let smtp: TestSmtp;
  let admin: Page;
  let coordinator: Page;

  before(async () => {
    smtp = await startTestSmtp();
    h = await startHarness({ demo: 0, env: { SMTP_URL: smtp.url } });
    await createTestUser(h.testApp, 'admin', { email: 'ada@example.se', name: 'Ada Admin' });
    admin = await h.newPage();
    coordinator = await h.newPage();
  });
  after(async () => {
    await h?.close();
    await smtp?.close();
  });

  it('admin: start, användare, inbjudan med fel och utan, organisationer och loggen', async () => {
    await signIn(admin, 'ada@example.se');
    assert.equal(new URL(admin.url()).pathname, '/admin');
    await follow(admin, () => admin.getByRole('link', { name: 'Bjud in en användare' }).click());
    await follow(admin, () => admin.getByRole('button', { name: 'Skicka inbjudan' }).click(), { status: 400 });
    await admin.getByLabel('E-postadress').fill('sara@example.se');
    await admin.getByLabel('Namn (valfritt)').fill('Sara Samordnare');
    await admin.getByLabel('Samordnare', { exact: true }).check();
    await admin.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Ny organisation …' });
    await admin.getByLabel('Den nya organisationens namn').fill('Samordningsförbundet Exempel');
    await admin.getByLabel('Den nya organisationens typ').selectOption('samordningsforbund');
    await follow(admin, () => admin.getByRole('button', { name: 'Skicka inbjudan' }).click());
    assert.match(await admin.locator('main').innerText(), /Användaren är inbjuden/);
    await visit(admin, '/admin/anvandare');
    await visit(admin, '/admin/organisationer');
    await visit(admin, '/admin/logg');
    await visit(admin, '/admin/logg?handelse=user_invited');
  });

  it('samordnaren följer länken i e-posten och läser in en fil efter förhandsgranskningen', async () => {
    await drainJobs(h.testApp.ctx);
    const mail = await smtp.waitForMessage((m) => JSON.stringify(m.to).includes('sara@example.se'));
    const path = new URL(linksIn(mail).find((l) => l.includes('/inbjudan/'))!).pathname;
    await visit(coordinator, path);
    await coordinator.getByLabel('Ditt namn').fill('Sara Samordnare');
    await coordinator.getByLabel('Nytt lösenord').fill('ett långt nytt lösenord');
    await coordinator.getByLabel('Skriv lösenordet en gång till').fill('ett långt nytt lösenord');
    await follow(coordinator, () => coordinator.getByRole('button', { name: 'Skapa kontot' }).click());

    await visit(coordinator, '/samordning/import');
    await follow(
      coordinator,
      () => coordinator.getByRole('button', { name: 'Ladda upp och förhandsgranska' }).click(),
      {
        status: 400,
      },
    );
    const bad = [
      'Organisationsnummer;Namn;Företagsform;Kommun',
      '799900-1014;Kooperativet Exempelringen;Ekonomisk förening;Kiruna',
      '799900-1015;Fel kontrollsiffra;Ekonomisk förening;Atlantis',
    ].join('\r\n');
    await coordinator.getByLabel(/Fil \(CSV eller Excel/).setInputFiles({
      name: 'fel.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad),
    });
    await follow(coordinator, () => coordinator.getByRole('button', { name: 'Ladda upp och förhandsgranska' }).click());
    const preview = await coordinator.locator('main').innerText();
    assert.match(preview, /Rad 3/);
    await follow(coordinator, () => coordinator.getByRole('button', { name: 'Importera' }).click(), { status: 400 });

    await visit(coordinator, '/samordning/import');
    await coordinator.getByLabel(/Fil \(CSV eller Excel/).setInputFiles({
      name: 'exempel.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(join(process.cwd(), 'tests/fixtures/import/exempel.csv')),
    });
    await follow(coordinator, () => coordinator.getByRole('button', { name: 'Ladda upp och förhandsgranska' }).click());
    await follow(coordinator, () => coordinator.getByRole('button', { name: 'Importera' }).click());
    assert.match(await coordinator.locator('main').innerText(), /10 nya företag/);
    await follow(coordinator, () => coordinator.goBack(), {});
  });

  it('mitt konto, integritetssidan och radering av kontot', async () => {
    await visit(coordinator, '/konto');
    await coordinator.getByLabel('Nuvarande lösenord').fill('fel lösenord');
    await coordinator.getByLabel('Nytt lösenord').fill('ett annat långt lösenord');
    await coordinator.getByLabel('Skriv lösenordet en gång till').fill('ett annat långt lösenord');
    await follow(coordinator, () => coordinator.getByRole('button', { name: 'Byt lösenord' }).click(), { status: 400 });
    const download = coordinator.waitForEvent('download');
    await coordinator.getByRole('link', { name: 'Hämta mina uppgifter (JSON)' }).click();
    const file = await (await download).path();
    assert.match(readFileSync(file, 'utf8'), /sara@example\.se/);
    await visit(coordinator, '/integritet');
    await visit(coordinator, '/konto');
    await coordinator.getByLabel('Ja, radera mitt konto och mina uppgifter').check();
    await coordinator.getByLabel('Ditt lösenord').fill('ett långt nytt lösenord');
    await follow(coordinator, () => coordinator.getByRole('button', { name: 'Radera kontot' }).click());
    assert.match(await coordinator.locator('main').innerText(), /Kontot är raderat/);
  });
});
