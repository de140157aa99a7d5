/**
 * PostgreSQL's full-text matching and ts_rank_cd, in plain code, for the in-process read model
 * (read-model.ts). The database still stems: it writes each profile's tsvector on save and turns a
 * query into a tsquery; this file reads both as text and answers `@@` and `ts_rank_cd` the way
 * PostgreSQL does (src/backend/utils/adt/tsrank.c, calc_rank_cd with default weights and no
 * normalisation), so that the directory ranks the same whichever engine answers. The equality is
 * tested against the database on generated profiles (read-model.test.ts, on PGlite and on
 * PostgreSQL 15). One difference is left: two lexemes at the same position and weight, which only
 * happens past position 16 383 where PostgreSQL clamps positions, are ordered by the model's
 * lexeme number instead of the tsvector's order, which can change the rank of such a document.
 */

/** One lexeme of a document with its positions, each packed as PostgreSQL does: weight << 14 | position. */
export interface DocLexeme {
  lexeme: string;
  positions: number[];
}

const POSITION_MASK = 0x3fff;
const weightOf = (packed: number) => packed >> 14;
const positionOf = (packed: number) => packed & POSITION_MASK;

/** A quoted lexeme from `i` (at its opening quote): '' is a quote, a backslash escapes; and where it ends. */
function readQuoted(text: string, start: number): [string, number] {
  let lexeme = '';
  let i = start + 1;
  for (;;) {
    const ch = text[i];
    if (ch === undefined) throw new Error(`ett ord slutar inte: ${text}`);
    if (ch === "'" && text[i + 1] === "'") {
      lexeme += "'";
      i += 2;
    } else if (ch === '\\') {
      lexeme += text[i + 1] ?? '';
      i += 2;
    } else if (ch === "'") {
      return [lexeme, i + 1];
    } else {
      lexeme += ch;
      i++;
    }
  }
}

/** Reads tsvector output ('lex':1A,2 'other':3B …); weight D is the unmarked default. */
export function parseTsvector(text: string): DocLexeme[] {
  const out: DocLexeme[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    if (text[i] !== "'") throw new Error(`tsvector: ' väntades vid ${i}`);
    const [lexeme, next] = readQuoted(text, i);
    i = next;
    const positions: number[] = [];
    if (text[i] === ':') {
      i++;
      for (;;) {
        let n = 0;
        while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57)
          n = n * 10 + text.charCodeAt(i++) - 48;
        const w = text[i];
        const weight = w === 'A' ? 3 : w === 'B' ? 2 : w === 'C' ? 1 : 0;
        if (w === 'A' || w === 'B' || w === 'C' || w === 'D') i++;
        positions.push((weight << 14) | Math.min(n, POSITION_MASK));
        if (text[i] !== ',') break;
        i++;
      }
    }
    out.push({ lexeme, positions });
  }
  return out;
}

/** A tsquery over lexemes joined by & and |: what understandQuery builds, after the database normalised it. */
export type QueryNode = { operand: number } | { op: 'and' | 'or'; left: QueryNode; right: QueryNode };

export interface Operand {
  lexeme: string;
  prefix: boolean;
}

export interface ParsedQuery {
  operands: Operand[];
  /** Null for a query left without lexemes (only stop words): it matches nothing, as `@@` says. */
  root: QueryNode | null;
}

/**
 * Reads tsquery output ('städning':* & ( 'fast':* | 'fastighet':* )). Only what the directory's
 * queries hold is understood (&, |, parentheses, prefix); anything else throws, so that a change in
 * how queries are built fails loudly in the tests instead of matching differently.
 */
export function parseTsquery(text: string): ParsedQuery {
  const operands: Operand[] = [];
  let i = 0;
  const skip = () => {
    while (text[i] === ' ') i++;
  };
  const operand = (): QueryNode => {
    skip();
    if (text[i] === '(') {
      i++;
      const node = or();
      skip();
      if (text[i] !== ')') throw new Error(`tsquery: ) väntades vid ${i}`);
      i++;
      return node;
    }
    if (text[i] !== "'") throw new Error(`tsquery: okänt tecken vid ${i} i ${text}`);
    const [lexeme, next] = readQuoted(text, i);
    i = next;
    let prefix = false;
    if (text[i] === ':') {
      i++;
      if (text[i] !== '*' || /[A-D]/.test(text[i + 1] ?? '')) throw new Error(`tsquery: vikter stöds inte (${text})`);
      prefix = true;
      i++;
    }
    operands.push({ lexeme, prefix });
    return { operand: operands.length - 1 };
  };
  const and = (): QueryNode => {
    let left = operand();
    skip();
    while (text[i] === '&') {
      i++;
      left = { op: 'and', left, right: operand() };
      skip();
    }
    return left;
  };
  const or = (): QueryNode => {
    let left = and();
    skip();
    while (text[i] === '|') {
      i++;
      left = { op: 'or', left, right: and() };
      skip();
    }
    return left;
  };
  skip();
  if (i >= text.length) return { operands, root: null };
  const root = or();
  skip();
  if (i < text.length) throw new Error(`tsquery: oväntat tecken vid ${i} i ${text}`);
  return { operands, root };
}

function evaluate(node: QueryNode, has: (operand: number) => boolean): boolean {
  if ('operand' in node) return has(node.operand);
  return node.op === 'and'
    ? evaluate(node.left, has) && evaluate(node.right, has)
    : evaluate(node.left, has) || evaluate(node.right, has);
}

export function lexemeMatches(op: Operand, lexeme: string): boolean {
  return op.prefix ? lexeme.startsWith(op.lexeme) : lexeme === op.lexeme;
}

// ts_rank_cd's default weights {D, C, B, A} are C floats; their inverses are taken in double.
const INVERSE_WEIGHTS = [0.1, 0.2, 0.4, 1.0].map((w) => 1 / Math.fround(w));

interface Entry {
  packed: number;
  /** The operands this lexeme at this position satisfies. */
  operands: readonly number[];
}

/** A document's lexeme that some operand of the query matched: its positions and those operands. */
export interface LexemeHit {
  /** Positions from..to (exclusive) of this array. */
  positions: ArrayLike<number>;
  from: number;
  to: number;
  operands: readonly number[];
}

/** ts_rank_cd(document, query) from the whole document. */
export function rankCoverDensity(doc: readonly DocLexeme[], query: ParsedQuery): number {
  const hits: LexemeHit[] = [];
  for (const d of doc) {
    const operands = query.operands.flatMap((op, k) => (lexemeMatches(op, d.lexeme) ? [k] : []));
    if (operands.length > 0) hits.push({ positions: d.positions, from: 0, to: d.positions.length, operands });
  }
  return rankHits(hits, query);
}

/**
 * ts_rank_cd from the lexemes the query matched: the covers (shortest stretches holding the query)
 * found as PostgreSQL's Cover() finds them, each adding (length / sum of inverse weights) /
 * (1 + noise words).
 */
export function rankHits(hits: readonly LexemeHit[], query: ParsedQuery): number {
  const root = query.root;
  if (!root) return 0;
  const entries: Entry[] = [];
  for (const h of hits)
    for (let j = h.from; j < h.to; j++) entries.push({ packed: h.positions[j]!, operands: h.operands });
  if (entries.length === 0) return 0;
  // By position, then weight (a lexeme has one entry per position, so no further tie matters).
  entries.sort((a, b) => positionOf(a.packed) - positionOf(b.packed) || weightOf(a.packed) - weightOf(b.packed));

  const present = new Array<boolean>(query.operands.length).fill(false);
  const has = (k: number) => present[k] === true;
  const mark = (e: Entry) => {
    for (const k of e.operands) present[k] = true;
  };
  let wdoc = 0;
  let from = 0;
  for (;;) {
    // Upper bound: the first entry from `from` at which the query holds.
    present.fill(false);
    let end = -1;
    for (let i = from; i < entries.length; i++) {
      mark(entries[i]!);
      if (evaluate(root, has)) {
        end = i;
        break;
      }
    }
    if (end < 0) break;
    const q = positionOf(entries[end]!.packed);
    // Lower bound: walking back from there, the first entry at which it holds again.
    present.fill(false);
    let begin = -1;
    let i = end;
    for (; i >= from; i--) {
      mark(entries[i]!);
      if (evaluate(root, has)) {
        begin = i;
        break;
      }
    }
    const p = begin >= 0 ? positionOf(entries[begin]!.packed) : Number.MAX_SAFE_INTEGER;
    if (p > q) {
      from++;
      continue;
    }
    from = i + 1;
    let invSum = 0;
    for (let k = begin; k <= end; k++) invSum += INVERSE_WEIGHTS[weightOf(entries[k]!.packed)]!;
    const cpos = (end - begin + 1) / invSum;
    let noise = q - p - (end - begin);
    if (noise < 0) noise = Math.trunc((end - begin) / 2);
    wdoc += cpos / (1 + noise);
  }
  return Math.fround(wdoc);
}
