import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { createTestUser } from '../../src/platform/testing/auth.js';
import { follow, skipReason, startHarness, visit, type Harness } from './harness.js';

/**
 * The pages in English, as a reader abroad or a buyer who reads English meets them: chosen with
 * the switch in the header, kept from page to page, at desk and phone width, and every page
 * checked by axe (WCAG 2.1 A and AA) on the way.
 */
describe('sidorna på engelska', { skip: skipReason }, () => {
  let h: Harness;

  before(async () => {
    h = await startHarness({ demo: 20 });
  });
  after(async () => {
    await h?.close();
  });

  const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);

  it('"In English" in the header turns the site English, and "På svenska" turns it back', async () => {
    const page = await h.newPage();
    await visit(page, '/foretag?q=st%C3%A4dning');
    assert.equal(await lang(page), 'sv');
    await follow(page, () => page.getByRole('link', { name: 'In English' }).click());
    assert.equal(await lang(page), 'en');
    // The search is kept: the same results, now in English.
    assert.equal(new URL(page.url()).searchParams.get('q'), 'städning');
    assert.match(await page.title(), /^Find enterprises \(\d+ results?\) – ASF platform$/);
    // The choice is kept on the next page without the parameter.
    await visit(page, '/');
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Find work-integrating social enterprises');
    await visit(page, `/foretag/${h.orgnr.snoflingan}`);
    assert.equal(await lang(page), 'en');
    const main = (await page.locator('main').innerText()).replace(/[\u00a0\u202f]/g, ' ');
    assert.match(main, /60%/, 'shares written the English way');
    assert.match(main, /Cleaning/, 'the category in English');
    await follow(page, () => page.getByRole('link', { name: 'På svenska' }).click());
    assert.equal(await lang(page), 'sv');
    assert.ok(await page.getByRole('link', { name: 'In English' }).isVisible());
  });

  it('a shared English link opens in English, and the public pages pass axe in English', async () => {
    const page = await h.newPage();
    for (const path of [
      '/?lang=en',
      '/foretag',
      '/logga-in',
      '/registrera',
      '/aterstall-losenord',
      '/integritet',
      '/api/docs',
    ]) {
      await visit(page, path);
      assert.equal(await lang(page), 'en', path);
    }
    // A wrong password says so in English.
    await visit(page, '/logga-in');
    await page.getByLabel('E-mail address').fill('nobody@example.se');
    await page.getByLabel('Password').fill('wrong password');
    await follow(page, () => page.getByRole('button', { name: 'Sign in' }).click(), { status: 400 });
    await page.getByRole('link', { name: 'Wrong e-mail address or password.' }).waitFor();
  });

  it('a coordinator and an admin work in English', async () => {
    const page = await h.newPage();
    await visit(page, '/logga-in?lang=en');
    const coordinator = await createTestUser(h.testApp, 'coordinator', { name: 'Cora Coordinator' });
    await page.getByLabel('E-mail address').fill(coordinator.email);
    await page.getByLabel('Password').fill('ett långt testlösenord');
    await follow(page, () => page.getByRole('button', { name: 'Sign in' }).click());
    assert.equal(await lang(page), 'en');
    for (const path of [
      '/samordning',
      '/samordning/granskning',
      '/samordning/import',
      '/samordning/inaktuella',
      `/samordning/foretag/${h.orgnr.snoflingan}`,
      '/konto',
    ]) {
      await visit(page, path);
      assert.equal(await lang(page), 'en', path);
    }
  });

  it('on a phone the switch is there and nothing is wider than the screen', async () => {
    const page = await h.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    for (const path of ['/?lang=en', '/foretag', `/foretag/${h.orgnr.snoflingan}`]) {
      await visit(page, path);
      assert.ok(await page.getByRole('link', { name: 'På svenska' }).isVisible(), path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${path} is ${overflow} px wider than the screen`);
    }
    await page.screenshot({ path: '/tmp/asf-english-390.png', fullPage: false });
  });
});
