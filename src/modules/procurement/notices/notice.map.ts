import { COUNTIES, municipalityByCode, resolveMunicipality } from '../../../platform/reference/geo.js';
import type { LotFacts } from '../opportunity/opportunity.rows.js';
import type { OpportunityKind, OpportunityStatus } from '../opportunity/opportunity.types.js';
import type { ReservationKind } from '../reservation/reservation.rules.js';
import type { NoticeFacts, NoticeLot } from './notice.read.js';

/**
 * A notice's place in a procedure, from its subtype (OPP-070): plans (PIN 1–9, E2, T01), a
 * dialogue (E1), a call for competition (CN 10–24, E3, CEI), a result (CAN 25–37, E4, E5, T02)
 * and a change to an awarded contract (38–40, E6). Later stages win; an older notice read after a
 * newer one is kept on record and changes nothing.
 */
export const STAGES = { planned: 1, dialogue: 2, advertised: 3, result: 4, change: 5 } as const;
export type Stage = keyof typeof STAGES;

export function stageOf(subtype: string): Stage | null {
  if (/^E1$/.test(subtype)) return 'dialogue';
  if (/^(E2|T01)$/.test(subtype)) return 'planned';
  if (/^(E3|CEI)$/.test(subtype)) return 'advertised';
  if (/^(E4|E5|T02)$/.test(subtype)) return 'result';
  if (/^E6$/.test(subtype)) return 'change';
  const n = /^\d{1,2}$/.test(subtype) ? Number(subtype) : NaN;
  if (n >= 1 && n <= 9) return 'planned';
  if (n >= 10 && n <= 24) return 'advertised';
  if (n >= 25 && n <= 37) return 'result';
  if (n >= 38 && n <= 40) return 'change';
  return null;
}

const KIND: Record<Exclude<Stage, 'result' | 'change'>, OpportunityKind> = {
  planned: 'planned',
  dialogue: 'dialogue',
  advertised: 'advertised',
};

/** BT-71 and BT-736 as the platform's reservation of a lot; BT-71 first, as a lot has one here. */
function reservationOf(lot: NoticeLot): ReservationKind | null {
  if (lot.reservedParticipation.includes('res-ws')) return 'social_integration';
  if (lot.reservedParticipation.includes('res-pub-ser')) return 'public_service_mission';
  if (lot.reservedExecution === 'yes') return 'sheltered_programme';
  return null;
}

/**
 * Where a Swedish lot is performed: the kommun when a city names one, else the län of its NUTS
 * (a NUTS 2 or 1 region as all its län). Outside Sweden the NUTS codes are kept as they are.
 */
function placeOf(lot: NoticeLot, swedish: boolean): { countyCodes: string[]; municipalityCodes: string[] } {
  if (!swedish) return { countyCodes: [], municipalityCodes: [] };
  const municipalities = [
    ...new Set(lot.cities.flatMap((c) => resolveMunicipality(c.replace(/\s+kommun$/i, ''))?.code ?? [])),
  ];
  const inMunicipality = new Set(municipalities.map((m) => municipalityByCode(m)!.countyCode));
  const counties = [
    ...new Set(
      lot.nuts
        .filter((n) => /^SE\d/.test(n))
        .flatMap((n) => COUNTIES.filter((c) => c.nuts3.startsWith(n)).map((c) => c.code)),
    ),
  ].filter((c) => !inMunicipality.has(c));
  return { countyCodes: counties, municipalityCodes: municipalities };
}

export interface NoticeOpportunity {
  stage: Stage;
  kind: OpportunityKind | null;
  status: OpportunityStatus;
  title: string;
  description: string;
  buyerName: string;
  contactEmail: string | null;
  contactPhone: string | null;
  noticeUrl: string | null;
  countryCode: string;
  textLanguage: string;
  lots: LotFacts[];
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function opportunityFromNotice(n: NoticeFacts): NoticeOpportunity | null {
  const stage = stageOf(n.subtype);
  if (!stage) return null;
  const country = n.country ?? 'SE';
  const swedish = country === 'SE';
  const awarded = n.results.some((r) => r.code === 'selec-w');
  return {
    stage,
    kind: stage === 'result' || stage === 'change' ? null : KIND[stage],
    status: stage === 'result' ? (awarded ? 'awarded' : 'closed') : stage === 'change' ? 'awarded' : 'published',
    title: oneLine(n.title) || n.noticeId,
    description: n.description.trim(),
    buyerName: oneLine(n.buyer?.name ?? ''),
    contactEmail: n.buyer?.email ?? null,
    contactPhone: n.buyer?.phone ?? null,
    noticeUrl: n.publicationId
      ? `https://ted.europa.eu/sv/notice/-/detail/${encodeURIComponent(n.publicationId)}`
      : null,
    countryCode: country,
    textLanguage: n.textLanguage,
    lots: n.lots.map((lot) => ({
      lotRef: lot.lotRef || null,
      title: oneLine(lot.title) || (n.lots.length === 1 ? oneLine(n.title) : ''),
      description: lot.description.trim(),
      mainCpv: lot.mainCpv,
      additionalCpv: lot.additionalCpv.filter((c) => c !== lot.mainCpv),
      ...placeOf(lot, swedish),
      nutsCodes: lot.nuts,
      estimatedValue: lot.value?.amount ?? null,
      currency: lot.value?.currency ?? 'SEK',
      contractMonths: lot.months,
      contractStart: lot.start,
      reservation: reservationOf(lot),
      reservationReason: null,
      employmentClause: null,
      deadlineAt: lot.deadline?.at ?? null,
      deadlineZone: lot.deadline?.zone ?? null,
      smeSuitable: lot.sme,
      socialObjective: lot.socialObjectives.length > 0 ? true : null,
    })),
  };
}
