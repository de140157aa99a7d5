import type { FieldError } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/form.js';
import { categoryName, SERVICE_CATEGORIES } from '../../../platform/reference/categories.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import { ErrorSummary } from '../../../platform/views/components.js';
import {
  Button,
  ChoiceGroup,
  fieldError,
  Notice,
  PostForm,
  TextArea,
  TextField,
} from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { opportunityText } from '../opportunity/opportunity.text.js';
import { OPPORTUNITY_KINDS } from '../opportunity/opportunity.types.js';
import type { AlertSettings } from './alerts.follow.js';
import { ALERT_SETTINGS_PATH, UNSUBSCRIBE_PATH, unsubscribePath } from './alerts.paths.js';
import { alertsText } from './alerts.text.js';

/** The form's values from saved settings (places written back as names the form reads again). */
export function alertFormValues(s: AlertSettings): FormValues {
  return {
    frequency: s.frequency,
    follow: s.follow,
    cpv: s.cpv.join(', '),
    categories: s.categories,
    places: [
      ...s.countyCodes.map((c) => countyByCode(c)?.name ?? c),
      ...s.municipalityCodes.map((m) => municipalityByCode(m)?.shortName ?? m),
    ].join(', '),
    words: s.words,
    kinds: s.kinds,
  };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/** /mitt-foretag/bevakning: how often, and what the enterprise follows. */
export function AlertSettingsPage(p: {
  values: FormValues;
  errors: FieldError[];
  saved: boolean;
  recipients: number;
  demo: boolean;
}) {
  const t = alertsText.settings;
  const error = (field: string) => fieldError(p.errors, field);
  return (
    <Layout title={t.title} path={ALERT_SETTINGS_PATH} demo={p.demo}>
      <p>
        <a href="/mitt-foretag">{t.back}</a>
      </p>
      <ErrorSummary
        errors={p.errors}
        fieldIds={{ follow: 'follow', cpv: 'cpv', places: 'places', words: 'words', frequency: 'frequency' }}
      />
      <h1>{t.title}</h1>
      {p.saved && <Notice>{t.saved}</Notice>}
      <p class="lead">{t.lead}</p>
      <p>{t.recipients(p.recipients)}</p>
      <PostForm action={ALERT_SETTINGS_PATH}>
        <ChoiceGroup
          id="frequency"
          legend={t.frequency}
          type="radio"
          error={error('frequency')}
          options={(['daily', 'weekly', 'off'] as const).map((f) => ({ value: f, label: t.frequencies[f] }))}
          selected={[one(p.values.frequency) || 'daily']}
        />
        <ChoiceGroup
          id="follow"
          legend={t.follow}
          type="radio"
          error={error('follow')}
          options={(['profile', 'chosen'] as const).map((f) => ({ value: f, label: t.follows[f] }))}
          selected={[one(p.values.follow) || 'profile']}
        />
        <fieldset class="field">
          <legend>{t.chosenLegend}</legend>
          <p class="hint">{t.chosenHint}</p>
          <TextField id="cpv" label={t.cpv} hint={t.cpvHint} error={error('cpv')} value={one(p.values.cpv)} />
          <TextField
            id="places"
            label={t.places}
            hint={t.placesHint}
            error={error('places')}
            value={one(p.values.places)}
          />
          <TextArea
            id="words"
            label={t.words}
            hint={t.wordsHint}
            error={error('words')}
            value={one(p.values.words)}
            rows={2}
            maxLength={200}
          />
          <ChoiceGroup
            id="kinds"
            legend={t.kinds}
            hint={t.kindsHint}
            type="checkbox"
            options={OPPORTUNITY_KINDS.map((k) => ({ value: k, label: opportunityText.kinds[k] }))}
            selected={many(p.values.kinds)}
          />
          <ChoiceGroup
            id="categories"
            legend={t.categories}
            type="checkbox"
            options={SERVICE_CATEGORIES.map((c) => ({ value: c.slug, label: categoryName(c) }))}
            selected={many(p.values.categories)}
          />
        </fieldset>
        <Button>{t.save}</Button>
      </PostForm>
    </Layout>
  );
}

/** On /mitt-foretag: how the enterprise hears of opportunities now, and the way to change it. */
export function AlertSection({ settings }: { settings: AlertSettings }) {
  const t = alertsText;
  return (
    <section aria-labelledby="bevakning">
      <h2 id="bevakning">{t.section.heading}</h2>
      <p>{t.section.now(t.settings.frequencies[settings.frequency])}</p>
      <p>{t.section.follows[settings.follow]}</p>
      <p>
        <a href={ALERT_SETTINGS_PATH}>{t.section.change}</a>
      </p>
    </section>
  );
}

/** /bevakning/avsluta/{token}: ask once, then done; an unknown token is said to be one. */
export function UnsubscribePage(p: {
  token: string;
  name: string | null;
  state: 'ask' | 'done' | 'unknown';
  demo: boolean;
}) {
  const t = alertsText.unsubscribe;
  const name = p.name ?? '–';
  // The address holds the token: the page's own links (sign in, language) and robots never get it.
  return (
    <Layout title={t.title} path={UNSUBSCRIBE_PATH} demo={p.demo} head={<meta name="robots" content="noindex" />}>
      <h1>{t.title}</h1>
      {p.state === 'unknown' && <p>{t.unknown}</p>}
      {p.state === 'done' && (
        <>
          <Notice>{t.done(name)}</Notice>
          <p>
            <a href={ALERT_SETTINGS_PATH}>{t.again}</a>
          </p>
        </>
      )}
      {p.state === 'ask' && (
        <>
          <p>{t.lead(name)}</p>
          <PostForm action={unsubscribePath(p.token)}>
            <Button>{t.button}</Button>
          </PostForm>
          <p>
            <a href={ALERT_SETTINGS_PATH}>{t.settings}</a>
          </p>
        </>
      )}
    </Layout>
  );
}
