import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { confirmTestPlaces, registerTestAgreement } from '../modules/followup/testing/agreements.js';
import { insertEnterprise } from '../modules/register/testing/factories.js';
import { signedIn, TestBrowser } from '../platform/testing/auth.js';
import { routesOf } from '../platform/auth/access.js';
import { insertOrganisation } from '../platform/auth/user.repository.js';
import { requestsInOtherLanguages } from '../platform/i18n/language.js';
import { readableText, swedishCatalogueTexts, swedishIn } from './testing/swedish-leaks.js';
import { openTestApp, type TestApp } from './testing/test-app.js';
import { testDatabaseKinds } from './testing/test-db.js';

type Who = 'anonymous' | 'enterprise_editor' | 'buyer' | 'coordinator' | 'admin';
const EVERYONE: readonly Who[] = ['anonymous', 'enterprise_editor', 'buyer', 'coordinator', 'admin'];

// The language of a page does not depend on the database: the embedded one is enough.
const kind = testDatabaseKinds()[0]!;

describe('the pages in English', () => {
  let t: TestApp;
  const browsers = new Map<Who, TestBrowser>();
  let orgnr = '';
  let catalogue: Set<string>;

  before(async () => {
    t = await openTestApp(kind);
    catalogue = await swedishCatalogueTexts();
    const e = await insertEnterprise(t.ctx.db, {
      trainingPlaces: { capacity: 4, free: 2, targetGroups: [], adaptations: 'Anpassade tider', supervisors: 1 },
      certifications: [{ name: 'Kvalitetsmärkt', issuer: 'Skoopi', validUntil: '2027-12-31' }],
    });
    orgnr = e.orgnr;
    const { id } = await t.ctx.db
      .selectFrom('enterprise')
      .select('id')
      .where('orgnr', '=', orgnr)
      .executeTakeFirstOrThrow();
    browsers.set('anonymous', new TestBrowser(t));
    // Fixed names and addresses: the test helper's random ones may spell a Swedish word ("att").
    const organisationId = await insertOrganisation(t.ctx.db, {
      name: 'Exempelkommun',
      kind: 'kommun',
      countyCode: null,
      municipalityCode: null,
      now: t.ctx.now(),
    });
    for (const role of ['buyer', 'coordinator', 'admin'] as const)
      browsers.set(role, (await signedIn(t, role, { organisationId, email: `${role}@example.se` })).browser);
    browsers.set(
      'enterprise_editor',
      (await signedIn(t, 'enterprise_editor', { enterpriseId: id, email: 'editor@example.se' })).browser,
    );
    // A work-training agreement (id 1) of the coordinators' organisation with free places: its
    // page, the board and the enterprise's section then have something to say.
    await registerTestAgreement(
      t,
      organisationId,
      { id, orgnr, name: 'Example cooperative' },
      { starts: '2026-01-01' },
    );
    await confirmTestPlaces(t, id, 1);
  });
  after(() => t.close());

  it('is Swedish by default whatever the browser asks for, English with ?lang=en, and keeps the choice', async () => {
    const b = new TestBrowser(t);
    const sv = await t.app.inject({ url: '/', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    assert.match(sv.body, /<html lang="sv"/);
    assert.equal(sv.headers['content-language'], 'sv');
    assert.match(sv.body, /<a class="language-switch" href="\/\?lang=en" lang="en" hreflang="en">In English<\/a>/);

    const en = await b.get('/foretag?q=st%C3%A4dning&lang=en');
    assert.match(en.body, /<html lang="en"/);
    assert.equal(en.headers['content-language'], 'en');
    assert.match(String(en.headers.vary), /Cookie/);
    assert.match(en.body, /href="\/foretag\?q=st%C3%A4dning&amp;lang=sv" lang="sv" hreflang="sv">På svenska</);
    // The cookie keeps it on the next page, without the parameter.
    const next = await b.get('/');
    assert.match(next.body, /<html lang="en"/);
    assert.match(next.body, /Find work-integrating social enterprises/);
    // And "På svenska" brings Swedish back.
    const back = await b.get('/?lang=sv');
    assert.match(back.body, /<html lang="sv"/);
    assert.match((await b.get('/')).body, /Hitta arbetsintegrerande sociala företag/);
  });

  it('answers concurrent Swedish and English requests each in its own language, and idles without a store', async () => {
    const asked = Array.from({ length: 24 }, (_, i) => (i % 3 === 0 ? 'en' : 'sv'));
    const answers = await Promise.all(
      asked.map((language) => t.app.inject({ url: `/foretag/${orgnr}`, headers: { cookie: `asf_lang=${language}` } })),
    );
    assert.deepEqual(
      answers.map((r) => /<html lang="(\w+)"/.exec(r.body)?.[1]),
      asked,
    );
    assert.equal(requestsInOtherLanguages(), 0);
  });

  it('writes numbers and dates the English way', async () => {
    const b = new TestBrowser(t);
    const profile = await b.get(`/foretag/${orgnr}?lang=en`);
    assert.equal(profile.statusCode, 200);
    assert.match(profile.body, /31 December 2027/);
    assert.doesNotMatch(profile.body, /31 december 2027/);
  });

  /**
   * Every route of `method` (but those in `skip`) as every role in English: the leaks found, and
   * how many HTML pages answered. A POST sends an empty form, so every form shows its errors.
   */
  async function walk(method: 'GET' | 'POST', skip: (url: string) => boolean) {
    const leaks: string[] = [];
    let pages = 0;
    for (const route of routesOf(t.app)) {
      if (route.method !== method || skip(route.url)) continue;
      const url = route.url
        .replace(':orgnr', orgnr)
        .replace(':token', 'ogiltig-lank')
        .replace(/:[a-zA-Z]+/g, '1');
      for (const who of EVERYONE) {
        const b = browsers.get(who)!;
        b.cookies.set('asf_lang', 'en');
        const res = method === 'GET' ? await b.get(url) : await b.post(url, {});
        if (!String(res.headers['content-type']).startsWith('text/html')) continue;
        pages += 1;
        assert.match(res.body, /<html lang="en"/, `${method} ${url} as ${who}`);
        const found = swedishIn(readableText(res.body), catalogue);
        if (found.length > 0) leaks.push(`${method} ${url} as ${who} (${res.statusCode}): ${found.join(', ')}`);
      }
    }
    return { leaks, pages };
  }

  it('leaks no Swedish on any page, for any role', async () => {
    const { leaks, pages } = await walk('GET', (url) => url.startsWith('/static') || url === '/logga-ut');
    assert.ok(pages > 40, `walked ${pages} pages`);
    assert.deepEqual(leaks, []);
  });

  it('answers every form in English, errors included, for any role', async () => {
    // Signing out or deleting the account ends the session the next forms need.
    const { leaks, pages } = await walk('POST', (url) => url === '/logga-ut' || url === '/konto/radera');
    assert.ok(pages > 20, `posted ${pages} forms`);
    assert.deepEqual(leaks, []);
  });

  it('the leak finder finds Swedish and passes English and marked Swedish', async () => {
    const html =
      '<html><body><p>Find enterprises</p><p lang="sv">Vi städar och tvättar</p><script>var och=1</script></body></html>';
    assert.deepEqual(swedishIn(readableText(html), catalogue), []);
    assert.deepEqual(swedishIn(readableText('<p>Sök företag</p>'), catalogue), ['sök', 'företag']);
    assert.deepEqual(swedishIn(readableText('<button aria-label="Stäng och spara">x</button>'), catalogue), [
      'och',
      'spara',
    ]);
  });
});
