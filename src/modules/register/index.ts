/**
 * The register's public face. The composition root (src/app/) takes the module object and its
 * table types from here; other modules take the services and domain types exported here, never
 * the register's repositories or tables.
 */
export { enterpriseRegister } from './register.module.js';
export type { RegisterTables } from './register.tables.js';
export {
  findSuppliers,
  supplierBatches,
  supplierById,
  supplierByOrgnr,
  suppliersByText,
  registerPosition,
  SUPPLIER_RESERVATION_RULE,
  type Supplier,
  type SupplierQuery,
} from './supply/supply.service.js';
export { parseOrgnr } from './enterprise/orgnr.js';
