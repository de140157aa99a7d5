import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { insertEnterprise } from '../../src/modules/register/testing/factories.js';
import { follow, queryOf, resultNames, skipReason, startHarness, visit, type Harness } from './harness.js';

const DALARNA = [{ countyCode: '20', municipalityCode: null }];
const REPORTED = { reportedOn: '2026-09-01' };

/**
 * The buyer from issue 9: office cleaning in Dalarna from an enterprise that may take part in a
 * reserved procurement, found from the start page in three actions, every hit saying why it matched.
 */
describe(
  'en upphandlare hittar städning i Dalarna som kan delta i reserverad upphandling',
  { skip: skipReason },
  () => {
    let h: Harness;
    let page: Page;

    before(async () => {
      h = await startHarness({ demo: 60 });
      const db = h.testApp.database.db;
      await insertEnterprise(db, {
        name: 'Dalkullans Lokalvård',
        description: 'Vi städar kontor och skolor.',
        operatingAreas: DALARNA,
        offerings: [{ category: 'stadning', cpv: [], description: null }],
        employees: { total: 10, targetGroup: 5, ...REPORTED },
      });
      await insertEnterprise(db, {
        name: 'Siljans Återbruk',
        description: 'Gatusopning och fastighetsnära tjänster.',
        operatingAreas: DALARNA,
        offerings: [{ category: 'renhallning', cpv: [], description: null }],
        employees: { total: 10, targetGroup: 4, ...REPORTED },
      });
      await insertEnterprise(db, {
        name: 'Falu Fönsterputs',
        description: 'Fönsterputs.',
        operatingAreas: DALARNA,
        offerings: [{ category: 'stadning', cpv: [], description: null }],
        // 10 %: cannot take part in a reserved procurement.
        employees: { total: 10, targetGroup: 1, ...REPORTED },
      });
      page = await h.newPage();
    });
    after(async () => {
      await h?.close();
    });

    it('på tre handlingar från startsidan, och varje träff säger varför', async () => {
      await visit(page, '/');
      // 1: the words, from the start page's search box.
      await page.getByLabel('Vad söker du?').fill('städning dalarna');
      await follow(page, () => page.getByLabel('Vad söker du?').press('Enter'));
      // 2 and 3: tick the reservation filter, show the result.
      await page.getByRole('checkbox', { name: /Kan delta i reserverad upphandling \(LOU 4 kap\. 18 §\)/ }).check();
      await follow(page, () => page.getByRole('button', { name: 'Visa resultat' }).click());

      assert.deepEqual(queryOf(page), { q: 'städning dalarna', reserverbar: '1' });
      const names = await resultNames(page);
      assert.ok(names.includes('Dalkullans Lokalvård'), names.join(', '));
      assert.ok(!names.includes('Falu Fönsterputs'), 'under 30 % ska inte med');
      const hits = page.locator('.result');
      assert.equal(await hits.count(), names.length);
      for (let i = 0; i < names.length; i++) {
        const why = await hits.nth(i).locator('.why').innerText();
        assert.match(why, /Träff på orten Dalarna/, `${names[i]}: ${why}`);
        assert.match(why, /Träff: tjänsten Städning och lokalvård|Träff på synonymen|Träff i (namnet|företagets)/);
      }
      const dalkullan = hits.filter({ hasText: 'Dalkullans Lokalvård' });
      assert.match(await dalkullan.locator('.why').innerText(), /Träff: tjänsten Städning och lokalvård/);
      const siljan = hits.filter({ hasText: 'Siljans Återbruk' });
      if ((await siljan.count()) > 0)
        assert.match(
          await siljan.locator('.why').innerText(),
          /Träff på synonymen ”?städning av utemiljö”? \(Renhållning/,
        );
      // The filters in use are summed up above the results, each removable.
      const summary = page.locator('.active-filters');
      assert.match(await summary.innerText(), /Kan delta i reserverad upphandling/);
    });

    it('erbjuder tjänsten som filter och tar bort ett filter med ett klick', async () => {
      await visit(page, '/foretag?q=st%C3%A4dning&lan=20&reserverbar=1');
      const offer = page.locator('.suggestion');
      assert.match(
        await offer.innerText(),
        /Menar du tjänsten Städning och lokalvård\? 1 i Dalarnas län — \d+ i grannlänen/,
      );
      await follow(page, () => offer.getByRole('link', { name: 'Städning och lokalvård' }).click());
      assert.deepEqual(queryOf(page), { lan: '20', kategori: 'stadning', reserverbar: '1' });
      assert.deepEqual(await resultNames(page), ['Dalkullans Lokalvård']);
      await follow(page, () =>
        page.getByRole('link', { name: 'Ta bort filtret Kan delta i reserverad upphandling' }).click(),
      );
      assert.deepEqual(queryOf(page), { lan: '20', kategori: 'stadning' });
      assert.deepEqual((await resultNames(page)).sort(), ['Dalkullans Lokalvård', 'Falu Fönsterputs']);
    });
  },
);
