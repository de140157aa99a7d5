import { addMonthsToDate } from '../../../platform/calendar.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import { RESERVATION_RULES } from '../reservation/reservation.rules.js';
import { reservationText } from '../reservation/reservation.text.js';
import { JUDGED_ON_FIGURES, type LotMatch } from './match.score.js';
import { matchingText } from './matching.text.js';

/**
 * Why an enterprise matches, as short phrases in the reader's language ("CPV 90911000 ↔ ni
 * erbjuder 90910000 (samma grupp)", "levererar i Falun", "uppfyller 4 kap. 18 § enligt uppgifter
 * från 31 mars 2026"). `you`: said to the enterprise itself rather than about it to a buyer.
 * `today` ('YYYY-MM-DD') tells figures too old from figures that show too small a share.
 */
export function reasonsOf(m: LotMatch, today: string, you: boolean): string[] {
  const t = matchingText.reason;
  const { asked, offered, relation, main } = m.cpv;
  const cpv =
    relation === 'same'
      ? t.cpvSame(asked, you)
      : relation === 'narrower'
        ? t.cpvNarrower(asked, offered, you)
        : t.cpvBroader(asked, offered, you);
  const out = [main ? cpv : `${cpv} (${t.additional})`];
  out.push(
    m.place.kind === 'anywhere'
      ? t.anywhere
      : t.deliversIn(
          (m.place.kind === 'municipality'
            ? municipalityByCode(m.place.code)?.shortName
            : countyByCode(m.place.code)?.name) ?? m.place.code,
          you,
        ),
  );
  const r = m.reservation;
  if (r) {
    // To the enterprise, first what the reservation means, in the words of the buyer's form.
    if (you) out.push(t.reservedFor(reservationText.kinds[r.kind]));
    const law = JUDGED_ON_FIGURES.includes(r.kind) ? '4 kap. 18 §' : RESERVATION_RULES[r.kind].reference;
    if (r.verdict === 'buyer_judges') out.push(t.buyerJudges(law, you));
    else if (r.verdict === 'eligible') out.push(t.eligible(law, r.reportedOn!));
    else if (r.share === null || r.reportedOn === null) out.push(t.figuresMissing(law));
    else if (r.reportedOn < addMonthsToDate(today, -12)) out.push(t.figuresOld(law, r.reportedOn));
    else out.push(t.notEligible(law, r.share, r.reportedOn));
  }
  if (m.certified) out.push(t.certified);
  out.push(m.profile.fresh ? t.fresh(m.profile.at) : t.stale(m.profile.at));
  return out;
}
