import type { FieldError } from '../../../platform/http/errors.js';
import { COUNTIES } from '../../../platform/reference/geo.js';
import { ErrorSummary, Pagination } from '../../../platform/views/components.js';
import { CheckboxField, fieldError, SelectField, TextField } from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { MunicipalityOptions } from '../../../platform/views/places.js';
import {
  cpvName,
  mainCodes,
  opportunityPlaces,
  reservationName,
  reservationsOf,
  whenText,
} from '../opportunity/opportunity.format.js';
import { OPPORTUNITY_KINDS, type Opportunity } from '../opportunity/opportunity.types.js';
import { opportunityText } from '../opportunity/opportunity.text.js';
import type { OpportunityPage } from './listing.service.js';
import { OPPORTUNITY_SORTS, opportunityQueryString, PAGE_STYLE, type OpportunityQuery } from './listing.params.js';
import { listingText } from './listing.text.js';

export const LIST_PATH = '/upphandlingar';
export const opportunityPath = (id: number) => `${LIST_PATH}/${id}`;
const CLOSES_WITHIN = [7, 14, 30, 90];

/** Field ids for the error summary, by the parameter name sent. */
const FIELD_IDS: Record<string, string> = {
  typ: 'typ',
  cpv: 'cpv',
  lan: 'lan',
  kommun: 'kommun',
  reserverad: 'reserverad',
  stanger_inom: 'stanger_inom',
  kopare: 'kopare',
  land: 'typ',
  sortering: 'sortering',
  sida: 'resultat',
  antal: 'resultat',
};

export function ListPage({
  query,
  raw,
  page,
  errors,
  demo,
}: {
  query: OpportunityQuery;
  raw: Record<string, string>;
  page: OpportunityPage;
  errors: FieldError[];
  demo: boolean;
}) {
  const t = listingText.list;
  const pageCount = Math.max(1, Math.ceil(page.total / query.pageSize));
  const qs = (c: Partial<OpportunityQuery>) => opportunityQueryString({ ...query, ...c }, PAGE_STYLE);
  const filterQs = opportunityQueryString(query, PAGE_STYLE, { paging: false });
  return (
    <Layout title={t.title(page.total)} path={LIST_PATH} demo={demo}>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} />
      <h1>{t.heading}</h1>
      <p class="lead">{t.lead}</p>
      <form method="get" action={LIST_PATH} class="directory">
        <div class="layout-2col">
          <details class="filter-toggle">
            <summary>{t.filtersHeading}</summary>
            <fieldset class="filters">
              <legend>{t.filtersHeading}</legend>
              <SelectField id="typ" label={t.kind} anyLabel={t.anyKind} error={fieldError(errors, 'typ')}>
                {OPPORTUNITY_KINDS.map((k) => (
                  <option value={PAGE_STYLE.kinds[k]} selected={query.kind === k}>
                    {opportunityText.kinds[k]}
                  </option>
                ))}
              </SelectField>
              <TextField
                id="cpv"
                label={t.cpv}
                hint={t.cpvHint}
                value={raw.cpv ?? query.cpv}
                error={fieldError(errors, 'cpv')}
                inputMode="numeric"
                maxLength={12}
                size={12}
              />
              <SelectField id="lan" label={t.county} anyLabel={t.anyCounty} error={fieldError(errors, 'lan')}>
                {COUNTIES.map((c) => (
                  <option value={c.code} selected={query.county === c.code}>
                    {c.name}
                  </option>
                ))}
              </SelectField>
              <SelectField
                id="kommun"
                label={t.municipality}
                anyLabel={t.anyMunicipality}
                error={fieldError(errors, 'kommun')}
              >
                <MunicipalityOptions countyCode={query.county} selected={query.municipality} />
              </SelectField>
              <CheckboxField id="reserverad" label={t.reserved} checked={query.reserved} value="1" />
              <SelectField
                id="stanger_inom"
                label={t.closesWithin}
                anyLabel={t.anyDays}
                error={fieldError(errors, 'stanger_inom')}
              >
                {CLOSES_WITHIN.map((d) => (
                  <option value={String(d)} selected={query.closesWithinDays === d}>
                    {t.days(d)}
                  </option>
                ))}
              </SelectField>
              <TextField
                id="kopare"
                label={t.buyer}
                hint={t.buyerHint}
                value={raw.kopare ?? query.buyer}
                error={fieldError(errors, 'kopare')}
                maxLength={200}
              />
              <div class="field">
                <label for="sortering">{t.sort}</label>
                <select id="sortering" name="sortering">
                  {OPPORTUNITY_SORTS.map((s) => (
                    <option value={PAGE_STYLE.sorts[s]} selected={query.sort === s}>
                      {t.sorts[s]}
                    </option>
                  ))}
                </select>
              </div>
              {query.country && <input type="hidden" name="land" value={query.country} />}
              <div class="actions">
                <button type="submit">{t.apply}</button>
                <a href={LIST_PATH}>{t.clear}</a>
              </div>
            </fieldset>
          </details>
          <section class="results" aria-labelledby="resultat-rubrik" id="resultat" tabIndex={-1}>
            <h2 id="resultat-rubrik">{t.resultsHeading}</h2>
            <p role="status" class="result-count">
              <strong>{t.resultCount(page.total)}</strong>
              {query.country && <> · {t.country(query.country)}</>}
            </p>
            {page.items.length === 0 && page.total > 0 ? (
              <p>
                {t.pastEnd(query.page, pageCount)} <a href={`${LIST_PATH}${qs({ page: pageCount })}`}>{t.lastPage}</a>
              </p>
            ) : page.items.length === 0 ? (
              <p>{t.noResults}</p>
            ) : (
              <ol class="result-list" start={(query.page - 1) * query.pageSize + 1}>
                {page.items.map((o) => (
                  <ListItem o={o} />
                ))}
              </ol>
            )}
            <Pagination page={query.page} pageCount={pageCount} href={(p) => `${LIST_PATH}${qs({ page: p })}`} />
            <p class="downloads">
              {t.follow}: <a href={`${LIST_PATH}.atom${filterQs}`}>{t.atom}</a>,{' '}
              <a href={`${LIST_PATH}.ics${filterQs}`}>{t.ical}</a>
            </p>
            <p class="downloads">
              {t.download}: <a href={`${LIST_PATH}/export.csv${filterQs}`}>{t.csv}</a>,{' '}
              <a href={`${LIST_PATH}/export.xlsx${filterQs}`}>{t.xlsx}</a>
            </p>
          </section>
        </div>
      </form>
    </Layout>
  );
}

function ListItem({ o }: { o: Opportunity }) {
  const t = listingText.list;
  const when = whenText(o);
  const places = opportunityPlaces(o);
  const reservations = reservationsOf(o);
  const codes = mainCodes(o);
  return (
    <li class="result">
      <h3>
        <a href={opportunityPath(o.id)} lang={o.textLanguage}>
          {o.title}
        </a>
      </h3>
      <p class="meta">{[opportunityText.kinds[o.kind], o.buyerName].join(' · ')}</p>
      {when && <p class="meta">{when}</p>}
      <p class="meta">
        {[places.join(', '), o.lots.length > 1 ? t.lots(o.lots.length) : null].filter(Boolean).join(' · ')}
      </p>
      {codes.length > 0 && <p class="meta">{codes.slice(0, 3).map(cpvName).join('; ')}</p>}
      <ul class="badges">
        {reservations.map((r) => (
          <li class="badge">{reservationName(r)}</li>
        ))}
        {o.aimedAtLocal && <li class="badge">{t.aimedAtLocal}</li>}
      </ul>
    </li>
  );
}
