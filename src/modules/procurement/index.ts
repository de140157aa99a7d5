/**
 * The procurement module's public face: the module object for the composition root, and what
 * other modules may use.
 */
export { procurement } from './procurement.module.js';
export type { ProcurementTables } from './procurement.tables.js';
export {
  awardedLot,
  awardedLotsOf,
  awardedLotsOfOpportunity,
  type AwardedLot,
} from './opportunity/opportunity.awards.js';
export { LOT_AWARDED_EVENT, type LotAwardedEvent } from './notices/notice.import.js';
export { RESERVATION_KINDS, type ReservationKind } from './reservation/reservation.rules.js';
export { reservationText } from './reservation/reservation.text.js';
export { opportunityPath } from './listing/listing.views.js';
export { procurementYearFigures, type ProcurementYearFigures } from './opportunity/opportunity.figures.js';
