/**
 * Reading a page's or the API's query parameters the same way everywhere (the directory, the
 * procurement list): the first of a repeated parameter, yes/no flags in Swedish or English, and
 * bounded whole numbers. A bad value is reported by the caller under the name the client used.
 */
export type RawQuery = Record<string, unknown>;

/** A repeated parameter (?lan=01&lan=03) counts by its first value, trimmed. */
export function firstParam(raw: RawQuery, name: string): string | undefined {
  const v = raw[name];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.trim() : undefined;
}

const TRUE = new Set(['1', 'true', 'ja', 'on', 'yes']);
const FALSE = new Set(['0', 'false', 'nej', 'off', 'no', '']);

/** '1', 'ja', 'true' … is yes, '0', 'nej', '' … no; anything else 'bad'. */
export function readFlag(v: string): boolean | 'bad' {
  const lower = v.toLowerCase();
  return TRUE.has(lower) ? true : FALSE.has(lower) ? false : 'bad';
}

/** A whole number from min to max; undefined when not given, 'bad' otherwise. */
export function readInt(v: string | undefined, min: number, max: number): number | undefined | 'bad' {
  if (v === undefined || v === '') return undefined;
  if (!/^\d{1,6}$/.test(v)) return 'bad';
  const n = Number(v);
  return n >= min && n <= max ? n : 'bad';
}
