import { shippedCpvByCode } from '../../../platform/reference/cpv.vocabulary.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import type { Lot, Opportunity, OpportunityStatus } from '../opportunity/opportunity.types.js';

/**
 * Opportunities as OCDS 1.1 releases, following the official eForms profile's mapping
 * (../shared/reference/ocds-schema/eforms-profile/mapping.md): one release per opportunity,
 * lots with the lots extension, BT-71 as `otherRequirements.reservedParticipation` per lot
 * (res-ws → shelteredWorkshop, res-pub-ser → publicServiceMissionOrganization), BT-736 as the
 * lot's `contractTerms.reservedExecution`. A lot reserved under 19 kap. 25 a § has no eForms
 * code and, as the mapping says of "none", carries no reservedParticipation.
 */
export const OCDS_EXTENSIONS = [
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json',
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_otherRequirements_extension/master/extension.json',
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_contractTerms_extension/master/extension.json',
];

const TENDER_STATUS: Record<OpportunityStatus, string> = {
  draft: 'planning',
  published: 'active',
  closed: 'complete',
  awarded: 'complete',
  cancelled: 'cancelled',
};

export interface OcdsContext {
  base: string;
  prefix: string;
}

export function ocid(o: Opportunity, c: OcdsContext): string {
  return `${c.prefix}-asf-${o.id}`;
}

const lotId = (lot: Lot) => lot.lotRef ?? `LOT-${String(lot.position).padStart(4, '0')}`;
const classification = (code: string) => ({
  scheme: 'CPV',
  id: code,
  description: shippedCpvByCode(code)?.labelSv ?? code,
});
const buyerId = (o: Opportunity) => (o.buyerOrganisationId ? `org-${o.buyerOrganisationId}` : `buyer-${o.id}`);

function ocdsLot(lot: Lot) {
  const participation = [
    ...(lot.reservation === 'social_integration' ? ['shelteredWorkshop'] : []),
    ...(lot.reservation === 'public_service_mission' ? ['publicServiceMissionOrganization'] : []),
  ];
  return {
    id: lotId(lot),
    ...(lot.title ? { title: lot.title } : {}),
    ...(lot.description ? { description: lot.description } : {}),
    status: 'active',
    ...(lot.estimatedValue !== null ? { value: { amount: lot.estimatedValue, currency: lot.currency } } : {}),
    ...(lot.contractMonths !== null || lot.contractStart
      ? {
          contractPeriod: {
            ...(lot.contractStart ? { startDate: `${lot.contractStart}T00:00:00Z` } : {}),
            ...(lot.contractMonths !== null ? { durationInDays: Math.round(lot.contractMonths * 30.4375) } : {}),
          },
        }
      : {}),
    ...(participation.length > 0 ? { otherRequirements: { reservedParticipation: participation } } : {}),
    ...(lot.reservation === 'sheltered_programme' ? { contractTerms: { reservedExecution: true } } : {}),
  };
}

function ocdsItem(lot: Lot) {
  const places = [
    ...lot.countyCodes.map((c) => ({ region: countyByCode(c)?.nuts3 ?? c, description: countyByCode(c)?.name })),
    ...lot.municipalityCodes.map((m) => {
      const found = municipalityByCode(m);
      return { region: found?.nuts3 ?? m, locality: found?.name ?? m };
    }),
  ];
  return {
    id: `${lotId(lot)}-item`,
    ...(lot.mainCpv ? { classification: classification(lot.mainCpv) } : {}),
    ...(lot.additionalCpv.length > 0 ? { additionalClassifications: lot.additionalCpv.map(classification) } : {}),
    relatedLot: lotId(lot),
    ...(places.length > 0 ? { deliveryAddresses: places } : {}),
  };
}

export function ocdsRelease(o: Opportunity, c: OcdsContext) {
  const values = o.lots.map((l) => l.estimatedValue);
  const sameCurrency = o.lots.every((l) => l.currency === o.lots[0]?.currency);
  const total =
    values.length > 0 && values.every((v) => v !== null) && sameCurrency
      ? { amount: values.reduce<number>((s, v) => s + (v ?? 0), 0), currency: o.lots[0]!.currency }
      : null;
  const buyer = { id: buyerId(o), name: o.buyerName };
  const contact = {
    ...(o.contactName ? { name: o.contactName } : {}),
    ...(o.contactEmail ? { email: o.contactEmail } : {}),
    ...(o.contactPhone ? { telephone: o.contactPhone } : {}),
  };
  const tag = o.kind === 'planned' ? ['planning'] : o.status === 'cancelled' ? ['tenderCancellation'] : ['tender'];
  return {
    ocid: ocid(o, c),
    id: `${ocid(o, c)}-${o.updatedAt.getTime()}`,
    date: o.updatedAt.toISOString(),
    tag,
    initiationType: 'tender',
    language: o.textLanguage,
    parties: [
      {
        ...buyer,
        roles: ['buyer'],
        address: { countryName: o.countryCode },
        ...(Object.keys(contact).length > 0 ? { contactPoint: contact } : {}),
      },
    ],
    buyer,
    tender: {
      id: o.procedureId ?? String(o.id),
      title: o.title,
      ...(o.description ? { description: o.description } : {}),
      status: o.kind === 'planned' && o.status === 'published' ? 'planned' : TENDER_STATUS[o.status],
      ...(o.kind === 'direct' ? { procurementMethod: 'direct' } : {}),
      procurementMethodDetails: o.kind,
      ...(total ? { value: total } : {}),
      ...(o.deadlineAt || o.closesAt ? { tenderPeriod: { endDate: (o.deadlineAt ?? o.closesAt)!.toISOString() } } : {}),
      ...(o.kind === 'dialogue' && o.meetingAt
        ? {
            milestones: [
              {
                id: 'dialogue',
                type: 'engagement',
                title: 'Marknadsdialog',
                dueDate: o.meetingAt.toISOString(),
                ...(o.meetingPlace || o.meetingLink ? { description: o.meetingPlace ?? o.meetingLink } : {}),
              },
            ],
          }
        : {}),
      documents: [
        {
          id: 'page',
          documentType: 'tenderNotice',
          title: o.title,
          url: `${c.base}/upphandlingar/${o.id}`,
          language: 'sv',
        },
        ...(o.noticeUrl ? [{ id: 'notice', documentType: 'tenderNotice', url: o.noticeUrl }] : []),
      ],
      items: o.lots.map(ocdsItem),
      lots: o.lots.map(ocdsLot),
    },
  };
}

/** A release package of the opportunities (OCDS 1.1). */
export function ocdsPackage(
  items: readonly Opportunity[],
  c: OcdsContext & { uri: string; publisher: string; now: Date },
) {
  return {
    uri: c.uri,
    version: '1.1',
    extensions: OCDS_EXTENSIONS,
    publishedDate: c.now.toISOString(),
    publisher: { name: c.publisher },
    license: 'https://creativecommons.org/licenses/by/4.0/',
    releases: items.map((o) => ocdsRelease(o, c)),
  };
}
