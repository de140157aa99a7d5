/**
 * Writes src/modules/procurement/reservation/social-service-cpv.ts: the eForms code list
 * `social-service-cpv`, the CPV codes a lot reserved under LOU 19 kap. 25 § may have as its main
 * code (SDK rule BR-BT-00262-0200), from the SDK's own list so that the product needs nothing
 * outside the project at run time.
 *
 *   node --import tsx scripts/generate-social-service-cpv.ts [<cpv_social-service-cpv.gc>]
 *
 * The file defaults to ../shared/reference/eforms-sdk/codelists/cpv_social-service-cpv.gc (eForms
 * SDK, CC BY 4.0). reservation.lists.test.ts regenerates it and fails if the shipped one differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  SOCIAL_SERVICE_CPV_PATH,
  socialServiceCpvFile,
  readGenericodeCodes,
} from '../src/modules/procurement/reservation/reservation.lists.js';
import { APP_ROOT } from '../src/platform/root.js';

const file = resolve(
  process.argv[2] ??
    join(APP_ROOT, '..', 'shared', 'reference', 'eforms-sdk', 'codelists', 'cpv_social-service-cpv.gc'),
);
const { codes, version } = readGenericodeCodes(readFileSync(file, 'utf8'));
writeFileSync(SOCIAL_SERVICE_CPV_PATH, socialServiceCpvFile(codes, version));
console.log(`${codes.length} koder skrivna till ${SOCIAL_SERVICE_CPV_PATH}`);
