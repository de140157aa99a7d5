import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { skipReason, startHarness, visit, type Harness } from './harness.js';

/**
 * /api/docs, the API reference rendered on the server: zero axe violations (WCAG 2.1 A and AA,
 * checked by `visit`), readable without JavaScript and on a narrow screen, and its links work.
 */
describe('API-dokumentationen /api/docs', { skip: skipReason }, () => {
  let h: Harness;

  before(async () => {
    h = await startHarness({ demo: 20 });
  });
  after(async () => {
    await h?.close();
  });

  /** The page's section ids in document order, and the ids the table of contents links to. */
  async function anchors(page: Page): Promise<{ sections: string[]; toc: string[] }> {
    return page.evaluate(() => ({
      sections: [...document.querySelectorAll('main section[id]')].map((s) => s.id),
      toc: [...document.querySelectorAll('nav.api-toc a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1)),
    }));
  }

  it('har inga WCAG-fel och laddar bara app.css och app.js', async () => {
    const page = await h.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await visit(page, '/api/docs');
    // Our own icon besides the stylesheet and the script; nothing else, nothing from elsewhere.
    assert.deepEqual(loaded.sort(), ['/api/docs', '/static/app.css', '/static/app.js', '/static/favicon.svg']);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Öppna data och API');
    const { sections, toc } = await anchors(page);
    assert.deepEqual(toc, sections, 'innehållsförteckningen länkar till varje avsnitt, i ordning');
  });

  it('går att läsa och använda utan JavaScript', async () => {
    const page = await h.newPage({ javaScriptEnabled: false });
    await visit(page, '/api/docs');
    assert.ok(await page.getByRole('heading', { level: 2, name: 'GET /api/v1/enterprises', exact: true }).isVisible());
    assert.ok(
      await page.getByRole('table', { name: 'Parametrar för GET /api/v1/enterprises', exact: true }).isVisible(),
    );
    await page
      .locator('nav.api-toc')
      .getByRole('link', { name: /\/api\/v1\/reference\/cpv/ })
      .click();
    assert.equal(new URL(page.url()).hash, '#listCpv');
    assert.ok(await page.locator('#listCpv h2').isVisible());
  });

  it('får plats på en smal skärm (320 px) utan att sidan rullar i sidled', async () => {
    const page = await h.newPage({ viewport: { width: 320, height: 640 } });
    await visit(page, '/api/docs');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `sidan är ${overflow} px för bred`);
  });

  it('exempellänken öppnar den riktiga förfrågan och ger JSON', async () => {
    const page = await h.newPage();
    await visit(page, '/api/docs');
    const link = page
      .locator('#listEnterprises')
      .getByRole('link', { name: '/api/v1/enterprises?q=städning&county=01' });
    assert.equal(await link.getAttribute('href'), '/api/v1/enterprises?q=st%C3%A4dning&county=01');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/v1/enterprises?')),
      link.click(),
    ]);
    assert.equal(response.status(), 200);
    const body = (await response.json()) as { items: unknown[]; total: number };
    assert.ok(Array.isArray(body.items) && typeof body.total === 'number');
  });
});
