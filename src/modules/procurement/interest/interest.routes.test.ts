import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { signedIn, type TestBrowser } from '../../../platform/testing/auth.js';
import { pageText } from '../../../platform/testing/html.js';
import { insertEnterprise } from '../../register/testing/factories.js';
import { enterpriseIdByOrgnr } from '../../register/testing/internals.js';
import { buyerUser, procurementContext, publishedOpportunity, insertFaluKommun } from '../testing/opportunities.js';

for (const kind of testDatabaseKinds()) {
  describe(`interest and joint bids (${kind})`, () => {
    let t: TestApp;
    let buyer: TestBrowser;
    let ann: TestBrowser;
    let bertil: TestBrowser;
    let annEmail: string;
    let id: number;
    let dialogue: number;
    const seat = { street: null, postalCode: null, city: 'Falun', municipalityCode: '2080' };
    const outbox = () =>
      t.ctx.db.selectFrom('mail_outbox').select(['to_address', 'subject', 'text_body']).orderBy('id').execute();

    before(async () => {
      t = await openTestApp(kind, new Date('2026-12-07T10:00:00Z'));
      const orgId = await insertFaluKommun(t);
      const signedInBuyer = await signedIn(t, 'buyer', { organisationId: orgId });
      buyer = signedInBuyer.browser;
      const editorOf = async (facts: Parameters<typeof insertEnterprise>[1], email: string) => {
        const { orgnr } = await insertEnterprise(t.ctx.db, { address: seat, ...facts });
        const enterpriseId = (await enterpriseIdByOrgnr(t.ctx.db, orgnr))!;
        return (await signedIn(t, 'enterprise_editor', { enterpriseId, email })).browser;
      };
      annEmail = 'ann@ann-stad.example.se';
      ann = await editorOf(
        {
          name: 'Ann Städ',
          operatingAreas: [{ countyCode: '20', municipalityCode: null }],
          offerings: [{ category: 'stadning', cpv: [], description: null }],
          employees: { total: 10, targetGroup: 5, reportedOn: '2026-06-01' },
        },
        annEmail,
      );
      bertil = await editorOf(
        {
          name: 'Bertils Fönster',
          operatingAreas: [{ countyCode: '20', municipalityCode: '2081' }],
          offerings: [{ category: 'stadning', cpv: ['90911300'], description: null }],
          employees: { total: 10, targetGroup: 1, reportedOn: '2026-06-01' },
        },
        'bertil@fonster.example.se',
      );
      const ctx = procurementContext(t);
      const user = buyerUser(signedInBuyer.user.id, orgId);
      id = await publishedOpportunity(ctx, user, {
        lots: [{ mainCpv: '90911200', additionalCpv: '90911300', place: 'Falun, Borlänge' }],
      });
      dialogue = await publishedOpportunity(ctx, user, {
        basics: {
          kind: 'dialogue',
          title: 'Dialog om städning av Falu skolor',
          deadlineDate: '',
          deadlineTime: '',
          noticeUrl: '',
          meetingDate: '2027-01-20',
          meetingTime: '09:30',
          meetingPlace: 'Stadshuset, Falun',
        },
        lots: [{ mainCpv: '90911200', place: 'Falun' }],
      });
    });
    after(() => t?.close());

    it('an enterprise shows interest with a message; the buyer sees it as far as each allows', async () => {
      const page = await ann.get(`/mitt-foretag/intresse/${id}`);
      assert.equal(page.statusCode, 200);
      const saved = await ann.post(`/mitt-foretag/intresse/${id}`, {
        action: 'save',
        lot: '1',
        message: 'Vi har tio anställda och kan börja i mars.',
        showBuyer: '1',
        jointBid: '1',
      });
      assert.equal(saved.statusCode, 303);
      assert.match(
        pageText((await ann.get(saved.headers.location as string)).body),
        /Ert intresse är sparat\. .*Ni har visat intresse\./,
      );
      const refused = await bertil.post(`/mitt-foretag/intresse/${id}`, {
        action: 'save',
        lot: '1',
        message: 'Ring Bertil på 19800101-0009.',
        jointBid: '1',
      });
      assert.equal(refused.statusCode, 400);
      assert.match(pageText(refused.body), /personnummer/i);
      assert.match(refused.body, /Ring Bertil på 19800101-0009\./, 'what was typed is kept');
      await bertil.post(`/mitt-foretag/intresse/${id}`, {
        action: 'save',
        lot: '1',
        message: 'Fönsterputs.',
        jointBid: '1',
      });

      const overview = pageText((await buyer.get(`/inkop/${id}`)).body);
      assert.match(overview, /Intresse 2 företag har visat intresse, 2 av dem öppna för ett gemensamt anbud\./);
      assert.match(overview, /Ann Städ öppen för gemensamt anbud Vi har tio anställda och kan börja i mars\./);
      assert.match(overview, /1 företag vill inte visa sitt namn\./);
      const interest = overview.slice(overview.indexOf('Intresse 2'), overview.indexOf('Företag som matchar'));
      assert.doesNotMatch(interest, /Bertils Fönster|Fönsterputs\./, 'Bertil did not let the buyer see');
    });

    it('those open to a joint bid see each other, their combined coverage and share, and write through the platform', async () => {
      const page = pageText((await ann.get(`/mitt-foretag/intresse/${id}`)).body);
      assert.match(page, /Andra som är öppna för ett gemensamt anbud Bertils Fönster Fönsterputs\./);
      assert.match(page, /Tillsammans 2 av 2 koder 2 av 2 orter 20 \(6\)/);
      assert.match(page, /Tillsammans 30\s%\si målgruppen, enligt uppgifter högst 12 månader gamla från 2 företag\./);
      assert.match(page, /avgör den upphandlande myndigheten/);
      assert.doesNotMatch(page, /bertil@fonster/, 'no address shown');

      const bertilId = (
        await t.ctx.db
          .selectFrom('enterprise')
          .select('id')
          .where('name', '=', 'Bertils Fönster')
          .executeTakeFirstOrThrow()
      ).id;
      const before = (await outbox()).length;
      const sent = await ann.post(`/mitt-foretag/intresse/${id}`, {
        action: 'contact',
        lot: '1',
        partner: String(bertilId),
        message: 'Ska vi lämna anbud tillsammans? Ni tar fönstren.',
      });
      assert.equal(sent.statusCode, 303);
      const mails = (await outbox()).slice(before);
      assert.deepEqual(
        mails.map((m) => [m.to_address, m.subject]),
        [['bertil@fonster.example.se', 'Ann Städ vill diskutera ett gemensamt anbud']],
      );
      assert.match(mails[0]!.text_body, /Ska vi lämna anbud tillsammans\? Ni tar fönstren\./);
      assert.match(mails[0]!.text_body, new RegExp(`Svara till: ${annEmail}`));

      // Not open to a joint bid any more: out of sight, and no message reaches it.
      await bertil.post(`/mitt-foretag/intresse/${id}`, { action: 'save', lot: '1', message: 'Fönsterputs.' });
      assert.doesNotMatch(pageText((await ann.get(`/mitt-foretag/intresse/${id}`)).body), /Bertils Fönster/);
      const refused = await ann.post(`/mitt-foretag/intresse/${id}`, {
        action: 'contact',
        lot: '1',
        partner: String(bertilId),
        message: 'Hallå?',
      });
      assert.equal(refused.statusCode, 400);
      assert.match(pageText(refused.body), /inte längre öppet för ett gemensamt anbud/);
    });

    it('the meeting of a dialogue: who comes and how many, counted for the buyer; withdrawing interest', async () => {
      const bad = await ann.post(`/mitt-foretag/intresse/${dialogue}`, { action: 'rsvp', persons: 'två' });
      assert.equal(bad.statusCode, 400);
      assert.match(pageText(bad.body), /Skriv ett antal mellan 0 och 20\./);
      assert.equal(
        (await ann.post(`/mitt-foretag/intresse/${dialogue}`, { action: 'rsvp', persons: '2' })).statusCode,
        303,
      );
      const page = pageText((await ann.get(`/mitt-foretag/intresse/${dialogue}`)).body);
      assert.match(page, /Ni har anmält 2 personer\./);
      assert.match(
        (await ann.get(`/mitt-foretag/intresse/${dialogue}`)).body,
        new RegExp(`/upphandlingar/${dialogue}/kalender\\.ics`),
      );
      assert.match(
        pageText((await buyer.get(`/inkop/${dialogue}`)).body),
        /Anmälda till mötet: 1 företag, 2 personer\./,
      );

      await ann.post(`/mitt-foretag/intresse/${id}`, { action: 'withdraw', lot: '1' });
      assert.match(pageText((await buyer.get(`/inkop/${id}`)).body), /Intresse 1 företag har visat intresse, 0 av dem/);
    });

    it('the public page leads an enterprise’s editor to its interest, and no one else', async () => {
      const link = `href="/mitt-foretag/intresse/${id}"`;
      assert.ok((await ann.get(`/upphandlingar/${id}`)).body.includes(link));
      assert.ok(!(await buyer.get(`/upphandlingar/${id}`)).body.includes(link));
      assert.ok(!(await t.app.inject({ method: 'GET', url: `/upphandlingar/${id}` })).body.includes(link));
    });

    it('only editors, and only open opportunities', async () => {
      assert.notEqual((await buyer.get(`/mitt-foretag/intresse/${id}`)).statusCode, 200);
      assert.equal((await ann.get('/mitt-foretag/intresse/999999')).statusCode, 404);
      assert.equal((await ann.get('/mitt-foretag/intresse/abc')).statusCode, 404);
    });
  });
}
