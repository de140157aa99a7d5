import { parseTsvector, lexemeMatches, type LexemeHit, type ParsedQuery } from './fulltext.js';
import type { ReadModelRow } from './read-model.repository.js';
import { PUBLIC_STATUSES, type EnterpriseStatus } from '../enterprise/enterprise.types.js';

/**
 * The public register held in a web process for the directory's searches (issue 11 §4): each
 * published enterprise once, with an inverted index of its tsvector's lexemes (slots per lexeme
 * and the packed positions that ts_rank_cd needs). Counting filter values over a few thousand text
 * matches takes microseconds here, where the database must recheck thousands of heap pages.
 *
 * Slots are only appended: a changed enterprise gets a new slot and its old one is left dead (the
 * postings still name it and are filtered through `docs`), so catching up after a write touches only
 * the changed rows. When a fifth of the slots are dead the model is built anew.
 */
export interface ModelDoc extends Omit<ReadModelRow, 'document' | 'status'> {
  status: EnterpriseStatus;
  /** area_municipalities in code order, for binary search. */
  municipalities: string[];
}

interface Postings {
  slots: number[];
  /** Where each slot's positions start in `positions` (one more entry than slots). */
  starts: number[];
  positions: number[];
}

export class ReadModel {
  /** By slot; null for a dead slot. */
  readonly docs: (ModelDoc | null)[] = [];
  private readonly slotById = new Map<number, number>();
  private readonly slotByOrgnr = new Map<string, number>();
  private readonly lexemeIds = new Map<string, number>();
  private readonly lexemes: string[] = [];
  private readonly postings: Postings[] = [];
  private sortedLexemes: number[] | null = null;
  private byName: { position: Int32Array; slots: Int32Array } | null = null;
  private dead = 0;

  get size(): number {
    return this.slotById.size;
  }

  /** Whether enough slots are dead that building anew is cheaper than carrying them. */
  get worn(): boolean {
    return this.dead > 1000 && this.dead > this.docs.length / 5;
  }

  /** Takes rows in: a public one replaces the enterprise's old slot, any other removes it. */
  apply(rows: readonly ReadModelRow[]): void {
    for (const row of rows) {
      this.remove(row.id);
      if ((PUBLIC_STATUSES as readonly string[]).includes(row.status)) this.add(row);
    }
    if (rows.length > 0) this.byName = null;
  }

  slotOfOrgnr(orgnr: string): number | undefined {
    return this.slotByOrgnr.get(orgnr);
  }

  /** Each operand's matching lexemes (a prefix operand matches all that begin with it). */
  operandLexemes(query: ParsedQuery): number[][] {
    return query.operands.map((op) => {
      if (!op.prefix) {
        const id = this.lexemeIds.get(op.lexeme);
        return id === undefined ? [] : [id];
      }
      const sorted = this.lexemesInOrder();
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareCodePoints(this.lexemes[sorted[mid]!]!, op.lexeme) < 0) lo = mid + 1;
        else hi = mid;
      }
      const ids: number[] = [];
      for (let i = lo; i < sorted.length && lexemeMatches(op, this.lexemes[sorted[i]!]!); i++) ids.push(sorted[i]!);
      return ids;
    });
  }

  /** The live slots whose document holds the query (`@@`), marked 1. */
  textMatches(query: ParsedQuery, operandLexemes: readonly number[][]): Uint8Array {
    const n = this.docs.length;
    const marks = operandLexemes.map((ids) => {
      const mark = new Uint8Array(n);
      for (const id of ids) for (const slot of this.postings[id]!.slots) mark[slot] = 1;
      return mark;
    });
    const out = new Uint8Array(n);
    if (!query.root) return out;
    const combine = (node: NonNullable<ParsedQuery['root']>): Uint8Array => {
      if ('operand' in node) return marks[node.operand]!;
      const a = combine(node.left);
      const b = combine(node.right);
      const c = new Uint8Array(n);
      if (node.op === 'and') for (let i = 0; i < n; i++) c[i] = a[i]! & b[i]!;
      else for (let i = 0; i < n; i++) c[i] = a[i]! | b[i]!;
      return c;
    };
    const matched = combine(query.root);
    for (let i = 0; i < n; i++) if (matched[i] && this.docs[i]) out[i] = 1;
    return out;
  }

  /** For the slots in `wanted`, the lexemes the query matched with their positions: what ts_rank_cd reads. */
  hits(operandLexemes: readonly number[][], wanted: Uint8Array): Map<number, LexemeHit[]> {
    const operandsOf = new Map<number, number[]>();
    operandLexemes.forEach((ids, k) => {
      for (const id of ids) {
        const list = operandsOf.get(id);
        if (list) list.push(k);
        else operandsOf.set(id, [k]);
      }
    });
    const out = new Map<number, LexemeHit[]>();
    for (const [id, operands] of operandsOf) {
      const p = this.postings[id]!;
      for (let i = 0; i < p.slots.length; i++) {
        const slot = p.slots[i]!;
        if (!wanted[slot]) continue;
        const hit = { positions: p.positions.slice(p.starts[i], p.starts[i + 1]), operands };
        const list = out.get(slot);
        if (list) list.push(hit);
        else out.set(slot, [hit]);
      }
    }
    return out;
  }

  /**
   * Name order (sort_name, then org.nr, as the SQL orders): `position` gives each slot's place, so
   * that comparing two is comparing integers; `slots` lists the live slots in that order.
   */
  nameOrder(): { position: Int32Array; slots: Int32Array } {
    if (this.byName) return this.byName;
    const live: number[] = [];
    this.docs.forEach((d, slot) => {
      if (d) live.push(slot);
    });
    live.sort((a, b) => {
      const x = this.docs[a]!;
      const y = this.docs[b]!;
      return compareCodePoints(x.sort_name, y.sort_name) || compareCodePoints(x.orgnr, y.orgnr);
    });
    const position = new Int32Array(this.docs.length);
    live.forEach((slot, i) => (position[slot] = i));
    this.byName = { position, slots: Int32Array.from(live) };
    return this.byName;
  }

  private add(row: ReadModelRow): void {
    const slot = this.docs.length;
    const { document, ...fields } = row;
    this.docs.push({
      ...fields,
      status: row.status as EnterpriseStatus,
      municipalities: [...row.area_municipalities].sort(compareCodePoints),
    });
    this.slotById.set(row.id, slot);
    this.slotByOrgnr.set(row.orgnr, slot);
    for (const { lexeme, positions } of parseTsvector(document)) {
      let id = this.lexemeIds.get(lexeme);
      if (id === undefined) {
        id = this.lexemes.length;
        this.lexemes.push(lexeme);
        this.lexemeIds.set(lexeme, id);
        this.postings.push({ slots: [], starts: [0], positions: [] });
        this.sortedLexemes = null;
      }
      const p = this.postings[id]!;
      p.slots.push(slot);
      for (const pos of positions) p.positions.push(pos);
      p.starts.push(p.positions.length);
    }
  }

  private remove(id: number): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    const doc = this.docs[slot]!;
    this.docs[slot] = null;
    this.slotById.delete(id);
    if (this.slotByOrgnr.get(doc.orgnr) === slot) this.slotByOrgnr.delete(doc.orgnr);
    this.dead++;
  }

  private lexemesInOrder(): number[] {
    if (!this.sortedLexemes) {
      this.sortedLexemes = this.lexemes
        .map((_, i) => i)
        .sort((a, b) => compareCodePoints(this.lexemes[a]!, this.lexemes[b]!));
    }
    return this.sortedLexemes;
  }
}

/**
 * String order by Unicode code point, as PostgreSQL's C and C.UTF-8 collations order text (JavaScript's
 * `<` compares UTF-16 units, which puts characters beyond U+FFFF before U+E000–U+FFFF).
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x < 0xe000;
    const ys = y >= 0xd800 && y < 0xe000;
    if (x >= 0xd800 && y >= 0xd800 && xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
