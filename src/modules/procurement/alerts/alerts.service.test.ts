import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ParsedMail } from 'mailparser';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { drainJobs } from '../../../platform/jobs/worker.js';
import { createTestUser } from '../../../platform/testing/auth.js';
import { startTestSmtp, type TestSmtp } from '../../../platform/testing/smtp.js';
import { enterpriseIdByOrgnr } from '../../register/testing/internals.js';
import { insertEnterprise } from '../../register/testing/factories.js';
import { saveBasics } from '../opportunity/opportunity.service.js';
import {
  basics,
  buyerUser,
  procurementContext,
  publishedOpportunity,
  insertFaluKommun,
} from '../testing/opportunities.js';
import { alertByToken, alertOpportunities, saveAlertSettings, sendDigests, unsubscribe } from './alerts.service.js';
import { DEFAULT_ALERT } from './alerts.follow.js';

const DALARNA = '20';
const FALUN = '2080';
const seat = { street: null, postalCode: null, city: 'Falun', municipalityCode: FALUN };

const textOf = (m: ParsedMail) => (typeof m.text === 'string' ? m.text : '');
const toOf = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address;

for (const kind of testDatabaseKinds()) {
  describe(`alerts by e-mail (${kind})`, () => {
    let t: TestApp;
    let smtp: TestSmtp;
    let buyer: ReturnType<typeof buyerUser>;
    const now = new Date('2026-12-07T10:00:00Z');
    const emails = {
      ann: 'ann@ann-stad.example.se',
      bertil: 'bertil@bredare.example.se',
      stockholm: 'sthlm@example.se',
    };
    const ids = { ann: 0, bertil: 0 };
    before(async () => {
      smtp = await startTestSmtp();
      t = await openTestApp(kind, now, { SMTP_URL: smtp.url, BASE_URL: 'https://asf.example.se' });
      const orgId = await insertFaluKommun(t);
      buyer = buyerUser((await createTestUser(t, 'buyer', { organisationId: orgId })).id, orgId);
      const enterprise = async (name: string, email: string, extra: Parameters<typeof insertEnterprise>[1]) => {
        const facts = await insertEnterprise(t.ctx.db, { name, address: seat, ...extra });
        const id = (await enterpriseIdByOrgnr(t.ctx.db, facts.orgnr))!;
        await createTestUser(t, 'enterprise_editor', { enterpriseId: id, email });
        return id;
      };
      ids.ann = await enterprise('Ann Städ', emails.ann, {
        operatingAreas: [{ countyCode: DALARNA, municipalityCode: null }],
        offerings: [{ category: 'stadning', cpv: [], description: null }],
        employees: { total: 10, targetGroup: 5, reportedOn: '2026-06-01' },
      });
      ids.bertil = await enterprise('Bertils Bredare', emails.bertil, {
        operatingAreas: [{ countyCode: DALARNA, municipalityCode: FALUN }],
        offerings: [{ category: 'catering', cpv: ['90910000'], description: null }],
      });
      await enterprise('Stockholmsstäd', emails.stockholm, {
        address: { street: null, postalCode: null, city: 'Stockholm', municipalityCode: '0180' },
        operatingAreas: [{ countyCode: '01', municipalityCode: '0180' }],
        offerings: [{ category: 'stadning', cpv: [], description: null }],
      });
    });
    after(async () => {
      await t?.close();
      await smtp?.close();
    });

    const received = (subject: RegExp) => smtp.messages.filter((m) => subject.test(m.subject ?? ''));

    it('a match closing within seven days is mailed at once, with why and a one-click unsubscribe; never twice', async () => {
      const ctx = procurementContext(t);
      const id = await publishedOpportunity(ctx, buyer, {
        basics: { title: 'Storstädning av Falu bibliotek', deadlineDate: '2026-12-11' },
        lots: [
          {
            mainCpv: '90911200',
            place: 'Falun',
            reservation: 'social_integration',
            reservationReason: 'Arbetsintegration.',
          },
        ],
      });
      await drainJobs(t.ctx);
      const ann = await smtp.waitForMessage(
        (m) => m.subject === 'Stänger snart: Storstädning av Falu bibliotek' && toOf(m) === emails.ann,
      );
      assert.match(
        textOf(ann),
        /CPV 90911200: ni erbjuder samma kod; ni levererar i Falun; reserverat: arbetsintegrerande sociala företag \(minst 30\s%\sur målgruppen\); uppfyller 4 kap\. 18 §/,
      );
      assert.match(textOf(ann), new RegExp(`https://asf\\.example\\.se/upphandlingar/${id}`));
      const unsubscribeUrl = /Avsluta bevakningen: (\S+)/.exec(textOf(ann))![1]!;
      assert.match(unsubscribeUrl, /^https:\/\/asf\.example\.se\/bevakning\/avsluta\/[\w.-]{40,}$/);
      assert.match(
        String(ann.headerLines.find((h) => h.key === 'list-unsubscribe')?.line),
        new RegExp(`<${unsubscribeUrl}>`),
      );
      assert.ok(ann.headerLines.some((h) => h.key === 'list-unsubscribe-post'));
      await smtp.waitForMessage(
        (m) => m.subject === 'Stänger snart: Storstädning av Falu bibliotek' && toOf(m) === emails.bertil,
      );
      assert.equal(received(/Storstädning/).length, 2, 'Stockholmsstäd delivers elsewhere');

      // The same event again (a retried job, a second worker) tells nobody anything.
      const again = await Promise.all([
        alertOpportunities(ctx, { ids: [id], key: 'new' }),
        alertOpportunities(ctx, { ids: [id], key: 'new' }),
      ]);
      assert.deepEqual(again, [0, 0]);
      await drainJobs(t.ctx);
      assert.equal(received(/Storstädning/).length, 2);
      // Two workers with one new event at once: each enterprise is told by one of them.
      const raced = await Promise.all([
        alertOpportunities(ctx, { ids: [id], key: 'moved:race' }),
        alertOpportunities(ctx, { ids: [id], key: 'moved:race' }),
      ]);
      assert.equal(raced[0]! + raced[1]!, 2);
      await drainJobs(t.ctx);
      assert.equal(received(/Storstädning/).length, 4, 'one change message each');
    });

    it('the rest waits for the morning digest, with what closes within seven days first; a digest goes once', async () => {
      const ctx = procurementContext(t);
      await publishedOpportunity(ctx, buyer, {
        basics: { title: 'Lokalvård i Falu skolor', deadlineDate: '2027-03-15' },
        lots: [{ mainCpv: '90911200', place: 'Falun' }],
      });
      await drainJobs(t.ctx);
      assert.equal(received(/Lokalvård i Falu skolor/).length, 0, 'not urgent: nothing at once');
      assert.equal(await sendDigests(ctx), 2);
      await drainJobs(t.ctx);
      const digest = await smtp.waitForMessage((m) => m.subject === '1 ny möjlighet för er' && toOf(m) === emails.ann);
      const text = textOf(digest);
      const at = (s: string) => {
        const i = text.indexOf(s);
        assert.ok(i >= 0, `the digest says ${s}`);
        return i;
      };
      assert.ok(at('STÄNGER INOM 7 DAGAR') < at('Storstädning av Falu bibliotek'));
      assert.ok(at('Storstädning av Falu bibliotek') < at('NYA'), 'the closing one in its own section, first');
      assert.ok(at('NYA') < at('Lokalvård i Falu skolor'));
      assert.equal(text.split('Lokalvård i Falu skolor').length, 2, 'once, not also among the closing');
      assert.equal(await sendDigests(ctx), 0, 'nothing is left to tell');
    });

    it('a moved deadline sends exactly one change message; another change sends none', async () => {
      const ctx = procurementContext(t);
      const before = smtp.messages.length;
      const id = await publishedOpportunity(ctx, buyer, {
        basics: { title: 'Fönsterputs i Falun', deadlineDate: '2027-02-01' },
        lots: [{ mainCpv: '90911300', place: 'Falun' }],
      });
      await drainJobs(t.ctx);
      await saveBasics(ctx, buyer, id, basics({ title: 'Fönsterputs i Falun', deadlineDate: '2027-02-15' }));
      await saveBasics(
        ctx,
        buyer,
        id,
        basics({ title: 'Fönsterputs i Falun', deadlineDate: '2027-02-15', description: 'Ny text.' }),
      );
      await drainJobs(t.ctx);
      const moved = received(/^Ny sista dag: Fönsterputs i Falun$/);
      assert.deepEqual(moved.map(toOf).sort(), [emails.ann, emails.bertil]);
      assert.match(textOf(moved[0]!), /15 februari 2027/);
      assert.equal(smtp.messages.length, before + 2);
    });

    it('one click stops everything; chosen words and kinds narrow what is told', async () => {
      const ctx = procurementContext(t);
      const link = /Avsluta bevakningen: (\S+)/.exec(
        textOf(received(/Storstädning/).find((m) => toOf(m) === emails.bertil)!),
      )![1]!;
      const found = await alertByToken(ctx, link.split('/').at(-1)!);
      assert.equal(found?.enterpriseId, ids.bertil);
      await unsubscribe(ctx, found!.enterpriseId);
      assert.equal(await alertByToken(ctx, 'finns-inte-alls-0000000000'), null);
      await saveAlertSettings(ctx, ids.ann, {
        ...DEFAULT_ALERT,
        follow: 'chosen',
        words: 'fönster',
        kinds: ['direct'],
      });
      await publishedOpportunity(ctx, buyer, {
        basics: { title: 'Städning av Falu brandstation', deadlineDate: '2026-12-12' },
        lots: [{ mainCpv: '90911200', place: 'Falun' }],
      });
      await drainJobs(t.ctx);
      assert.equal(
        received(/Falu brandstation/).length,
        0,
        'Bertil stopped; Ann follows windows in direct procurements',
      );
      await publishedOpportunity(ctx, buyer, {
        basics: {
          kind: 'direct',
          title: 'Fönsterputs av Falu brandstation',
          deadlineDate: '2026-12-12',
          noticeUrl: '',
        },
        lots: [{ mainCpv: '90911300', place: 'Falun' }],
      });
      await drainJobs(t.ctx);
      assert.deepEqual(received(/Fönsterputs av Falu brandstation/).map(toOf), [emails.ann]);
    });
  });
}
