/**
 * Writes src/platform/reference/cpv-2008.tsv, the whole CPV 2008 vocabulary (9 454 codes) with
 * Swedish and English labels, from the eForms SDK's translation files, so that a fresh install
 * has every code without reading anything outside the project at run time.
 *
 *   node --import tsx scripts/generate-cpv.ts [<folder with code_sv.xml and code_en.xml>]
 *
 * The folder defaults to ../shared/reference/eforms-sdk/translations. The SDK (OP-TED/eForms-SDK)
 * is published under CC BY 4.0; the file's header says so, with the SDK version it came from.
 * src/platform/reference/cpv.vocabulary.test.ts regenerates it from the same files and fails if
 * the shipped file differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpvVocabularyFile, CPV_VOCABULARY_PATH } from '../src/platform/reference/cpv.vocabulary.js';
import { parseCpvTranslations } from '../src/platform/reference/cpv.import.js';
import { APP_ROOT } from '../src/platform/root.js';

const folder = resolve(process.argv[2] ?? join(APP_ROOT, '..', 'shared', 'reference', 'eforms-sdk', 'translations'));
const read = (name: string) => readFileSync(join(folder, name), 'utf8');
const records = parseCpvTranslations(read('code_sv.xml'), read('code_en.xml'));
writeFileSync(CPV_VOCABULARY_PATH, cpvVocabularyFile(records));
console.log(`${records.length} CPV-koder skrivna till ${CPV_VOCABULARY_PATH}`);
