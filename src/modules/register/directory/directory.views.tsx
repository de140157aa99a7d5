import { useRequestView } from '../../../platform/views/request-context.js';
import { PostForm } from '../../../platform/views/form.js';
import { WATCH_PATH, WATCHES_PATH } from '../register.paths.js';
import { SERVICE_CATEGORIES, categoryName, categoryNameOf } from '../../../platform/reference/categories.js';
import { COUNTIES, countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import type { FieldError } from '../../../platform/http/errors.js';
import { formatPercent } from '../../../platform/i18n/format.js';
import { ErrorSummary, Pagination } from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import { ErrorText, SelectField } from '../../../platform/views/form.js';
import { MunicipalityOptions } from '../../../platform/views/places.js';
import { directoryText } from './directory.text.js';
import { ActiveFilters, CategorySuggestions } from './active-filters.views.js';
import { PAGE_PARAMS, PAGE_SORTS, toQueryString } from '../search/search.params.js';
import {
  SORTS,
  type EnterpriseSummary,
  type FacetValue,
  type MatchReason,
  type SearchCriteria,
  type SearchResult,
} from '../search/search.types.js';

const t = directoryText.directory;

/** Field ids for the error summary's links, by the parameter name the user sent. */
export const FIELD_IDS: Record<string, string> = {
  q: 'sok',
  lan: 'lan',
  kommun: 'kommun',
  kategori: 'kategori',
  cpv: 'cpv',
  reserverbar: 'reserverbar',
  certifierad: 'certifierad',
  arbetstraning: 'arbetstraning',
  sortering: 'sortering',
  sida: 'resultat',
  antal: 'resultat',
};

export interface DirectoryProps {
  criteria: SearchCriteria;
  /** What the user typed, kept on the form even where it was refused. */
  raw: Record<string, string>;
  result: SearchResult;
  errors: FieldError[];
  demo: boolean;
}

export function DirectoryPage({ criteria, raw, result, errors, demo }: DirectoryProps) {
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize));
  const qs = (c: Partial<SearchCriteria>) => toQueryString({ ...criteria, ...c }, PAGE_PARAMS, PAGE_SORTS);
  const exportQs = toQueryString({ ...criteria, page: 1, pageSize: 20 }, PAGE_PARAMS, PAGE_SORTS);
  return (
    <Layout
      title={errors.length > 0 ? t.titleWithErrors(result.total) : t.titleWithCount(result.total)}
      path="/foretag"
      demo={demo}
    >
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} />
      <h1>{t.heading}</h1>
      <form method="get" action="/foretag" class="directory" role="search">
        <div class="search-row">
          <label for="sok">{t.searchLabel}</label>
          <div class="search-box">
            <input id="sok" name="q" type="search" value={raw.q ?? criteria.q} maxLength={200} autocomplete="off" />
            <button type="submit">{t.searchButton}</button>
          </div>
        </div>
        <div class="layout-2col">
          {/* Behind "Filtrera" on a phone, so the count and the first hit come first; a plain
              disclosure, so it opens without JavaScript. app.css and app.js keep it open on a wide screen. */}
          <details class="filter-toggle">
            <summary>{t.filterToggle(filterCount(criteria))}</summary>
            <fieldset class="filters">
              <legend>{t.filtersHeading}</legend>
              <SelectField id="lan" label={t.county} anyLabel={t.anyCounty} error={fieldError(errors, 'lan')}>
                {COUNTIES.map((c) => (
                  <option value={c.code} selected={criteria.county === c.code}>
                    {t.withCount(c.name, countOf(result.facets.county, c.code))}
                  </option>
                ))}
              </SelectField>
              <SelectField
                id="kommun"
                label={t.municipality}
                anyLabel={t.anyMunicipality}
                error={fieldError(errors, 'kommun')}
              >
                {/* With a county chosen: its kommuner with counts. Without: all kommuner grouped by county. */}
                <MunicipalityOptions
                  countyCode={criteria.county}
                  selected={criteria.municipality}
                  label={
                    criteria.county
                      ? (m) => t.withCount(m.shortName, countOf(result.facets.municipality, m.code))
                      : undefined
                  }
                />
              </SelectField>
              <SelectField
                id="kategori"
                label={t.category}
                anyLabel={t.anyCategory}
                error={fieldError(errors, 'kategori')}
              >
                {SERVICE_CATEGORIES.map((c) => (
                  <option value={c.slug} selected={criteria.category === c.slug}>
                    {t.withCount(categoryName(c), countOf(result.facets.category, c.slug))}
                  </option>
                ))}
              </SelectField>
              <div class="field">
                <label for="cpv">{t.cpv}</label>
                <p class="hint" id="cpv-hint">
                  {t.cpvHint}
                </p>
                <ErrorText error={fieldError(errors, 'cpv')} id="cpv-fel" />
                <input
                  id="cpv"
                  name="cpv"
                  type="text"
                  inputMode="numeric"
                  value={raw.cpv ?? criteria.cpv ?? ''}
                  maxLength={12}
                  size={12}
                  aria-describedby={fieldError(errors, 'cpv') ? 'cpv-hint cpv-fel' : 'cpv-hint'}
                  aria-invalid={fieldError(errors, 'cpv') ? 'true' : undefined}
                />
              </div>
              <Checkbox
                name="reserverbar"
                label={t.reservable}
                hint={t.reservableHint}
                checked={criteria.reservable}
                count={result.facets.reservable}
              />
              <Checkbox
                name="certifierad"
                label={t.certified}
                checked={criteria.certified}
                count={result.facets.certified}
              />
              <Checkbox
                name="arbetstraning"
                label={t.hasTrainingPlaces}
                checked={criteria.hasTrainingPlaces}
                count={result.facets.hasTrainingPlaces}
              />
              <div class="field">
                <label for="sortering">{t.sort}</label>
                <select id="sortering" name="sortering">
                  {SORTS.map((s) => (
                    <option value={PAGE_SORTS[s]} selected={criteria.sort === s}>
                      {t.sorts[s]}
                    </option>
                  ))}
                </select>
              </div>
              <div class="actions">
                <button type="submit">{t.apply}</button>
                <a href="/foretag">{t.clear}</a>
              </div>
            </fieldset>
          </details>
          <section class="results" aria-labelledby="resultat-rubrik" id="resultat" tabIndex={-1}>
            <h2 id="resultat-rubrik">{t.resultsHeading}</h2>
            <p role="status" class="result-count">
              <strong>{t.resultCount(result.total)}</strong>
            </p>
            <ActiveFilters criteria={criteria} />
            <CategorySuggestions criteria={criteria} suggestions={result.suggestions} />
            {result.corrections.length > 0 && (
              <p class="corrections">{t.corrections(result.corrections.flatMap((c) => c.to).join(', '))}</p>
            )}
            {result.items.length === 0 && result.total > 0 ? (
              // A page past the end (an old link, a hand-written address) is not "no match".
              <p>
                {t.pastEnd(result.page, pageCount)} <a href={`/foretag${qs({ page: pageCount })}`}>{t.lastPage}</a>
              </p>
            ) : result.items.length === 0 ? (
              <p>{t.noResults}</p>
            ) : (
              <ol class="result-list" start={(result.page - 1) * result.pageSize + 1}>
                {result.items.map((e) => (
                  <ResultItem e={e} />
                ))}
              </ol>
            )}
            <Pagination page={result.page} pageCount={pageCount} href={(p) => `/foretag${qs({ page: p })}`} />
            <p class="downloads">
              {t.download}: <a href={`/foretag/export.csv${exportQs}`}>{t.downloadCsv}</a>,{' '}
              <a href={`/foretag/export.xlsx${exportQs}`}>{t.downloadXlsx}</a>,{' '}
              <a href={`/foretag/export.json${exportQs}`}>{t.downloadJson}</a>
            </p>
          </section>
        </div>
      </form>
      <WatchThisSearch criteria={criteria} />
    </Layout>
  );
}

/**
 * "Bevaka sökningen" for buyers and coordinators (watch/): its own form after the search's, as a
 * form cannot hold another; the search goes along as the address's query.
 */
function WatchThisSearch({ criteria }: { criteria: SearchCriteria }) {
  const { user } = useRequestView();
  if (!user || !['buyer', 'coordinator', 'admin'].includes(user.role)) return null;
  const query = toQueryString({ ...criteria, page: 1 }, PAGE_PARAMS, PAGE_SORTS).replace(/^\?/, '');
  return (
    <section class="watch" aria-labelledby="bevaka">
      <h2 id="bevaka">{t.watch.button}</h2>
      <p>{t.watch.hint}</p>
      <PostForm action={WATCH_PATH}>
        <input type="hidden" name="fraga" value={query} />
        <button type="submit">{t.watch.button}</button>
      </PostForm>
      <p>
        <a href={WATCHES_PATH}>{t.watch.manage}</a>
      </p>
    </section>
  );
}

function ResultItem({ e }: { e: EnterpriseSummary }) {
  const place = e.municipalityCode ? municipalityByCode(e.municipalityCode)?.shortName : e.city;
  const counties = e.areaCounties
    .map((c) => countyByCode(c)?.name)
    .filter(Boolean)
    .join(', ');
  return (
    <li class="result">
      <h3>
        <a href={`/foretag/${e.orgnr}`}>{e.name}</a>
      </h3>
      <p class="meta">{[place, e.categories.map(categoryNameOf).join(', ')].filter(Boolean).join(' · ')}</p>
      {counties && (
        <p class="meta">
          {t.deliversIn}: {counties}
        </p>
      )}
      {e.matched.length > 0 && <MatchReasons reasons={e.matched} />}
      {/* The enterprise's own words, in Swedish also on an English page. */}
      <p lang="sv">{e.excerpt.length >= 240 ? `${e.excerpt.slice(0, 237).trimEnd()}…` : e.excerpt}</p>
      <ul class="badges">
        {e.reservable && e.targetGroupShare !== null && (
          <li class="badge">{`${t.badges.reservable} (${formatPercent(e.targetGroupShare)})`}</li>
        )}
        {e.certified && <li class="badge">{t.badges.certified}</li>}
        {e.trainingPlacesFree !== null && e.trainingPlacesFree > 0 && (
          <li class="badge">{t.badges.training(e.trainingPlacesFree)}</li>
        )}
        {e.verifiedAt === null && <li class="badge badge-unreviewed">{t.badges.unreviewed}</li>}
        {e.isDemo && <li class="badge badge-demo">{t.badges.demo}</li>}
      </ul>
    </li>
  );
}

/**
 * Why the hit matched, one short phrase per reason. The query's words and synonyms are Swedish
 * also on an English page, so they carry lang="sv".
 */
function MatchReasons({ reasons }: { reasons: MatchReason[] }) {
  const w = t.why;
  const quoted = (words: string[]) => <q lang="sv">{words.join(' ')}</q>;
  const phrase = (r: MatchReason) => {
    switch (r.kind) {
      case 'name':
        return (
          <>
            {w.name} {quoted(r.words)}
          </>
        );
      case 'category':
        return (
          <>
            {w.category} {categoryNameOf(r.slug)}
          </>
        );
      case 'synonym':
        return (
          <>
            {w.synonym} {quoted([r.synonym])} ({categoryNameOf(r.slug)})
          </>
        );
      case 'cpv':
        return (
          <>
            {w.cpv} {r.code}
          </>
        );
      case 'place':
        return (
          <>
            {w.place} <span lang="sv">{r.place}</span>
          </>
        );
      case 'text':
        return (
          <>
            {w.text} {quoted(r.words)}
          </>
        );
      case 'orgnr':
        return <>{w.orgnr}</>;
    }
  };
  return (
    <p class="why">
      <span class="visually-hidden">{w.lead}: </span>
      {reasons.map((r, i) => (
        <>
          {i > 0 && ' · '}
          {phrase(r)}
        </>
      ))}
    </p>
  );
}

function Checkbox({
  name,
  label,
  hint,
  checked,
  count,
}: {
  name: string;
  label: string;
  hint?: string;
  checked: boolean;
  count: number;
}) {
  return (
    <div class="field checkbox">
      <input
        type="checkbox"
        id={name}
        name={name}
        value="1"
        checked={checked}
        aria-describedby={hint ? `${name}-hint` : undefined}
      />
      <label for={name}>
        {label.endsWith(')') ? t.withCountAfterBrackets(label, count) : t.withCount(label, count)}
      </label>
      {hint && (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

function fieldError(errors: FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

/** The filters in use in the disclosure (the words and the sort order are not among them). */
function filterCount(c: SearchCriteria): number {
  return [c.county, c.municipality, c.category, c.cpv, c.reservable, c.certified, c.hasTrainingPlaces].filter(Boolean)
    .length;
}

function countOf(facet: FacetValue[], value: string): number {
  return facet.find((f) => f.value === value)?.count ?? 0;
}
