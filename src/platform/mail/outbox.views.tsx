import { platformText } from '../i18n/platform.text.js';
import { formatInteger } from '../i18n/format.js';
import { Fact, Pagination, ScrollTable, Time } from '../views/components.js';
import { Layout } from '../views/layout.js';
import { mailText } from './mail.text.js';
import type { MailStatus, OutboxMail, OutboxPage } from './mail.service.js';

const t = mailText;
const PATH = '/admin/utkorg';

// Admins compare times to the minute (when did the invitation go out?); the region's clock.
function statusText(status: MailStatus): string {
  return t.status[status] ?? status;
}

export function OutboxListPage({
  outbox,
  smtpConfigured,
  demo,
}: {
  outbox: OutboxPage;
  smtpConfigured: boolean;
  demo: boolean;
}) {
  const { items, total, page, pageCount } = outbox;
  return (
    <Layout
      title={page > 1 ? platformText.pagedTitle(t.outbox.title, formatInteger(page)) : t.outbox.title}
      path={PATH}
      demo={demo}
    >
      <h1>{t.outbox.heading}</h1>
      <p>{t.outbox.lead}</p>
      {!smtpConfigured && <p class="notice">{t.outbox.noSmtp}</p>}
      {total === 0 ? (
        <p>{t.outbox.empty}</p>
      ) : (
        <>
          <p>{t.outbox.count(total)}</p>
          {/* A data table may scroll sideways on a narrow screen (WCAG 1.4.10); the box takes focus
              so keyboard users can scroll it, and the caption names it. */}
          <ScrollTable id="utkorg-tabell" caption={t.outbox.caption(page, pageCount)} tableClass="api-table">
            <thead>
              <tr>
                <th scope="col">{t.outbox.columns.created}</th>
                <th scope="col">{t.outbox.columns.to}</th>
                <th scope="col">{t.outbox.columns.subject}</th>
                <th scope="col">{t.outbox.columns.status}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((m) => (
                <tr key={m.id}>
                  <td>
                    <Time at={m.createdAt} />
                  </td>
                  <td>{m.to}</td>
                  <th scope="row">
                    <a href={`${PATH}/${m.id}`}>{m.subject || t.outbox.noSubject}</a>
                  </th>
                  <td>{statusText(m.status)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      )}
      <Pagination page={page} pageCount={pageCount} href={(p) => (p === 1 ? PATH : `${PATH}?sida=${p}`)} />
    </Layout>
  );
}

export function OutboxMessagePage({ mail, from, demo }: { mail: OutboxMail; from: string; demo: boolean }) {
  return (
    <Layout title={t.message.title(mail.id)} path={PATH} demo={demo}>
      <p class="breadcrumb">
        <a href={PATH}>{t.message.backToOutbox}</a>
      </p>
      <h1>{mail.subject || t.outbox.noSubject}</h1>
      <section aria-labelledby="uppgifter">
        <h2 id="uppgifter">{t.message.detailsHeading}</h2>
        <dl class="facts">
          <Fact term={t.message.from}>{from}</Fact>
          <Fact term={t.message.to}>{mail.to}</Fact>
          <Fact term={t.message.subject}>{mail.subject || t.outbox.noSubject}</Fact>
          <Fact term={t.message.created}>
            <Time at={mail.createdAt} />
          </Fact>
          <Fact term={t.message.status}>{statusText(mail.status)}</Fact>
          {mail.sentAt && (
            <Fact term={t.message.sentAt}>
              <Time at={mail.sentAt} />
            </Fact>
          )}
          {mail.lastError && <Fact term={t.message.lastError}>{mail.lastError}</Fact>}
        </dl>
      </section>
      <section aria-labelledby="text">
        <h2 id="text">{t.message.bodyHeading}</h2>
        {/* Exactly what the recipient reads: plain text, links not made clickable (an admin
            passing a link on copies it), long lines wrap. */}
        <pre class="mail-text">{mail.text}</pre>
      </section>
    </Layout>
  );
}
