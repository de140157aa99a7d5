import type { ComponentChildren } from 'preact';
import { CSRF_FIELD } from '../auth/csrf.js';
import type { FieldError } from '../http/errors.js';
import { useRequestView } from './request-context.js';
import { platformText } from '../i18n/platform.text.js';

/**
 * Form parts every page uses, so that each field has a label, its hint and error are announced
 * with it (aria-describedby), and every POST form carries the CSRF token.
 */
export function PostForm({
  action,
  children,
  multipart,
  class: className,
}: {
  action: string;
  children: ComponentChildren;
  multipart?: boolean;
  class?: string;
}) {
  const { csrfToken } = useRequestView();
  return (
    // noValidate: the browser's own pop-ups (in the browser's language, gone in a moment) would
    // stand in for our error summary and the Swedish message beside the field.
    <form
      method="post"
      action={action}
      enctype={multipart ? 'multipart/form-data' : undefined}
      class={className}
      noValidate
    >
      {/* First, so that a multipart body's token comes before its file (checkMultipartCsrf). */}
      <input type="hidden" name={CSRF_FIELD} value={csrfToken} />
      {children}
    </form>
  );
}

export function fieldError(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

export function ErrorText({ error, id }: { error?: string | undefined; id: string }) {
  return error ? (
    <p class="error-message" id={id}>
      <span class="visually-hidden">{platformText.errors.fieldPrefix}</span>
      {error}
    </p>
  ) : null;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-fel` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** What every single-control field shares: wrapper, label, hint and error, in that order. */
function FieldShell(p: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <div class={p.error ? 'field field-error' : 'field'}>
      <label for={p.id}>{p.label}</label>
      {p.hint && (
        <p class="hint" id={`${p.id}-hint`}>
          {p.hint}
        </p>
      )}
      <ErrorText error={p.error} id={`${p.id}-fel`} />
      {p.children}
    </div>
  );
}

/** The control's own attributes that tie it to its label, hint and error. */
function controlAttributes(p: {
  id: string;
  name?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  return {
    id: p.id,
    name: p.name ?? p.id,
    'aria-describedby': describedBy(p.id, p.hint, p.error),
    'aria-invalid': p.error ? ('true' as const) : undefined,
  };
}

export interface TextFieldProps {
  id: string;
  /** Defaults to id. */
  name?: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value?: string | number | null | undefined;
  type?: 'text' | 'email' | 'password' | 'number' | 'date' | 'url' | 'tel';
  autocomplete?: string;
  inputMode?: 'numeric' | 'text' | 'email' | 'tel' | 'url';
  required?: boolean;
  maxLength?: number;
  size?: number;
}

export function TextField(p: TextFieldProps) {
  return (
    <FieldShell id={p.id} label={p.label} hint={p.hint} error={p.error}>
      <input
        {...controlAttributes(p)}
        // Preact types each input type separately; the attributes here suit all of them.
        type={(p.type ?? 'text') as 'text'}
        value={p.value ?? ''}
        autoComplete={p.autocomplete}
        inputMode={p.inputMode}
        required={p.required}
        maxLength={p.maxLength}
        size={p.size}
      />
    </FieldShell>
  );
}

export function TextArea(p: {
  id: string;
  name?: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value?: string | null | undefined;
  rows?: number;
  maxLength?: number;
  /** The language the text is written in, when it is not the page's (an enterprise's Swedish description). */
  lang?: string;
}) {
  return (
    <FieldShell id={p.id} label={p.label} hint={p.hint} error={p.error}>
      <textarea {...controlAttributes(p)} rows={p.rows ?? 4} maxLength={p.maxLength} lang={p.lang}>
        {p.value ?? ''}
      </textarea>
    </FieldShell>
  );
}

export function CheckboxField(p: {
  id: string;
  name?: string;
  label: string;
  hint?: string | undefined;
  checked: boolean;
  value?: string;
}) {
  return (
    <div class="field checkbox">
      <input
        type="checkbox"
        id={p.id}
        name={p.name ?? p.id}
        value={p.value ?? '1'}
        checked={p.checked}
        aria-describedby={p.hint ? `${p.id}-hint` : undefined}
      />
      <label for={p.id}>{p.label}</label>
      {p.hint && (
        <p class="hint" id={`${p.id}-hint`}>
          {p.hint}
        </p>
      )}
    </div>
  );
}

export function SelectInput(p: {
  id: string;
  name?: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string | null | undefined;
  options: readonly { value: string; label: string }[];
  /** Text of an empty first choice; none when left out. */
  emptyLabel?: string;
}) {
  return (
    <FieldShell id={p.id} label={p.label} hint={p.hint} error={p.error}>
      <select {...controlAttributes(p)}>
        {p.emptyLabel !== undefined && <option value="">{p.emptyLabel}</option>}
        {p.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === p.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/**
 * A labelled select whose name is its id, with "any" first and its error tied to it; the options
 * are the children (grouped, counted, whatever the page needs).
 */
export function SelectField({
  id,
  label,
  anyLabel,
  error,
  children,
}: {
  id: string;
  label: string;
  anyLabel: string;
  error?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>{label}</label>
      <ErrorText error={error} id={`${id}-fel`} />
      <select
        id={id}
        name={id}
        aria-describedby={error ? `${id}-fel` : undefined}
        aria-invalid={error ? 'true' : undefined}
      >
        <option value="">{anyLabel}</option>
        {children}
      </select>
    </div>
  );
}

/** A group of radio buttons or checkboxes under one question (fieldset + legend). */
export function ChoiceGroup(p: {
  id: string;
  name?: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  type: 'radio' | 'checkbox';
  options: readonly { value: string; label: string; hint?: string }[];
  selected: readonly string[];
}) {
  const name = p.name ?? p.id;
  return (
    <fieldset
      class={p.error ? 'field field-error choices' : 'field choices'}
      id={p.id}
      aria-describedby={describedBy(p.id, p.hint, p.error)}
    >
      <legend>{p.legend}</legend>
      {p.hint && (
        <p class="hint" id={`${p.id}-hint`}>
          {p.hint}
        </p>
      )}
      <ErrorText error={p.error} id={`${p.id}-fel`} />
      {p.options.map((o, i) => {
        const id = `${p.id}-${i}`;
        return (
          <div class="checkbox" key={o.value}>
            <input
              type={p.type}
              id={id}
              name={name}
              value={o.value}
              checked={p.selected.includes(o.value)}
              aria-describedby={o.hint ? `${id}-hint` : undefined}
            />
            <label for={id}>{o.label}</label>
            {o.hint && (
              <p class="hint" id={`${id}-hint`}>
                {o.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

export function Button({
  children,
  secondary,
  name,
  value,
}: {
  children: ComponentChildren;
  secondary?: boolean;
  name?: string;
  value?: string;
}) {
  return (
    <button type="submit" class={secondary ? 'secondary' : undefined} name={name} value={value}>
      {children}
    </button>
  );
}

/** A short confirmation after an action ("Sparat"), announced by screen readers. */
export function Notice({ children }: { children: ComponentChildren }) {
  return (
    <div class="notice" role="status">
      {children}
    </div>
  );
}
