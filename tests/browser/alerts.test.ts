import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ParsedMail } from 'mailparser';
import type { Page } from 'playwright-core';
import { enterpriseIdByOrgnr } from '../../src/modules/register/testing/internals.js';
import { insertEnterprise } from '../../src/modules/register/testing/factories.js';
import { insertOrganisation } from '../../src/platform/auth/user.repository.js';
import { drainJobs } from '../../src/platform/jobs/worker.js';
import { createTestUser } from '../../src/platform/testing/auth.js';
import { linksIn, startTestSmtp, type TestSmtp } from '../../src/platform/testing/smtp.js';
import { follow, signIn, skipReason, startHarness, visit, type Harness } from './harness.js';

/**
 * Issue 11 §5, the alerts' part: a buyer publishes a lot reserved under 4 kap. 18 § closing
 * within a week; the two matching enterprises get the e-mail at once over real SMTP and open the
 * procurement from it; the buyer moves the deadline and each gets one change message; one
 * unsubscribes with one click and hears nothing of the next. axe on every page, 1280 and 390 px.
 */
describe('bevakning per e-post', { skip: skipReason }, () => {
  let h: Harness;
  let smtp: TestSmtp;
  let buyerEmail: string;
  const editors = { ann: 'ann@ann-stad.example.se', bertil: 'bertil@bredare.example.se' };
  before(async () => {
    smtp = await startTestSmtp();
    h = await startHarness({ demo: 0, env: { SMTP_URL: smtp.url } });
    const db = h.testApp.ctx.db;
    const orgId = await insertOrganisation(db, {
      name: 'Falu kommun',
      kind: 'kommun',
      countyCode: '20',
      municipalityCode: '2080',
      now: h.testApp.ctx.now(),
    });
    buyerEmail = (await createTestUser(h.testApp, 'buyer', { name: 'Frida Inköpare', organisationId: orgId })).email;
    const seat = { street: null, postalCode: null, city: 'Falun', municipalityCode: '2080' };
    for (const [key, facts] of [
      [
        'ann',
        {
          name: 'Ann Städ Ekonomisk Förening',
          operatingAreas: [{ countyCode: '20', municipalityCode: null }],
          offerings: [{ category: 'stadning', cpv: [], description: null }],
          employees: { total: 10, targetGroup: 5, reportedOn: '2026-06-01' },
        },
      ],
      [
        'bertil',
        {
          name: 'Bertils Bredare AB',
          operatingAreas: [{ countyCode: '20', municipalityCode: '2080' }],
          offerings: [{ category: 'catering', cpv: ['90910000'], description: null }],
          employees: { total: 10, targetGroup: 4, reportedOn: '2026-06-01' },
        },
      ],
    ] as [keyof typeof editors, Parameters<typeof insertEnterprise>[1]][]) {
      const { orgnr } = await insertEnterprise(db, { ...facts, address: seat });
      const enterpriseId = (await enterpriseIdByOrgnr(db, orgnr))!;
      await createTestUser(h.testApp, 'enterprise_editor', { enterpriseId, email: editors[key] });
    }
  });
  after(async () => {
    await h?.close();
    await smtp?.close();
  });

  const to = (m: ParsedMail) => JSON.stringify(m.to);
  const mailsAbout = (subject: string) => smtp.messages.filter((m) => m.subject === subject);
  const path = (url: string) => new URL(url).pathname;

  async function publish(page: Page, title: string, deadline: string): Promise<string> {
    await visit(page, '/inkop/ny');
    await page.getByLabel('Annonserad upphandling').check();
    await page.getByLabel('Rubrik').fill(title);
    await page.getByLabel('Beskrivning').fill('Städning två gånger i veckan.');
    await page.getByLabel('E-post till kontaktpersonen').fill('frida@falun.example.se');
    await page.getByLabel('Länk till annonsen').fill('https://www.e-avrop.com/falun/upphandling/7');
    await page.getByLabel('Sista dag för anbud: Datum').fill(deadline);
    await page.getByLabel('Sista dag för anbud: Klockslag (svensk tid)').fill('12:00');
    await follow(page, () => page.getByRole('button', { name: 'Spara och fortsätt' }).click());
    const id = /\/inkop\/(\d+)\/delomraden\/ny/.exec(page.url())![1]!;
    await page.getByLabel('Huvudsaklig CPV-kod').fill('90911200');
    await page.getByLabel('Var det ska utföras').fill('Falun');
    await page.getByLabel(/Arbetsintegrerande sociala företag/).check();
    await page.getByLabel('Skäl för reservationen').fill('Uppdraget passar arbetsintegrerande sociala företag.');
    await follow(page, () => page.getByRole('button', { name: 'Spara delområdet' }).click());
    await visit(page, `/inkop/${id}`);
    await page.getByLabel('Varför delas upphandlingen inte i flera delområden?').fill('Ett enda bibliotek.');
    await page.getByLabel('Ja').check();
    await follow(page, () => page.getByRole('button', { name: 'Publicera' }).click());
    assert.match(await page.getByRole('status').first().innerText(), /Upphandlingen är publicerad/);
    return id;
  }

  it('publicerat: båda får e-post direkt, ändrad sista dag ger ett meddelande var, ett klick avslutar', async () => {
    const buyer = await h.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(buyer, buyerEmail);
    const id = await publish(buyer, 'Storstädning av Falu bibliotek', '2026-11-28');
    await drainJobs(h.testApp.ctx);

    const subject = 'Stänger snart: Storstädning av Falu bibliotek';
    const annMail = await smtp.waitForMessage((m) => m.subject === subject && to(m).includes(editors.ann));
    await smtp.waitForMessage((m) => m.subject === subject && to(m).includes(editors.bertil));
    assert.match(annMail.text ?? '', /uppfyller 4 kap\. 18 § enligt uppgifter från 1 juni 2026/);
    const opportunityLink = linksIn(annMail).find((l) => l.includes(`/upphandlingar/${id}`))!;
    for (const width of [1280, 390]) {
      const reader = await h.newPage({ viewport: { width, height: 900 } });
      await visit(reader, path(opportunityLink));
      assert.match(await reader.locator('h1').innerText(), /Storstädning av Falu bibliotek/);
    }

    // Ann opens the mail's link signed in, shows interest open to a joint bid; Bertil, on a phone,
    // finds Ann as a partner and what they cover together; the buyer sees both.
    const annPage = await h.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(annPage, editors.ann);
    await visit(annPage, path(opportunityLink));
    await follow(annPage, () => annPage.getByRole('link', { name: /Visa intresse/ }).click());
    await annPage.getByLabel('Kort meddelande till köparen (frivilligt)').fill('Vi kan börja direkt med sex personer.');
    await annPage.getByLabel('Vi är öppna för ett gemensamt anbud').check();
    await follow(annPage, () => annPage.getByRole('button', { name: 'Visa intresse' }).click());
    assert.match(await annPage.getByRole('status').first().innerText(), /Ert intresse är sparat/);

    const bertilPage = await h.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(bertilPage, editors.bertil);
    await visit(bertilPage, '/mitt-foretag/mojligheter');
    await follow(bertilPage, () =>
      bertilPage
        .getByRole('link', { name: /Visa intresse/ })
        .first()
        .click(),
    );
    await bertilPage.getByLabel('Vi är öppna för ett gemensamt anbud').check();
    await bertilPage.getByLabel('Köparen får se vårt namn och meddelande').uncheck();
    await follow(bertilPage, () => bertilPage.getByRole('button', { name: 'Visa intresse' }).click());
    const partners = bertilPage.getByRole('region', { name: 'Andra som är öppna för ett gemensamt anbud' });
    assert.match(await partners.innerText(), /Ann Städ Ekonomisk Förening/);
    const together = bertilPage.getByRole('region', { name: 'Om ni går ihop' });
    assert.match(await together.innerText(), /Tillsammans 45\s%\si målgruppen/);
    await bertilPage.getByLabel('Skriv till Ann Städ Ekonomisk Förening').fill('Ska vi räkna på det ihop?');
    await follow(bertilPage, () => bertilPage.getByRole('button', { name: 'Skicka' }).click());
    await drainJobs(h.testApp.ctx);
    const contact = await smtp.waitForMessage(
      (m) => m.subject === 'Bertils Bredare AB vill diskutera ett gemensamt anbud',
    );
    assert.ok(to(contact).includes(editors.ann));
    assert.match(contact.text ?? '', new RegExp(`Svara till: ${editors.bertil.replace('.', '\\.')}`));

    await visit(buyer, `/inkop/${id}`);
    const interest = buyer.getByRole('region', { name: 'Intresse' });
    assert.match(
      await interest.innerText(),
      /2 företag har visat intresse, 2 av dem öppna för ett gemensamt anbud\.[\s\S]*Ann Städ Ekonomisk Förening[\s\S]*Vi kan börja direkt med sex personer\.[\s\S]*1 företag vill inte visa sitt namn\./,
    );

    await visit(buyer, `/inkop/${id}/uppgifter`);
    await buyer.getByLabel('Sista dag för anbud: Datum').fill('2026-11-30');
    await follow(buyer, () => buyer.getByRole('button', { name: /Spara/ }).first().click());
    await drainJobs(h.testApp.ctx);
    await smtp.waitForMessage(
      (m) => m.subject === 'Ny sista dag: Storstädning av Falu bibliotek' && to(m).includes(editors.bertil),
    );
    const moved = mailsAbout('Ny sista dag: Storstädning av Falu bibliotek');
    assert.equal(moved.length, 2, 'one change message each');
    assert.match(moved[0]!.text ?? '', /30 november 2026 kl\. 12:00/);

    const bertilMail = mailsAbout(subject).find((m) => to(m).includes(editors.bertil))!;
    const unsubscribe = linksIn(bertilMail).find((l) => l.includes('/bevakning/avsluta/'))!;
    assert.match(String(bertilMail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line), /bevakning\/avsluta/);
    const bertil = await h.newPage({ viewport: { width: 390, height: 844 } });
    await visit(bertil, path(unsubscribe));
    await follow(bertil, () => bertil.getByRole('button', { name: 'Avsluta bevakningen' }).click());
    assert.match(await bertil.locator('main').innerText(), /Bertils Bredare AB får inga fler meddelanden/);

    await publish(buyer, 'Städning av Falu brandstation', '2026-11-27');
    await drainJobs(h.testApp.ctx);
    await smtp.waitForMessage((m) => m.subject === 'Stänger snart: Städning av Falu brandstation');
    assert.deepEqual(
      mailsAbout('Stänger snart: Städning av Falu brandstation').map((m) => to(m).includes(editors.ann)),
      [true],
      'Bertil unsubscribed: only Ann hears of it',
    );
  });

  it('redaktören ändrar bevakningen på sin sida, också på en telefon', async () => {
    for (const width of [1280, 390]) {
      const page = await h.newPage({ viewport: { width, height: 900 } });
      await signIn(page, editors.ann);
      await visit(page, '/mitt-foretag');
      await follow(page, () => page.getByRole('link', { name: 'Ändra vad ni följer och hur ofta' }).click());
      await page.getByLabel('En sammanfattning varje måndag').check();
      await follow(page, () => page.getByRole('button', { name: 'Spara bevakningen' }).click());
      assert.match(await page.getByRole('status').first().innerText(), /Bevakningen är sparad/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the settings page scrolls sideways by ${overflow} px at ${width} px`);
    }
  });
});
