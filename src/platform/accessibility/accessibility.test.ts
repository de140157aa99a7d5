import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../app/testing/test-app.js';
import { ConfigError, loadConfig } from '../config/config.js';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** The accessibility statement has the parts lag (2018:1937) and DIGG's model require (issue 9 §2). */
describe('/tillganglighet', () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp('pglite', new Date('2026-11-24T10:00:00Z'), {
      OPERATOR_NAME: 'Region Exempel',
      OPERATOR_EMAIL: 'asf@region.se',
      OPERATOR_PHONE: '010-123 45 67',
      ACCESSIBILITY_ASSESSED_ON: '2026-12-01',
    });
  });
  after(async () => {
    await t?.close();
  });

  it('is public and says status, shortcomings, how it was assessed and when, how to report, and the right to complain to DIGG', async () => {
    const res = await t.app.inject('/tillganglighet');
    assert.equal(res.statusCode, 200);
    const page = text(res.body);
    assert.match(page, /Tillgänglighetsredogörelse/);
    assert.match(page, /Region Exempel står bakom ASF-plattformen/);
    assert.match(page, /lagen \(2018:1937\) om tillgänglighet till digital offentlig service/);
    assert.match(page, /delvis förenlig/);
    assert.match(page, /WCAG 2\.1 nivå AA/);
    assert.match(page, /Kända brister/);
    assert.match(page, /Den senaste bedömningen gjordes 1 december 2026/);
    assert.match(page, /automatiskt med verktyget axe/);
    assert.match(page, /granskat manuellt/);
    assert.match(res.body, /href="mailto:asf@region.se"/);
    assert.match(res.body, /href="tel:0101234567"/);
    assert.match(page, /Myndigheten för digital förvaltning \(DIGG\)/);
    assert.match(res.body, /href="https:\/\/www\.digg\.se\/[^"]+"/);
    const en = text((await t.app.inject('/tillganglighet?lang=en')).body);
    assert.match(en, /Accessibility statement/);
    assert.match(en, /latest assessment was made on/);
  });

  it('ACCESSIBILITY_ASSESSED_ON must be a real date', () => {
    assert.throws(
      () => loadConfig({ ACCESSIBILITY_ASSESSED_ON: '2026-02-30' }),
      (e: unknown) =>
        e instanceof ConfigError && /ACCESSIBILITY_ASSESSED_ON: måste vara ett datum som finns/.test(e.message),
    );
    assert.equal(loadConfig({}).ACCESSIBILITY_ASSESSED_ON, '2026-12-07');
  });
});
