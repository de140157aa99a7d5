import { XMLParser } from 'fast-xml-parser';
import type { Kysely } from 'kysely';
import type { CpvCodeTable } from '../db/platform.tables.js';
import { cpvLevel, cpvParentOf, type CpvRecord } from './cpv.js';

/**
 * Reads the full CPV 2008 list from the eForms SDK translation files
 * (eforms-sdk/translations/code_sv.xml and code_en.xml). The SDK's own cpv.gc is too large to ship
 * with the SDK snapshot we use, but these Java-properties files hold every code with its label under
 * keys like 'code|name|cpv.03000000'.
 */

const CPV_KEY = /^code\|name\|cpv\.(\d{8})$/;

interface PropertiesEntry {
  key?: string;
  '#text'?: string;
}

function readLabels(xml: string, file: string): Map<string, string> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    // A label such as '1234' must stay a string.
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => name === 'entry',
  });
  const doc = parser.parse(xml) as { properties?: { entry?: PropertiesEntry[] } };
  const entries = doc.properties?.entry;
  if (!entries) throw new Error(`${file}: not a Java properties XML file (no <properties><entry>)`);
  const labels = new Map<string, string>();
  for (const entry of entries) {
    const code = CPV_KEY.exec(entry.key ?? '')?.[1];
    const label = entry['#text']?.trim();
    if (code && label) labels.set(code, label);
  }
  return labels;
}

/**
 * All CPV codes in the Swedish file, sorted by code, with the English label where the English file
 * has one. Parent and level follow from the code itself; the parent is the nearest code that
 * exists, as a few codes skip a level.
 */
export function parseCpvTranslations(svXml: string, enXml?: string): CpvRecord[] {
  const sv = readLabels(svXml, 'Swedish translations');
  if (sv.size === 0) throw new Error('Swedish translations: no CPV codes (keys code|name|cpv.NNNNNNNN) found');
  const en = enXml === undefined ? new Map<string, string>() : readLabels(enXml, 'English translations');
  const exists = (code: string) => sv.has(code);
  return [...sv.keys()].sort().map((code) => ({
    code,
    parent: cpvParentOf(code, exists),
    level: cpvLevel(code),
    labelSv: sv.get(code) as string,
    labelEn: en.get(code) ?? null,
  }));
}

export interface CpvImportResult {
  /** Records read. */
  total: number;
  /** Rows inserted or changed; 0 when the table already held exactly these records. */
  written: number;
}

interface CpvTables {
  cpv_code: CpvCodeTable;
}

const BATCH_SIZE = 500;

/**
 * Upserts CPV records into cpv_code, all or nothing in one transaction. Running it again with the
 * same records changes nothing, so an interrupted or repeated `asf import cpv` is harmless.
 */
export async function importCpv(
  // Any Kysely whose database has the cpv_code table: the application's, or a test's.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  records: readonly CpvRecord[],
  onProgress?: (done: number, total: number) => void,
): Promise<CpvImportResult> {
  const typed = db as Kysely<CpvTables>;
  let written = 0;
  await typed.transaction().execute(async (trx) => {
    for (let start = 0; start < records.length; start += BATCH_SIZE) {
      const batch = records.slice(start, start + BATCH_SIZE).map((r) => ({
        code: r.code,
        parent: r.parent,
        level: r.level,
        label_sv: r.labelSv,
        label_en: r.labelEn,
      }));
      const result = await trx
        .insertInto('cpv_code')
        .values(batch)
        .onConflict((oc) =>
          oc
            .column('code')
            .doUpdateSet((eb) => ({
              parent: eb.ref('excluded.parent'),
              level: eb.ref('excluded.level'),
              label_sv: eb.ref('excluded.label_sv'),
              label_en: eb.ref('excluded.label_en'),
            }))
            // Rewriting identical rows would only leave dead tuples behind.
            .where((eb) =>
              eb.or([
                eb('cpv_code.parent', 'is distinct from', eb.ref('excluded.parent')),
                eb('cpv_code.level', 'is distinct from', eb.ref('excluded.level')),
                eb('cpv_code.label_sv', 'is distinct from', eb.ref('excluded.label_sv')),
                eb('cpv_code.label_en', 'is distinct from', eb.ref('excluded.label_en')),
              ]),
            ),
        )
        .executeTakeFirst();
      written += Number(result.numInsertedOrUpdatedRows ?? 0n);
      onProgress?.(Math.min(start + BATCH_SIZE, records.length), records.length);
    }
  });
  return { total: records.length, written };
}
