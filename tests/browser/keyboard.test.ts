import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { follow, queryOf, skipReason, startHarness, visit, type Harness } from './harness.js';

interface Focused {
  tag: string;
  id: string;
  text: string;
  classes: string;
  inResults: boolean;
  /** A visible focus indicator: an outline or a box-shadow. */
  indicated: boolean;
  style: string;
}

async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80),
      classes: el.className,
      inResults: el.closest('.result-list') !== null,
      indicated: outline || shadow,
      style: `outline: ${cs.outlineStyle} ${cs.outlineWidth}; box-shadow: ${cs.boxShadow}`,
    };
  });
}

/** Presses Tab until `wanted` matches, asserting that every stop on the way shows its focus. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, max = 60): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    assert.ok(f, `fokus försvann efter ${i + 1} tabbar (${seen.join(' → ')})`);
    assert.ok(f.indicated, `fokus syns inte på ${f.tag}#${f.id} "${f.text}" (${f.style})`);
    seen.push(`${f.tag}${f.id ? `#${f.id}` : ''}`);
    if (wanted(f)) return f;
  }
  assert.fail(`nådde inte ${what} på ${max} tabbar: ${seen.join(' → ')}`);
}

/** Keyboard only, from the top of the start page to a profile. */
describe('bara tangentbord', { skip: skipReason }, () => {
  let h: Harness;
  let page: Page;

  before(async () => {
    h = await startHarness();
    page = await h.newPage();
  });
  after(async () => {
    await h?.close();
  });

  it('första tabbstoppet är hopplänken, och Enter flyttar fokus till huvudinnehållet', async () => {
    await visit(page, '/');
    await page.keyboard.press('Tab');
    const f = await focused(page);
    assert.ok(f);
    assert.equal(f.classes, 'skip-link');
    assert.equal(f.text, 'Hoppa till innehållet');
    assert.ok(f.indicated, `fokus syns inte på hopplänken (${f.style})`);
    const box = await page.locator('.skip-link').boundingBox();
    assert.ok(box && box.x >= 0 && box.y >= 0 && box.width > 0, 'hopplänken syns när den har fokus');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#innehall$/);
    assert.equal((await focused(page))?.id, 'innehall');
  });

  it('söker, avgränsar och öppnar en profil utan mus', async () => {
    // From main, the next Tab stop is the search field.
    const search = await tabTo(page, () => true, 'sökfältet', 1);
    assert.equal(search.id, 'sok');
    await page.keyboard.type('städ');
    await follow(page, () => page.keyboard.press('Enter'));
    assert.equal(new URL(page.url()).pathname, '/foretag');
    assert.equal(queryOf(page).q, 'städ');

    // The first stop on every page is the skip link; then on to the county filter.
    await page.keyboard.press('Tab');
    assert.equal((await focused(page))?.classes, 'skip-link');
    await tabTo(page, (f) => f.id === 'lan', 'länsfiltret');
    // Arrow keys on a closed select step through the options without opening it.
    for (let i = 0; i < 30 && (await page.locator('#lan').inputValue()) !== '24'; i++)
      await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('#lan').inputValue(), '24');
    assert.equal((await focused(page))?.id, 'lan', 'fokus stannar på länsfiltret');
    const button = await tabTo(page, (f) => f.tag === 'button' && f.text === 'Visa resultat', 'Visa resultat');
    assert.equal(button.text, 'Visa resultat');
    await follow(page, () => page.keyboard.press('Enter'));
    assert.deepEqual({ q: queryOf(page).q, lan: queryOf(page).lan }, { q: 'städ', lan: '24' });

    const link = await tabTo(page, (f) => f.inResults && f.tag === 'a', 'första träffen', 80);
    await follow(page, () => page.keyboard.press('Enter'));
    assert.match(new URL(page.url()).pathname, /^\/foretag\/\d{6}-\d{4}$/);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), link.text);
  });

  it('alla tabbstopp på profilsidan visar fokus, och man kommer tillbaka till listan', async () => {
    // Walk every stop until focus leaves the page or wraps round to the skip link.
    const stops: string[] = [];
    for (let i = 0; i < 100; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (!f || (i > 0 && f.classes === 'skip-link')) break;
      assert.ok(f.indicated, `fokus syns inte på ${f.tag}#${f.id} "${f.text}" (${f.style})`);
      stops.push(f.text);
    }
    // Came from a search, so the back link returns to it.
    assert.ok(stops.includes('Tillbaka till sökresultatet'), stops.join(' | '));
    await visit(page, new URL(page.url()).pathname);
    await tabTo(page, (f) => f.text === 'Tillbaka till alla företag', 'tillbakalänken');
    await follow(page, () => page.keyboard.press('Enter'));
    assert.equal(new URL(page.url()).pathname, '/foretag');
  });

  it('felsammanfattningen får fokus, och dess länk flyttar fokus till fältet', async () => {
    await visit(page, '/foretag');
    await tabTo(page, (f) => f.id === 'cpv', 'CPV-fältet');
    await page.keyboard.type('abc');
    await follow(page, () => page.keyboard.press('Enter'), { status: 400 });
    // With JavaScript the summary takes focus on load, so the next Tab is its first link.
    assert.match((await focused(page))?.classes ?? '', /error-summary/);
    const link = await tabTo(page, () => true, 'länken i felsammanfattningen', 1);
    assert.equal(link.tag, 'a');
    assert.match(link.text, /CPV-koden/);
    await page.keyboard.press('Enter');
    const f = await focused(page);
    assert.equal(f?.id, 'cpv');
    assert.ok(f?.indicated, `fokus syns inte på CPV-fältet (${f?.style})`);
  });
});
