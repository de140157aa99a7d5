import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readableText, swedishCatalogueTexts, swedishIn } from '../../../app/testing/swedish-leaks.js';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { signedIn, TestBrowser } from '../../../platform/testing/auth.js';
import { pageText } from '../../../platform/testing/html.js';
import { insertOrganisation } from '../../../platform/auth/user.repository.js';
import { insertEnterprise } from '../../register/testing/factories.js';
import { agreementMaker, confirmTestPlaces, registerTestAgreement } from '../testing/agreements.js';
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
          statedFreePlaces: 2,
          confirmedAt: NOW.toISOString(),
          uncertain: false,
          uncertainReasons: [],
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
      const stale = await new TestBrowser(t).get(FILTER);
      assert.match(stale.body, UNCERTAIN_BADGE);
      assert.match(pageText(stale.body), /Osäker Antalet har inte bekräftats på mer än 30 dagar\./);
      const api = JSON.parse((await new TestBrowser(t).get('/api/v1/training-places?municipality=2081')).body);
      assert.equal(api.items[0].uncertain, true);
      assert.deepEqual(api.items[0].uncertainReasons, ['notConfirmed']);
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

for (const kind of testDatabaseKinds()) {
  describe(`the capacity board: one agreement matches, never more free than places, only published enterprises (${kind})`, () => {
    let t: TestApp;
    let twoTowns: string;
    let shrinking: number;
    let archivedOrgnr: string;
    let archived: number;
    const get = async (url: string) => new TestBrowser(t).get(url);
    const api = async (query: string) => {
      const res = await get(`/api/v1/training-places${query}`);
      assert.equal(res.statusCode, 200);
      return TrainingPlaceListSchema.parse(JSON.parse(res.body));
    };
    /** The board's list of results as text, without the filters' lists of every kommun. */
    const results = async (url: string) => pageText((await get(url)).body.split('id="platser-rubrik"')[1] ?? '');

    before(async () => {
      t = await openTestApp(kind, NOW);
      const organisationId = await insertOrganisation(t.ctx.db, {
        name: 'Samordningsförbundet Dalarna',
        kind: 'samordningsforbund',
        countyCode: '20',
        municipalityCode: null,
        now: t.ctx.now(),
      });
      const enterprise = async (name: string) => {
        const e = await insertEnterprise(t.ctx.db, { name });
        const { id } = await t.ctx.db
          .selectFrom('enterprise')
          .select('id')
          .where('orgnr', '=', e.orgnr)
          .executeTakeFirstOrThrow();
        return { id, orgnr: e.orgnr, name };
      };
      const two = await enterprise('Två Orter Ekonomisk Förening');
      twoTowns = two.orgnr;
      // Falun with adapted hours, Borlänge without: no agreement is "Borlänge with adapted hours".
      await registerTestAgreement(t, organisationId, two, {
        municipalityCode: '2080',
        places: 2,
        targetGroups: ['psykisk-ohalsa'],
        adaptations: ['anpassade-arbetstider'],
      });
      await registerTestAgreement(t, organisationId, two, {
        municipalityCode: '2081',
        places: 2,
        targetGroups: ['nyanlanda'],
        adaptations: [],
      });
      await confirmTestPlaces(t, two.id, 2);
      // Five places until the new year, two after: five free said in December are not five in January.
      const shrink = await enterprise('Krympande Snickeri Ekonomisk Förening');
      shrinking = shrink.id;
      await registerTestAgreement(t, organisationId, shrink, {
        municipalityCode: '2062',
        places: 5,
        ends: '2026-12-31',
      });
      await registerTestAgreement(t, organisationId, shrink, { municipalityCode: '2062', places: 2 });
      await confirmTestPlaces(t, shrink.id, 5);
      const gone = await enterprise('Arkiveras Sen Ideell Förening');
      archived = gone.id;
      archivedOrgnr = gone.orgnr;
      await registerTestAgreement(t, organisationId, gone, { municipalityCode: '2085' });
      await confirmTestPlaces(t, gone.id, 1);
    });
    after(() => t?.close());

    it('matches an enterprise only when one of its agreements has all the chosen filters', async () => {
      assert.match(await results(FILTER), /0 företag har lediga platser/);
      assert.doesNotMatch(await results(FILTER), /Två Orter/);
      assert.equal((await api('?municipality=2081&adaptation=anpassade-arbetstider')).total, 0);
      assert.match(await results('/arbetstraningsplatser?kommun=2081&malgrupp=nyanlanda'), /Två Orter/);
      assert.doesNotMatch(
        await results('/arbetstraningsplatser?malgrupp=nyanlanda&anpassning=anpassade-arbetstider'),
        /Två Orter/,
      );
      // Shown with what the matching agreement has: Falun, mental ill-health, adapted hours; not Borlänge.
      const falun = await results('/arbetstraningsplatser?kommun=2080&anpassning=anpassade-arbetstider');
      assert.match(falun, /Två Orter Ekonomisk Förening 2 lediga platser av 4/);
      assert.match(falun, /Kommun Falun Målgrupper Personer med psykisk ohälsa Anpassningar Anpassade arbetstider/);
      assert.doesNotMatch(falun, /Borlänge|Nyanlända/);
      const [item] = (await api('?municipality=2080&adaptation=anpassade-arbetstider')).items;
      assert.equal(item?.enterprise.orgnr, twoTowns);
      assert.deepEqual(item?.municipalities, ['2080']);
      assert.deepEqual(
        item?.targetGroups.map((g) => g.code),
        ['psykisk-ohalsa'],
      );
      // Without filters, all its agreements in force.
      const all = (await api('')).items.find((i) => i.enterprise.orgnr === twoTowns);
      assert.deepEqual(all?.municipalities, ['2080', '2081']);
    });

    it('never shows more free places than the agreements in force have, and says why it is uncertain', async () => {
      const before = (await api('?municipality=2062')).items[0];
      assert.deepEqual([before?.freePlaces, before?.places, before?.uncertain], [5, 7, false]);
      t.setNow(new Date('2027-01-02T10:00:00Z')); // 26 days after: confirmed recently enough
      const board = await get('/arbetstraningsplatser?kommun=2062');
      const text = pageText(board.body.split('id="platser-rubrik"')[1] ?? '');
      assert.match(text, /Krympande Snickeri Ekonomisk Förening 2 lediga platser av 2 · Bekräftat 7 december 2026/);
      assert.doesNotMatch(text, /5 lediga platser av 2/);
      assert.match(board.body, UNCERTAIN_BADGE);
      assert.match(
        text,
        /Osäker Företaget uppgav 5 lediga platser, men dess överenskommelser som gäller i dag har 2 platser\./,
      );
      const after = (await api('?municipality=2062')).items[0];
      assert.deepEqual(
        {
          freePlaces: after?.freePlaces,
          statedFreePlaces: after?.statedFreePlaces,
          places: after?.places,
          uncertain: after?.uncertain,
          uncertainReasons: after?.uncertainReasons,
        },
        { freePlaces: 2, statedFreePlaces: 5, places: 2, uncertain: true, uncertainReasons: ['moreThanPlaces'] },
      );
      // The enterprise is told too, and "still correct" is not offered for a number that cannot be.
      const link = (await placesLinkFor(contextWithFollowupTables(t.ctx)))(shrinking).replace(/^https?:\/\/[^/]+/, '');
      const own = await get(link);
      assert.match(pageText(own.body), /Enligt er: 5 lediga platser.*fler än de 2 platserna i era överenskommelser/);
      assert.doesNotMatch(own.body, /Stämmer fortfarande/);
      assert.match(own.body, /name="free"[^>]*value="2"|value="2"[^>]*name="free"/);
      t.setNow(NOW);
    });

    it('leaves out an enterprise archived in the register since, and its e-mailed link no longer works', async () => {
      const link = (await placesLinkFor(contextWithFollowupTables(t.ctx)))(archived).replace(/^https?:\/\/[^/]+/, '');
      assert.match(await results('/arbetstraningsplatser?kommun=2085'), /Arkiveras Sen Ideell Förening/);
      assert.equal((await get(link)).statusCode, 200);
      await insertEnterprise(t.ctx.db, { orgnr: archivedOrgnr, name: 'Arkiveras Sen Ideell Förening' }, 'archived');
      assert.match(await results('/arbetstraningsplatser?kommun=2085'), /0 företag har lediga platser/);
      assert.equal((await api('?municipality=2085')).total, 0);
      assert.equal((await api('')).items.filter((i) => i.enterprise.orgnr === archivedOrgnr).length, 0);
      const page = await get(link);
      assert.equal(page.statusCode, 404);
      assert.match(pageText(page.body), /Företaget finns inte längre publicerat i registret/);
      const posted = await new TestBrowser(t).post(link, { free: '0' });
      assert.equal(posted.statusCode, 404);
      const row = await t.ctx.db
        .selectFrom('training_capacity')
        .select('free_places')
        .where('enterprise_id', '=', archived)
        .executeTakeFirstOrThrow();
      assert.equal(row.free_places, 1, 'not changed through the link');
    });
  });
}
