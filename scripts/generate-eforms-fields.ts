/**
 * Writes src/modules/procurement/notices/eforms-fields.ts: the XPaths of the eForms business
 * terms the notice import reads, from the SDK's fields.json, so that notices are read with the
 * SDK's own paths and the product needs nothing outside the project at run time.
 *
 *   node --import tsx scripts/generate-eforms-fields.ts [<fields.json>]
 *
 * The file defaults to ../shared/reference/eforms-sdk/fields/fields.json (eForms SDK, CC BY 4.0).
 * notice.read.test.ts regenerates it and fails if the shipped one differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EFORMS_FIELDS_PATH_PARTS, eformsFieldsFile } from '../src/modules/procurement/notices/eforms-fields.source.js';
import { APP_ROOT } from '../src/platform/root.js';

const file = resolve(
  process.argv[2] ?? join(APP_ROOT, '..', 'shared', 'reference', 'eforms-sdk', 'fields', 'fields.json'),
);
const out = join(APP_ROOT, ...EFORMS_FIELDS_PATH_PARTS);
writeFileSync(out, eformsFieldsFile(readFileSync(file, 'utf8')));
console.log(`skrev ${out}`);
