import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { createTestUser } from '../../src/platform/testing/auth.js';
import { KNOWN, follow, signIn, skipReason, startHarness, visit, type Harness } from './harness.js';

/** A common phone: 390 × 844 CSS pixels. */
const PHONE = { width: 390, height: 844 };
/** Screenshots to look at by eye; the directory is printed so a person can find them. */
const SHOTS = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'asf-mobile-screenshots');

async function assertNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth <= innerWidth, `${what} rullar i sidled: ${scrollWidth} > ${innerWidth}`);
}

/** How many rows the header's parts (site name, menu items, language, account) take. */
async function headerRows(page: Page): Promise<number> {
  const tops = await page.evaluate(() =>
    [...document.querySelectorAll('.site-header .site-name, .site-header li, .site-header .user-menu > *')]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .map((r) => Math.round(r.top + r.height / 2)),
  );
  // Parts whose middles lie within 12 px of each other sit on one row.
  const rows: number[] = [];
  for (const t of tops.sort((a, b) => a - b)) if (!rows.some((r) => Math.abs(r - t) <= 12)) rows.push(t);
  return rows.length;
}

/** Issue 9, point 3: the public pages on a phone. */
describe('mobilen, 390 px', { skip: skipReason }, () => {
  let h: Harness;
  let page: Page;

  before(async () => {
    h = await startHarness({ demo: 40 });
    page = await h.newPage({ viewport: PHONE });
    mkdirSync(SHOTS, { recursive: true });
    console.log(`skärmbilder i ${SHOTS}`);
  });
  after(async () => {
    await h?.close();
  });

  it('varje publik sida får plats på bredden och fotograferas', async () => {
    const pages = {
      start: '/',
      foretag: '/foretag',
      'foretag-filter': '/foretag?q=st%C3%A4dning&lan=24&reserverbar=1',
      profil: `/foretag/${h.orgnr.snoflingan}`,
      'logga-in': '/logga-in',
      registrera: '/registrera',
      integritet: '/integritet',
      'api-docs': '/api/docs',
    };
    for (const [name, path] of Object.entries(pages)) {
      await visit(page, path);
      await assertNoSidewaysScroll(page, path);
      assert.ok((await headerRows(page)) <= 2, `${path}: sidhuvudet tar ${await headerRows(page)} rader`);
      await page.screenshot({ path: join(SHOTS, `390-${name}.png`), fullPage: true });
    }
  });

  it('antalet och första träffen syns på första skärmen; filtren ligger bakom Filtrera', async () => {
    await visit(page, '/foretag?q=st%C3%A4dning&reserverbar=1');
    const inFirstScreen = async (selector: string) => {
      const box = await page.locator(selector).first().boundingBox();
      assert.ok(box, selector);
      assert.ok(box.y + box.height <= PHONE.height, `${selector} slutar på ${box.y + box.height} px`);
    };
    await inFirstScreen('.result-count');
    await inFirstScreen('.result h3');
    const toggle = page.locator('summary', { hasText: 'Filtrera' });
    assert.match(await toggle.innerText(), /Filtrera \(1 valt\)/);
    const county = page.getByLabel('Levererar i län');
    assert.equal(await county.isVisible(), false, 'filtren är stängda');
    await toggle.click();
    assert.equal(await county.isVisible(), true, 'Filtrera öppnar filtren');
    await county.selectOption('24');
    await follow(page, () => page.getByRole('button', { name: 'Visa resultat' }).click());
    assert.equal(new URL(page.url()).searchParams.get('lan'), '24');
    assert.ok((await page.locator('.result h3').allInnerTexts()).includes(KNOWN.snoflingan.name));
  });

  it('filtren är öppna på en bred skärm', async () => {
    const wide = await h.newPage({ viewport: { width: 1280, height: 900 } });
    await visit(wide, '/foretag');
    assert.equal(await wide.getByLabel('Levererar i län').isVisible(), true);
    await wide.screenshot({ path: join(SHOTS, '1280-foretag.png') });
    await visit(wide, '/foretag?q=st%C3%A4dning&lan=24&reserverbar=1');
    await wide.screenshot({ path: join(SHOTS, '1280-foretag-filter.png') });
  });

  it('sidhuvudet tar högst två rader även inloggad som samordnare', async () => {
    const coordinator = await createTestUser(h.testApp, 'coordinator', { name: 'Sam Samordnare' });
    const p = await h.newPage({ viewport: PHONE });
    await signIn(p, coordinator.email);
    for (const path of ['/samordning', '/foretag']) {
      await visit(p, path);
      await assertNoSidewaysScroll(p, path);
      await p.screenshot({ path: join(SHOTS, `390-samordnare${path.replace(/\//g, '-')}.png`) });
      assert.ok((await headerRows(p)) <= 2, `${path}: sidhuvudet tar ${await headerRows(p)} rader inloggad`);
    }
    // An administrator has more entries than fit: the current one is scrolled into view.
    const admin = await createTestUser(h.testApp, 'admin', { name: 'Ada Admin' });
    const a = await h.newPage({ viewport: PHONE });
    await signIn(a, admin.email);
    await visit(a, '/admin');
    const current = await a.locator('.site-header a[aria-current="page"]').boundingBox();
    assert.ok(
      current && current.x >= 0 && current.x + current.width <= PHONE.width,
      `the current entry at ${current?.x} px`,
    );
    assert.equal(await a.locator('.site-header ul.scrolls').count(), 1, 'the strip is marked as scrolling');
    // The narrowest screen WCAG 1.4.10 asks for: the header may grow there, the page may not widen.
    await p.setViewportSize({ width: 320, height: 640 });
    await visit(p, '/foretag');
    await assertNoSidewaysScroll(p, '/foretag i 320 px');
  });
});
