import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pageText } from '../../../platform/testing/html.js';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { insertEnterprise } from '../testing/factories.js';

for (const kind of testDatabaseKinds()) {
  describe(`register pages (${kind})`, () => {
    let t: TestApp;
    let blankOrgnr: string;
    const get = (url: string) => t.app.inject({ method: 'GET', url });

    before(async () => {
      t = await openTestApp(kind);
      const blank = await insertEnterprise(t.ctx.db, {
        name: 'Städkooperativet Blänk',
        description: 'Vi städar <b>kontor</b>.',
        website: 'https://blank.example',
        phone: '070-123 45 67',
        certifications: [{ name: 'Kvalitetsmärkt', issuer: 'Märkarna', validUntil: '2027-12-31' }],
        trainingPlaces: {
          capacity: 5,
          free: 2,
          targetGroups: ['Unga vuxna'],
          adaptations: 'Lugn miljö',
          supervisors: 2,
        },
      });
      blankOrgnr = blank.orgnr;
      await insertEnterprise(t.ctx.db, {
        name: 'Gröna Händer',
        offerings: [{ category: 'fastighetsskotsel', cpv: [], description: null }],
        operatingAreas: [{ countyCode: '03', municipalityCode: null }],
      });
      await insertEnterprise(t.ctx.db, { name: 'Hemligt utkast' }, 'draft');
    });
    after(() => t.close());

    test('start page links to the directory and counts the register', async () => {
      const res = await get('/');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="sv">/);
      assert.match(res.body, /2 företag finns i registret/);
      assert.match(res.body, /href="\/foretag\?kategori=stadning"/);
      // An enterprise finds how to register on the start page itself, not only under "Logga in".
      const main = res.body.slice(res.body.indexOf('<main'), res.body.indexOf('</main>'));
      assert.match(main, /<a href="\/registrera">Registrera ert företag<\/a>/);
    });

    test('directory lists published enterprises with a count and filters with counts', async () => {
      const res = await get('/foretag');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<p role="status" class="result-count"><strong>2 företag<\/strong>/);
      assert.match(res.body, /Städkooperativet Blänk/);
      assert.doesNotMatch(res.body, /Hemligt utkast/);
      assert.match(res.body, /<option value="03">Uppsala län \(1\)<\/option>/);
      assert.match(res.body, /<title>Hitta företag \(2 träffar\)/);
      assert.match((await get('/foretag?q=Bl%C3%A4nk')).body, /<title>Hitta företag \(1 träff\)/);
    });

    test('each hit says on the page why it matched', async () => {
      const res = await get('/foretag?q=fastighet');
      assert.match(res.body, /<p class="why">.*Träff: tjänsten Fastighetsskötsel/);
      const byOrgnr = await get(`/foretag?q=${blankOrgnr.replace('-', '')}`);
      assert.match(byOrgnr.body, /<strong>1 företag<\/strong>/);
      assert.match(byOrgnr.body, /Träff på organisationsnumret/);
      const en = await get('/foretag?q=bl%C3%A4nk&lang=en');
      assert.match(en.body, /Match in the name: <q lang="sv">blänk<\/q>/);
    });

    test('active filters are summed up above the results, each with a link that removes just it', async () => {
      const res = await get('/foretag?q=fastighet&lan=03&kategori=fastighetsskotsel&reserverbar=1');
      const summary = /<div class="active-filters">(.*?)<\/div>/s.exec(res.body)?.[1] ?? '';
      const links = [...summary.matchAll(/<a href="([^"]+)"[^>]*>(.*?)<\/a>/gs)].map((m) => [
        m[1]!.replace(/&amp;/g, '&'),
        m[2]!.replace(/<[^>]+>/g, ''),
      ]);
      assert.deepEqual(links, [
        ['/foretag?lan=03&kategori=fastighetsskotsel&reserverbar=1#resultat', 'Ta bort filtret Sökord ”fastighet” ×'],
        ['/foretag?q=fastighet&kategori=fastighetsskotsel&reserverbar=1#resultat', 'Ta bort filtret Uppsala län ×'],
        ['/foretag?q=fastighet&lan=03&reserverbar=1#resultat', 'Ta bort filtret Fastighetsskötsel ×'],
        [
          '/foretag?q=fastighet&lan=03&kategori=fastighetsskotsel#resultat',
          'Ta bort filtret Kan delta i reserverad upphandling (LOU 4 kap. 18 §) ×',
        ],
        ['/foretag', 'Rensa alla filter'],
      ]);
      assert.doesNotMatch((await get('/foretag')).body, /active-filters/);
    });

    test('words that name a service offer it, with counts here and in the neighbouring län, each a link', async () => {
      const res = await get('/foretag?q=fastighetssk%C3%B6tsel&lan=01');
      assert.match(
        res.body,
        /<p class="suggestion">Menar du tjänsten <a href="\/foretag\?lan=01&amp;kategori=fastighetsskotsel">Fastighetsskötsel<\/a>\? 0 i <span lang="sv">Stockholms län<\/span> — 1 i grannlänen: <a href="\/foretag\?lan=03&amp;kategori=fastighetsskotsel"><span lang="sv">Uppsala län<\/span> \(1\)<\/a><\/p>/,
      );
    });

    test('a page past the end says so and links to the last page, not "no match"', async () => {
      const res = await get('/foretag?sida=999');
      assert.match(res.body, /<strong>2 företag<\/strong>/);
      assert.match(
        res.body,
        /Sidan 999 finns inte: resultatet har 1 sida\. <a href="\/foretag">Gå till sista sidan<\/a>/,
      );
      assert.doesNotMatch(res.body, /Inga företag matchar/);
      assert.match((await get('/foretag?q=finnsinteallsxyz')).body, /Inga företag matchar/);
    });

    test('the back link from a profile keeps the search the user came from, only from our /foretag', async () => {
      const profile = (referer?: string) =>
        t.app.inject({
          method: 'GET',
          url: `/foretag/${blankOrgnr}`,
          headers: { host: 'asf.test', ...(referer ? { referer } : {}) },
        });
      const back = async (referer?: string) =>
        /<p class="breadcrumb no-print"><a href="([^"]*)">([^<]*)<\/a>/.exec((await profile(referer)).body)?.slice(1);
      assert.deepEqual(await back('http://asf.test/foretag?q=st%C3%A4d&amp;lan=01'), [
        '/foretag?q=st%C3%A4d&amp;amp;lan=01',
        'Tillbaka till sökresultatet',
      ]);
      assert.deepEqual(await back('http://asf.test/foretag?q=x&lan=01'), [
        '/foretag?q=x&amp;lan=01',
        'Tillbaka till sökresultatet',
      ]);
      for (const other of [
        undefined,
        'http://asf.test/foretag',
        'http://evil.test/foretag?q=x',
        'http://asf.test/konto?q=x',
        'inte en adress',
      ])
        assert.deepEqual(await back(other), ['/foretag', 'Tillbaka till alla företag'], String(other));
    });

    test('phone numbers on the profile are tel: links with the country code', async () => {
      const res = await get(`/foretag/${blankOrgnr}`);
      assert.match(res.body, /<a href="tel:\+46701234567">070-123 45 67<\/a>/);
    });

    test('query parameters filter and are kept in the form', async () => {
      const res = await get('/foretag?q=fastighet&lan=03');
      assert.match(res.body, /1 företag/);
      assert.match(res.body, /Gröna Händer/);
      assert.match(res.body, /value="fastighet"/);
      assert.match(res.body, /<option value="03" selected>/);
    });

    test('bad parameters give 400, an error summary linking to the field, and the other filters still work', async () => {
      const res = await get('/foretag?cpv=abc&lan=01');
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /class="error-summary"/);
      assert.match(res.body, /<a href="#cpv">CPV-koden ska ha åtta siffror/);
      assert.match(res.body, /value="abc"/);
      assert.match(res.body, /1 företag/);
    });

    test('empty form fields are dropped by a redirect to a clean, shareable address', async () => {
      const res = await get('/foretag?q=&lan=03&kommun=&kategori=&cpv=&sortering=relevans');
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/foretag?lan=03');
    });

    test('a CPV code typed in the search box becomes the CPV filter, which names the code', async () => {
      const res = await get('/foretag?q=+90910000-9+&lan=03');
      assert.equal(res.statusCode, 303);
      const location = res.headers.location as string;
      assert.deepEqual(Object.fromEntries(new URL(location, 'http://x').searchParams), { lan: '03', cpv: '90910000' });
      const page = pageText((await get(location)).body);
      assert.match(page, /CPV-kod 90910000 Städning/, 'the filter names the code');
      // A code typed over a chosen one replaces it; a code that does not exist stays a search.
      const replaced = await get('/foretag?q=90911200&cpv=45000000');
      assert.equal(replaced.statusCode, 303);
      assert.equal(new URL(replaced.headers.location as string, 'http://x').searchParams.get('cpv'), '90911200');
      assert.equal((await get('/foretag?q=12345678')).statusCode, 200);
      assert.equal((await get('/foretag?q=st%C3%A4dning')).statusCode, 200);
    });

    test('English words of a service find the Swedish profiles: cleaning, property maintenance', async () => {
      const cleaning = pageText((await get('/foretag?q=cleaning&lang=en')).body);
      assert.match(cleaning, /Städkooperativet Blänk/);
      const property = pageText((await get('/foretag?q=property+maintenance')).body);
      assert.match(property, /Gröna Händer/);
      assert.doesNotMatch(property, /Menade du/, 'a translation is no typo');
    });

    test('a page with errors says so in its title', async () => {
      const res = await get('/foretag?lan=99');
      assert.match(res.body, /<title>Fel: Hitta företag/);
    });

    test('profile shows every public fact, its sources and JSON-LD, with user text escaped', async () => {
      const res = await get(`/foretag/${blankOrgnr}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h1>Städkooperativet Blänk<\/h1>/);
      assert.match(res.body, /Vi städar &lt;b>kontor&lt;\/b>\./);
      assert.match(res.body, /Verifierad 1 november 2026/);
      assert.match(res.body, /Grunduppgifter: Samordnare, 1 november 2026/);
      assert.match(res.body, /giltig till 31 december 2027/);
      assert.match(res.body, /Minst 30 % av de anställda/);
      const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(res.body);
      assert.ok(ld?.[1]);
      const data = JSON.parse(ld[1]) as Record<string, unknown>;
      assert.equal(data['@type'], 'Organization');
      assert.equal(data.name, 'Städkooperativet Blänk');
      assert.equal(data.taxID, blankOrgnr);
    });

    test('profile addresses: without hyphen redirects, unknown and drafts are 404', async () => {
      const redirect = await get(`/foretag/${blankOrgnr.replace('-', '')}`);
      assert.equal(redirect.statusCode, 301);
      assert.equal(redirect.headers.location, `/foretag/${blankOrgnr}`);
      assert.equal((await get('/foretag/556448-0282')).statusCode, 404);
      assert.equal((await get('/foretag/inte-ett-nummer')).statusCode, 404);
    });

    test('security headers and a CSP without inline scripts on every page', async () => {
      const res = await get('/foretag');
      const csp = String(res.headers['content-security-policy']);
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline/);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.equal(res.headers['x-frame-options'], 'DENY');
      assert.doesNotMatch(res.body, /<script>(?!<\/script>)/);
    });

    test('unknown pages are a Swedish 404 page, unknown API paths JSON', async () => {
      const page = await get('/finns-inte');
      assert.equal(page.statusCode, 404);
      assert.match(page.body, /Sidan finns inte/);
      const api = await get('/api/v1/finns-inte');
      assert.equal(api.statusCode, 404);
      assert.deepEqual(JSON.parse(api.body).error.id, 'not_found');
    });

    test('health and readiness', async () => {
      assert.equal((await get('/health')).statusCode, 200);
      const ready = await get('/ready');
      assert.equal(ready.statusCode, 200);
      assert.equal(JSON.parse(ready.body).database, kind);
    });
  });
}
