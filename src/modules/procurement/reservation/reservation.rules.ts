// The list is eForms' social-service-cpv, checked by SDK rule BR-BT-00262-0200 (SOCIAL_SERVICE_CPV_VERSION says which SDK).
import { SOCIAL_SERVICE_CPV } from './social-service-cpv.js';

/**
 * The kinds of reserved participation a lot can have (DESIGN §5), kept as data: the law reference
 * is written out where the buyer reads it, and paragraph numbers have moved between versions of
 * LOU, so they live here and nowhere else.
 */
export const RESERVATION_KINDS = [
  'social_integration',
  'sheltered_programme',
  'public_service_mission',
  'non_profit',
] as const;
export type ReservationKind = (typeof RESERVATION_KINDS)[number];

export interface CpvList {
  codes: readonly string[];
  /** Where the list comes from, said beside it, in each language. */
  source: { sv: string; en: string };
}

export interface ReservationRule {
  kind: ReservationKind;
  /** The law reference as a buyer writes it in the procurement documents. */
  reference: string;
  /** From when the rule can be used (the law's entry into force). */
  validFrom: string;
  /** eForms: BT-71 reserved participation code, or BT-736 reserved execution; null when eForms has none. */
  eforms: { field: 'BT-71'; code: string } | { field: 'BT-736'; code: 'yes' } | null;
  /** The main CPV code must be on this list (an additional code off it is a warning). */
  mainCpv: CpvList | null;
  /** Longest contract period allowed, in months. */
  maxMonths: number | null;
}

export const RESERVATION_RULES: Readonly<Record<ReservationKind, ReservationRule>> = {
  social_integration: {
    kind: 'social_integration',
    reference: 'LOU 4 kap. 18 § första stycket 1',
    validFrom: '2017-01-01',
    eforms: { field: 'BT-71', code: 'res-ws' },
    mainCpv: null,
    maxMonths: null,
  },
  sheltered_programme: {
    kind: 'sheltered_programme',
    reference: 'LOU 4 kap. 18 § första stycket 2',
    validFrom: '2017-01-01',
    eforms: { field: 'BT-736', code: 'yes' },
    mainCpv: null,
    maxMonths: null,
  },
  public_service_mission: {
    kind: 'public_service_mission',
    reference: 'LOU 19 kap. 25 §',
    validFrom: '2017-01-01',
    eforms: { field: 'BT-71', code: 'res-pub-ser' },
    mainCpv: {
      codes: SOCIAL_SERVICE_CPV,
      source: {
        sv: `listan över sociala tjänster i EU:s annonsformulär eForms`,
        en: `the list of social services in the EU's eForms notice forms`,
      },
    },
    // SDK rule BR-BT-00036-0150: more than zero and at most three years.
    maxMonths: 36,
  },
  non_profit: {
    kind: 'non_profit',
    reference: 'LOU 19 kap. 25 a §',
    validFrom: '2023-01-01',
    // No eForms code: exported as `none`, the Swedish kind kept here.
    eforms: null,
    // Its own list of welfare services, entered by an administrator with its source (not yet).
    mainCpv: null,
    maxMonths: null,
  },
};
