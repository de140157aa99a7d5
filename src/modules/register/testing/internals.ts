/**
 * The register's internals that tests elsewhere (the platform's account, admin and hostile-input
 * tests, the process tests in src/bin) use to set up data or walk parameters. Test code only: the
 * lint rule lets tests reach a module's testing/ folder, never its other files.
 */
export { enterpriseIdByOrgnr } from '../enterprise/enterprise.service.js';
export { insertVersion } from '../enterprise/history.repository.js';
export { parseCsvBytes } from '../import/import.parse.js';
export { importEnterprises } from '../import/import.service.js';
export { luhnCheckDigit } from '../enterprise/orgnr.js';
export { API_PARAMS, PAGE_PARAMS } from '../search/search.params.js';
export { seedEnterprises } from '../demo/seed.service.js';
export { withRegisterTables } from '../db.js';
