import type { FieldError } from '../../../platform/http/errors.js';
import { formatDate } from '../../../platform/i18n/format.js';
import { Button, fieldError, PostForm, SelectInput, TextField } from '../../../platform/views/form.js';
import type { RememberedChoices } from './import.choices.service.js';
import { IMPORT_FIELDS } from './import.columns.js';
import { SKIP } from './import.mapping.js';
import { choiceField, DATE_FIELD } from './import.schema.js';
import type { ImportReport } from './import.types.js';
import { importText as t } from './import.text.js';

const FIELD_OPTIONS = [
  { value: SKIP, label: t.choose.skip },
  ...IMPORT_FIELDS.map((f) => ({ value: f, label: t.fields[f] })),
];

/**
 * The preview's choices (issue 7 §5): every column the platform does not know by its name, with
 * its first values and a choice of field, and one date for a file without a column for it.
 * A plain form: it posts, the preview is made again with the choices, and the page comes back.
 */
export function ColumnChoiceForm({
  action,
  report,
  remembered,
  errors,
  values,
}: {
  action: string;
  report: ImportReport;
  remembered: RememberedChoices | null;
  errors: FieldError[];
  /** What was posted, kept when the form comes back with errors. */
  values?: Readonly<Record<string, string>> | undefined;
}) {
  const askDate = !report.reportedOnColumn && (report.hasEmployeeColumns || report.columns.length > 0);
  if (report.columns.length === 0 && !askDate) return null;
  return (
    <section aria-labelledby="kolumner">
      <h2 id="kolumner">{t.choose.title}</h2>
      {report.columns.length > 0 && <p>{t.choose.lead}</p>}
      {remembered && <p>{t.choose.remembered(remembered.by ?? t.choose.formerUser, formatDate(remembered.at))}</p>}
      <PostForm action={action}>
        {report.columns.length > 0 && (
          <fieldset class="choices">
            <legend>{t.choose.legend}</legend>
            {report.columns.map((c) => {
              const id = choiceField(c.index);
              return (
                <SelectInput
                  key={id}
                  id={id}
                  label={t.choose.column(c.header)}
                  hint={
                    c.samples.length > 0 ? t.choose.samples(c.samples.map((s) => `"${s}"`).join(', ')) : t.choose.empty
                  }
                  error={fieldError(errors, id)}
                  value={values?.[id] ?? c.field ?? SKIP}
                  options={FIELD_OPTIONS}
                />
              );
            })}
          </fieldset>
        )}
        {askDate && (
          <>
            {report.dateMissing && (
              <p>
                <strong>{t.choose.dateMissing}</strong>
              </p>
            )}
            <TextField
              id={DATE_FIELD}
              label={t.choose.date}
              hint={t.choose.dateHint}
              size={10}
              maxLength={10}
              value={values?.[DATE_FIELD] ?? report.settings.reportedOn ?? ''}
              error={fieldError(errors, DATE_FIELD)}
            />
          </>
        )}
        <Button secondary>{t.choose.submit}</Button>
      </PostForm>
    </section>
  );
}
