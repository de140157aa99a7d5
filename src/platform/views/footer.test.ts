import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../app/testing/test-app.js';

/** Every page names who runs the platform and links to contact, accessibility, privacy and registration (issue 9 §2, §6). */
describe('the footer on every page', () => {
  let examples: TestApp;
  let set: TestApp;
  before(async () => {
    examples = await openTestApp('pglite', new Date('2026-11-24T10:00:00Z'));
    set = await openTestApp('pglite', new Date('2026-11-24T10:00:00Z'), {
      OPERATOR_NAME: 'Region Exempel',
      OPERATOR_EMAIL: 'asf@region.se',
      OPERATOR_PHONE: '010-123 45 67',
    });
  });
  after(async () => {
    await examples?.close();
    await set?.close();
  });
  const footer = (html: string) => /<footer[\s\S]*<\/footer>/.exec(html)?.[0] ?? '';

  it('names the operator with contact, and links to registration, the accessibility statement and privacy', async () => {
    for (const path of ['/', '/foretag', '/logga-in', '/integritet', '/finns-inte']) {
      const f = footer((await set.app.inject(path)).body);
      assert.match(f, /Plattformen drivs av <span lang="sv">Region Exempel<\/span>/, path);
      assert.match(f, /href="mailto:asf@region.se"/, path);
      assert.match(f, /href="tel:0101234567">010-123 45 67</, path);
      for (const href of ['/registrera', '/tillganglighet', '/integritet'])
        assert.match(f, new RegExp(`href="${href}"`));
      assert.doesNotMatch(f, /är exempel/);
    }
  });

  it('says the defaults are examples until they are set', async () => {
    const f = footer((await examples.app.inject('/')).body);
    assert.match(f, /Exempelregionen/);
    assert.match(f, /Namnet och kontakten ovan är exempel/);
    assert.doesNotMatch(f, /OPERATOR_NAME/, 'a reader is not told about settings');
    assert.doesNotMatch(f, /tel:/);
    const en = footer((await examples.app.inject('/?lang=en')).body);
    assert.match(en, /The platform is run by <span lang="sv">Exempelregionen<\/span>/);
    assert.match(en, /Accessibility statement/);
  });
});
