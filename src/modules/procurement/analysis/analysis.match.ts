import { cpvLevel, cpvParentOf, cpvPrefix, isSubCode } from '../../../platform/reference/cpv.js';
import { cpvVocabulary } from '../../../platform/reference/cpv.vocabulary.js';

/**
 * How an offered CPV code answers a code a buyer asks for, along the tree both ways: the same
 * code; a narrower one (the enterprise does part of what is asked: offers 90911200 for 90910000);
 * or a broader one at class level or below (offers 90910000 "Städning" for 90911200 "Städning av
 * byggnader"). A division or group is too wide to say anything (90000000 covers sewage as well
 * as cleaning), so a broader code counts only from level 3, the class.
 */
export type CpvRelation = 'same' | 'narrower' | 'broader';

export const BROADEST_COUNTED_LEVEL = 3;

export interface CpvMatch {
  asked: string;
  offered: string;
  relation: CpvRelation;
}

export function relationOf(asked: string, offered: string): CpvRelation | null {
  if (asked === offered) return 'same';
  if (isSubCode(offered, asked)) return 'narrower';
  if (isSubCode(asked, offered) && cpvLevel(offered) >= BROADEST_COUNTED_LEVEL) return 'broader';
  return null;
}

/**
 * The whole codes that can answer the asked ones, for the register's index: each asked code with
 * every narrower code of CPV 2008, and its ancestors down to class level (the broader codes that
 * count). 90911200 → 90911200, 90911210 …, 90911000, 90910000.
 */
export function cpvQueryCodes(asked: readonly string[]): string[] {
  const out = new Set<string>();
  for (const code of asked) {
    out.add(code);
    const prefix = cpvPrefix(code);
    for (const c of cpvVocabulary()) if (c.code.startsWith(prefix)) out.add(c.code);
    for (let p = cpvParentOf(code); p && cpvLevel(p) >= BROADEST_COUNTED_LEVEL; p = cpvParentOf(p)) out.add(p);
  }
  return [...out].sort();
}

/** Every pair of an asked and an offered code that answer each other, the closest first. */
export function cpvMatches(asked: readonly string[], offered: readonly string[]): CpvMatch[] {
  const order: Record<CpvRelation, number> = { same: 0, narrower: 1, broader: 2 };
  const out: CpvMatch[] = [];
  for (const a of asked) {
    for (const o of offered) {
      const relation = relationOf(a, o);
      if (relation) out.push({ asked: a, offered: o, relation });
    }
  }
  return out.sort((x, y) => order[x.relation] - order[y.relation] || (x.offered < y.offered ? -1 : 1));
}
