import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { createTestUser } from '../../src/platform/testing/auth.js';
import { getEnterprise } from '../../src/modules/register/enterprise/enterprise.service.js';
import { factsOf } from '../../src/modules/register/enterprise/enterprise.service.js';
import { updateFacts } from '../../src/modules/register/enterprise/workflow.service.js';
import { follow, signIn, skipReason, startHarness, visit, type Harness } from './harness.js';

/**
 * Every page behind sign-in, for admins, coordinators and editors, plus the account pages
 * anyone reaches, each checked by axe (WCAG 2.1 A and AA) on the way, error states included.
 */
describe('sidor bakom inloggning', { skip: skipReason }, () => {
  let h: Harness;
  let page: Page;

  before(async () => {
    h = await startHarness({ demo: 20 });
    page = await h.newPage();
  });
  after(async () => {
    await h?.close();
  });

  it('inloggning, fel lösenord och glömt lösenord', async () => {
    await visit(page, '/logga-in');
    await page.getByLabel('E-postadress').fill('ingen@example.se');
    await page.getByLabel('Lösenord').fill('fel lösenord');
    await follow(page, () => page.getByRole('button', { name: 'Logga in' }).click(), { status: 400 });
    await page.getByRole('link', { name: 'Fel e-postadress eller lösenord.' }).waitFor();
    await visit(page, '/aterstall-losenord');
    await follow(page, () => page.getByRole('button', { name: 'Skicka länk' }).click(), { status: 400 });
    await visit(page, '/registrera');
    await follow(page, () => page.getByRole('button', { name: 'Registrera företaget' }).click(), { status: 400 });
    await visit(page, '/registrera/ny-lank');
    await visit(page, '/integritet');
  });

  it('administratörens sidor', async () => {
    const admin = await createTestUser(h.testApp, 'admin', { name: 'Ada Admin' });
    await signIn(page, admin.email);
    assert.equal(new URL(page.url()).pathname, '/admin');
    await visit(page, '/admin/anvandare');
    await visit(page, '/admin/anvandare/ny');
    await follow(page, () => page.getByRole('button', { name: 'Skicka inbjudan' }).click(), { status: 400 });
    await page.getByLabel('E-postadress').fill('sam@kommun.example.se');
    await page.getByRole('radio', { name: 'Samordnare' }).check();
    await follow(page, () => page.getByRole('button', { name: 'Skicka inbjudan' }).click());
    await visit(page, '/admin/anvandare');
    await follow(page, () => page.getByRole('link', { name: 'sam@kommun.example.se' }).click());
    await visit(page, '/admin/organisationer');
    await visit(page, '/admin/logg');
    await visit(page, '/admin/utkorg');
    // Backups: none yet, then one taken with the button (the notice and the table).
    await visit(page, '/admin/sakerhetskopior');
    await follow(page, () => page.getByRole('button', { name: 'Ta en säkerhetskopia nu' }).click());
    await page.getByText(/Säkerhetskopian asf-.*\.sql\.gz är klar/).waitFor();
    await page.getByRole('link', { name: /^Hämta asf-.*\.sql\.gz$/ }).waitFor();
    await visit(page, '/admin/utkorg');
    await follow(page, () =>
      page
        .getByRole('link', { name: /inbjuden/ })
        .first()
        .click(),
    );
    await visit(page, '/konto');
  });

  it('samordnarens sidor, med en flaggad ändring och en import', async () => {
    const orgnr = h.orgnr.snoflingan;
    const current = (await getEnterprise(h.testApp.ctx.db, orgnr))!;
    await updateFacts(
      h.testApp.ctx,
      { system: 'Test' },
      orgnr,
      { ...factsOf(current), employees: { total: 10, targetGroup: 2, reportedOn: '2026-11-01' } },
      { source: 'enterprise', groups: ['employees'] },
    );
    const coordinator = await createTestUser(h.testApp, 'coordinator', { name: 'Sam Samordnare' });
    const p = await h.newPage();
    await signIn(p, coordinator.email);
    assert.equal(new URL(p.url()).pathname, '/samordning');
    await visit(p, '/samordning/granskning');
    await visit(p, '/samordning/andringar');
    await p.getByText(KNOWN_NAME).first().waitFor();
    await visit(p, '/samordning/andringar?visa=alla');
    await visit(p, '/samordning/inaktuella');
    await visit(p, `/samordning/foretag/${orgnr}`);
    await visit(p, '/samordning/import');
    await p.getByLabel(/^Fil \(CSV eller Excel/).setInputFiles(resolve('tests/fixtures/import/exempel.csv'));
    await follow(p, () => p.getByRole('button', { name: 'Ladda upp och förhandsgranska' }).click());
    await follow(p, () => p.getByRole('button', { name: 'Importera' }).click());
    await visit(p, '/konto');
  });

  it('redaktörens sidor', async () => {
    const row = await h.testApp.ctx.db
      .selectFrom('enterprise')
      .select('id')
      .where('orgnr', '=', h.orgnr.renen)
      .executeTakeFirstOrThrow();
    const editor = await createTestUser(h.testApp, 'enterprise_editor', { enterpriseId: row.id });
    const p = await h.newPage();
    await signIn(p, editor.email);
    assert.equal(new URL(p.url()).pathname, '/mitt-foretag');
    await visit(p, '/mitt-foretag/steg/1');
    // Name and web site as wide as what people write in them, not the browser's 20 characters.
    for (const label of ['Företagets namn', 'Webbplats (frivilligt)']) {
      const box = await p.getByLabel(label, { exact: true }).boundingBox();
      assert.ok(box && box.width >= 400, `${label}: ${box?.width} px`);
    }
    for (let n = 2; n <= 5; n++) await visit(p, `/mitt-foretag/steg/${n}`);
    await p.getByRole('button', { name: 'Spara och fortsätt', exact: true }).waitFor();
    await visit(p, '/mitt-foretag/steg/3');
    await p.getByLabel('Antal anställda').fill('tio');
    await follow(p, () => p.getByRole('button', { name: 'Spara och fortsätt', exact: true }).click(), { status: 400 });
    await visit(p, '/mitt-foretag/skicka');
    await visit(p, '/mitt-foretag/bekrafta');
    await visit(p, '/konto');
  });
});

const KNOWN_NAME = 'Snöflingan Städkooperativ';
