import type { Db } from '../db/schema.js';
import type { CpvRecord } from './cpv.js';
import { cpvVocabulary, shippedCpvByCode } from './cpv.vocabulary.js';

/**
 * CPV codes come from the whole vocabulary shipped with the product (cpv-2008.tsv, all 9 454),
 * or from the cpv_code table when `asf import cpv` has filled it from a newer SDK: the API
 * answers the same questions either way.
 */

export interface CpvQuery {
  /** A label word ('städ') or the start of a code ('9091'); '' for all. */
  q: string;
  /** Only the direct children of this eight-digit code. */
  parent: string | null;
  page: number;
  pageSize: number;
}

export interface CpvPage {
  items: CpvRecord[];
  total: number;
}

export interface CpvLabel {
  labelSv: string;
  labelEn: string | null;
}

/** A query that is a code prefix: digits only, optionally '90910000-9' with its check digit. */
function codePrefix(q: string): string | null {
  const m = /^(\d{1,8})(?:-\d)?$/.exec(q);
  return m?.[1] ?? null;
}

/** LIKE treats % and _ as wildcards; a user who types them means the characters themselves. */
function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function hasImportedCpv(db: Db): Promise<boolean> {
  const row = await db.selectFrom('cpv_code').select('code').limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function searchCpv(db: Db, query: CpvQuery): Promise<CpvPage> {
  return (await hasImportedCpv(db)) ? searchTable(db, query) : searchShipped(query);
}

async function searchTable(db: Db, { q, parent, page, pageSize }: CpvQuery): Promise<CpvPage> {
  const prefix = codePrefix(q);
  let base = db.selectFrom('cpv_code');
  if (parent) base = base.where('parent', '=', parent);
  if (prefix) base = base.where('code', 'like', `${prefix}%`);
  else {
    // Every word in the Swedish or the English label, as in the shipped list.
    for (const word of q.split(/\s+/).filter(Boolean)) {
      const pattern = `%${escapeLike(word)}%`;
      base = base.where((eb) => eb.or([eb('label_sv', 'ilike', pattern), eb('label_en', 'ilike', pattern)]));
    }
  }
  const [rows, count] = await Promise.all([
    base
      .select(['code', 'parent', 'level', 'label_sv', 'label_en'])
      .orderBy('code')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      code: r.code,
      parent: r.parent,
      level: r.level,
      labelSv: r.label_sv,
      labelEn: r.label_en,
    })),
    total: Number(count.n),
  };
}

function searchShipped({ q, parent, page, pageSize }: CpvQuery): CpvPage {
  const prefix = codePrefix(q);
  // Every word must be in the Swedish or the English label: "städning kontor" finds office cleaning.
  const words = q.toLocaleLowerCase('sv-SE').split(/\s+/).filter(Boolean);
  const has = (label: string) => {
    const text = label.toLocaleLowerCase('sv-SE');
    return words.every((w) => text.includes(w));
  };
  const matching = cpvVocabulary().filter(
    (c) =>
      (!parent || c.parent === parent) &&
      (prefix ? c.code.startsWith(prefix) : words.length === 0 || has(c.labelSv) || has(c.labelEn)),
  );
  const start = (page - 1) * pageSize;
  return {
    items: matching.slice(start, start + pageSize).map(({ code, parent: p, level, labelSv, labelEn }) => ({
      code,
      parent: p,
      level,
      labelSv,
      labelEn,
    })),
    total: matching.length,
  };
}

/** Labels for the given codes: the imported list first, the shipped list for the rest. */
export async function cpvLabels(db: Db, codes: readonly string[]): Promise<Map<string, CpvLabel>> {
  const wanted = [...new Set(codes)];
  const labels = new Map<string, CpvLabel>();
  if (wanted.length === 0) return labels;
  const rows = await db
    .selectFrom('cpv_code')
    .select(['code', 'label_sv', 'label_en'])
    .where('code', 'in', wanted)
    .execute();
  for (const r of rows) labels.set(r.code, { labelSv: r.label_sv, labelEn: r.label_en });
  for (const code of wanted) {
    if (labels.has(code)) continue;
    const shipped = shippedCpvByCode(code);
    if (shipped) labels.set(code, { labelSv: shipped.labelSv, labelEn: shipped.labelEn });
  }
  return labels;
}
