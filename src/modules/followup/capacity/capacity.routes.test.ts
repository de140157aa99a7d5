import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readableText, swedishCatalogueTexts, swedishIn } from '../../../app/testing/swedish-leaks.js';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { signedIn, TestBrowser } from '../../../platform/testing/auth.js';
import { pageText } from '../../../platform/testing/html.js';
import { agreementMaker } from '../testing/agreements.js';
import { contextWithFollowupTables } from '../db.js';
import { TrainingPlaceListSchema } from './capacity.api.js';
import { placesLinkFor } from './capacity.links.js';
import { confirmFreePlaces } from './capacity.service.js';

const NOW = new Date('2026-12-07T10:00:00Z');
const DAY = 86_400_000;
const UNCERTAIN_BADGE = /<li class="badge badge-unreviewed">Osäker<\/li>/;
const FILTER = '/arbetstraningsplatser?kommun=2081&anpassning=anpassade-arbetstider';

for (const kind of testDatabaseKinds()) {
  describe(`the capacity board and the enterprise's free places (${kind})`, () => {
    let t: TestApp;
    let editor: TestBrowser;
    let enterpriseId: number;
    before(async () => {
      t = await openTestApp(kind, NOW);
      const ctx = contextWithFollowupTables(t.ctx);
      const agree = await agreementMaker(t, 'Samordningsförbundet Dalarna');
      enterpriseId = await agree('Borlänge Återbruk Ekonomisk Förening', { starts: '2026-12-01', ends: '2027-11-30' });
      // In Falun without adapted hours, with free places: the filters must leave it out.
      const falun = await agree('Falu Trädgård Ideell Förening', { municipalityCode: '2080', adaptations: [] });
      await confirmFreePlaces(ctx, falun, 2, { link: true });
      // An agreement that ended: its free places are not free places now.
      const ended = await agree('Gammal Tvätt Ekonomisk Förening', { starts: '2025-01-01', ends: '2025-12-31' });
      assert.deepEqual(await confirmFreePlaces(ctx, ended, 1, { link: true }), { ok: false, problem: 'no_agreement' });
      editor = (await signedIn(t, 'enterprise_editor', { enterpriseId })).browser;
    });
    after(() => t?.close());

    it('shows no one on the board before the enterprise has said how many are free', async () => {
      const board = pageText((await new TestBrowser(t).get(FILTER)).body);
      assert.match(board, /0 företag har lediga platser/);
      assert.doesNotMatch(board, /Borlänge Återbruk/);
      assert.match(pageText((await new TestBrowser(t).get('/arbetstraningsplatser')).body), /Falu Trädgård/);
    });

    it('lets the editor set the free places from /mitt-foretag, with a message for each bad number', async () => {
      const own = await editor.get('/mitt-foretag');
      const section = pageText(own.body);
      assert.match(section, /Ni har 3 arbetsträningsplatser i överenskommelser som gäller i dag/);
      assert.match(section, /Ni har inte uppgett lediga platser än/);
      assert.doesNotMatch(own.body, /Stämmer fortfarande/, 'nothing to confirm yet');
      const words = await editor.post('/mitt-foretag/arbetstraningsplatser', { free: 'två' });
      assert.equal(words.statusCode, 400);
      assert.match(pageText(words.body), /Skriv antalet lediga platser som ett heltal/);
      assert.match(words.body, /value="två"/);
      const tooMany = await editor.post('/mitt-foretag/arbetstraningsplatser', { free: '4' });
      assert.equal(tooMany.statusCode, 400);
      assert.match(pageText(tooMany.body), /högst 3 lediga platser/);
      const saved = await editor.post('/mitt-foretag/arbetstraningsplatser', { free: '2' });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, '/mitt-foretag/arbetstraningsplatser?sparat=2');
      assert.match(pageText((await editor.get(String(saved.headers.location))).body), /Sparat: 2 lediga platser/);
      const logged = await t.ctx.db
        .selectFrom('audit_event')
        .select(['details', 'actor_user_id'])
        .where('action', '=', 'training_places_confirmed')
        .where('actor_user_id', 'is not', null)
        .execute();
      assert.deepEqual(
        logged.map((e) => e.details),
        [{ freePlaces: 2, freePlacesUnchanged: false }],
      );
    });

    it('finds the place in Borlänge with adapted hours, and only there', async () => {
      const board = pageText((await new TestBrowser(t).get(FILTER)).body);
      assert.match(board, /1 företag har lediga platser/);
      assert.match(board, /Borlänge Återbruk Ekonomisk Förening 2 lediga platser av 3 · Bekräftat 7 december 2026/);
      assert.doesNotMatch((await new TestBrowser(t).get(FILTER)).body, UNCERTAIN_BADGE);
      assert.doesNotMatch(board, /Falu Trädgård/);
      assert.match(
        pageText((await new TestBrowser(t).get('/arbetstraningsplatser?malgrupp=nyanlanda')).body),
        /0 företag/,
      );
      // Each filter on its own: Falun has places, but not adapted hours; Borlänge has them.
      const adapted = pageText(
        (await new TestBrowser(t).get('/arbetstraningsplatser?anpassning=anpassade-arbetstider')).body,
      );
      assert.match(adapted, /1 företag har lediga platser/);
      assert.doesNotMatch(adapted, /Falu Trädgård/);
      const falun = pageText((await new TestBrowser(t).get('/arbetstraningsplatser?kommun=2080')).body);
      assert.match(falun, /Falu Trädgård Ideell Förening 2 lediga platser av 3/);
      assert.doesNotMatch(falun, /Borlänge Återbruk/);
      const bad = await new TestBrowser(t).get('/arbetstraningsplatser?kommun=9999');
      assert.equal(bad.statusCode, 400);
      assert.match(pageText(bad.body), /Ett filter har ett värde som inte finns/);
    });

    it('serves the same as open data, and refuses a bad filter', async () => {
      const res = await new TestBrowser(t).get(
        '/api/v1/training-places?municipality=2081&adaptation=anpassade-arbetstider',
      );
      assert.equal(res.statusCode, 200);
      const body = TrainingPlaceListSchema.parse(JSON.parse(res.body));
      assert.equal(body.total, 1);
      assert.deepEqual(
        { ...body.items[0]!, targetGroups: undefined, adaptations: body.items[0]!.adaptations.map((a) => a.code) },
        {
          enterprise: { orgnr: body.items[0]!.enterprise.orgnr, name: 'Borlänge Återbruk Ekonomisk Förening' },
          municipalities: ['2081'],
          places: 3,
          freePlaces: 2,
          confirmedAt: NOW.toISOString(),
          uncertain: false,
          targetGroups: undefined,
          adaptations: ['anpassade-arbetstider'],
        },
      );
      assert.equal(JSON.parse((await new TestBrowser(t).get('/api/v1/training-places')).body).total, 2);
      const bad = await new TestBrowser(t).get('/api/v1/training-places?adaptation=hours');
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(
        JSON.parse(bad.body).error.fields.map((f: { field: string }) => f.field),
        ['adaptation'],
      );
    });

    it('marks the place uncertain after 30 days, and "still correct" confirms it in one click', async () => {
      t.setNow(new Date(NOW.getTime() + 30 * DAY));
      assert.doesNotMatch((await new TestBrowser(t).get(FILTER)).body, UNCERTAIN_BADGE, 'thirty days is still sure');
      t.setNow(new Date(NOW.getTime() + 31 * DAY));
      assert.match((await new TestBrowser(t).get(FILTER)).body, UNCERTAIN_BADGE);
      const api = JSON.parse((await new TestBrowser(t).get('/api/v1/training-places?municipality=2081')).body);
      assert.equal(api.items[0].uncertain, true);
      // A month on, the session has ended: the editor signs in again.
      editor = (await signedIn(t, 'enterprise_editor', { enterpriseId })).browser;
      assert.match(pageText((await editor.get('/mitt-foretag')).body), /Visas som osäker på kapacitetstavlan/);
      const same = await editor.post('/mitt-foretag/arbetstraningsplatser', { action: 'same' });
      assert.equal(same.statusCode, 303);
      const board = await new TestBrowser(t).get(FILTER);
      assert.doesNotMatch(board.body, UNCERTAIN_BADGE);
      assert.match(pageText(board.body), /2 lediga platser av 3 · Bekräftat 7 januari 2027/);
    });

    it('updates through the e-mailed link without sign-in, and refuses a wrong or expired one', async () => {
      const link = (await placesLinkFor(contextWithFollowupTables(t.ctx)))(enterpriseId);
      const path = link.replace(/^https?:\/\/[^/]+/, '');
      assert.match(path, /^\/arbetstraningsplatser\/uppdatera\?nyckel=/);
      const anyone = new TestBrowser(t);
      const page = await anyone.get(path);
      assert.equal(page.statusCode, 200);
      assert.match(pageText(page.body), /För Borlänge Återbruk Ekonomisk Förening/);
      const saved = await anyone.post(path, { free: '0' });
      assert.equal(saved.statusCode, 303);
      assert.match(pageText((await anyone.get(String(saved.headers.location))).body), /Sparat: 0 lediga platser/);
      assert.match(pageText((await anyone.get(FILTER)).body), /0 företag har lediga platser/, 'none free, none shown');
      const row = await t.ctx.db
        .selectFrom('training_capacity')
        .selectAll()
        .where('enterprise_id', '=', enterpriseId)
        .executeTakeFirstOrThrow();
      assert.equal(row.via, 'link');
      const forged = await anyone.post(path.replace(/nyckel=./, 'nyckel=x'), { free: '3' });
      assert.equal(forged.statusCode, 404);
      t.setNow(new Date(NOW.getTime() + 100 * DAY));
      const expired = await anyone.get(path);
      assert.equal(expired.statusCode, 404);
      assert.match(pageText(expired.body), /ogiltig eller har gått ut/);
      t.setNow(new Date(NOW.getTime() + 31 * DAY));
    });

    it('says it all in English, with no Swedish left', async () => {
      const catalogue = await swedishCatalogueTexts();
      editor = (await signedIn(t, 'enterprise_editor', { enterpriseId })).browser;
      await editor.post('/mitt-foretag/arbetstraningsplatser', { free: '1' });
      const anyone = new TestBrowser(t);
      for (const b of [anyone, editor]) b.cookies.set('asf_lang', 'en');
      for (const [b, url] of [
        [anyone, FILTER],
        [editor, '/mitt-foretag'],
        [editor, '/mitt-foretag/arbetstraningsplatser?sparat=1'],
      ] as const) {
        const res = await b.get(url);
        assert.match(res.body, /<html lang="en"/);
        // Names of enterprises, organisations and places are not text of ours.
        const text = readableText(res.body).replace(
          /Borlänge Återbruk Ekonomisk Förening|Samordningsförbundet Dalarna|Borlänge/g,
          '',
        );
        assert.deepEqual(swedishIn(text, catalogue), [], url);
      }
      assert.match(pageText((await anyone.get(FILTER)).body), /1 free place of 3/);
    });
  });
}
