import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { useCli } from '../../../app/testing/cli.js';
import { changesOf, loadOpportunity } from '../opportunity/opportunity.service.js';
import { noticeFolders, renamed, xmlFiles } from '../testing/notices.js';
import { buyerUser, procurementContext } from '../testing/opportunities.js';
import { importNoticeFiles } from './notice.batch.js';
import { importNotice } from './notice.import.js';

const folders = noticeFolders();
const skip = folders ? false : 'shared reference folder is absent';
const actor = { system: 'test' };
const read = (path: string) => readFileSync(path, 'utf8');

for (const kind of testDatabaseKinds()) {
  describe(`importing eForms notices (${kind})`, { skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(kind, new Date('2023-09-20T10:00:00Z'));
    });
    after(() => t?.close());
    const count = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom('opportunity')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('every SDK example and TED notice becomes an opportunity; reading them again changes nothing', async () => {
      const ctx = procurementContext(t);
      const files = [...xmlFiles(folders!.examples), ...xmlFiles(folders!.ted)].map((p) => ({
        name: p,
        text: read(p),
      }));
      const first = await importNoticeFiles(ctx, files, { country: null, actor, owner: null });
      // cn_24_open and change-cn_24_open_dates are one procedure. The change (issued 17 April) is
      // read first, as the folder is in name order; the original (28 February) then changes nothing.
      assert.deepEqual(first.counts, { created: 49, updated: 0, unchanged: 0, older: 1, skipped: 0, refused: 0 });
      const changed = await t.ctx.db
        .selectFrom('opportunity')
        .select(['closes_at'])
        .where('procedure_id', '=', '31f258b6-5eb2-4875-8997-affa3cdce27c')
        .executeTakeFirstOrThrow();
      assert.equal(changed.closes_at?.toISOString(), '2020-06-12T11:00:00.000Z');
      const again = await importNoticeFiles(ctx, files, { country: null, actor, owner: null });
      assert.deepEqual(again.counts, { created: 0, updated: 0, unchanged: 50, older: 0, skipped: 0, refused: 0 });
      assert.equal(await count(), 49);
    });

    it('a real contract notice and then its award notice: one opportunity from advertised to awarded', async () => {
      const ctx = procurementContext(t);
      const cn = renamed(read(join(folders!.ted, '583624-2023.xml')), 'cn-helsinki', 'proc-helsinki');
      // A real award notice of another procedure, given this procedure's id (BT-04).
      const can = renamed(read(join(folders!.ted, '2024-OJS170-00525037.xml')), 'can-helsinki', 'proc-helsinki');
      const created = await importNotice(ctx, cn, { actor, owner: null });
      assert.equal(created.status, 'created');
      const id = (created as { opportunityId: number }).opportunityId;
      const advertised = (await loadOpportunity(ctx.db, id))!;
      assert.deepEqual(
        [advertised.kind, advertised.status, advertised.source, advertised.countryCode, advertised.textLanguage],
        ['advertised', 'published', 'eforms', 'FI', 'fi'],
      );
      assert.equal(advertised.lots.length, 4);
      assert.ok(
        advertised.lots.every(
          (l) => l.deadlineAt?.toISOString() === '2023-10-19T09:00:00.000Z' && l.deadlineZone === '+03:00',
        ),
      );

      const awarded = await importNotice(ctx, can, { actor, owner: null });
      assert.deepEqual(awarded, { status: 'updated', noticeId: 'can-helsinki', opportunityId: id });
      const after = (await loadOpportunity(ctx.db, id))!;
      // The award notice carries no deadlines or reservations: the call's four lots stand.
      assert.deepEqual([after.kind, after.status, after.lots.length], ['advertised', 'awarded', 4]);
      assert.deepEqual(
        after.lots.map((l) => l.deadlineAt?.toISOString()),
        advertised.lots.map((l) => l.deadlineAt?.toISOString()),
      );
      const history = await changesOf(ctx, id);
      assert.deepEqual(
        history.map((h) => h.kind),
        ['notice', 'notice'],
      );
      assert.deepEqual(history[1]!.changes[0], { field: 'status', before: 'published', after: 'awarded' });

      // An older stage read afterwards (a prior information notice of the same procedure) is kept on record only.
      const pin = renamed(read(join(folders!.ted, '2024-OJS044-00127505.xml')), 'pin-helsinki', 'proc-helsinki');
      assert.equal((await importNotice(ctx, pin, { actor, owner: null })).status, 'older');
      assert.equal((await loadOpportunity(ctx.db, id))!.status, 'awarded');
    });

    it('a Swedish lot’s NUTS becomes its län and its city its kommun; lists filter by country', async () => {
      const ctx = procurementContext(t);
      let first = true;
      const swedish = renamed(read(join(folders!.ted, '547670-2023.xml')), 'se-1', 'proc-se-1')
        .replace(/<cac:RealizedLocation><cac:Address><cbc:CountrySubentityCode listName="nuts">BE352/g, (all) => {
          if (!first) return all;
          first = false;
          return '<cac:RealizedLocation><cac:Address><cbc:CityName>Falun</cbc:CityName><cbc:CountrySubentityCode listName="nuts">BE352';
        })
        .replaceAll('BE352', 'SE312')
        .replaceAll('>BEL<', '>SWE<');
      const r = await importNotice(ctx, swedish, { actor, owner: null, country: 'SE' });
      assert.equal(r.status, 'created');
      const o = (await loadOpportunity(ctx.db, (r as { opportunityId: number }).opportunityId))!;
      assert.equal(o.countryCode, 'SE');
      assert.deepEqual(
        o.lots.map((l) => [l.municipalityCodes, l.countyCodes]),
        [
          [['2080'], []],
          [[], ['20']],
          [[], ['20']],
        ],
      );
      const api = (url: string) => t.app.inject({ method: 'GET', url }).then((res) => res.json() as { total: number });
      assert.equal((await api('/api/v1/opportunities?country=SE&municipality=2080')).total, 1);
      assert.equal(
        (await api('/api/v1/opportunities?country=SE&municipality=2081')).total,
        1,
        'a lot for the whole län counts for Borlänge',
      );

      const belgian = renamed(read(join(folders!.ted, '547670-2023.xml')), 'be-1', 'proc-be-1');
      assert.deepEqual(await importNotice(ctx, belgian, { actor, owner: null, country: 'SE' }), {
        status: 'skipped',
        noticeId: 'be-1',
        country: 'BE',
      });
    });

    it('an opportunity stays in the list until its last lot’s deadline, sorted by its first', async () => {
      const ctx = procurementContext(t);
      let seen = 0;
      const xml = renamed(read(join(folders!.ted, '547670-2023.xml')), 'lots-apart', 'proc-lots-apart').replace(
        /(<cac:TenderSubmissionDeadlinePeriod>\s*<cbc:EndDate>)([^<]*)(<\/cbc:EndDate>\s*<cbc:EndTime>)([^<]*)/g,
        (all, a, _d, b) => (++seen === 2 ? `${a}2023-10-18+02:00${b}09:30:00+02:00` : all),
      );
      assert.equal((await importNotice(ctx, xml, { actor, owner: null })).status, 'created');
      const listed = async (at: string) => {
        t.setNow(new Date(at));
        const res = await t.app.inject({
          method: 'GET',
          url: '/api/v1/opportunities?buyer=Universit%C3%A9%20de%20Namur',
        });
        return (res.json() as { items: { title: string; closesAt: string }[] }).items;
      };
      const between = await listed('2023-10-12T10:00:00Z');
      assert.equal(between.length, 1, 'lot 2 is still open');
      assert.equal(between[0]!.closesAt, '2023-10-11T12:00:00.000Z');
      assert.equal((await listed('2023-10-19T10:00:00Z')).length, 0);
      t.setNow(new Date('2023-09-20T10:00:00Z'));
    });

    it('an upload may not update what belongs to another organisation; a value the database refuses is that file’s error', async () => {
      const ctx = procurementContext(t);
      const mallory = buyerUser(9999, 9999);
      const hijack = renamed(read(join(folders!.ted, '2024-OJS170-00525037.xml')), 'can-mallory', 'proc-helsinki');
      const refused = await importNotice(ctx, hijack, { actor, owner: mallory });
      assert.equal(refused.status, 'refused');
      assert.equal((refused as { reason: string }).reason, 'not_yours');
      const huge = renamed(read(join(folders!.ted, '615708-2023.xml')), 'huge', 'proc-huge').replace(
        /(<cbc:DurationMeasure[^>]*>)[^<]*/,
        '$199999999999',
      );
      const outcomes = await importNoticeFiles(
        ctx,
        [
          { name: 'stor.xml', text: huge },
          { name: 'bra.xml', text: renamed(read(join(folders!.ted, '536143-2023.xml')), 'fine', 'proc-fine') },
        ],
        { country: null, actor, owner: null },
      );
      assert.deepEqual(
        outcomes.outcomes.map((o) => [o.file, o.outcome.status]),
        [
          ['stor.xml', 'refused'],
          ['bra.xml', 'created'],
        ],
      );
    });

    it('a file that is not a notice, or is cut short, is refused with its reason and nothing is written', async () => {
      const ctx = procurementContext(t);
      const before = await count();
      const whole = renamed(read(join(folders!.ted, '739962-2023.xml')), 'cut', 'proc-cut');
      const outcomes = await importNoticeFiles(
        ctx,
        [
          { name: 'faktura.xml', text: '<Invoice><cbc:ID>1</cbc:ID></Invoice>' },
          { name: 'avklippt.xml', text: whole.slice(0, Math.floor(whole.length / 2)) },
          { name: 'binar.xml', text: null },
        ],
        { country: null, actor, owner: null },
      );
      assert.deepEqual(
        outcomes.outcomes.map((o) => [o.file, o.outcome.status, 'reason' in o.outcome ? o.outcome.reason : null]),
        [
          ['faktura.xml', 'refused', 'not_eforms'],
          ['avklippt.xml', 'refused', 'not_xml'],
          ['binar.xml', 'refused', 'not_xml'],
        ],
      );
      assert.equal(await count(), before);
    });
  });
}

describe('asf import notices', { skip }, () => {
  const cli = useCli('asf-notices-');
  it('reads a folder, names a bad file, says the rate, and limits to a country', async () => {
    const all = await cli.run(['import', 'notices', folders!.ted]);
    assert.equal(all.code, 0, all.text);
    assert.match(all.text, /14 nya upphandlingar, 0 uppdaterade, 0 redan inlästa, 0 filer med fel\./);
    assert.match(all.text, /14 annonser på [\d.]+ s \([\d\s]+ annonser per sekund\)/);
    const again = await cli.run(['import', 'notices', folders!.ted, '--land', 'FI']);
    assert.match(again.text, /0 nya upphandlingar, 0 uppdaterade, 4 redan inlästa, 10 från andra länder/);
    const missing = await cli.run(['import', 'notices', '/finns/inte']);
    assert.equal(missing.code, 1);
    assert.match(missing.text, /Hittar inte \/finns\/inte/);
    const wrong = await cli.run(['import', 'notices', join(folders!.ted, 'MANIFEST.csv')]);
    assert.equal(wrong.code, 1);
    assert.match(wrong.text, /MANIFEST\.csv: inte en/);
  });
});
