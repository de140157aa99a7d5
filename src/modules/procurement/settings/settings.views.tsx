import type { FieldError } from '../../../platform/http/errors.js';
import { formatDateTime, formatInteger } from '../../../platform/i18n/format.js';
import { ErrorSummary, ScrollTable } from '../../../platform/views/components.js';
import {
  Button,
  fieldError,
  Notice,
  PostForm,
  SelectInput,
  TextArea,
  TextField,
} from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { platformText } from '../../../platform/i18n/platform.text.js';
import type { LimitRow } from './settings.repository.js';
import { LIMIT_KINDS, SETTINGS_PATH, type LimitKind } from './settings.service.js';
import { settingsText } from './settings.text.js';

export interface SettingsPageProps {
  limits: LimitRow[];
  nonProfit: { codes: string[]; source: string; updatedAt: Date | null; updatedBy: string | null };
  /** Which form the values and errors belong to. */
  form?: 'limit' | 'list';
  values?: Record<string, string>;
  errors?: FieldError[];
  saved?: boolean;
  thisYear: number;
  demo: boolean;
}

/** The rules kept as data that an administrator keeps current: the limits per year, and the 25 a § list. */
export function SettingsPage(p: SettingsPageProps) {
  const t = settingsText;
  const errors = p.errors ?? [];
  const value = (form: 'limit' | 'list', field: string, fallback = '') =>
    p.form === form ? (p.values?.[field] ?? fallback) : fallback;
  const kindName = (kind: string) => t.limits.kinds[kind as LimitKind] ?? kind;
  return (
    <Layout title={t.title} path="/admin" demo={p.demo}>
      <p class="breadcrumb">
        <a href="/admin">{platformText.nav.admin}</a>
      </p>
      <ErrorSummary
        errors={errors}
        fieldIds={{ codes: 'codes', source: p.form === 'list' ? 'listSource' : 'source' }}
      />
      <h1>{t.title}</h1>
      {p.saved && <Notice>{t.saved}</Notice>}
      <p class="lead">{t.lead}</p>
      <h2>{t.limits.heading}</h2>
      <p>{t.limits.lead}</p>
      {p.limits.length === 0 ? (
        <p>{t.limits.none}</p>
      ) : (
        <ScrollTable id="grans" caption={t.limits.caption}>
          <thead>
            <tr>
              <th scope="col">{t.limits.columns.year}</th>
              <th scope="col">{t.limits.columns.kind}</th>
              <th scope="col" class="num">
                {t.limits.columns.amount}
              </th>
              <th scope="col">{t.limits.columns.source}</th>
              <th scope="col">{t.limits.columns.remove}</th>
            </tr>
          </thead>
          <tbody>
            {p.limits.map((l) => (
              <tr>
                <th scope="row">{l.year}</th>
                <td>{kindName(l.kind)}</td>
                <td class="num">{formatInteger(Number(l.amount_sek))}</td>
                <td lang="sv">{l.source}</td>
                <td>
                  <PostForm action={`${SETTINGS_PATH}/grans/ta-bort`}>
                    <input type="hidden" name="year" value={String(l.year)} />
                    <input type="hidden" name="kind" value={l.kind} />
                    <Button secondary>{t.limits.remove(l.year, kindName(l.kind))}</Button>
                  </PostForm>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <h3>{t.limits.addHeading}</h3>
      <PostForm action={`${SETTINGS_PATH}/grans`} class="narrow">
        <TextField
          id="year"
          label={t.limits.year}
          value={value('limit', 'year', String(p.thisYear))}
          error={p.form === 'limit' ? fieldError(errors, 'year') : undefined}
          inputMode="numeric"
          maxLength={4}
          size={6}
        />
        <SelectInput
          id="kind"
          label={t.limits.kind}
          value={value('limit', 'kind', 'social_services')}
          error={p.form === 'limit' ? fieldError(errors, 'kind') : undefined}
          options={LIMIT_KINDS.map((k) => ({ value: k, label: kindName(k) }))}
        />
        <TextField
          id="amount"
          label={t.limits.amount}
          hint={t.limits.amountHint}
          value={value('limit', 'amount')}
          error={p.form === 'limit' ? fieldError(errors, 'amount') : undefined}
          inputMode="numeric"
          maxLength={20}
        />
        <TextField
          id="source"
          label={t.limits.source}
          hint={t.limits.sourceHint}
          value={value('limit', 'source')}
          error={p.form === 'limit' ? fieldError(errors, 'source') : undefined}
          maxLength={500}
        />
        <Button>{t.limits.save}</Button>
      </PostForm>
      <h2>{t.nonProfit.heading}</h2>
      <p>{t.nonProfit.lead}</p>
      <p>
        {t.nonProfit.count(p.nonProfit.codes.length)}{' '}
        {p.nonProfit.updatedAt &&
          p.nonProfit.updatedBy &&
          t.nonProfit.updated(formatDateTime(p.nonProfit.updatedAt), p.nonProfit.updatedBy)}
      </p>
      <PostForm action={`${SETTINGS_PATH}/ideburna`} class="narrow">
        <TextArea
          id="codes"
          label={t.nonProfit.codes}
          hint={t.nonProfit.codesHint}
          value={value('list', 'codes', p.nonProfit.codes.join(', '))}
          error={p.form === 'list' ? fieldError(errors, 'codes') : undefined}
          rows={6}
        />
        <TextField
          id="listSource"
          name="source"
          label={t.nonProfit.source}
          hint={t.nonProfit.sourceHint}
          value={value('list', 'source', p.nonProfit.source)}
          error={p.form === 'list' ? fieldError(errors, 'source') : undefined}
          maxLength={500}
        />
        <Button>{t.nonProfit.save}</Button>
      </PostForm>
    </Layout>
  );
}
