import { listIn } from '../../../platform/collections.js';
import { cpvPrefix } from '../../../platform/reference/cpv.js';
import { COUNTIES, municipalityByCode } from '../../../platform/reference/geo.js';
import type { Supplier } from '../../register/index.js';
import { BROADEST_COUNTED_LEVEL } from '../analysis/analysis.match.js';
import { lotCodes, matchLot, type LotMatch, type MatchLot } from './match.score.js';

const COUNTY_BIT = new Map(COUNTIES.map((c, i) => [c.code, 1 << i]));
/** A broader code counts from class level (analysis.match.ts): a prefix of at least this many digits. */
const BROADEST_PREFIX = BROADEST_COUNTED_LEVEL + 1;

/**
 * Many lots against many enterprises in process (the nightly re-match, issue 11 §4): the
 * enterprises indexed by their codes so that a lot's candidates are looked up, not searched, and
 * told apart by place with a bit per län before match.score.ts scores each — the same scoring as
 * every other match, so a re-match says what the buyer's page says.
 *
 * Along the tree both ways, as relationOf says: an offered code answers an asked one when it lies
 * under the asked code's prefix (the same or narrower: keyed by every leading part of the offered
 * code), or when it is an ancestor at class level or below (broader: keyed by its own prefix).
 */
export class SupplierIndex {
  private readonly under = new Map<string, number[]>();
  private readonly exact = new Map<string, number[]>();
  private readonly counties: Uint32Array;
  private readonly byCode = new Map<string, Int32Array>();
  private readonly seen: Int32Array;
  private generation = 0;

  constructor(readonly suppliers: readonly Supplier[]) {
    this.counties = new Uint32Array(suppliers.length);
    this.seen = new Int32Array(suppliers.length);
    suppliers.forEach((s, i) => {
      for (const c of s.deliversInCounties) this.counties[i]! |= COUNTY_BIT.get(c) ?? 0;
      const under = new Set<string>();
      const exact = new Set<string>();
      for (const code of s.cpvCodes) {
        for (let length = 2; length <= 8; length++) under.add(code.slice(0, length));
        exact.add(cpvPrefix(code));
      }
      for (const key of under) listIn(this.under, key).push(i);
      for (const key of exact) listIn(this.exact, key).push(i);
    });
  }

  /** Every enterprise one of whose codes answers `asked` (kept per code: lots repeat their codes). */
  private answering(asked: string): Int32Array {
    let found = this.byCode.get(asked);
    if (!found) {
      const prefix = cpvPrefix(asked);
      const lists = [this.under.get(prefix) ?? []];
      for (let length = BROADEST_PREFIX; length < prefix.length; length++) {
        lists.push(this.exact.get(prefix.slice(0, length)) ?? []);
      }
      found = Int32Array.from(new Set(lists.flat()));
      this.byCode.set(asked, found);
    }
    return found;
  }

  /** The enterprises that fit the lot, scored; unsorted. */
  matches(lot: MatchLot, today: string): LotMatch[] {
    const codes = lotCodes(lot);
    if (codes.length === 0) return [];
    // A lot with a place: an enterprise must deliver in one of its län (its kommuner count for their län).
    let mask = 0;
    let unknown = false;
    for (const c of [
      ...lot.countyCodes,
      ...lot.municipalityCodes.map((m) => municipalityByCode(m)?.countyCode ?? ''),
    ]) {
      const bit = COUNTY_BIT.get(c);
      if (bit === undefined) unknown = true;
      else mask |= bit;
    }
    // A place the reference list does not know has no bit: then every candidate goes to matchLot.
    const anywhere = unknown || (lot.countyCodes.length === 0 && lot.municipalityCodes.length === 0);
    const generation = ++this.generation;
    const out: LotMatch[] = [];
    for (const code of codes) {
      for (const i of this.answering(code)) {
        if (this.seen[i] === generation) continue;
        this.seen[i] = generation;
        if (!anywhere && (this.counties[i]! & mask) === 0) continue;
        const match = matchLot(lot, this.suppliers[i]!, today);
        if (match) out.push(match);
      }
    }
    return out;
  }
}
