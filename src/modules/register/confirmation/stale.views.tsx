import { platformText } from '../../../platform/i18n/platform.text.js';
import { formatDate, formatInteger } from '../../../platform/i18n/format.js';
import { Pagination, ScrollTable } from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import type { StaleReport } from './stale.service.js';
import { confirmationText } from './confirmation.text.js';

const t = confirmationText.stale;
export const STALE_PATH = '/samordning/inaktuella';

/** GET /samordning/inaktuella: the coordinators' view of profiles that need confirming. */
export function StaleListPage({ report, demo }: { report: StaleReport; demo: boolean }) {
  const { entries, total, page, pageCount } = report;
  return (
    <Layout
      title={page > 1 ? platformText.pagedTitle(t.title, formatInteger(page)) : t.title}
      path={STALE_PATH}
      demo={demo}
    >
      <p class="breadcrumb">
        <a href="/samordning">{t.back}</a>
      </p>
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>

      <section aria-labelledby="laget">
        <h2 id="laget">{t.figuresHeading}</h2>
        <dl class="facts">
          <Figure term={t.confirmedLastYear} value={formatInteger(report.confirmedLastYear)} />
          <Figure term={t.due} value={formatInteger(report.due)} />
          <Figure term={t.overdue} value={formatInteger(report.overdue)} />
          <Figure term={t.onTimeShare} value={t.onTimeValue(report.onTimeShare, report.onTime, report.confirmations)} />
        </dl>
      </section>

      <section aria-labelledby="lista">
        <h2 id="lista">{t.listHeading}</h2>
        {total === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <>
            <p>{t.count(total)}</p>
            {/* A wide table may scroll sideways on a narrow screen (WCAG 1.4.10); the box takes
                focus so keyboard users can scroll it. */}
            <ScrollTable id="inaktuella-tabell" caption={t.caption(page, pageCount)} tableClass="api-table">
              <thead>
                <tr>
                  <th scope="col">{t.columns.orgnr}</th>
                  <th scope="col">{t.columns.name}</th>
                  <th scope="col">{t.columns.status}</th>
                  <th scope="col">{t.columns.reference}</th>
                  <th scope="col">{t.columns.due}</th>
                  <th scope="col">{t.columns.reminders}</th>
                  <th scope="col">{t.columns.lastReminder}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.orgnr}>
                    <td>{e.orgnr}</td>
                    <th scope="row">
                      <a href={`/foretag/${e.orgnr}`}>{e.name}</a>
                    </th>
                    <td>{e.lapsed ? t.statusOverdue : t.statusDue}</td>
                    <td>{formatDate(e.reference)}</td>
                    <td>{formatDate(e.dueAt)}</td>
                    <td>{formatInteger(e.remindersSent)}</td>
                    <td>{e.lastReminder ? formatDate(e.lastReminder) : t.never}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          </>
        )}
        <Pagination
          page={page}
          pageCount={pageCount}
          href={(p) => (p === 1 ? STALE_PATH : `${STALE_PATH}?sida=${p}`)}
        />
      </section>
    </Layout>
  );
}

function Figure({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
