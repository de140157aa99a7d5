import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sharedReferencePath } from '../../../platform/reference/shared-path.js';
import { join } from 'node:path';
import { APP_ROOT } from '../../../platform/root.js';
import { manifest, noticeFolders } from '../testing/notices.js';
import { EFORMS_FIELDS_PATH_PARTS, eformsFieldsFile } from './eforms-fields.source.js';
import { moment, NoticeError, readNotice } from './notice.read.js';

const folders = noticeFolders();
const set = (cell: string | undefined) => new Set((cell ?? '').split(';').filter(Boolean));

describe(
  'reading eForms notices with the SDK’s paths',
  { skip: folders ? false : 'shared reference folder is absent' },
  () => {
    it('the shipped paths are those of the SDK’s fields.json, as scripts/generate-eforms-fields.ts writes them', () => {
      const fields = sharedReferencePath('eforms-sdk', 'fields', 'fields.json')!;
      const shipped = readFileSync(join(APP_ROOT, ...EFORMS_FIELDS_PATH_PARTS), 'utf8');
      assert.ok(
        shipped === eformsFieldsFile(readFileSync(fields, 'utf8')),
        'regenerate: node --import tsx scripts/generate-eforms-fields.ts',
      );
    });

    it('reads who won each lot through the notice’s references: tender, party, organisation, contract', () => {
      const read = (folder: string, file: string) => readNotice(readFileSync(join(folder, file), 'utf8'));
      // Two framework contracts on lot 1, one with a group of two, one with a single tenderer.
      const maximal = read(folders!.examples, 'can_24_maximal.xml');
      assert.deepEqual(maximal.awards, [
        {
          lotRef: 'LOT-0001',
          winners: [
            { name: 'Gyro Soft SA', orgnr: '927384203' },
            { name: 'The best App Ltd.', orgnr: '928374653' },
            { name: 'Competitor', orgnr: '1223456789' },
          ],
          value: { amount: 19999999.98, currency: 'EUR' },
          concludedOn: '2023-03-24',
        },
      ]);
      // A Finnish result notice of three lots, one winner each, in Swedish where the notice has it.
      const finnish = read(folders!.ted, '2024-OJS170-00525037.xml');
      assert.ok(finnish.awards.length >= 3);
      for (const a of finnish.awards) {
        assert.equal(a.winners.length, 1, a.lotRef);
        assert.match(a.concludedOn ?? '', /^2024-0[78]-\d\d$/);
      }
      assert.equal(finnish.awards[0]!.winners[0]!.name, 'Matka-Rengas Niemelä Oy');
      // A call for competition names no winner.
      assert.deepEqual(read(folders!.examples, 'cn_24_minimal.xml').awards, []);
    });

    for (const which of ['examples', 'ted'] as const) {
      it(`reads every notice in ${which === 'examples' ? 'the SDK examples' : 'the TED notices'} as its manifest says`, () => {
        const rows = manifest(folders![which]);
        assert.ok(rows.length >= 14);
        for (const { file, path, fields: m } of rows) {
          const n = readNotice(readFileSync(path, 'utf8'));
          const where = `${file}:`;
          assert.equal(n.subtype, m.subtype, `${where} subtype`);
          assert.equal(n.unit === 'Lot' ? n.lots.length : 0, Number(m.n_lots), `${where} lots`);
          assert.equal(n.unit === 'Part' ? n.lots.length : 0, Number(m.n_parts), `${where} parts`);
          // The manifest lists every CPV code of the notice: the procedure's and each lot's.
          const codes = new Set(
            [...n.procedureCpv, ...n.lots.flatMap((l) => [l.mainCpv ?? '', ...l.additionalCpv])].filter(Boolean),
          );
          assert.deepEqual(codes, set(m.cpv), `${where} cpv`);
          assert.deepEqual(
            new Set(n.lots.flatMap((l) => l.reservedParticipation)),
            set(m.reserved_procurement),
            `${where} BT-71`,
          );
          assert.deepEqual(
            new Set(n.lots.flatMap((l) => l.reservedExecution ?? [])),
            set(m.reserved_execution),
            `${where} BT-736`,
          );
          assert.deepEqual(
            new Set(n.lots.flatMap((l) => l.socialObjectives)),
            set(m.social_objective),
            `${where} BT-775`,
          );
          // The manifest's NUTS and values include the buyer's address and the procedure's total.
          for (const nuts of n.lots.flatMap((l) => l.nuts)) assert.ok(set(m.nuts).has(nuts), `${where} NUTS ${nuts}`);
          const values = set(m.estimated_value);
          for (const v of n.lots.flatMap((l) => (l.value ? [l.value] : []))) {
            assert.ok(
              [...values].some((x) => Number(x.split(' ')[0]) === v.amount && x.endsWith(v.currency)),
              `${where} value ${v.amount} ${v.currency}`,
            );
          }
          // The manifest's countries are ISO alpha-3; ours alpha-2 (SWE → SE).
          if (n.country)
            assert.ok(
              [...set(m.countries)].some((c) => c.startsWith(n.country!.slice(0, 1))),
              `${where} country ${n.country}`,
            );
          assert.ok(n.noticeId && n.procedureId && n.version, `${where} ids`);
        }
      });
    }

    it('takes each lot’s own deadline with its zone, not the first lot’s for all', () => {
      const cn = readNotice(readFileSync(join(folders!.examples, 'cn_24_open.xml'), 'utf8'));
      assert.deepEqual(
        cn.lots.map((l) => [l.lotRef, l.deadline?.at.toISOString(), l.deadline?.zone]),
        [['LOT-0000', '2020-04-03T11:00:00.000Z', '+01:00']],
      );
      // A real notice with three lots, its second lot's deadline moved a week (in summer time).
      const xml = readFileSync(join(folders!.ted, '547670-2023.xml'), 'utf8');
      let seen = 0;
      const moved = xml.replace(
        /(<cac:TenderSubmissionDeadlinePeriod>\s*<cbc:EndDate>)([^<]*)(<\/cbc:EndDate>\s*<cbc:EndTime>)([^<]*)/g,
        (all, a, _d, b) => (++seen === 2 ? `${a}2023-10-18+02:00${b}09:30:00+02:00` : all),
      );
      assert.equal(seen, 3);
      const n = readNotice(moved);
      assert.deepEqual(
        n.lots.map((l) => l.deadline?.at.toISOString()),
        ['2023-10-11T12:00:00.000Z', '2023-10-18T07:30:00.000Z', '2023-10-11T12:00:00.000Z'],
      );
    });

    it('prefers the Swedish text of a multilingual notice', () => {
      const n = readNotice(readFileSync(join(folders!.examples, 'cn_24_multilingual.xml'), 'utf8'));
      assert.equal(n.buyer?.name, 'Europeiska unionens publikationsbyrå');
    });

    it('reads BT-71 per lot and per part, BT-736, and a lot group is not a lot', () => {
      const social = readNotice(readFileSync(join(folders!.examples, 'pin-cfc-social_24.xml'), 'utf8'));
      assert.deepEqual(social.lots[0]!.reservedParticipation, ['res-ws']);
      const maximal = readNotice(readFileSync(join(folders!.examples, 'cn_24_maximal.xml'), 'utf8'));
      assert.deepEqual(
        maximal.lots.map((l) => [l.reservedParticipation, l.reservedExecution]),
        [
          [['res-pub-ser'], 'yes'],
          [['none'], 'yes'],
        ],
      );
      const parts = readNotice(readFileSync(join(folders!.examples, 'pin-only_24_maximal.xml'), 'utf8'));
      assert.equal(parts.unit, 'Part');
      assert.deepEqual(parts.lots[0]!.reservedParticipation, ['res-pub-ser']);
    });
  },
);

describe('what is not a notice', () => {
  it('names the reason: not XML, cut short, not eForms', () => {
    assert.throws(
      () => readNotice('hello'),
      (e) => e instanceof NoticeError,
    );
    assert.throws(
      () => readNotice('<ContractNotice><cbc:ID>x</cbc:ID>'),
      (e: unknown) => e instanceof NoticeError && e.reason === 'not_xml',
    );
    assert.throws(
      () => readNotice('<Invoice><cbc:ID>1</cbc:ID></Invoice>'),
      (e: unknown) => e instanceof NoticeError && e.reason === 'not_eforms' && /BT-701/.test(e.message),
    );
  });

  it('reads a deadline’s date and time in their zone', () => {
    assert.equal(moment('2019-11-26+01:00', '10:00:00+01:00')!.at.toISOString(), '2019-11-26T09:00:00.000Z');
    assert.equal(moment('2019-11-26Z', null)!.at.toISOString(), '2019-11-26T23:59:59.000Z');
    assert.equal(moment('26/11/2019', null), null);
  });
});
