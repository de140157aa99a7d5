/** One code of the Common Procurement Vocabulary (CPV 2008) with its Swedish and English label. */
export interface CpvRecord {
  /** Eight digits, without the check digit. */
  code: string;
  /** The nearest existing ancestor; null for a division (level 1). */
  parent: string | null;
  /** 1 = division (XX000000), 2 = group, 3 = class, 4 = category, 5–7 = finer subdivisions. */
  level: number;
  labelSv: string;
  labelEn: string | null;
}

// TED, eForms and most buyers' files write codes as '90910000-9': the eighth digit is followed by a
// check digit, which carries no meaning of its own once the code is known to be eight digits.
const CPV_INPUT = /^\s*(\d{8})(?:\s*-\s*\d)?\s*$/;

/** The eight-digit code in '90910000', ' 90910000 ' or '90910000-9'; null when it is not a CPV code. */
export function normaliseCpv(input: string): string | null {
  const match = CPV_INPUT.exec(input);
  const code = match?.[1];
  // '00' is not a division; the first two digits always name one.
  if (!code || code.startsWith('00')) return null;
  return code;
}

/** True when the input has the form of a CPV code (with or without check digit). */
export function isCpvCode(input: string): boolean {
  return normaliseCpv(input) !== null;
}

function requireCpv(input: string): string {
  const code = normaliseCpv(input);
  if (!code) throw new Error(`Not a CPV code: ${JSON.stringify(input)}`);
  return code;
}

/**
 * The prefix all sub-codes of a code share: trailing zeros stripped, but never shorter than the
 * two-digit division (90910000 → '9091', 03000000 → '03', 90911200 → '909112'). Searching for
 * sub-codes is then a prefix match, in memory or in SQL (`code like '9091%'`).
 */
export function cpvPrefix(code: string): string {
  const normal = requireCpv(code);
  const stripped = normal.replace(/0+$/, '');
  return stripped.length >= 2 ? stripped : normal.slice(0, 2);
}

/** The level in the hierarchy follows from the prefix: one digit per level below the division. */
export function cpvLevel(code: string): number {
  return cpvPrefix(code).length - 1;
}

/**
 * True when `code` lies in the subtree of `ancestor`. A code counts as its own sub-code, so that a
 * filter on 90910000 (Städning) also matches offers of exactly 90910000.
 */
export function isSubCode(code: string, ancestor: string): boolean {
  return requireCpv(code).startsWith(cpvPrefix(ancestor));
}

/**
 * The parent by the prefix rule: the code with the last significant digit set to zero
 * (90911200 → 90911000); null for a division. About 35 of the 9 454 codes skip a level
 * (30192121's parent is 30192100, as 30192120 does not exist): pass `exists` to walk up to the
 * nearest code that does.
 */
export function cpvParentOf(code: string, exists?: (code: string) => boolean): string | null {
  const prefix = cpvPrefix(code);
  for (let length = prefix.length - 1; length >= 2; length--) {
    const parent = prefix.slice(0, length).padEnd(8, '0');
    if (!exists || exists(parent)) return parent;
  }
  return null;
}
