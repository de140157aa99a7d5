/**
 * The procurement module's public face: the module object for the composition root, and what
 * other modules may use.
 */
export { procurement } from './procurement.module.js';
export type { ProcurementTables } from './procurement.tables.js';
export { procurementYearFigures, type ProcurementYearFigures } from './opportunity/opportunity.figures.js';
