import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Request } from 'playwright-core';
import { openTestApp, type TestApp } from '../../src/app/testing/test-app.js';
import { insertEnterprise } from '../../src/modules/register/testing/factories.js';
import { TODAY, skipReason, startHarness, visit, type Harness } from './harness.js';

/** DESIGN §6 and issue 2 item 10: public pages ship at most 50 KB of CSS and JavaScript. */
const BUDGET_BYTES = 50 * 1024;

describe('sidvikt och demomärkning', { skip: skipReason }, () => {
  let h: Harness;

  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  const pages = () => ({
    startsidan: '/',
    katalogen: '/foretag',
    'en filtrerad katalogsida': '/foretag?lan=24&kategori=stadning&sida=1',
    profilen: `/foretag/${h.orgnr.snoflingan}`,
  });

  for (const name of ['startsidan', 'katalogen', 'en filtrerad katalogsida', 'profilen'] as const) {
    it(`${name} laddar högst 50 KB CSS och JavaScript och inget från andra värdar`, async (t) => {
      const path = pages()[name];
      // A fresh context: nothing cached, every byte a first-time visitor loads is counted.
      const page = await h.newPage();
      const finished: Request[] = [];
      page.on('requestfinished', (r) => finished.push(r));
      const failed: string[] = [];
      page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
      await visit(page, path);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(failed, [], 'misslyckade förfrågningar');
      const origin = new URL(h.base).origin;
      const foreign = finished
        .map((r) => r.url())
        .filter((u) => new URL(u).origin !== origin && !u.startsWith('data:'));
      assert.deepEqual(foreign, [], 'inga förfrågningar till andra värdar');
      let bytes = 0;
      const counted: string[] = [];
      for (const r of finished) {
        if (r.resourceType() !== 'script' && r.resourceType() !== 'stylesheet') continue;
        const sizes = await r.sizes();
        bytes += sizes.responseBodySize + sizes.responseHeadersSize;
        counted.push(`${new URL(r.url()).pathname} ${sizes.responseBodySize + sizes.responseHeadersSize} B`);
      }
      assert.ok(
        counted.some((c) => c.startsWith('/static/app.css')),
        `stilmallen räknades: ${counted.join(', ')}`,
      );
      t.diagnostic(`${path}: ${bytes} B CSS+JS (${counted.join(', ')})`);
      assert.ok(bytes <= BUDGET_BYTES, `${bytes} B CSS+JS > ${BUDGET_BYTES} B: ${counted.join(', ')}`);
      await page.context().close();
    });
  }

  it('varje sida får plats på en 320 px bred skärm utan att rulla i sidled (WCAG 1.4.10)', async () => {
    const page = await h.newPage({ viewport: { width: 320, height: 640 } });
    for (const path of [...Object.values(pages()), '/foretag?cpv=fel', '/foretag/769999-9991']) {
      await visit(
        page,
        path,
        path.includes('cpv=fel') ? { status: 400 } : path.endsWith('9991') ? { status: 404 } : {},
      );
      const wide = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const over = [...document.querySelectorAll('main *, header *')]
          .filter((e) => e.getBoundingClientRect().right > width + 1 || (e as HTMLElement).scrollWidth > width + 1)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
        return { scroll: document.documentElement.scrollWidth, width, over: over.slice(0, 5) };
      });
      assert.ok(
        wide.scroll <= wide.width,
        `${path}: ${wide.scroll} px bred vid ${wide.width} px (${wide.over.join(', ')})`,
      );
    }
    await page.context().close();
  });

  it('varje sida säger att uppgifterna är påhittade när demodata finns', async () => {
    const page = await h.newPage();
    const visits: [string, number | undefined][] = [
      ...Object.values(pages()).map((p): [string, undefined] => [p, undefined]),
      ['/foretag?cpv=fel', 400],
      ['/foretag/769999-9991', 404],
      ['/finns-inte', 404],
    ];
    for (const [path, status] of visits) {
      await visit(page, path, status === undefined ? {} : { status });
      const banner = page.locator('.demo-banner');
      assert.ok(await banner.isVisible(), `demobanner på ${path}`);
      assert.match(await banner.innerText(), /påhittade/, path);
      // The banner comes before the site header, so it is read first.
      const first = await page.evaluate(() =>
        document.querySelector('.demo-banner')?.compareDocumentPosition(document.querySelector('header')!),
      );
      assert.equal(first! & 4, 4, `banner före sidhuvudet på ${path}`);
    }
    await page.context().close();
  });

  describe('utan demodata', () => {
    let plain: TestApp;
    let origin: string;
    let orgnr: string;
    before(async () => {
      plain = await openTestApp('pglite', new Date(`${TODAY}T10:00:00Z`));
      orgnr = (
        await insertEnterprise(plain.database.db, {
          name: 'Riktiga Kooperativet',
          description: 'Städning i Stockholm.',
        })
      ).orgnr;
      origin = await plain.app.listen({ port: 0, host: '127.0.0.1' });
    });
    after(async () => {
      await plain?.close();
    });

    it('visas ingen demobanner', async () => {
      const page = await h.newPage({ baseURL: origin });
      try {
        for (const path of ['/', '/foretag', `/foretag/${orgnr}`]) {
          await visit(page, path);
          assert.equal(await page.locator('.demo-banner').count(), 0, `ingen demobanner på ${path}`);
          assert.equal(await page.getByText(/påhittad|demoversion|demodata/i).count(), 0, `inga demotexter på ${path}`);
        }
      } finally {
        await page.context().close();
      }
    });
  });
});
