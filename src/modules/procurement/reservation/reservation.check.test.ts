import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inLanguage } from '../../../platform/i18n/language.js';
import { checkReservation, type LotReservation } from './reservation.check.js';
import { RESERVATION_KINDS, RESERVATION_RULES } from './reservation.rules.js';

const TODAY = '2026-12-07';
const lot = (over: Partial<LotReservation>): LotReservation => ({
  reservation: null,
  reason: 'Vi vill ge arbetsintegrerande sociala företag en chans att lämna anbud.',
  mainCpv: null,
  additionalCpv: [],
  months: 24,
  ...over,
});

describe('reservation rules as the buyer writes', () => {
  it('an unreserved lot has nothing to say', () => {
    assert.deepEqual(checkReservation(lot({ mainCpv: '90910000' }), TODAY), []);
  });

  it('4 kap. 18 §: any CPV and period, but a reason', () => {
    for (const reservation of ['social_integration', 'sheltered_programme'] as const) {
      assert.deepEqual(checkReservation(lot({ reservation, mainCpv: '90910000', months: 60 }), TODAY), []);
      const [missing] = checkReservation(lot({ reservation, reason: '  ' }), TODAY);
      assert.equal(missing?.severity, 'error');
      assert.equal(missing?.field, 'reason');
      assert.match(missing!.message, /LOU 4 kap\. 18 § första stycket [12]/);
    }
  });

  it('19 kap. 25 §: the main CPV on the eForms list, else an error that names the code, the list and the paragraph', () => {
    const ok = lot({ reservation: 'public_service_mission', mainCpv: '85300000', months: 36 });
    assert.deepEqual(checkReservation(ok, TODAY), []);

    const [wrong] = checkReservation({ ...ok, mainCpv: '90910000' }, TODAY);
    assert.equal(wrong?.severity, 'error');
    assert.equal(wrong?.field, 'mainCpv');
    assert.match(wrong!.message, /^Huvud-CPV-koden 90910000 \(Städning\) får inte reserveras enligt LOU 19 kap\. 25 §/);
    assert.match(wrong!.message, /\(listan över sociala tjänster i EU:s annonsformulär eForms\)/);

    const [noMain] = checkReservation({ ...ok, mainCpv: null }, TODAY);
    assert.equal(noMain?.field, 'mainCpv');
  });

  it('19 kap. 25 §: an additional CPV off the list is a warning only (our stricter reading)', () => {
    const findings = checkReservation(
      lot({ reservation: 'public_service_mission', mainCpv: '85300000', additionalCpv: ['85310000', '90910000'] }),
      TODAY,
    );
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.severity, 'warning');
    assert.match(findings[0]!.message, /^Tilläggskoderna 90910000 \(Städning\) finns inte/);
  });

  it('19 kap. 25 §: the contract period more than 0 and at most 3 years (BR-BT-00036-0150)', () => {
    const base = lot({ reservation: 'public_service_mission', mainCpv: '85300000' });
    assert.deepEqual(checkReservation({ ...base, months: 36 }, TODAY), []);
    const long = checkReservation({ ...base, months: 37 }, TODAY);
    assert.match(long[0]!.message, /37 månader är för lång: enligt LOU 19 kap\. 25 § .* högst 36 månader/);
    assert.equal(checkReservation({ ...base, months: 0 }, TODAY)[0]?.field, 'months');
    assert.match(checkReservation({ ...base, months: null }, TODAY)[0]!.message, /högst 3 år/);
  });

  it('19 kap. 25 a § (idéburna) from 2023-01-01: before that date it cannot be used', () => {
    const nonProfit = lot({ reservation: 'non_profit', mainCpv: '85311000' });
    assert.deepEqual(checkReservation(nonProfit, TODAY), []);
    const [early] = checkReservation(nonProfit, '2022-12-31');
    assert.match(early!.message, /LOU 19 kap\. 25 a § kan användas från 2023-01-01/);
  });

  it('the rules are data: each with a reference, a start date and its eForms code (none for idéburna)', () => {
    for (const kind of RESERVATION_KINDS) {
      const r = RESERVATION_RULES[kind];
      assert.equal(r.kind, kind);
      assert.match(r.reference, /^LOU \d+ kap\. \d+( a)? §/);
      assert.match(r.validFrom, /^\d{4}-\d{2}-\d{2}$/);
    }
    assert.deepEqual(RESERVATION_RULES.social_integration.eforms, { field: 'BT-71', code: 'res-ws' });
    assert.deepEqual(RESERVATION_RULES.sheltered_programme.eforms, { field: 'BT-736', code: 'yes' });
    assert.deepEqual(RESERVATION_RULES.public_service_mission.eforms, { field: 'BT-71', code: 'res-pub-ser' });
    assert.equal(RESERVATION_RULES.non_profit.eforms, null);
  });

  it('messages in English on an English page, with the codes named in English', () => {
    const [wrong] = inLanguage('en', () =>
      checkReservation(lot({ reservation: 'public_service_mission', mainCpv: '90910000' }), TODAY),
    );
    assert.match(
      wrong!.message,
      /^The main CPV code 90910000 \(Cleaning services\) may not be reserved under LOU 19 kap\. 25 §/,
    );
    assert.match(wrong!.message, /\(the list of social services in the EU.s eForms notice forms\)/);
  });
});
