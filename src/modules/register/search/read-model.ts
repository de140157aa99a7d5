import { listIn } from '../../../platform/collections.js';
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
export interface ModelDoc extends Omit<ReadModelRow, 'document' | 'status' | 'area_municipalities'> {
  status: EnterpriseStatus;
  /** area_municipalities in code order, for binary search. */
  municipalities: string[];
  /** The kommuner (in the order above) as numbers in the model's `values`, for counting. */
  municipalityIds: Uint16Array;
}

/**
 * A short list of small numbers per slot, all in two flat arrays (where slot i's run starts, and the
 * values): counting a facet over thousands of documents then reads two arrays in order instead of
 * following a pointer to each document's own list.
 */
export class SlotLists {
  starts: Int32Array = new Int32Array(1024);
  values: Uint16Array = new Uint16Array(4096);
  private slots = 0;

  push(ids: readonly number[]): void {
    const from = this.starts[this.slots]!;
    if (this.slots + 2 > this.starts.length) this.starts = grown(this.starts, this.slots + 2) as Int32Array;
    if (from + ids.length > this.values.length) this.values = grown(this.values, from + ids.length) as Uint16Array;
    this.values.set(ids, from);
    this.starts[++this.slots] = from + ids.length;
  }
}

function grown<T extends Int32Array | Uint16Array>(a: T, atLeast: number): T {
  // Doubling keeps appending cheap; the unused tail is at most the used part.
  const b = new (a.constructor as new (n: number) => T)(Math.max(atLeast, a.length * 2));
  b.set(a);
  return b;
}

/** Filter values as small numbers, so that counting them is adding into an array. */
export class Dictionary {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

/**
 * One lexeme's documents and its positions in each, in typed arrays that grow by doubling: a third of
 * the memory of plain arrays (a register's postings run to millions of entries).
 */
class Postings {
  /** Slots in the order added (so in slot order); `count` of them are used. */
  slots = new Int32Array(4);
  count = 0;
  /** Where each slot's positions start in `positions` (one more entry than slots). */
  starts = new Int32Array(5);
  /** Packed as PostgreSQL packs them: weight << 14 | position. */
  positions = new Uint16Array(8);

  add(slot: number, positions: readonly number[]): void {
    const from = this.starts[this.count]!;
    if (this.count + 1 > this.slots.length) this.slots = grown(this.slots, this.count + 1);
    if (this.count + 2 > this.starts.length) this.starts = grown(this.starts, this.count + 2);
    if (from + positions.length > this.positions.length)
      this.positions = grown(this.positions, from + positions.length);
    this.slots[this.count] = slot;
    this.positions.set(positions, from);
    this.starts[++this.count] = from + positions.length;
  }
}

export class ReadModel {
  /** By slot; null for a dead slot. */
  readonly docs: (ModelDoc | null)[] = [];
  readonly values = { county: new Dictionary(), category: new Dictionary(), municipality: new Dictionary() };
  /** Each slot's län and services as numbers in `values` (dead slots keep theirs). */
  readonly countyLists = new SlotLists();
  readonly categoryLists = new SlotLists();
  private readonly slotById = new Map<number, number>();
  private readonly slotByOrgnr = new Map<string, number>();
  private readonly lexemeIds = new Map<string, number>();
  private readonly lexemes: string[] = [];
  private readonly postings: Postings[] = [];
  private sortedLexemes: number[] | null = null;
  /** Slots per län delivered in and per service (dead ones included, as in the lexemes' postings). */
  private readonly byCounty = new Map<string, number[]>();
  private readonly byCategory = new Map<string, number[]>();
  private byName: { position: Int32Array; slots: Int32Array } | null = null;
  private readonly filters = new Map<string, { slots: Int32Array; mark: Uint8Array }>();
  private dead = 0;
  private marks = new Int32Array(0);
  private stamp = 0;

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
    if (rows.length > 0) {
      this.byName = null;
      this.filters.clear();
    }
  }

  /**
   * The live slots delivering in a län or offering a service, in slot order, and the same as a mark
   * per slot: kept until the model changes, as a search engine keeps its filters (there are only
   * 21 län and some 30 services), so a search looks them up instead of building them.
   */
  filter(kind: 'county' | 'category', value: string): { slots: Int32Array; mark: Uint8Array } {
    const key = `${kind}:${value}`;
    let found = this.filters.get(key);
    if (!found) {
      const all = (kind === 'county' ? this.byCounty : this.byCategory).get(value) ?? [];
      const slots = Int32Array.from(all.filter((slot) => this.docs[slot] !== null));
      const mark = new Uint8Array(this.docs.length);
      for (const slot of slots) mark[slot] = 1;
      found = { slots, mark };
      this.filters.set(key, found);
    }
    return found;
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

  /** The live slots whose document holds the query (`@@`), in slot order. */
  textMatches(query: ParsedQuery, operandLexemes: readonly number[][]): Int32Array {
    if (!query.root) return new Int32Array(0);
    // Each operand's live slots from its lexemes' postings (each already in slot order), then & and |
    // as merges of sorted lists: the work follows the postings' length, not the register's size.
    const operandSlots = operandLexemes.map((ids) => {
      const out = new Int32Array(ids.reduce((n, id) => n + this.postings[id]!.count, 0));
      let n = 0;
      for (const id of ids) {
        const { slots, count } = this.postings[id]!;
        for (let i = 0; i < count; i++) if (this.docs[slots[i]!] !== null) out[n++] = slots[i]!;
      }
      return ids.length === 1 ? out.subarray(0, n) : unique(out.subarray(0, n).sort());
    });
    const combine = (node: NonNullable<ParsedQuery['root']>): Int32Array => {
      if ('operand' in node) return operandSlots[node.operand]!;
      return node.op === 'and'
        ? intersect(combine(node.left), combine(node.right))
        : union(combine(node.left), combine(node.right));
    };
    return combine(query.root);
  }

  /**
   * Marks the given slots in a mark array the model keeps and returns the test "is marked": a search
   * marks its few thousand matches without allocating and clearing an array the register's size.
   * Valid until the next call (a search is synchronous from here on).
   */
  markOnly(slots: ArrayLike<number>): (slot: number) => boolean {
    if (this.marks.length < this.docs.length) this.marks = new Int32Array(this.docs.length * 2);
    const stamp = ++this.stamp;
    const marks = this.marks;
    for (let i = 0; i < slots.length; i++) marks[slots[i]!] = stamp;
    return (slot) => marks[slot] === stamp;
  }

  /** For the slots in `wanted`, the lexemes the query matched with their positions: what ts_rank_cd reads. */
  hits(operandLexemes: readonly number[][], wanted: (slot: number) => boolean): Map<number, LexemeHit[]> {
    const operandsOf = new Map<number, number[]>();
    operandLexemes.forEach((ids, k) => {
      for (const id of ids) listIn(operandsOf, id).push(k);
    });
    const out = new Map<number, LexemeHit[]>();
    for (const [id, operands] of operandsOf) {
      const p = this.postings[id]!;
      for (let i = 0; i < p.count; i++) {
        const slot = p.slots[i]!;
        if (!wanted(slot)) continue;
        listIn(out, slot).push({ positions: p.positions, from: p.starts[i]!, to: p.starts[i + 1]!, operands });
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
    const municipalities = [...row.area_municipalities].sort(compareCodePoints);
    const ids = (d: Dictionary, list: readonly string[]) => Uint16Array.from(list, (v) => d.id(v));
    // Every property named, in one order: one object shape for all documents keeps the loops over
    // thousands of them fast (a spread of the database row would not promise that).
    this.docs.push({
      id: row.id,
      orgnr: row.orgnr,
      status: row.status as EnterpriseStatus,
      name: row.name,
      legal_form: row.legal_form,
      city: row.city,
      municipality_code: row.municipality_code,
      county_code: row.county_code,
      area_counties: row.area_counties,
      category_slugs: row.category_slugs,
      cpv_codes: row.cpv_codes,
      excerpt: row.excerpt,
      employees_total: row.employees_total,
      employees_target_group: row.employees_target_group,
      employees_reported_on: row.employees_reported_on,
      certified_until: row.certified_until,
      training_free: row.training_free,
      verified_at: row.verified_at,
      verified_us: row.verified_us,
      is_demo: row.is_demo,
      sort_name: row.sort_name,
      municipalities,
      municipalityIds: ids(this.values.municipality, municipalities),
    });
    this.countyLists.push(row.area_counties.map((v) => this.values.county.id(v)));
    this.categoryLists.push(row.category_slugs.map((v) => this.values.category.id(v)));
    this.slotById.set(row.id, slot);
    this.slotByOrgnr.set(row.orgnr, slot);
    for (const c of new Set(row.area_counties)) listIn(this.byCounty, c).push(slot);
    for (const c of new Set(row.category_slugs)) listIn(this.byCategory, c).push(slot);
    for (const { lexeme, positions } of parseTsvector(row.document)) {
      let id = this.lexemeIds.get(lexeme);
      if (id === undefined) {
        id = this.lexemes.length;
        this.lexemes.push(lexeme);
        this.lexemeIds.set(lexeme, id);
        this.postings.push(new Postings());
        this.sortedLexemes = null;
      }
      this.postings[id]!.add(slot, positions);
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

/** A sorted list without repeats. */
function unique(sorted: Int32Array): Int32Array {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

/** The slots in both sorted lists. */
export function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out[n++] = a[i]!;
      i++;
      j++;
    }
  }
  return out.subarray(0, n);
}

function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out[n++] = a[i++]!;
    else if (i >= a.length || b[j]! < a[i]!) out[n++] = b[j++]!;
    else {
      out[n++] = a[i]!;
      i++;
      j++;
    }
  }
  return out.subarray(0, n);
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
