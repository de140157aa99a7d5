import { platformText } from '../../../platform/i18n/platform.text.js';
import type { FieldError } from '../../../platform/http/errors.js';
import { ErrorSummary, Pagination, ScrollTable, Time } from '../../../platform/views/components.js';
import { Button, fieldError, Notice, PostForm, SelectInput, TextArea } from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { fieldLabel, type ChangeFeed, type ChangeItem } from './changes.service.js';
import { CHANGE_FILTERS, type ChangeFilter } from './verification.schema.js';
import { verificationText } from './verification.text.js';
import { HOME } from './coordination.views.js';
import { factText, labelOf } from './facts.views.js';
import { formatDateTime } from '../../../platform/i18n/format.js';

const t = verificationText.changes;
const PATH = `${HOME}/andringar`;

/** The feed's address for a filter and page; the default filter and page 1 stay out of it. */
export function feedHref(filter: ChangeFilter, page: number, done?: string): string {
  const q = new URLSearchParams();
  if (filter !== 'flaggade') q.set('visa', filter);
  if (page > 1) q.set('sida', String(page));
  if (done) q.set('klart', done);
  const s = q.toString();
  return s ? `${PATH}?${s}` : PATH;
}

export interface ChangesPageProps {
  feed: ChangeFeed;
  demo: boolean;
  done?: string | undefined;
  errors?: FieldError[];
  values?: Record<string, string>;
}

export function ChangesPage({ feed, demo, done, errors = [], values = {} }: ChangesPageProps) {
  const doneText = done === 'granskad' ? t.doneReviewed : done === 'aterstalld' ? t.doneReverted : undefined;
  return (
    <Layout
      title={feed.page > 1 ? platformText.pagedTitle(t.title, String(feed.page)) : t.title}
      path={PATH}
      demo={demo}
    >
      <ErrorSummary errors={errors} fieldIds={{}} />
      <p class="breadcrumb">
        <a href={HOME}>{verificationText.enterprise.back}</a>
      </p>
      <h1>{t.heading}</h1>
      <p>{t.lead}</p>
      {doneText && <Notice>{doneText}</Notice>}
      {/* A plain GET form: the filter works without JavaScript and the address can be shared. */}
      <form method="get" action={PATH} class="search-row">
        <SelectInput
          id="visa"
          label={t.filterLegend}
          value={feed.filter}
          options={CHANGE_FILTERS.map((f) => ({ value: f, label: labelOf(t.filters, f) }))}
        />
        <Button secondary>{t.filterButton}</Button>
      </form>
      <p class="result-count">{t.count(feed.total)}</p>
      {feed.items.length === 0 ? (
        <p>{feed.filter === 'flaggade' ? t.emptyFlagged : t.empty}</p>
      ) : (
        <ol class="change-list">
          {feed.items.map((item) => (
            <ChangeCard key={item.id} item={item} feed={feed} errors={errors} values={values} />
          ))}
        </ol>
      )}
      <Pagination page={feed.page} pageCount={feed.pageCount} href={(p) => feedHref(feed.filter, p)} />
    </Layout>
  );
}

function ChangeCard({
  item,
  feed,
  errors,
  values,
}: {
  item: ChangeItem;
  feed: ChangeFeed;
  errors: FieldError[];
  values: Record<string, string>;
}) {
  const reasonId = `anledning-${item.id}`;
  const headingId = `andring-${item.id}`;
  return (
    <li class="change">
      <article aria-labelledby={headingId}>
        <h2 id={headingId}>
          <a href={`${HOME}/foretag/${item.orgnr}`}>{item.name}</a> <span class="meta">({item.orgnr})</span>
        </h2>
        <p class="meta">
          {t.by(item.actor)}, <Time at={item.at} />
          {item.action !== 'updated' ? ` (${labelOf(verificationText.actions, item.action)})` : ''}
        </p>
        {item.flaggedFields.length > 0 && (
          // Long values may make the table wider than a phone: it scrolls in its own focusable box.
          <ScrollTable id={`flaggade-${item.id}`} caption={t.flaggedHeading}>
            <thead>
              <tr>
                <th scope="col">{t.field}</th>
                <th scope="col">{t.before}</th>
                <th scope="col">{t.after}</th>
              </tr>
            </thead>
            <tbody>
              {item.flaggedFields.map((f) => (
                <tr key={f}>
                  <th scope="row">{fieldLabel(f)}</th>
                  <td>{factText(f, item.before)}</td>
                  <td>{factText(f, item.after)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
        {item.otherFields.length > 0 && (
          <p>
            {t.otherFields}: {item.otherFields.map(fieldLabel).join(', ')}
          </p>
        )}
        {item.reverted && <p class="notice">{t.reverted}</p>}
        {item.reviewedAt && item.reviewedBy && !item.reverted && (
          <p>{t.reviewed(item.reviewedBy, formatDateTime(item.reviewedAt))}</p>
        )}
        {!item.reverted && (
          <div class="actions">
            {!item.reviewedAt && (
              <PostForm action={`${PATH}/${item.id}/granskad`}>
                <ReturnFields feed={feed} />
                <Button secondary>{t.markReviewed}</Button>
              </PostForm>
            )}
            {item.isLatest ? (
              <PostForm action={`${PATH}/${item.id}/aterstall`}>
                <ReturnFields feed={feed} />
                <TextArea
                  id={reasonId}
                  name="anledning"
                  label={t.revertReason}
                  hint={t.revertReasonHint}
                  value={values[reasonId]}
                  error={fieldError(errors, reasonId)}
                  rows={2}
                  maxLength={4000}
                />
                <Button secondary>{t.revert}</Button>
              </PostForm>
            ) : (
              <p class="hint">{t.notLatestShort}</p>
            )}
          </div>
        )}
      </article>
    </li>
  );
}

/** Where to come back to after the action: the same filter and page. */
function ReturnFields({ feed }: { feed: ChangeFeed }) {
  return (
    <>
      <input type="hidden" name="visa" value={feed.filter} />
      <input type="hidden" name="sida" value={String(feed.page)} />
    </>
  );
}
