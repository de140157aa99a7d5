import type { FieldError } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/form.js';
import { ErrorSummary } from '../../../platform/views/components.js';
import {
  Button,
  CheckboxField,
  ChoiceGroup,
  fieldError,
  PostForm,
  SelectInput,
  TextArea,
  TextField,
} from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { OPPORTUNITY_KINDS } from '../opportunity/opportunity.types.js';
import { opportunityText } from '../opportunity/opportunity.text.js';
import { BUYER_HOME } from './buyer.paths.js';
import { buyerText } from './buyer.text.js';
import { one } from './buyer.values.js';

/**
 * The opportunity's own facts. The fields of every kind are on the page at once, grouped under
 * the kind they belong to, so that the form works without JavaScript; publishing asks only for
 * the chosen kind's.
 */
export function BasicsPage({
  action,
  values,
  errors = [],
  editing,
  published = false,
  thisYear,
  demo,
}: {
  action: string;
  values: FormValues;
  errors?: FieldError[];
  /** The title of the opportunity being changed; null for a new one. */
  editing: string | null;
  /** Changes to a published one are seen at once, and in its history. */
  published?: boolean;
  thisYear: number;
  demo: boolean;
}) {
  const t = buyerText.basics;
  const f = opportunityText.fields;
  const v = (field: string) => one(values, field);
  const e = (field: string) => fieldError(errors, field);
  const title = editing ? t.editTitle(editing) : t.newTitle;
  const years = [0, 1, 2, 3].map((i) => String(thisYear + i));
  return (
    <Layout title={title} path={BUYER_HOME} demo={demo}>
      <ErrorSummary errors={errors} fieldIds={{ kind: 'kind' }} />
      <h1>{title}</h1>
      <p class="lead">{published ? t.leadPublished : t.lead}</p>
      <PostForm action={action} class="narrow">
        <ChoiceGroup
          id="kind"
          legend={t.kindLegend}
          type="radio"
          options={OPPORTUNITY_KINDS.map((k) => ({
            value: k,
            label: opportunityText.kinds[k],
            hint: opportunityText.kindHints[k],
          }))}
          selected={[v('kind')]}
          error={e('kind')}
        />
        <TextField id="title" label={f.title} value={v('title')} error={e('title')} maxLength={200} />
        <TextArea
          id="description"
          label={f.description}
          hint={t.descriptionHint}
          value={v('description')}
          error={e('description')}
          rows={6}
          maxLength={5000}
        />
        <TextField
          id="buyerName"
          label={f.buyerName}
          hint={t.buyerHint}
          value={v('buyerName')}
          error={e('buyerName')}
          maxLength={200}
        />
        <fieldset class="field-group">
          <legend>{t.contactLegend}</legend>
          <TextField
            id="contactName"
            label={f.contactName}
            value={v('contactName')}
            error={e('contactName')}
            autocomplete="name"
            maxLength={200}
          />
          <TextField
            id="contactEmail"
            type="email"
            label={f.contactEmail}
            value={v('contactEmail')}
            error={e('contactEmail')}
            autocomplete="email"
            maxLength={254}
          />
          <TextField
            id="contactPhone"
            type="tel"
            label={f.contactPhone}
            value={v('contactPhone')}
            error={e('contactPhone')}
            autocomplete="tel"
            maxLength={40}
          />
        </fieldset>
        <fieldset class="field-group">
          <legend>{t.plannedLegend}</legend>
          <SelectInput
            id="expectedYear"
            label={`${f.expectedQuarter}: ${t.year}`}
            value={v('expectedYear')}
            error={e('expectedYear')}
            emptyLabel={t.anyYear}
            options={years.map((y) => ({ value: y, label: y }))}
          />
          <SelectInput
            id="expectedQuarter"
            label={`${f.expectedQuarter}: ${t.quarter}`}
            value={v('expectedQuarter')}
            error={e('expectedQuarter')}
            emptyLabel={t.anyQuarter}
            options={[1, 2, 3, 4].map((q) => ({ value: String(q), label: t.quarterOption(q) }))}
          />
        </fieldset>
        <fieldset class="field-group">
          <legend>{t.advertisedLegend}</legend>
          <TextField
            id="noticeUrl"
            type="url"
            label={f.noticeUrl}
            hint={t.noticeUrlHint}
            value={v('noticeUrl')}
            error={e('noticeUrl')}
            maxLength={1000}
          />
          <DateAndTime name="deadline" label={f.deadline} values={values} errors={errors} />
          <CheckboxField
            id="aimedAtLocal"
            label={f.aimedAtLocal}
            checked={v('aimedAtLocal') === '1' || v('aimedAtLocal') === 'on'}
          />
        </fieldset>
        <fieldset class="field-group">
          <legend>{t.dialogueLegend}</legend>
          <DateAndTime name="meeting" label={f.meeting} values={values} errors={errors} />
          <TextField
            id="meetingPlace"
            label={f.meetingPlace}
            hint={t.meetingPlaceHint}
            value={v('meetingPlace')}
            error={e('meetingPlace')}
            maxLength={300}
          />
          <TextField
            id="meetingLink"
            type="url"
            label={f.meetingLink}
            value={v('meetingLink')}
            error={e('meetingLink')}
            maxLength={1000}
          />
        </fieldset>
        <Button>{editing ? t.saveChanges : t.save}</Button>
      </PostForm>
    </Layout>
  );
}

/** A moment as two fields, date and Swedish clock time (`deadlineDate`, `deadlineTime`), as the schema reads them. */
function DateAndTime(p: { name: 'deadline' | 'meeting'; label: string; values: FormValues; errors: FieldError[] }) {
  const t = buyerText.basics;
  const [date, time] = [`${p.name}Date`, `${p.name}Time`];
  return (
    <>
      <TextField
        id={date}
        inputMode="numeric"
        maxLength={10}
        label={`${p.label}: ${t.date}`}
        hint={t.dateHint}
        value={one(p.values, date)}
        error={fieldError(p.errors, date)}
      />
      <TextField
        id={time}
        label={`${p.label}: ${t.time}`}
        hint={t.timeHint}
        value={one(p.values, time)}
        error={fieldError(p.errors, time)}
        inputMode="numeric"
        maxLength={5}
        size={6}
      />
    </>
  );
}
