import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { contextWithFollowupTables } from '../../src/modules/followup/db.js';
import { contractWithStarts } from '../../src/modules/followup/testing/starts.js';
import { insertOrganisation } from '../../src/platform/auth/user.repository.js';
import { createTestUser } from '../../src/platform/testing/auth.js';
import { enterpriseIdByOrgnr } from '../../src/modules/register/testing/internals.js';
import { follow, signIn, skipReason, startHarness, visit, type Harness } from './harness.js';

/**
 * Goals (issue 12 §3): a buyer sets this year's targets, reads each metric as a chart with the
 * same numbers in a table beside it, opts in to the open page, and anyone reads it there. axe at 0
 * violations on every page, at 1280 and 390 px, and nothing scrolls sideways. Screenshots go to
 * /tmp for a person to look at.
 */
describe('mål per organisation och år', { skip: skipReason }, () => {
  let h: Harness;
  let buyer: { email: string };
  let falun = 0;
  before(async () => {
    h = await startHarness({ demo: 0 });
    const t = h.testApp;
    falun = await insertOrganisation(t.ctx.db, {
      name: 'Falu kommun',
      kind: 'kommun',
      countyCode: '20',
      municipalityCode: '2080',
      now: t.ctx.now(),
    });
    const b = await createTestUser(t, 'buyer', { name: 'Ingrid Inköpare', organisationId: falun });
    buyer = b;
    const supplier = (await enterpriseIdByOrgnr(t.ctx.db, h.orgnr.snoflingan))!;
    const editor = await createTestUser(t, 'enterprise_editor', { enterpriseId: supplier });
    await contractWithStarts(contextWithFollowupTables(t.ctx), {
      buyerOrganisationId: falun,
      createdBy: b.id,
      supplier: { enterpriseId: supplier, name: 'Snöflingan Städkooperativ', editorUserId: editor.id },
      on: '2026-11-02',
      started: 2,
    });
  });
  after(async () => {
    await h?.close();
  });

  it('fel i målen: sammanfattningen leder till fältet', async () => {
    const page = await h.newPage();
    await signIn(page, buyer.email);
    await visit(page, '/uppfoljning/mal');
    await page.getByRole('group', { name: 'Mål för 2026' }).getByLabel('Andel med villkor').fill('150');
    await follow(page, () => page.getByRole('button', { name: 'Spara målen' }).click(), { status: 400 });
    const link = page.locator('.error-summary a[href="#clause_share_2026"]');
    assert.match(await link.innerText(), /mellan 0 och 100/);
    await link.click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'clause_share_2026');
  });

  it('inköparen sätter mål, ser diagram och tabell, visar siffrorna öppet; den öppna sidan visar dem', async () => {
    for (const width of [1280, 390]) {
      const page = await h.newPage({ viewport: { width, height: 900 } });
      await signIn(page, buyer.email);
      if (width === 1280) {
        await visit(page, '/inkop');
        await follow(page, () =>
          page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mål' }).click(),
        );
        const year = page.getByRole('group', { name: 'Mål för 2026' });
        await year.getByLabel('Andel med villkor').fill('50');
        await year.getByLabel('Reserverade').fill('5');
        await year.getByLabel('Personer som börjat').fill('3');
        await page.getByRole('group', { name: 'Mål för 2027' }).getByLabel('Uppdelade').fill('3');
        await follow(page, () => page.getByRole('button', { name: 'Spara målen' }).click());
        assert.match(await page.getByRole('status').innerText(), /Målen är sparade/);
      } else await visit(page, '/uppfoljning/mal');
      const started = page.getByRole('region', { name: 'Personer som börjat per år' });
      assert.match(await started.getByRole('row', { name: /^2026/ }).innerText(), /2026\s+3\s+2\s+Inte än/);
      assert.equal(await page.locator('svg.goal-chart[role="img"]').count(), 4);
      assert.match(
        (await page.locator('#diagram-persons_started-titel').textContent()) ?? '',
        /Personer som börjat genom villkor, 2022–2026/,
      );
      await page.screenshot({ path: `/tmp/goals-${width}.png`, fullPage: true });
      await page
        .locator('section.goal-metric')
        .last()
        .screenshot({ path: `/tmp/goals-${width}-metric.png` });
      await page
        .locator('form')
        .filter({ has: page.getByRole('button', { name: 'Spara målen' }) })
        .screenshot({
          path: `/tmp/goals-${width}-form.png`,
        });
      if (width === 1280) {
        await page.getByLabel('Visa våra mål och utfall öppet').check();
        await follow(page, () => page.getByRole('button', { name: 'Spara valet' }).click());
        assert.match(await page.getByRole('status').innerText(), /visas nu öppet/);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `at ${width} px the page scrolls sideways by ${overflow} px`);

      const open = await h.newPage({ viewport: { width, height: 900 } });
      await visit(open, '/mal');
      await follow(open, () => open.getByRole('link', { name: 'Falu kommun' }).click());
      assert.match(await open.getByRole('heading', { level: 1 }).innerText(), /Mål för Falu kommun/);
      const reserved = open.getByRole('region', { name: 'Reserverade per år' });
      assert.match(await reserved.getByRole('row', { name: /^2026/ }).innerText(), /2026\s+5\s+0\s+Inte än/);
      assert.equal(await open.locator('form[action^="/uppfoljning"]').count(), 0);
      const openOverflow = await open.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(openOverflow <= 0, `the open page at ${width} px scrolls sideways by ${openOverflow} px`);
      await open.screenshot({ path: `/tmp/goals-open-${width}.png`, fullPage: true });
    }
  });

  it('en organisation som inte valt att synas: 404 som säger det', async () => {
    const t = h.testApp;
    const other = await insertOrganisation(t.ctx.db, {
      name: 'Borlänge kommun',
      kind: 'kommun',
      countyCode: '20',
      municipalityCode: '2081',
      now: t.ctx.now(),
    });
    const page = await h.newPage();
    await visit(page, `/mal/${other}`, { status: 404 });
    assert.match(await page.locator('main').innerText(), /visar inte sina mål öppet/);
  });
});
