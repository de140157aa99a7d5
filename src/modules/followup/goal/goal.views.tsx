import type { FieldError } from '../../../platform/http/errors.js';
import { formatInteger, formatPercent } from '../../../platform/i18n/format.js';
import { ErrorSummary, ScrollTable } from '../../../platform/views/components.js';
import { Button, CheckboxField, fieldError, Notice, PostForm, TextField } from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { GoalChart } from './goal.chart.js';
import { GOAL_METRICS, type MetricId } from './goal.metrics.js';
import { GOALS_PATH, GOALS_PUBLICITY_PATH, OPEN_GOALS_PATH, openGoalsPath } from './goal.paths.js';
import { targetField } from './goal.schema.js';
import type { GoalOverview, MetricYear } from './goal.service.js';
import { goalText } from './goal.text.js';

function outcomeText(unit: 'share' | 'count', y: MetricYear): string {
  const t = goalText;
  if (y.outcome.value === null) return t.noOutcome;
  if (unit === 'count') return formatInteger(y.outcome.value);
  const of = y.outcome.of;
  const share = formatPercent(y.outcome.value);
  return of ? `${share} (${t.of(formatInteger(of.part), formatInteger(of.whole))})` : share;
}

function targetText(unit: 'share' | 'count', target: number | null): string {
  if (target === null) return goalText.noTarget;
  return unit === 'share' ? formatPercent(target / 100) : formatInteger(target);
}

/** One metric: what it counts, the chart and, beside it, the same numbers as a table. */
function MetricSection({ id, unit, years }: GoalOverview['metrics'][number]) {
  const t = goalText;
  const words = t.metrics[id];
  const headingId = `mal-${id}`;
  return (
    <section class="goal-metric" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.label}</h2>
      <p class="hint">{words.how}</p>
      <div class="goal-figures">
        <GoalChart id={`diagram-${id}`} label={words.label} unit={unit} years={years} />
        <ScrollTable id={`tabell-${id}`} caption={t.caption(words.short)}>
          <thead>
            <tr>
              <th scope="col">{t.columns.year}</th>
              <th scope="col" class="num">
                {t.columns.target}
              </th>
              <th scope="col" class="num">
                {t.columns.outcome}
              </th>
              <th scope="col">{t.columns.verdict}</th>
            </tr>
          </thead>
          <tbody>
            {[...years].reverse().map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td class="num">{targetText(unit, y.target)}</td>
                <td class="num">{outcomeText(unit, y)}</td>
                <td class={`verdict-${y.verdict}`}>{t.verdict[y.verdict]}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </div>
    </section>
  );
}

function Figures({ overview }: { overview: GoalOverview }) {
  return (
    <>
      <p class="goal-legend">
        <span class="legend-bar" aria-hidden="true" /> {goalText.legend.outcome}
        <span class="legend-target" aria-hidden="true" /> {goalText.legend.target}
      </p>
      {overview.metrics.map((m) => (
        <MetricSection key={m.id} {...m} />
      ))}
      <p class="hint">{goalText.counting}</p>
    </>
  );
}

export interface GoalPageProps {
  overview: GoalOverview;
  editable: number[];
  /** What the form showed when it came back with errors; else the stored targets. */
  values?: Record<string, string>;
  errors?: FieldError[];
  notice?: 'saved' | 'public_on' | 'public_off' | null;
  demo: boolean;
}

/** /uppfoljning/mal: the organisation's goals, outcomes and charts, the targets form, the open-page choice. */
export function GoalPage(p: GoalPageProps) {
  const t = goalText;
  const o = p.overview;
  const errors = p.errors ?? [];
  const fieldIds = Object.fromEntries(
    p.editable.flatMap((year) => GOAL_METRICS.map((m) => [targetField(m.id, year), targetField(m.id, year)])),
  );
  const valueOf = (metric: MetricId, year: number) => {
    const field = targetField(metric, year);
    if (p.values) return p.values[field] ?? '';
    const stored = o.targets.get(field);
    return stored === undefined ? '' : String(stored);
  };
  return (
    <Layout title={t.title} path={GOALS_PATH} demo={p.demo}>
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <h1>
        {t.title}: {o.organisationName}
      </h1>
      {p.notice === 'saved' && <Notice>{t.form.saved}</Notice>}
      {p.notice === 'public_on' && <Notice>{t.publicity.savedOn}</Notice>}
      {p.notice === 'public_off' && <Notice>{t.publicity.savedOff}</Notice>}
      <p class="lead">{t.lead}</p>
      <Figures overview={o} />
      <h2 id="satt-mal">{t.form.heading}</h2>
      <p>{t.form.lead}</p>
      <PostForm action={GOALS_PATH}>
        <div class="goal-form">
          {p.editable.map((year) => (
            <fieldset key={year}>
              <legend>{t.form.legend(year)}</legend>
              {GOAL_METRICS.map((m) => {
                const field = targetField(m.id, year);
                return (
                  <TextField
                    key={field}
                    id={field}
                    label={t.metrics[m.id].short}
                    hint={m.unit === 'share' ? t.form.percentHint : t.form.countHint}
                    error={fieldError(errors, field)}
                    value={valueOf(m.id, year)}
                    inputMode="numeric"
                    size={7}
                    maxLength={12}
                  />
                );
              })}
            </fieldset>
          ))}
        </div>
        <Button>{t.form.save}</Button>
      </PostForm>
      <h2>{t.publicity.heading}</h2>
      <p>{t.publicity.lead}</p>
      <p>
        <strong>{o.isPublic ? t.publicity.isPublic : t.publicity.isNotPublic}</strong>
        {o.isPublic && (
          <>
            {' '}
            <a href={openGoalsPath(o.organisationId)}>{t.publicity.link}</a>
          </>
        )}
      </p>
      <PostForm action={GOALS_PUBLICITY_PATH}>
        <CheckboxField id="public" label={t.publicity.label} checked={o.isPublic} />
        <Button secondary>{t.publicity.save}</Button>
      </PostForm>
      <h2>{t.export.heading}</h2>
      <ul>
        <li>
          <a href={`${GOALS_PATH}.csv`}>{t.export.csv}</a>
        </li>
        <li>
          <a href={`${GOALS_PATH}.xlsx`}>{t.export.xlsx}</a>
        </li>
      </ul>
    </Layout>
  );
}

/** /mal: the organisations that show their goals openly. */
export function OpenGoalsListPage({ items, demo }: { items: { id: number; name: string }[]; demo: boolean }) {
  const t = goalText.open;
  return (
    <Layout title={t.title} path={OPEN_GOALS_PATH} demo={demo}>
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      {items.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul class="goal-organisations">
          {items.map((o) => (
            <li key={o.id}>
              <a href={openGoalsPath(o.id)}>{o.name}</a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** /mal/{id}: an organisation's open goals, outcomes and charts. */
export function OpenGoalsPage({ overview, demo }: { overview: GoalOverview; demo: boolean }) {
  const t = goalText.open;
  return (
    <Layout title={t.pageTitle(overview.organisationName)} path={OPEN_GOALS_PATH} demo={demo}>
      <p class="breadcrumb">
        <a href={OPEN_GOALS_PATH}>{t.back}</a>
      </p>
      <h1>{t.pageTitle(overview.organisationName)}</h1>
      <p class="lead">{t.pageLead}</p>
      <Figures overview={overview} />
    </Layout>
  );
}
