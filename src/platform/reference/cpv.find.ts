import type { Db } from '../db/schema.js';
import { findCategoriesByName } from './categories.js';
import type { CpvRecord } from './cpv.js';
import { searchCpv, type CpvPage } from './cpv.repository.js';
import { shippedCpvByCode } from './cpv.vocabulary.js';

/**
 * Codes for a person choosing them by words: first those of a service category the words name
 * ('lokalvård' → the cleaning codes, which CPV itself calls städning), then the codes whose
 * labels have the words. A buyer's word is often not the vocabulary's.
 */
export async function findCpvCodes(db: Db, words: string, pageSize: number): Promise<CpvPage> {
  const named = findCategoriesByName(words.trim())
    .flatMap((c) => c.cpv)
    .map((code) => shippedCpvByCode(code))
    .filter((c): c is NonNullable<typeof c> => c !== undefined);
  const found = await searchCpv(db, { q: words, parent: null, page: 1, pageSize });
  const seen = new Set<string>();
  const items: CpvRecord[] = [];
  for (const c of [...named, ...found.items]) {
    if (seen.has(c.code)) continue;
    seen.add(c.code);
    items.push(c);
  }
  const extra = named.filter((c) => !found.items.some((f) => f.code === c.code)).length;
  return { items: items.slice(0, pageSize), total: found.total + extra };
}
