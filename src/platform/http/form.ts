import type { z } from 'zod';
import type { FieldError } from './errors.js';

/** PostgreSQL refuses NUL in text; no one means to type it, so forms drop it before validation. */
const NUL = /\u0000/g;

export function withoutNul<T>(v: T): T;
export function withoutNul(v: unknown): unknown {
  if (typeof v === 'string') return v.replace(NUL, '');
  if (Array.isArray(v)) return v.map(withoutNul);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, withoutNul(x)]));
  }
  return v;
}

/** What a form posted, one string per field (the first of repeated ones), for re-showing it. */
export function formValues(body: unknown, { maxLength = 5000 }: { maxLength?: number } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of fieldsOf(body)) {
    const s = Array.isArray(v) ? v[0] : v;
    if (typeof s === 'string') out[k] = s.replace(NUL, '').slice(0, maxLength);
  }
  return out;
}

/** What a form posted with every value kept: one string per field, a list for a field that repeats. */
export type FormValues = Record<string, string | string[]>;

/** A posted form as FormValues, for forms with checkbox groups (non-strings dropped, at most 500 values a field). */
export function formValuesWithLists(body: unknown): FormValues {
  const out: FormValues = {};
  for (const [k, v] of fieldsOf(body)) {
    if (typeof v === 'string') out[k] = v.replace(NUL, '');
    else if (Array.isArray(v)) {
      out[k] = v
        .filter((x): x is string => typeof x === 'string')
        .slice(0, 500)
        .map((x) => x.replace(NUL, ''));
    }
  }
  return out;
}

/** Every value of a field that may repeat (checkbox groups), as an array of strings. */
export function formList(body: unknown, field: string): string[] {
  if (!body || typeof body !== 'object') return [];
  const v = (body as Record<string, unknown>)[field];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(NUL, ''));
}

function fieldsOf(body: unknown): [string, unknown][] {
  return body && typeof body === 'object' ? Object.entries(body as Record<string, unknown>) : [];
}

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

/** Validates a posted form with its schema; errors come back per field, first error per field. */
export function parseForm<S extends z.ZodType>(schema: S, input: unknown): FormResult<z.infer<S>> {
  const parsed = schema.safeParse(withoutNul(input ?? {}));
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
  }
  return { ok: false, errors };
}
