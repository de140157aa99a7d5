import type { FieldError } from '../../../platform/http/errors.js';
import { IMPORT_FIELDS, type ColumnChoices, type ImportField } from './import.columns.js';
import { isUnrecognised, readReportedOnOption, SKIP } from './import.mapping.js';
import { importText as t } from './import.text.js';

/**
 * The preview's form of column choices: one select per unrecognised column, named by the
 * column's place in the file (`kolumn-5`), and the date for the whole file. Field names are the
 * ids the error summary links to.
 */
export const choiceField = (index: number) => `kolumn-${index}`;
export const DATE_FIELD = 'rapporterat';

export interface ColumnForm {
  /** Column index → the field chosen (null: skip). */
  picks: Map<number, ImportField | null>;
  reportedOn: string | null;
  errors: FieldError[];
}

export function readColumnForm(values: Readonly<Record<string, string>>, today: string): ColumnForm {
  const form: ColumnForm = { picks: new Map(), reportedOn: null, errors: [] };
  for (const [name, value] of Object.entries(values)) {
    const m = /^kolumn-(\d{1,4})$/.exec(name);
    if (!m) continue;
    const field = value === SKIP ? null : IMPORT_FIELDS.find((f) => f === value);
    if (field === undefined) form.errors.push({ field: name, message: t.choose.fieldInvalid });
    else form.picks.set(Number(m[1]), field);
  }
  const date = readReportedOnOption(values[DATE_FIELD] ?? '', today);
  if (date.ok) form.reportedOn = date.value;
  else form.errors.push({ field: DATE_FIELD, message: date.message });
  return form;
}

/** The picks as choices of this file's columns; a pick for a column it does not have, or knows by name, is dropped. */
export function choicesFor(headers: readonly string[], picks: ColumnForm['picks']): ColumnChoices {
  return [...picks].flatMap(([index, field]) => {
    const header = headers[index];
    return header !== undefined && isUnrecognised(header) ? [{ header, field }] : [];
  });
}
