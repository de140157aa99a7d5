import type { FieldError } from '../../../platform/http/errors.js';
import { formatDate, formatInteger } from '../../../platform/i18n/format.js';
import type { CpvPage } from '../../../platform/reference/cpv.repository.js';
import { COUNTIES, municipalityByCode } from '../../../platform/reference/geo.js';
import { ErrorSummary, Fact, ScrollTable } from '../../../platform/views/components.js';
import { Button, fieldError, SelectField, SelectInput, TextField } from '../../../platform/views/form.js';
import { MunicipalityOptions } from '../../../platform/views/places.js';
import { Layout } from '../../../platform/views/layout.js';
import { cpvLabel, matchReason, placeName, reservationReason, whereText } from './analysis.explain.js';
import { ANALYSIS_PATH, analysisAddress, type AnalysisForm } from './analysis.params.js';
import type { MarketAnalysis } from './analysis.service.js';
import { analysisText } from './analysis.text.js';

const FIELD_IDS = { cpv: 'cpv', lan: 'lan', kommun: 'kommun' };
/** Enterprises listed on the page; a broad question gets them all in the file. */
const SHOWN = 200;

export function AnalysisPage({
  form,
  errors,
  picks,
  analysis,
  today,
  demo,
}: {
  form: AnalysisForm;
  errors: FieldError[];
  picks: CpvPage | null;
  analysis: MarketAnalysis | null;
  today: string;
  demo: boolean;
}) {
  const t = analysisText;
  return (
    <Layout title={t.title} path={ANALYSIS_PATH} demo={demo}>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} />
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <AnalysisFormView form={form} errors={errors} picks={picks} />
      {analysis && <AnalysisResult form={form} analysis={analysis} today={today} />}
    </Layout>
  );
}

function AnalysisFormView({
  form,
  errors,
  picks,
}: {
  form: AnalysisForm;
  errors: FieldError[];
  picks: CpvPage | null;
}) {
  const t = analysisText.form;
  return (
    // GET: an analysis is an address to keep and share; nothing is written.
    <form method="get" action={ANALYSIS_PATH} class="narrow no-print" aria-labelledby="vad-och-var">
      <h2 id="vad-och-var">{t.heading}</h2>
      <TextField id="cpv" label={t.cpv} hint={t.cpvHint} value={form.cpvText} error={fieldError(errors, 'cpv')} />
      <div class="search-row">
        <TextField id="ord" label={t.words} hint={t.wordsHint} value={form.words} />
        <Button secondary name="hitta" value="1">
          {t.find}
        </Button>
      </div>
      {picks && <Picks form={form} picks={picks} />}
      <SelectInput
        id="lan"
        label={t.county}
        value={form.countyCode}
        emptyLabel={t.anyCounty}
        options={COUNTIES.map((c) => ({ value: c.code, label: c.name }))}
        error={fieldError(errors, 'lan')}
      />
      {/* Grouped by län as in the directory's filter: app.js narrows the list to the chosen län. */}
      <SelectField id="kommun" label={t.municipality} anyLabel={t.anyMunicipality} error={fieldError(errors, 'kommun')}>
        <MunicipalityOptions countyCode={form.countyCode} selected={form.municipalityCode} />
      </SelectField>
      <Button name="analys" value="1">
        {t.submit}
      </Button>
    </form>
  );
}

/** Codes found by words, each a link that adds it to the form (works without JavaScript). */
function Picks({ form, picks }: { form: AnalysisForm; picks: CpvPage }) {
  const t = analysisText.form;
  if (picks.total === 0) return <p role="status">{t.foundNone(form.words)}</p>;
  return (
    <div role="status" class="cpv-picks">
      <p>
        {t.found(picks.total, form.words)} {picks.total > picks.items.length && t.foundMore(picks.items.length)}
      </p>
      <ul>
        {picks.items.map((c) => (
          <li key={c.code}>
            {c.code} {cpvLabel(c.code)} –{' '}
            {form.codes.includes(c.code) ? (
              t.added
            ) : (
              <a href={`${analysisAddress(form, { cpv: [...form.codes, c.code] })}#cpv`}>{t.add(c.code)}</a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function AnalysisResult({ form, analysis: a, today }: { form: AnalysisForm; analysis: MarketAnalysis; today: string }) {
  const t = analysisText.result;
  const place = placeName(a, form.countyCode);
  const byName = [...a.perMunicipality]
    .map((m) => ({ ...m, short: municipalityByCode(m.code)?.shortName ?? m.name }))
    .sort((x, y) => x.short.localeCompare(y.short, 'sv'));
  const recommendation =
    a.eligible >= 2
      ? t.recommendMany(a.eligible, place)
      : a.eligible === 1
        ? t.recommendOne(place)
        : t.recommendNone(a.total, place);
  return (
    <section aria-labelledby="analys" class="analysis">
      <h2 id="analys">{t.heading(place)}</h2>
      <p>{t.madeOn(formatDate(today))}</p>
      <dl class="facts">
        <Fact term={t.asked}>{a.query.cpv.map((c) => `${c} ${cpvLabel(c)}`).join('; ')}</Fact>
        <Fact term={t.total}>{t.enterprises(a.total)}</Fact>
        <Fact term={t.eligible}>
          {t.enterprises(a.eligible)} <span class="hint">({t.eligibleHint})</span>
        </Fact>
        <Fact term={t.certified}>{t.enterprises(a.certified)}</Fact>
        <Fact term={t.training}>{t.enterprises(a.withFreeTrainingPlaces)}</Fact>
      </dl>
      <h3>{t.recommendation}</h3>
      <p class="recommendation">{recommendation}</p>
      {a.perMunicipality.length > 1 && (
        <ScrollTable id="per-kommun" caption={t.perMunicipality}>
          <thead>
            <tr>
              <th scope="col">{t.municipality}</th>
              <th scope="col">{t.total}</th>
              <th scope="col">{t.eligible}</th>
            </tr>
          </thead>
          <tbody>
            {byName.map((m) => (
              <tr key={m.code}>
                <th scope="row">{m.short}</th>
                <td>{formatInteger(m.total)}</td>
                <td>{formatInteger(m.eligible)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {a.suppliers.length > 0 && (
        <>
          <h3>{t.list}</h3>
          <ScrollTable id="foretagen" caption={t.listCaption}>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.why}</th>
                <th scope="col">{t.where}</th>
                <th scope="col">{t.reservation}</th>
              </tr>
            </thead>
            <tbody>
              {a.suppliers.slice(0, SHOWN).map((s) => (
                <tr key={s.orgnr}>
                  <th scope="row">
                    <a href={`/foretag/${s.orgnr}`} lang="sv">
                      {s.name}
                    </a>
                  </th>
                  <td>
                    <ul class="plain">
                      {s.cpv.map((m) => (
                        <li key={`${m.asked}-${m.offered}`}>{matchReason(m)}</li>
                      ))}
                    </ul>
                  </td>
                  <td>{whereText(s, a, place)}</td>
                  <td>{reservationReason(s)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          {a.suppliers.length > SHOWN && <p>{t.firstShown(SHOWN, a.suppliers.length)}</p>}
          <p class="no-print">
            {t.downloads}: <a href={analysisAddress(form, { analys: false }, '.csv')}>{t.csv}</a>,{' '}
            <a href={analysisAddress(form, { analys: false }, '.xlsx')}>{t.xlsx}</a>
          </p>
        </>
      )}
      <p class="no-print hint">{t.print}</p>
    </section>
  );
}
