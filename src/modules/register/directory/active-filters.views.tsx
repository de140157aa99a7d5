import { shippedCpvByCode } from '../../../platform/reference/cpv.vocabulary.js';
import { currentLanguage } from '../../../platform/i18n/language.js';
import { categoryNameOf } from '../../../platform/reference/categories.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import { PAGE_PARAMS, PAGE_SORTS, toQueryString } from '../search/search.params.js';
import type { CategorySuggestion, SearchCriteria } from '../search/search.types.js';
import { directoryText } from './directory.text.js';

const t = directoryText.directory;

interface ActiveFilter {
  /** The filter's value as the user chose it; Swedish place names and typed words keep lang="sv". */
  label: string;
  lang?: 'sv';
  /** Said before the value in the page's language ("Sökord"). */
  prefix?: string;
  without: Partial<SearchCriteria>;
}

/** The filters in use, each with the criteria that drop just it (and the kommun with its län). */
export function activeFilters(c: SearchCriteria): ActiveFilter[] {
  const list: ActiveFilter[] = [];
  if (c.q) list.push({ prefix: t.summary.words, label: t.summary.quoted(c.q), lang: 'sv', without: { q: '' } });
  if (c.county)
    list.push({
      label: countyByCode(c.county)?.name ?? c.county,
      lang: 'sv',
      without: { county: null, municipality: null },
    });
  if (c.municipality)
    list.push({
      label: municipalityByCode(c.municipality)?.shortName ?? c.municipality,
      lang: 'sv',
      without: { municipality: null },
    });
  if (c.category) list.push({ label: categoryNameOf(c.category), without: { category: null } });
  if (c.cpv) {
    // The code with its name: a buyer who pasted 90911200 sees that it means building cleaning.
    const code = shippedCpvByCode(c.cpv);
    const name = code ? ` ${currentLanguage() === 'en' ? code.labelEn : code.labelSv}` : '';
    list.push({ label: `${t.cpv} ${c.cpv}${name}`, without: { cpv: null } });
  }
  if (c.reservable) list.push({ label: t.reservable, without: { reservable: false } });
  if (c.certified) list.push({ label: t.certified, without: { certified: false } });
  if (c.hasTrainingPlaces) list.push({ label: t.hasTrainingPlaces, without: { hasTrainingPlaces: false } });
  return list;
}

/**
 * "Filter: Dalarnas län ×, Städning och lokalvård ×": what narrows the list, above it, where the
 * user looks; each × is a plain link without that filter, so it works without JavaScript.
 */
export function ActiveFilters({ criteria }: { criteria: SearchCriteria }) {
  const filters = activeFilters(criteria);
  if (filters.length === 0) return null;
  const href = (without: Partial<SearchCriteria>) =>
    `/foretag${toQueryString({ ...criteria, ...without, page: 1 }, PAGE_PARAMS, PAGE_SORTS)}#resultat`;
  return (
    <div class="active-filters">
      <h3 id="aktiva-filter">{t.summary.heading}</h3>
      <ul aria-labelledby="aktiva-filter">
        {filters.map((f) => (
          <li>
            <a href={href(f.without)} class="filter-chip">
              <span class="visually-hidden">{t.summary.remove} </span>
              {f.prefix && `${f.prefix} `}
              <span lang={f.lang}>{f.label}</span> <span aria-hidden="true">×</span>
            </a>
          </li>
        ))}
      </ul>
      {filters.length > 1 && (
        <p>
          <a href="/foretag">{t.summary.clearAll}</a>
        </p>
      )}
    </div>
  );
}

/**
 * "Menar du tjänsten Städning och lokalvård? 0 i Dalarnas län — 14 i grannlänen": when the words
 * name a service, the service as a filter is usually what the buyer meant, and the counts say
 * where it is before they click.
 */
export function CategorySuggestions({
  criteria,
  suggestions,
}: {
  criteria: SearchCriteria;
  suggestions: CategorySuggestion[];
}) {
  const s = t.suggest;
  const place = criteria.municipality
    ? municipalityByCode(criteria.municipality)?.shortName
    : criteria.county
      ? countyByCode(criteria.county)?.name
      : undefined;
  return (
    <>
      {suggestions.map((g) => (
        <p class="suggestion">
          {s.question}{' '}
          <a
            href={`/foretag${toQueryString({ ...criteria, q: '', category: g.slug, page: 1 }, PAGE_PARAMS, PAGE_SORTS)}`}
          >
            {categoryNameOf(g.slug)}
          </a>
          ?{' '}
          {place ? (
            <>
              {s.inPlace(g.count)} <span lang="sv">{place}</span>
            </>
          ) : (
            s.inCountry(g.count)
          )}
          {g.elsewhere &&
            ` — ${g.elsewhere.where === 'neighbours' ? s.inNeighbours(g.elsewhere.count) : s.inCountry(g.elsewhere.count)}`}
          {/* Each neighbouring län with any is a way on, with the service and the other filters kept. */}
          {g.elsewhere?.counties && g.elsewhere.counties.length > 0 && (
            <>
              {': '}
              {g.elsewhere.counties.map((c, i) => (
                <>
                  {i > 0 && ', '}
                  <a
                    href={`/foretag${toQueryString({ ...criteria, q: '', category: g.slug, county: c.code, municipality: null, page: 1 }, PAGE_PARAMS, PAGE_SORTS)}`}
                  >
                    <span lang="sv">{countyByCode(c.code)?.name ?? c.code}</span> ({c.count})
                  </a>
                </>
              ))}
            </>
          )}
        </p>
      ))}
    </>
  );
}
