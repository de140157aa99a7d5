import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { insertOrganisation } from '../../../platform/auth/user.repository.js';
import { signedIn, TestBrowser } from '../../../platform/testing/auth.js';
import { pageText } from '../../../platform/testing/html.js';
import { insertEnterprise } from '../../register/testing/factories.js';
import { AgreementListSchema } from './agreement.api.js';

const BORLANGE = { street: null, postalCode: null, city: 'Borlänge', municipalityCode: '2081' };

/** A whole form as a coordinator fills it in, with the enterprise found by its org.nr. */
const form = (enterprise: string, over: Record<string, string | string[]> = {}) => ({
  enterprise,
  diaryNumber: 'SF 2026/14',
  municipality: '2081',
  starts: '2026-12-01',
  ends: '2027-11-30',
  places: '3',
  supervisors: '2',
  targetGroups: ['psykisk-ohalsa', 'langtidsarbetslosa'],
  adaptations: 'anpassade-arbetstider',
  ...over,
});

for (const kind of testDatabaseKinds()) {
  describe(`work-training agreements (${kind})`, () => {
    let t: TestApp;
    let coordinator: TestBrowser;
    let other: TestBrowser;
    let admin: TestBrowser;
    let buyer: TestBrowser;
    let orgnr: string;
    let id: number;
    before(async () => {
      t = await openTestApp(kind, new Date('2026-12-07T10:00:00Z'));
      const organisation = (name: string) =>
        insertOrganisation(t.ctx.db, {
          name,
          kind: 'samordningsforbund',
          countyCode: '20',
          municipalityCode: null,
          now: t.ctx.now(),
        });
      coordinator = (
        await signedIn(t, 'coordinator', { organisationId: await organisation('Samordningsförbundet Dalarna') })
      ).browser;
      other = (await signedIn(t, 'coordinator', { organisationId: await organisation('Samordningsförbundet Gävle') }))
        .browser;
      admin = (await signedIn(t, 'admin')).browser;
      buyer = (await signedIn(t, 'buyer')).browser;
      orgnr = (await insertEnterprise(t.ctx.db, { name: 'Återbruket Borlänge Ekonomisk Förening', address: BORLANGE }))
        .orgnr;
      await insertEnterprise(t.ctx.db, { name: 'Återbruket Falun Ekonomisk Förening' });
    });
    after(() => t?.close());

    it('names every missing answer beside its field and keeps what was typed', async () => {
      const res = await coordinator.post('/uppfoljning/arbetstraning/ny', { diaryNumber: 'SF 1', places: 'tre' });
      assert.equal(res.statusCode, 400);
      const text = pageText(res.body);
      for (const message of [
        'Skriv anordnarens organisationsnummer eller namn.',
        'Välj kommunen där platserna finns.',
        'Skriv datumet som ÅÅÅÅ-MM-DD',
        'Skriv antalet platser som ett heltal från 1 till 1 000.',
        'Välj minst en målgrupp.',
      ])
        assert.ok(text.includes(message), message);
      assert.match(res.body, /<a href="#enterprise">/, 'the summary links to the field');
      assert.match(res.body, /value="SF 1"/);
      assert.match(res.body, /value="tre"/);
    });

    it('refuses a personnummer, an end before the start and an enterprise not in the register', async () => {
      const pnr = await coordinator.post(
        '/uppfoljning/arbetstraning/ny',
        form(orgnr, { diaryNumber: 'Anna 19800101-0008' }),
      );
      assert.equal(pnr.statusCode, 400);
      assert.match(pageText(pnr.body), /ser ut att innehålla ett personnummer/);
      const backwards = await coordinator.post('/uppfoljning/arbetstraning/ny', form(orgnr, { ends: '2026-01-01' }));
      assert.equal(backwards.statusCode, 400);
      assert.match(pageText(backwards.body), /Slutdatumet kan inte ligga före startdatumet/);
      const unknown = await coordinator.post('/uppfoljning/arbetstraning/ny', form('Finns Inte AB'));
      assert.equal(unknown.statusCode, 400);
      assert.match(pageText(unknown.body), /Inget publicerat företag i registret/);
      const rows = await t.ctx.db.selectFrom('training_agreement').select('id').execute();
      assert.equal(rows.length, 0);
    });

    it('asks which enterprise a shared name means, then saves the one picked, with an audit event', async () => {
      const asked = await coordinator.post('/uppfoljning/arbetstraning/ny', form('återbruket'));
      assert.equal(asked.statusCode, 400);
      assert.match(pageText(asked.body), /Vilket företag menar du\?/);
      const picked =
        /<input type="radio" id="enterpriseId-\d" name="enterpriseId" value="(\d+)"[^>]*\/><label[^>]*>Återbruket Borlänge/.exec(
          asked.body,
        );
      assert.ok(picked, 'the Borlänge enterprise is offered');
      const saved = await coordinator.post(
        '/uppfoljning/arbetstraning/ny',
        form('återbruket', { enterpriseId: picked[1]! }),
      );
      assert.equal(saved.statusCode, 303);
      const m = /^\/uppfoljning\/arbetstraning\/(\d+)\?sparat=1$/.exec(String(saved.headers.location));
      assert.ok(m, String(saved.headers.location));
      id = Number(m[1]);
      const page = pageText((await coordinator.get(`/uppfoljning/arbetstraning/${id}?sparat=1`)).body);
      assert.match(page, /Överenskommelsen är sparad/);
      assert.match(page, /Återbruket Borlänge Ekonomisk Förening/);
      assert.match(page, /Borlänge/);
      assert.match(page, /Anpassade arbetstider/);
      assert.match(page, /Personer med psykisk ohälsa, Långtidsarbetslösa/);
      const events = await t.ctx.db
        .selectFrom('audit_event')
        .select(['subject'])
        .where('action', '=', 'training_agreement_saved')
        .execute();
      assert.deepEqual(events, [{ subject: `SF 2026/14 (${orgnr})` }]);
      const log = pageText((await admin.get('/admin/logg')).body);
      assert.match(log, /Arbetsträningsöverenskommelse sparad/);
      assert.match(log, /Platser: 3/);
    });

    it('shows the agreement to its organisation and administrators, to no one else', async () => {
      assert.match(pageText((await coordinator.get('/uppfoljning/arbetstraning')).body), /SF 2026\/14/);
      const list = pageText((await admin.get('/uppfoljning/arbetstraning')).body);
      assert.match(list, /Samordningsförbundet Dalarna/, 'an administrator sees whose it is');
      const others = await other.get('/uppfoljning/arbetstraning');
      assert.doesNotMatch(pageText(others.body), /SF 2026\/14/);
      assert.equal((await other.get(`/uppfoljning/arbetstraning/${id}`)).statusCode, 404);
      assert.equal((await other.post(`/uppfoljning/arbetstraning/${id}/andra`, form(orgnr))).statusCode, 404);
      assert.equal((await buyer.get('/uppfoljning/arbetstraning')).statusCode, 403);
      // An administrator without an organisation is told why they cannot register one, and where to go.
      const cannot = await admin.get('/uppfoljning/arbetstraning/ny');
      assert.match(pageText(cannot.body), /hör inte till någon organisation/);
      assert.equal((await admin.post('/uppfoljning/arbetstraning/ny', form(orgnr))).statusCode, 409);
    });

    it('changes the terms, not the parties', async () => {
      const edit = await coordinator.get(`/uppfoljning/arbetstraning/${id}/andra`);
      assert.match(edit.body, /value="SF 2026\/14"/);
      assert.doesNotMatch(edit.body, /name="enterprise"/);
      const bad = await coordinator.post(`/uppfoljning/arbetstraning/${id}/andra`, form(orgnr, { places: '0' }));
      assert.equal(bad.statusCode, 400);
      const ok = await coordinator.post(`/uppfoljning/arbetstraning/${id}/andra`, form(orgnr, { places: '5' }));
      assert.equal(ok.statusCode, 303);
      const row = await t.ctx.db
        .selectFrom('training_agreement')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      assert.equal(row.places, 5);
      assert.equal(row.enterprise_orgnr, orgnr);
    });

    it('downloads the list as CSV and XLSX, logged', async () => {
      const csv = await coordinator.get('/uppfoljning/arbetstraning/export.csv');
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-type']), /^text\/csv/);
      const lines = csv.body
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n');
      assert.equal(
        lines[0],
        'Dnr;Organisation;Anordnare;Org.nr;Kommun;Från;Till;Gäller;Platser;Handledare;Målgrupper;Anpassningar',
      );
      assert.equal(
        lines[1],
        `SF 2026/14;Samordningsförbundet Dalarna;Återbruket Borlänge Ekonomisk Förening;${orgnr};Borlänge;2026-12-01;2027-11-30;Gäller nu;5;2;"Personer med psykisk ohälsa; Långtidsarbetslösa";Anpassade arbetstider`,
      );
      assert.equal(lines.length, 2);
      const xlsx = await coordinator.get('/uppfoljning/arbetstraning/export.xlsx');
      assert.equal(xlsx.statusCode, 200);
      assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK');
      const none = await other.get('/uppfoljning/arbetstraning/export.csv');
      assert.equal(
        none.body
          .replace(/^\ufeff/, '')
          .trim()
          .split('\r\n').length,
        1,
        'another organisation gets only the headings',
      );
      const logged = await t.ctx.db.selectFrom('audit_event').select('id').where('action', '=', 'export').execute();
      assert.equal(logged.length, 3);
    });

    it('answers /api/v1/agreements by who asks', async () => {
      const mine = await coordinator.get('/api/v1/agreements');
      assert.equal(mine.statusCode, 200);
      const body = AgreementListSchema.parse(JSON.parse(mine.body));
      assert.equal(body.total, 1);
      assert.equal(body.items[0]!.enterprise.orgnr, orgnr);
      assert.deepEqual(body.items[0]!.adaptations, ['anpassade-arbetstider']);
      assert.equal(JSON.parse((await other.get('/api/v1/agreements')).body).total, 0);
      const anonymous = await new TestBrowser(t).get('/api/v1/agreements');
      assert.equal(anonymous.statusCode, 401);
      assert.equal(JSON.parse(anonymous.body).error.id, 'unauthorized');
      const bad = await coordinator.get('/api/v1/agreements?pageSize=1000');
      assert.equal(bad.statusCode, 400);
      assert.equal(JSON.parse(bad.body).error.id, 'invalid_parameter');
    });
  });
}
