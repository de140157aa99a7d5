import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { signedIn, type TestBrowser } from '../../../platform/testing/auth.js';
import { pageText } from '../../../platform/testing/html.js';
import { insertEnterprise } from '../../register/testing/factories.js';
import { enterpriseIdByOrgnr } from '../../register/testing/internals.js';
import { procurementContext } from '../testing/opportunities.js';
import { alertSettingsOf, saveAlertSettings } from './alerts.service.js';
import { linksFor } from './alerts.links.js';
import { DEFAULT_ALERT } from './alerts.follow.js';

for (const kind of testDatabaseKinds()) {
  describe(`the alerts' pages (${kind})`, () => {
    let t: TestApp;
    let editor: TestBrowser;
    let enterpriseId: number;
    before(async () => {
      t = await openTestApp(kind, new Date('2026-12-07T10:00:00Z'));
      const facts = await insertEnterprise(t.ctx.db, { name: 'Ann Städ' });
      enterpriseId = (await enterpriseIdByOrgnr(t.ctx.db, facts.orgnr))!;
      editor = (await signedIn(t, 'enterprise_editor', { enterpriseId })).browser;
    });
    after(() => t?.close());

    it('an editor sees how the enterprise hears of opportunities, and changes it', async () => {
      const home = pageText((await editor.get('/mitt-foretag')).body);
      assert.match(
        home,
        /Bevakning Hur ofta: En sammanfattning varje morgon\. Ni följer det ni erbjuder och där ni levererar, enligt er profil\./,
      );
      const page = await editor.get('/mitt-foretag/bevakning');
      assert.equal(page.statusCode, 200);
      assert.match(pageText(page.body), /Meddelandena går till 1 redaktör med bekräftad e-postadress\./);

      const empty = await editor.post('/mitt-foretag/bevakning', { frequency: 'weekly', follow: 'chosen' });
      assert.equal(empty.statusCode, 400);
      assert.match(pageText(empty.body), /Välj minst en CPV-kod, tjänst, ort, ett ord eller ett slag att följa/);
      const wrong = await editor.post('/mitt-foretag/bevakning', {
        follow: 'chosen',
        cpv: '9091',
        places: 'Falun, Atlantis',
        words: 'fönster',
      });
      assert.equal(wrong.statusCode, 400);
      assert.match(pageText(wrong.body), /”9091” är ingen CPV-kod/);
      assert.match(pageText(wrong.body), /Atlantis/);
      assert.match(wrong.body, /value="Falun, Atlantis"/, 'what was typed is kept');

      const saved = await editor.post('/mitt-foretag/bevakning', {
        frequency: 'weekly',
        follow: 'chosen',
        cpv: '90911200',
        places: 'Falun, Dalarnas län',
        words: 'fönster',
        kinds: ['direct', 'dialogue'],
        categories: 'stadning',
      });
      assert.equal(saved.statusCode, 303);
      const { settings } = await alertSettingsOf(procurementContext(t), enterpriseId);
      assert.deepEqual(settings, {
        frequency: 'weekly',
        follow: 'chosen',
        cpv: ['90911200'],
        categories: ['stadning'],
        countyCodes: ['20'],
        municipalityCodes: ['2080'],
        words: 'fönster',
        kinds: ['direct', 'dialogue'],
      });
      const again = await editor.get('/mitt-foretag/bevakning?sparat=1');
      assert.match(pageText(again.body), /Bevakningen är sparad\./);
      assert.match(again.body, /value="Dalarnas län, Falun"/);
    });

    it('one click stops the alerts without signing in: the page asks first; a mail program posts with no cookie', async () => {
      const ctx = procurementContext(t);
      await saveAlertSettings(ctx, enterpriseId, DEFAULT_ALERT);
      const token = /\/bevakning\/avsluta\/(.+)$/.exec((await linksFor(ctx))(enterpriseId).unsubscribe)![1]!;
      const ask = await t.app.inject({ method: 'GET', url: `/bevakning/avsluta/${token}` });
      assert.equal(ask.statusCode, 200);
      assert.match(
        pageText(ask.body),
        /Vill ni sluta få e-post om möjligheter för Ann Städ\? Det gäller alla företagets redaktörer\./,
      );
      // The token stays on this page (its form, its other language), never in the sign-in link's way back.
      assert.match(ask.body, /tillbaka=%2Fbevakning%2Favsluta"/, 'the sign-in link leads back without the token');
      assert.match(ask.body, /<meta name="robots" content="noindex"/);
      assert.equal(
        (await alertSettingsOf(ctx, enterpriseId)).settings.frequency,
        'daily',
        'opening it changes nothing',
      );

      // RFC 8058 §3.1: the body SHOULD be multipart/form-data; a plain form does as well.
      const boundary = 'xYzZY';
      const multipart = await t.app.inject({
        method: 'POST',
        url: `/bevakning/avsluta/${token}`,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
      });
      assert.equal(multipart.statusCode, 200);
      assert.match(pageText(multipart.body), /Klart\. Ann Städ får inga fler meddelanden om möjligheter\./);
      assert.equal((await alertSettingsOf(ctx, enterpriseId)).settings.frequency, 'off');
      await saveAlertSettings(ctx, enterpriseId, DEFAULT_ALERT);
      const form = await t.app.inject({
        method: 'POST',
        url: `/bevakning/avsluta/${token}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
      assert.equal(form.statusCode, 200);
      assert.equal((await alertSettingsOf(ctx, enterpriseId)).settings.frequency, 'off');
      const forged = await t.app.inject({ method: 'GET', url: `/bevakning/avsluta/${token.slice(0, -2)}xx` });
      assert.equal(forged.statusCode, 404, 'a token not signed by the platform stops nothing');

      const unknown = await t.app.inject({ method: 'GET', url: '/bevakning/avsluta/finns-inte-0000000000000' });
      assert.equal(unknown.statusCode, 404);
      assert.match(pageText(unknown.body), /Länken gäller inte/);
      // Signed in, but without the form's CSRF token: refused (only the token address goes without).
      const otherPost = await editor.post('/mitt-foretag/bevakning', { frequency: 'off' }, { csrf: false });
      assert.equal(otherPost.statusCode, 403);
    });
  });
}
