import { addMonthsToDate, isoDate } from '../../../platform/calendar.js';
import type { Supplier } from '../../register/index.js';
import { cpvMatches, type CpvMatch } from '../analysis/analysis.match.js';
import type { Lot } from '../opportunity/opportunity.types.js';
import type { ReservationKind } from '../reservation/reservation.rules.js';

/**
 * How well an enterprise fits a lot (issue 11 §1), and why, in parts a reader can check: the
 * closest pair of codes (CPV along the tree both ways, a category's codes included), where it
 * delivers, whether it meets the lot's reservation on figures at most 12 months old, whether it
 * is certified, and how fresh its profile is. A match needs a code and, when the lot names a
 * place, delivery there; the rest moves the score (0–100), so the best come first.
 */
export interface LotMatch {
  supplier: Pick<Supplier, 'id' | 'orgnr' | 'name'>;
  score: number;
  /** The closest pair: an asked code (main before additional) with the offered code answering it. */
  cpv: CpvMatch & { main: boolean };
  /** Where the lot is performed that the enterprise delivers: a kommun, a whole län, or no place named. */
  place: { kind: 'municipality' | 'county'; code: string } | { kind: 'anywhere' };
  reservation: {
    kind: ReservationKind;
    /** 'eligible' or 'not_eligible' on the register's figures (4 kap. 18 §); 'buyer_judges' otherwise. */
    verdict: 'eligible' | 'not_eligible' | 'buyer_judges';
    /** The register's figures: the share from the target group (0–1) and the day reported. */
    share: number | null;
    reportedOn: string | null;
  } | null;
  certified: boolean;
  /** When the enterprise last confirmed or changed its profile, and whether that is within a year. */
  profile: { at: Date; fresh: boolean };
}

/** The lot's side of a match: its codes, place and reservation. */
export type MatchLot = Pick<Lot, 'mainCpv' | 'additionalCpv' | 'countyCodes' | 'municipalityCodes' | 'reservation'>;

/** Reservations whose condition the register's figures tell: the 30 % of 4 kap. 18 § (both points). */
export const JUDGED_ON_FIGURES: readonly ReservationKind[] = ['social_integration', 'sheltered_programme'];

/** The parts of the score, so that the order of matches can be explained and tested. */
export const SCORE = {
  cpv: { same: 45, narrower: 40, broader: 35 },
  additionalOnly: -10,
  place: { municipality: 25, county: 20, anywhere: 10 },
  eligible: 15,
  notEligible: -25,
  certified: 5,
  fresh: 10,
} as const;

/** The lot's main code first, then its additional ones. */
export function lotCodes(lot: MatchLot): string[] {
  return [...(lot.mainCpv ? [lot.mainCpv] : []), ...lot.additionalCpv.filter((c) => c !== lot.mainCpv)];
}

/** `today` is 'YYYY-MM-DD' in Swedish time: the day eligibility, certification and freshness are judged on. */
export function matchLot(lot: MatchLot, supplier: Supplier, today: string): LotMatch | null {
  const asked = lotCodes(lot);
  const pairs = cpvMatches(asked, supplier.cpvCodes);
  if (pairs.length === 0) return null;
  const main = pairs.find((p) => p.asked === lot.mainCpv);
  const best = main ?? pairs[0]!;
  const place = placeOf(lot, supplier);
  if (!place) return null;

  const reservation = lot.reservation
    ? {
        kind: lot.reservation,
        verdict: JUDGED_ON_FIGURES.includes(lot.reservation)
          ? supplier.reservation.eligible
            ? ('eligible' as const)
            : ('not_eligible' as const)
          : ('buyer_judges' as const),
        share: supplier.reservation.targetGroupShare,
        reportedOn: supplier.reservation.reportedOn,
      }
    : null;
  const certified = supplier.certifiedUntil !== null && supplier.certifiedUntil >= today;
  const at =
    supplier.confirmedAt && supplier.confirmedAt > supplier.updatedAt ? supplier.confirmedAt : supplier.updatedAt;
  const fresh = isoDate(at) > addMonthsToDate(today, -12);

  let score = SCORE.cpv[best.relation] + (main ? 0 : SCORE.additionalOnly) + SCORE.place[place.kind];
  if (reservation?.verdict === 'eligible') score += SCORE.eligible;
  if (reservation?.verdict === 'not_eligible') score += SCORE.notEligible;
  if (certified) score += SCORE.certified;
  if (fresh) score += SCORE.fresh;
  return {
    supplier: { id: supplier.id, orgnr: supplier.orgnr, name: supplier.name },
    score: Math.max(0, Math.min(100, score)),
    cpv: { ...best, main: main !== undefined },
    place,
    reservation,
    certified,
    profile: { at, fresh },
  };
}

/**
 * Where the enterprise meets the lot's place: a kommun of the lot it delivers in (a whole län it
 * delivers in counts for each of its kommuner), else a whole län of the lot it delivers in, all
 * of it or some kommuner; null when it delivers in none of them. A lot without a place is anywhere.
 */
function placeOf(lot: MatchLot, supplier: Supplier): LotMatch['place'] | null {
  if (lot.countyCodes.length === 0 && lot.municipalityCodes.length === 0) return { kind: 'anywhere' };
  const kommun = lot.municipalityCodes.find((m) => supplier.deliversInMunicipalities.includes(m));
  if (kommun) return { kind: 'municipality', code: kommun };
  const county = lot.countyCodes.find((c) => supplier.deliversInCounties.includes(c));
  return county ? { kind: 'county', code: county } : null;
}

/** Best first; equal scores by name, so that the order is stable. */
export function byScore(a: LotMatch, b: LotMatch): number {
  return b.score - a.score || a.supplier.name.localeCompare(b.supplier.name, 'sv');
}
