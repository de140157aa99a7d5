import type { FieldError } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/form.js';
import { formatDate, formatDecimal, formatInteger } from '../../../platform/i18n/format.js';
import { Button, fieldError, PostForm, TextArea, TextField } from '../../../platform/views/form.js';
import type { StatusVerdict } from '../commitment/commitment.rules.js';
import { commitmentText } from '../commitment/commitment.text.js';
import { contractText } from './contract.text.js';

/** Months with at most two decimals, in the page's language ('4,5'). */
export const monthsText = formatDecimal;

/** The status in words, never by colour alone: the class only adds a border. */
export function StatusTag({ verdict }: { verdict: StatusVerdict }) {
  return <strong class={`status status-${verdict.status}`}>{commitmentText.status[verdict.status]}</strong>;
}

/** Why the status is what it is, as a sentence. */
export function reasonText(v: StatusVerdict): string {
  const t = contractText.reason;
  const r = v.reason;
  switch (r.kind) {
    case 'met':
      return t.met(monthsText(r.done), monthsText(r.agreed));
    case 'no_start_by':
      return t.no_start_by(formatDate(r.deadline));
    case 'first_start_due':
      return t.first_start_due(formatDate(r.deadline));
    case 'short_at_end':
      return t.short_at_end(monthsText(r.done), monthsText(r.needed), formatDate(r.ends));
    case 'ended_short':
      return t.ended_short(monthsText(r.done), monthsText(r.needed), formatDate(r.ended));
    case 'on_track':
      return t.on_track(monthsText(r.done), monthsText(r.needed), r.started);
  }
}

/** The report form of one commitment: counts and the day, a short note without personal data. */
export function ReportForm({
  action,
  idPrefix,
  values,
  errors,
}: {
  action: string;
  /** Keeps the ids of two commitments' forms on one page apart. */
  idPrefix: string;
  values: FormValues;
  errors: FieldError[];
}) {
  const t = contractText.report;
  const v = (f: string) => {
    const x = values[f];
    return Array.isArray(x) ? (x[0] ?? '') : (x ?? '');
  };
  const e = (f: string) => fieldError(errors, f);
  const id = (f: string) => `${idPrefix}-${f}`;
  const count = (f: 'offered' | 'started' | 'completed' | 'becameEmployment') => (
    <TextField id={id(f)} name={f} label={t[f]} value={v(f)} error={e(f)} inputMode="numeric" size={6} maxLength={6} />
  );
  return (
    <PostForm action={action} class="narrow">
      <p class="hint">{t.lead}</p>
      <TextField
        id={id('on')}
        name="on"
        label={t.on}
        hint={t.onHint}
        value={v('on')}
        error={e('on')}
        size={10}
        maxLength={10}
      />
      {count('offered')}
      {count('started')}
      {count('completed')}
      {count('becameEmployment')}
      <TextField
        id={id('personMonths')}
        name="personMonths"
        label={t.personMonths}
        hint={t.personMonthsHint}
        value={v('personMonths')}
        error={e('personMonths')}
        inputMode="text"
        size={8}
        maxLength={8}
      />
      <TextArea
        id={id('note')}
        name="note"
        label={t.note}
        hint={t.noteHint}
        value={v('note')}
        error={e('note')}
        rows={2}
        maxLength={500}
      />
      <Button>{t.send}</Button>
    </PostForm>
  );
}

/** The totals of a verdict as a definition list. */
export function Totals({ totals }: { totals: StatusVerdict['totals'] }) {
  const t = contractText.totals;
  return (
    <dl class="facts">
      <div>
        <dt>{t.offered}</dt>
        <dd>{formatInteger(totals.offered)}</dd>
      </div>
      <div>
        <dt>{t.started}</dt>
        <dd>{formatInteger(totals.started)}</dd>
      </div>
      <div>
        <dt>{t.completed}</dt>
        <dd>{formatInteger(totals.completed)}</dd>
      </div>
      <div>
        <dt>{t.becameEmployment}</dt>
        <dd>{formatInteger(totals.becameEmployment)}</dd>
      </div>
      <div>
        <dt>{t.personMonths}</dt>
        <dd>{monthsText(totals.personMonths)}</dd>
      </div>
    </dl>
  );
}
