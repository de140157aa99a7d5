import { SERVICE_CATEGORIES } from '../../../platform/reference/categories.js';
import { municipalityByCode } from '../../../platform/reference/geo.js';
import { neighbouringCounties } from '../../../platform/reference/neighbours.js';
import { found, type QueryWord } from './search.explain.js';
import type { CategorySuggestion, SearchCriteria } from './search.types.js';

const MAX_SUGGESTIONS = 2;

/**
 * Services the query's words name. A word in a service's own name wins over one in a synonym:
 * "städning" means Städning och lokalvård, even though Renhållning lists "städning av utemiljö".
 */
export function categoriesNamedBy(words: readonly QueryWord[]): string[] {
  const usable = words.filter((w) => w.token.length >= 3 && !/^\d+$/.test(w.token));
  const byName = SERVICE_CATEGORIES.filter((c) => usable.some((w) => found(c.name, w)));
  const chosen =
    byName.length > 0
      ? byName
      : SERVICE_CATEGORIES.filter((c) => c.synonyms.some((s) => usable.some((w) => found(s, w))));
  return chosen.slice(0, MAX_SUGGESTIONS).map((c) => c.slug);
}

/**
 * The offer's counts: the service as a filter, without the words, under every other filter in use;
 * then, with a län chosen, in the län around it. One or two counts per offered service, only when
 * the words name one, and the whole result is cached with the search.
 */
/** Counts of public enterprises under a search's filters (no words), from the database or the read model. */
export interface FilterCounts {
  count(criteria: SearchCriteria): Promise<number>;
  /** Those delivering in any of these län. */
  inCounties(criteria: SearchCriteria, counties: readonly string[]): Promise<number>;
  /** Per län among `counties` (an enterprise in two counts in each), in code order. */
  perCounty(criteria: SearchCriteria, counties: readonly string[]): Promise<{ county: string; n: number }[]>;
}

export async function suggestCategories(
  counts: FilterCounts,
  criteria: SearchCriteria,
  words: readonly QueryWord[],
): Promise<CategorySuggestion[]> {
  const slugs = categoriesNamedBy(words).filter((slug) => slug !== criteria.category);
  const county =
    criteria.county ?? (criteria.municipality ? municipalityByCode(criteria.municipality)?.countyCode : null);
  return Promise.all(
    slugs.map(async (slug) => {
      const asFilter: SearchCriteria = { ...criteria, q: '', category: slug, page: 1 };
      const nowhere = { ...asFilter, county: null, municipality: null };
      const neighbours = county ? neighbouringCounties(county) : [];
      const [count, elsewhere] = await Promise.all([
        counts.count(asFilter),
        !county
          ? null
          : neighbours.length > 0
            ? counts.inCounties(nowhere, neighbours).then((n) => ({ where: 'neighbours' as const, count: n }))
            : counts.count(nowhere).then((n) => ({ where: 'country' as const, count: n })),
      ]);
      // With none here, each neighbouring län that has any becomes a way on (a query more, so only then).
      if (count === 0 && elsewhere?.where === 'neighbours' && elsewhere.count > 0) {
        const per = await counts.perCounty(nowhere, neighbours);
        const counties = per.filter((r) => r.n > 0).map((r) => ({ code: r.county, count: r.n }));
        return { slug, count, elsewhere: { ...elsewhere, counties } };
      }
      return { slug, count, elsewhere };
    }),
  );
}
