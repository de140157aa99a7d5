import { categoryBySlug } from '../../../platform/reference/categories.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import { tokenize } from '../enterprise/search-columns.js';
import type { MatchReason } from './search.types.js';

/**
 * Why a hit matched, told from the facts the page row already holds (name, categories and their
 * synonyms from the reference list, CPV codes, places), so the 20 hits of a page cost no query.
 * The database matched with the Swedish stemmer and word prefixes; here a word counts as found
 * when it begins with the query word's stem, which is the same test in plain code. A query word
 * found nowhere else must have matched the enterprise's own texts (description, service texts,
 * target groups), the only other part of the search document.
 */
export interface ExplainFacts {
  name: string;
  categories: readonly string[];
  cpvCodes: readonly string[];
  city: string | null;
  municipalityCode: string | null;
  areaCounties: readonly string[];
}

/** A query word and the words a typo correction widened it to. */
export interface QueryWord {
  token: string;
  alternatives: readonly string[];
}

// The Swedish snowball stemmer's first-step endings, longest first; enough to tell that
// "städningar" and "städning" are one word without running the stemmer in JavaScript.
// prettier-ignore
const ENDINGS = [
  'heterna', 'hetens', 'arnas', 'ernas', 'ornas', 'andes', 'arens', 'anden', 'heten', 'heter', 'andet',
  'arna', 'erna', 'orna', 'ande', 'arne', 'aste', 'aren', 'ades', 'erns', 'ade', 'are', 'ern', 'ens', 'het',
  'ast', 'ad', 'en', 'ar', 'er', 'or', 'as', 'es', 'at', 'a', 'e', 's',
];

export function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  }
  return word;
}

export function found(text: string, q: QueryWord, whole = false): boolean {
  const words = tokenize(text);
  return [q.token, ...q.alternatives].some((w) => {
    const s = stem(w);
    // A strong match is the same word or a compound that begins with the whole query word
    // ("fastighet" in "fastighetsskötsel"); a weak one only shares the stem's beginning.
    return words.some((x) => (whole ? stem(x) === s || x.startsWith(w) : x.startsWith(s)));
  });
}

export function explainMatch(facts: ExplainFacts, query: readonly QueryWord[]): MatchReason[] {
  const reasons: MatchReason[] = [];
  const nameWords: string[] = [];
  const textWords: string[] = [];
  const add = (r: MatchReason) => {
    if (!reasons.some((x) => JSON.stringify(x) === JSON.stringify(r))) reasons.push(r);
  };
  const places = [
    facts.city,
    facts.municipalityCode ? municipalityByCode(facts.municipalityCode)?.shortName : undefined,
    ...facts.areaCounties.map((c) => countyByCode(c)?.shortName),
  ].filter((p): p is string => Boolean(p));

  const categories = facts.categories.map(categoryBySlug).filter((c) => c !== undefined);
  const synonyms = categories.flatMap((c) => c.synonyms.map((synonym) => ({ slug: c.slug, synonym })));
  // A strong match anywhere says more than a weak one earlier in the list: "dalarna" is the place
  // Dalarna, not the start of the name "Dalkullan" (both begin with the stem "dal").
  const reasonFor = (q: QueryWord, whole: boolean): MatchReason | 'name' | undefined => {
    if (found(facts.name, q, whole)) return 'name';
    const category = categories.find((c) => found(c.name, q, whole));
    if (category) return { kind: 'category', slug: category.slug };
    const synonym = synonyms.find((x) => found(x.synonym, q, whole));
    if (synonym) return { kind: 'synonym', ...synonym };
    const code = /^\d{2,8}$/.test(q.token) ? facts.cpvCodes.find((c) => c.startsWith(q.token)) : undefined;
    if (code) return { kind: 'cpv', code };
    const place = places.find((p) => found(p, q, whole));
    if (place) return { kind: 'place', place };
    return undefined;
  };

  for (const q of query) {
    const reason = reasonFor(q, true) ?? reasonFor(q, false);
    if (reason === 'name') nameWords.push(q.token);
    else if (reason) add(reason);
    else textWords.push(q.token);
  }
  if (nameWords.length > 0) reasons.unshift({ kind: 'name', words: nameWords });
  if (textWords.length > 0) reasons.push({ kind: 'text', words: textWords });
  return reasons;
}
