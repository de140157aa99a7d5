import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { insertOrganisation } from '../../../platform/auth/user.repository.js';
import { signedIn } from '../../../platform/testing/auth.js';
import { pageText } from '../../../platform/testing/html.js';
import { buyerUser, procurementContext, publishedOpportunity } from '../../procurement/testing/opportunities.js';
import { enterpriseIdByOrgnr } from '../../register/testing/internals.js';
import { insertEnterprise } from '../../register/testing/factories.js';
import { ContractListSchema, ContractSchema } from './contract.api.js';
import { TestBrowser } from '../../../platform/testing/auth.js';

/** A lot with an employment clause as the buyer writes it: two placements of six months, 75 %. */
const CLAUSE_LOT = {
  title: 'Tvätt av arbetskläder',
  description: 'Tvätt och reparation.',
  mainCpv: '98310000',
  place: 'Falun',
  estimatedValue: '900 000',
  contractMonths: '24',
  contractStart: '2027-01-01',
  clauseRequirement: 'hard',
  clauseTargetGroup: 'Personer långt från arbetsmarknaden',
  clauseForms: 'placement',
  clausePersons: '2',
  clauseMonths: '6',
  clauseFirstStart: '6',
  clauseMetShare: '75',
};

for (const kind of testDatabaseKinds()) {
  describe(`the follow-up pages for contracts (${kind})`, () => {
    let t: TestApp;
    let buyer: TestBrowser;
    let otherBuyer: TestBrowser;
    let editor: TestBrowser;
    let otherEditor: TestBrowser;
    let orgnr: string;
    let contractId: number;
    let awardedId: number;
    before(async () => {
      t = await openTestApp(kind, new Date('2026-12-07T10:00:00Z'));
      const org = (name: string, municipalityCode: string) =>
        insertOrganisation(t.ctx.db, { name, kind: 'kommun', countyCode: '20', municipalityCode, now: t.ctx.now() });
      const falun = await org('Falu kommun', '2080');
      const borlange = await org('Borlänge kommun', '2081');
      const signed = await signedIn(t, 'buyer', { organisationId: falun });
      buyer = signed.browser;
      otherBuyer = (await signedIn(t, 'buyer', { organisationId: borlange })).browser;
      orgnr = (await insertEnterprise(t.ctx.db, { name: 'Tvätteriet Ekonomisk Förening' })).orgnr;
      const supplier = (await enterpriseIdByOrgnr(t.ctx.db, orgnr))!;
      editor = (await signedIn(t, 'enterprise_editor', { enterpriseId: supplier })).browser;
      const other = (await enterpriseIdByOrgnr(
        t.ctx.db,
        (await insertEnterprise(t.ctx.db, { name: 'Annan AB' })).orgnr,
      ))!;
      otherEditor = (await signedIn(t, 'enterprise_editor', { enterpriseId: other })).browser;
      awardedId = await publishedOpportunity(procurementContext(t), buyerUser(signed.user.id, falun), {
        lots: [CLAUSE_LOT],
      });
      const awarded = await buyer.post(`/inkop/${awardedId}/status`, { status: 'awarded' });
      assert.equal(awarded.statusCode, 303);
    });
    after(() => t?.close());

    it('a contract by hand: each wrong field named, what was typed kept; then saved with its clause', async () => {
      const wrong = await buyer.post('/uppfoljning/avtal/nytt', {
        title: '',
        supplierOrgnr: '55667',
        starts: '2027-02-01',
        ends: '2027-01-31',
        value: 'tusen',
        requirement: 'hard',
        targetGroup: '',
        persons: '0',
        months: '6',
        firstStart: '6',
        metShare: '75',
      });
      assert.equal(wrong.statusCode, 400);
      const text = pageText(wrong.body);
      for (const message of [
        'Skriv avtalets namn.',
        'Organisationsnumret är inte giltigt',
        'Avtalet kan inte sluta före det börjar.',
        'Skriv värdet i hela kronor',
        'Välj villkorets form.',
        'Skriv villkorets målgrupp.',
        'Skriv antal personer, minst 1.',
      ])
        assert.ok(text.includes(message), message);
      assert.match(wrong.body, /value="55667"/);

      const unknown = await buyer.post('/uppfoljning/avtal/nytt', {
        title: 'Lokalvård',
        supplierOrgnr: '212000-1355',
        starts: '2026-09-01',
        ends: '2028-08-31',
      });
      assert.equal(unknown.statusCode, 400);
      assert.match(pageText(unknown.body), /Inget publicerat företag i registret har organisationsnummer 212000-1355/);

      const saved = await buyer.post('/uppfoljning/avtal/nytt', {
        title: 'Lokalvård på äldreboenden',
        supplierOrgnr: orgnr.replace('-', ''),
        starts: '2026-09-01',
        ends: '2028-08-31',
        value: '1 200 000',
        reservation: 'social_integration',
        requirement: 'hard',
        commitmentForm: 'placement',
        targetGroup: 'Unga utan arbete',
        persons: '2',
        months: '6',
        firstStart: '6',
        metShare: '75',
      });
      assert.equal(saved.statusCode, 303, pageText(saved.body));
      const m = /^\/uppfoljning\/avtal\/(\d+)\?klart=sparat$/.exec(String(saved.headers.location));
      assert.ok(m, String(saved.headers.location));
      contractId = Number(m[1]);
      const page = pageText((await buyer.get(`/uppfoljning/avtal/${contractId}`)).body);
      assert.match(page, /Tvätteriet Ekonomisk Förening/);
      assert.match(page, /Enligt plan/);
      assert.match(page, /2 personer × 6 månader, Unga utan arbete \(Skall-krav\)/);
      assert.match(page, /Första start senast 1 mars 2027/);
    });

    it('an awarded lot is offered as a contract, filled in from the lot, made once', async () => {
      const list = await buyer.get('/uppfoljning');
      assert.match(pageText(list.body), /Skapa avtal för Städning av förskolor i Falun: Tvätt av arbetskläder/);
      const form = await buyer.get(`/uppfoljning/avtal/nytt?upphandling=${awardedId}&delomrade=1`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /name="starts"[^>]*value="2027-01-01"/);
      assert.match(form.body, /name="ends"[^>]*value="2028-12-31"/);
      assert.match(form.body, /name="targetGroup"[^>]*value="Personer långt från arbetsmarknaden"/);
      assert.match(form.body, /value="placement"[^>]*checked/);
      const values = Object.fromEntries(
        [...form.body.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)]
          .filter((x) => !x[1]!.startsWith('_'))
          .map((x) => [x[1]!, x[2]!]),
      );
      const posted = {
        ...values,
        requirement: 'hard',
        commitmentForm: 'placement',
        supplierOrgnr: orgnr,
      };
      const noSupplier = await buyer.post('/uppfoljning/avtal/nytt', { ...posted, supplierOrgnr: '' });
      assert.equal(noSupplier.statusCode, 400);
      assert.match(
        pageText(noSupplier.body),
        /Avtal för Städning av förskolor i Falun: Tvätt av arbetskläder/,
        'the heading stays',
      );
      const made = await buyer.post('/uppfoljning/avtal/nytt', posted);
      assert.equal(made.statusCode, 303, pageText(made.body));
      const page = pageText((await buyer.get(String(made.headers.location))).body);
      assert.match(page, /Från en tilldelad upphandling/);
      assert.doesNotMatch(pageText((await buyer.get('/uppfoljning')).body), /Skapa avtal för/);
      const again = await buyer.post('/uppfoljning/avtal/nytt', posted);
      assert.equal(again.statusCode, 400);
      assert.match(pageText(again.body), /Det finns redan ett avtal för det här delområdet/);
      const second = await buyer.get(`/uppfoljning/avtal/nytt?upphandling=${awardedId}&delomrade=1`);
      assert.equal(second.statusCode, 303, 'a second click leads to the contract made');
      assert.equal(second.headers.location, new URL(String(made.headers.location), 'http://x').pathname);
      const foreign = await otherBuyer.get(`/uppfoljning/avtal/nytt?upphandling=${awardedId}&delomrade=1`);
      assert.equal(foreign.statusCode, 404);
    });

    it('the supplier reports from /mitt-foretag; a personnummer is refused; the buyer sees the starts', async () => {
      const home = pageText((await editor.get('/mitt-foretag')).body);
      assert.match(home, /Avtal att rapportera på/);
      assert.match(home, /Rapportera på Lokalvård på äldreboenden/);
      assert.match(home, /Rapportera på Städning av förskolor i Falun: Tvätt av arbetskläder/);
      const page = await editor.get(`/mitt-foretag/avtal/${contractId}`);
      assert.equal(page.statusCode, 200);
      const commitmentId = Number(/\/rapport\/(\d+)"/.exec(page.body)![1]);
      const refused = await editor.post(`/mitt-foretag/avtal/${contractId}/rapport/${commitmentId}`, {
        on: '2026-11-02',
        started: '2',
        note: 'Kalle 19850101-1234 började',
      });
      assert.equal(refused.statusCode, 400);
      assert.match(pageText(refused.body), /ser ut att innehålla ett personnummer/);
      assert.match(refused.body, /value="2026-11-02"/);
      const reloaded = await editor.get(`/mitt-foretag/avtal/${contractId}/rapport/${commitmentId}`);
      assert.equal(reloaded.statusCode, 303, 'the refused form’s address, reloaded, leads to the contract');
      assert.equal(reloaded.headers.location, `/mitt-foretag/avtal/${contractId}`);
      const sent = await editor.post(`/mitt-foretag/avtal/${contractId}/rapport/${commitmentId}`, {
        on: '2026-11-02',
        offered: '3',
        started: '2',
        personMonths: '1,5',
      });
      assert.equal(sent.statusCode, 303);
      assert.equal(sent.headers.location, `/mitt-foretag/avtal/${contractId}?klart=rapport#atagande-${commitmentId}`);
      const seen = pageText((await buyer.get(`/uppfoljning/avtal/${contractId}`)).body);
      assert.match(seen, /Påbörjade 2/);
      assert.match(seen, /2 har börjat; 1,5 av 9 månader som behövs är gjorda/);
      assert.match(seen, /Leverantören/);
      const csv = await buyer.get('/uppfoljning/avtal/export.csv');
      assert.equal(csv.statusCode, 200);
      assert.match(
        csv.body,
        /Lokalvård på äldreboenden;Tvätteriet Ekonomisk Förening;2026-09-01;2028-08-31;1200000;SEK;Arbetsintegrerande sociala företag/,
      );
      assert.match(csv.body, /;3;2;0;0;1\.5;"Enligt plan: 2 har börjat/);
      const xlsx = await buyer.get('/uppfoljning/avtal/export.xlsx');
      assert.equal(xlsx.statusCode, 200);
      assert.equal(xlsx.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    });

    it('others see nothing of it, and cannot report on it', async () => {
      assert.equal((await otherBuyer.get(`/uppfoljning/avtal/${contractId}`)).statusCode, 404);
      assert.equal((await otherEditor.get(`/mitt-foretag/avtal/${contractId}`)).statusCode, 404);
      assert.doesNotMatch(pageText((await otherBuyer.get('/uppfoljning')).body), /Lokalvård på äldreboenden/);
      const page = await buyer.get(`/uppfoljning/avtal/${contractId}`);
      const commitmentId = Number(/\/rapport\/(\d+)"/.exec(page.body)![1]);
      const sneaked = await otherEditor.post(`/mitt-foretag/avtal/${contractId}/rapport/${commitmentId}`, {
        on: '2026-11-03',
        started: '5',
      });
      assert.equal(sneaked.statusCode, 404);
      const rows = await t.ctx.db
        .selectFrom('audit_event')
        .select('action')
        .where('action', 'in', ['contract_created', 'fulfilment_reported'])
        .execute();
      assert.deepEqual(rows.map((r) => r.action).sort(), [
        'contract_created',
        'contract_created',
        'fulfilment_reported',
      ]);
    });

    it('the buyer changes the contract and adds a commitment; the period keeps what was reported', async () => {
      const page = await buyer.get(`/uppfoljning/avtal/${contractId}`);
      assert.match(pageText(page.body), /Ändra avtalet eller lägg till ett åtagande/);
      const form = await buyer.get(`/uppfoljning/avtal/${contractId}/andra`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /name="supplierName"[^>]*value="Tvätteriet Ekonomisk Förening"/);
      const fields = {
        title: 'Lokalvård på äldreboenden',
        supplierName: 'Tvätteriet Ekonomisk Förening',
        starts: '2026-11-15',
        ends: '2029-08-31',
        value: '1 300 000',
      };
      const cut = await buyer.post(`/uppfoljning/avtal/${contractId}/andra`, fields);
      assert.equal(cut.statusCode, 400);
      assert.match(
        pageText(cut.body),
        /Det finns rapporter från 2026-11-02 till 2026-11-02\. Avtalstiden måste omfatta dem\./,
      );
      const changed = await buyer.post(`/uppfoljning/avtal/${contractId}/andra`, {
        ...fields,
        starts: '2026-09-01',
        requirement: 'award_bonus',
        commitmentForm: 'new_hire',
        targetGroup: 'Personer med funktionsnedsättning',
        persons: '1',
        months: '12',
        firstStart: '6',
        metShare: '75',
      });
      assert.equal(changed.statusCode, 303, pageText(changed.body));
      const after = pageText((await buyer.get(`/uppfoljning/avtal/${contractId}`)).body);
      assert.match(after, /1 september 2026 – 31 augusti 2029/);
      assert.match(after, /Åtagande 2: Nyanställning/);
      assert.match(after, /1 300 000 kr/);
      // The supplier is still the register's enterprise: it sees the contract and both commitments.
      assert.match(pageText((await editor.get(`/mitt-foretag/avtal/${contractId}`)).body), /Åtagande 2: Nyanställning/);
      assert.equal((await otherBuyer.get(`/uppfoljning/avtal/${contractId}/andra`)).statusCode, 404);
      const sneaked = await otherBuyer.post(`/uppfoljning/avtal/${contractId}/andra`, fields);
      assert.equal(sneaked.statusCode, 404);
    });

    it('the buyer filters the list by status', async () => {
      const atRisk = pageText((await buyer.get('/uppfoljning?status=at_risk')).body);
      assert.doesNotMatch(atRisk, /Lokalvård på äldreboenden/);
      assert.match(atRisk, /Inga avtal har något åtagande med status ”Risk”/);
      const onTrack = pageText((await buyer.get('/uppfoljning?status=on_track')).body);
      assert.match(onTrack, /Lokalvård på äldreboenden/);
      assert.match(onTrack, /Enligt plan: 3/, "two on the contract changed, one on the awarded lot's");
    });

    it('the API gives each party its own contracts with the statuses, and nothing to others', async () => {
      const list = await buyer.get('/api/v1/contracts');
      assert.equal(list.statusCode, 200);
      assert.equal(list.headers['cache-control'], 'no-store');
      const body = ContractListSchema.parse(JSON.parse(list.body));
      assert.equal(body.total, 2);
      const own = body.items.find((c) => c.id === contractId)!;
      assert.equal(own.supplier.name, 'Tvätteriet Ekonomisk Förening');
      assert.equal(own.commitments[0]!.status, 'on_track');
      assert.equal(own.commitments[0]!.totals.started, 2);
      const supplierSide = ContractListSchema.parse(JSON.parse((await editor.get('/api/v1/contracts')).body));
      assert.equal(supplierSide.total, 2);
      assert.equal(ContractListSchema.parse(JSON.parse((await otherEditor.get('/api/v1/contracts')).body)).total, 0);
      const one = await editor.get(`/api/v1/contracts/${contractId}`);
      assert.equal(ContractSchema.parse(JSON.parse(one.body)).id, contractId);
      const foreign = await otherBuyer.get(`/api/v1/contracts/${contractId}`);
      assert.equal(foreign.statusCode, 404);
      assert.equal(JSON.parse(foreign.body).error.id, 'contract_not_found');
      const anonymous = await new TestBrowser(t).get('/api/v1/contracts');
      assert.equal(anonymous.statusCode, 401);
      assert.equal(JSON.parse(anonymous.body).error.id, 'unauthorized');
      const bad = await buyer.get('/api/v1/contracts?status=kanske&pageSize=0');
      assert.equal(bad.statusCode, 400);
      assert.equal(JSON.parse(bad.body).error.id, 'invalid_parameter');
      const atRisk = ContractListSchema.parse(JSON.parse((await buyer.get('/api/v1/contracts?status=at_risk')).body));
      assert.equal(atRisk.total, 0);
    });

    it('a labour-market unit named on the contract sees it and reports; another does not', async () => {
      const unit = (name: string) =>
        insertOrganisation(t.ctx.db, {
          name,
          kind: 'ame',
          countyCode: '20',
          municipalityCode: '2080',
          now: t.ctx.now(),
        });
      const ame = await unit('Arbetsmarknadsenheten i Falun');
      const otherAme = await unit('Arbetsmarknadsenheten i Mora');
      const ameCoordinator = (await signedIn(t, 'coordinator', { organisationId: ame })).browser;
      const otherCoordinator = (await signedIn(t, 'coordinator', { organisationId: otherAme })).browser;
      const form = await buyer.get('/uppfoljning/avtal/nytt');
      assert.match(pageText(form.body), /Arbetsmarknadsenhet som också rapporterar/);
      const wrongUnit = await buyer.post('/uppfoljning/avtal/nytt', {
        title: 'Städning av skolor',
        supplierOrgnr: orgnr,
        starts: '2026-09-01',
        ends: '2027-08-31',
        labourMarket: '999999',
      });
      assert.equal(wrongUnit.statusCode, 400);
      assert.match(pageText(wrongUnit.body), /Välj en arbetsmarknadsenhet i listan/);
      const saved = await buyer.post('/uppfoljning/avtal/nytt', {
        title: 'Städning av skolor',
        supplierOrgnr: orgnr,
        starts: '2026-09-01',
        ends: '2027-08-31',
        labourMarket: String(ame),
        requirement: 'dialogue',
        commitmentForm: 'apl_lia',
        targetGroup: 'Elever på vård- och omsorgsprogrammet',
        persons: '3',
        months: '2',
        firstStart: '3',
        metShare: '75',
      });
      assert.equal(saved.statusCode, 303, pageText(saved.body));
      const id = Number(/\/avtal\/(\d+)/.exec(String(saved.headers.location))![1]);
      assert.match(pageText((await ameCoordinator.get('/uppfoljning')).body), /Städning av skolor/);
      const page = await ameCoordinator.get(`/uppfoljning/avtal/${id}`);
      assert.match(pageText(page.body), /Leverantören, köparen och Arbetsmarknadsenheten i Falun rapporterar här/);
      const commitmentId = Number(/\/rapport\/(\d+)"/.exec(page.body)![1]);
      const sent = await ameCoordinator.post(`/uppfoljning/avtal/${id}/rapport/${commitmentId}`, {
        on: '2026-10-05',
        started: '1',
      });
      assert.equal(sent.statusCode, 303);
      assert.match(
        pageText((await buyer.get(`/uppfoljning/avtal/${id}`)).body),
        /Arbetsmarknadsenheten\s*$|Arbetsmarknadsenheten /,
      );
      assert.equal((await otherCoordinator.get(`/uppfoljning/avtal/${id}`)).statusCode, 404);
      const sneaked = await otherCoordinator.post(`/uppfoljning/avtal/${id}/rapport/${commitmentId}`, {
        on: '2026-10-06',
        started: '1',
      });
      assert.equal(sneaked.statusCode, 404);
    });
  });
}
