import { platformText } from '../i18n/platform.text.js';
import { AUDIT_ACTIONS_EN } from '../audit/audit.en.js';
import { AUDIT_ACTIONS } from '../audit/audit.service.js';
import { currentLanguage } from '../i18n/language.js';
import { RETENTION } from '../auth/retention.jobs.js';
import type { AuditRow } from '../audit/audit.repository.js';
import { formatInteger } from '../i18n/format.js';
import { describeDetails } from '../audit/audit.labels.js';
import { Pagination, ScrollTable, Time } from '../views/components.js';
import { SelectInput } from '../views/form.js';
import { Layout } from '../views/layout.js';
import { adminText as t } from './admin.text.js';

const PATH = '/admin/logg';

function actionLabels(): Record<string, string> {
  return currentLanguage() === 'en' ? AUDIT_ACTIONS_EN : AUDIT_ACTIONS;
}

export function actionLabel(action: string): string {
  return actionLabels()[action] ?? action;
}

/**
 * Details in one short line, "Orsak: fel lösenord; …", in the page's language (audit.labels.ts).
 * They are whatever the writer thought worth keeping, so a long value is cut rather than let it
 * swamp the table; someone's own text (a file name, a reason) is marked as the Swedish it is.
 */
function Details({ details }: { details: unknown }) {
  return (
    <>
      {describeDetails(details).map((p, i) => (
        <>
          {i > 0 && '; '}
          {p.label}: {p.translated ? p.value : <span lang="sv">{cut(p.value)}</span>}
        </>
      ))}
    </>
  );
}

const cut = (text: string) => (text.length > 200 ? `${text.slice(0, 200)} …` : text);

export function AuditTable({ id, caption, rows }: { id: string; caption: string; rows: AuditRow[] }) {
  return (
    <ScrollTable id={id} caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t.audit.columns.at}</th>
          <th scope="col">{t.audit.columns.actor}</th>
          <th scope="col">{t.audit.columns.action}</th>
          <th scope="col">{t.audit.columns.subject}</th>
          <th scope="col">{t.audit.columns.ip}</th>
          <th scope="col">{t.audit.columns.details}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              <Time at={r.at} />
            </td>
            <td>{r.actor_label}</td>
            <th scope="row">{actionLabel(r.action)}</th>
            <td>{r.subject ?? '–'}</td>
            <td>{r.ip ?? '–'}</td>
            <td class="audit-details">
              <Details details={r.details} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export function AuditLogPage({
  rows,
  total,
  page,
  pageCount,
  action,
  demo,
}: {
  rows: AuditRow[];
  total: number;
  page: number;
  pageCount: number;
  action: string | undefined;
  demo: boolean;
}) {
  const href = (p: number) => {
    const q = new URLSearchParams();
    if (action) q.set('handelse', action);
    if (p > 1) q.set('sida', String(p));
    const s = q.toString();
    return s ? `${PATH}?${s}` : PATH;
  };
  return (
    <Layout
      title={page > 1 ? platformText.pagedTitle(t.audit.title, formatInteger(page)) : t.audit.title}
      path={PATH}
      demo={demo}
    >
      <p class="breadcrumb">
        <a href="/admin">{t.start.title}</a>
      </p>
      <h1>{t.audit.title}</h1>
      <p>{t.audit.lead(RETENTION.auditMonths)}</p>
      {/* A plain GET form: filtering works without JavaScript and the address can be shared. */}
      <form method="get" action={PATH} class="search-row">
        <SelectInput
          id="handelse"
          label={t.audit.filter}
          value={action}
          options={Object.entries(actionLabels())
            .map(([value, label]) => ({ value, label }))
            .sort((a, b) => a.label.localeCompare(b.label, currentLanguage()))}
          emptyLabel={t.audit.allActions}
        />
        <button type="submit">{t.audit.show}</button>
      </form>
      {total === 0 ? (
        <p>{t.audit.empty}</p>
      ) : (
        <>
          <p>{t.audit.count(total)}</p>
          <AuditTable id="logg-tabell" caption={t.audit.caption(page, pageCount)} rows={rows} />
        </>
      )}
      <Pagination page={page} pageCount={pageCount} href={href} />
    </Layout>
  );
}
