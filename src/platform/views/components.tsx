import type { ComponentChildren } from 'preact';
import type { FieldError } from '../http/errors.js';
import { formatDateTime } from '../i18n/format.js';
import { platformText as t } from '../i18n/platform.text.js';

/** GOV.UK-style error summary: focusable, first on the page, each error links to its field. */
export function ErrorSummary({ errors, fieldIds }: { errors: FieldError[]; fieldIds: Record<string, string> }) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="felrubrik" tabIndex={-1}>
      <h2 id="felrubrik">{t.errors.summaryTitle}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.field}>
            <a href={`#${fieldIds[e.field] ?? e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Page links that keep the rest of the query: plain links, so they work without JavaScript. */
export function Pagination({
  page,
  pageCount,
  href,
}: {
  page: number;
  pageCount: number;
  href: (p: number) => string;
}) {
  if (pageCount <= 1) return null;
  const pages = pageWindow(page, pageCount);
  return (
    <nav class="pagination" aria-label={t.pagination.label}>
      <ul>
        {page > 1 && (
          <li>
            {/* Past the end (?sida=999), "previous" is the last page that exists. */}
            <a href={href(Math.min(page - 1, pageCount))} rel="prev">
              {t.pagination.previous}
            </a>
          </li>
        )}
        {pages.map((p, i) =>
          p === null ? (
            <li key={`gap${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <a href={href(p)} aria-current="page" aria-label={t.pagination.current(p, pageCount)}>
                  {p}
                </a>
              ) : (
                <a href={href(p)} aria-label={t.pagination.page(p)}>
                  {p}
                </a>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <a href={href(page + 1)} rel="next">
              {t.pagination.next}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** 1 … 4 5 [6] 7 8 … 20 */
export function pageWindow(page: number, count: number): (number | null)[] {
  const set = new Set([1, count, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= count));
  const sorted = [...set].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - (sorted[i - 1] as number) > 1) out.push(null);
    out.push(p);
  });
  return out;
}

/**
 * The one place raw markup enters a page: JSON for a data block (JSON-LD). `<` is escaped so
 * that no value can close the script element.
 */
export function JsonLd({ data }: { data: unknown }) {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}

/** A moment in Swedish time, with the exact instant for machines. */
export function Time({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{formatDateTime(at)}</time>;
}

/** One term and its value in a `<dl class="facts">`. */
export function Fact({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * A data table in its own scroll box: on a narrow screen or at 400 % zoom the table scrolls
 * sideways by itself (WCAG 1.4.10 allows that for data tables) and the page does not. The box
 * takes focus so that keyboard users can scroll it, and is named by the caption.
 */
export function ScrollTable({
  id,
  caption,
  tableClass = 'data',
  children,
}: {
  id: string;
  caption: string;
  tableClass?: 'data' | 'api-table';
  children: ComponentChildren;
}) {
  return (
    <div class="api-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table class={tableClass}>
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
