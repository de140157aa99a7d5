import type { FieldError } from '../../../platform/http/errors.js';
import { formatDateTime } from '../../../platform/i18n/format.js';
import { ErrorSummary, Time } from '../../../platform/views/components.js';
import {
  Button,
  ChoiceGroup,
  fieldError,
  Notice,
  PostForm,
  TextArea,
  TextField,
} from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { reportErrorPath } from '../directory/profile.views.js';
import { HOME } from './coordination.views.js';
import type { ReportRow } from './report.repository.js';
import { REPORT_MAX_LENGTH } from './report.schema.js';
import { REPORT_TOPICS, type ReportTopic } from './report.topics.js';
import { REPORTS_PATH } from './report.service.js';
import { reportText } from './report.text.js';

const FIELD_IDS = { topic: 'topic', message: 'message', email: 'email' };
const topicLabel = (topic: string) => reportText.form.topics[topic as ReportTopic] ?? topic;

/** The public form under a profile: what is wrong, and where to answer (optional). */
export function ReportPage({
  enterprise,
  demo,
  errors = [],
  values = {},
}: {
  enterprise: { orgnr: string; name: string };
  demo: boolean;
  errors?: FieldError[];
  values?: Record<string, string>;
}) {
  const t = reportText.form;
  return (
    <Layout title={t.title(enterprise.name)} path="/foretag" demo={demo}>
      <p class="breadcrumb">
        <a href={`/foretag/${enterprise.orgnr}`}>{t.back(enterprise.name)}</a>
      </p>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} />
      <h1>{t.title(enterprise.name)}</h1>
      <p class="lead">{t.lead}</p>
      <PostForm action={reportErrorPath(enterprise.orgnr)} class="narrow">
        <ChoiceGroup
          id="topic"
          legend={t.topic}
          type="radio"
          options={REPORT_TOPICS.map((value) => ({ value, label: t.topics[value] }))}
          selected={[values.topic ?? '']}
          error={fieldError(errors, 'topic')}
        />
        <TextArea
          id="message"
          label={t.message}
          hint={t.messageHint}
          value={values.message}
          error={fieldError(errors, 'message')}
          rows={6}
          maxLength={REPORT_MAX_LENGTH}
        />
        <TextField
          id="email"
          type="email"
          label={t.email}
          hint={t.emailHint}
          value={values.email}
          error={fieldError(errors, 'email')}
          autocomplete="email"
          maxLength={254}
        />
        <Button>{t.submit}</Button>
      </PostForm>
    </Layout>
  );
}

export function ReportThanksPage({
  enterprise,
  demo,
  withEmail,
}: {
  enterprise: { orgnr: string; name: string };
  demo: boolean;
  withEmail: boolean;
}) {
  const t = reportText.thanks;
  return (
    <Layout title={t.title} path="/foretag" demo={demo}>
      <h1>{t.title}</h1>
      <p>{t.text}</p>
      {withEmail && <p>{t.withEmail}</p>}
      <ul>
        <li>
          <a href={`/foretag/${enterprise.orgnr}`}>{t.back(enterprise.name)}</a>
        </li>
        <li>
          <a href="/foretag">{t.search}</a>
        </li>
      </ul>
    </Layout>
  );
}

/** One report with the way to close it (the coordinators' list and the enterprise's page). */
function ReportItem({ r, showEnterprise }: { r: ReportRow; showEnterprise: boolean }) {
  const t = reportText.list;
  const Heading = showEnterprise ? 'h2' : 'h3';
  return (
    <li>
      <article aria-labelledby={`rapport-${r.id}`}>
        <Heading id={`rapport-${r.id}`}>
          {showEnterprise ? (
            <>
              <a href={`${HOME}/foretag/${r.orgnr}`}>{r.name}</a> <span class="meta">({r.orgnr})</span>
            </>
          ) : (
            topicLabel(r.topic)
          )}
        </Heading>
        <p class="meta">
          {t.received} <Time at={r.createdAt} />
          {showEnterprise && ` · ${t.topic}: ${topicLabel(r.topic)}`}
        </p>
        <p class="user-text" lang="sv">
          {r.message}
        </p>
        <p>
          {t.reporter}: {r.reporterEmail ? <a href={`mailto:${r.reporterEmail}`}>{r.reporterEmail}</a> : t.noReporter}
        </p>
        <PostForm action={`${REPORTS_PATH}/${r.id}/atgardad`}>
          {/* Closed from the enterprise's page, the coordinator is brought back there. */}
          {!showEnterprise && <input type="hidden" name="tillbaka" value={r.orgnr} />}
          <Button secondary>
            {t.close}
            <span class="visually-hidden">
              {' '}
              ({r.name}, {formatDateTime(r.createdAt)})
            </span>
          </Button>
        </PostForm>
      </article>
    </li>
  );
}

/** The open reports on the enterprise's page for coordinators. */
export function OpenReports({ reports }: { reports: ReportRow[] }) {
  const t = reportText.list;
  return (
    <section aria-labelledby="rapporterade-fel">
      <h2 id="rapporterade-fel">{t.title}</h2>
      <ol class="change-list">
        {reports.map((r) => (
          <ReportItem key={r.id} r={r} showEnterprise={false} />
        ))}
      </ol>
    </section>
  );
}

/** The coordinators' list: open reports, oldest first, each with the way to close it. */
export function ReportsPage({
  open,
  recent,
  demo,
  notice,
}: {
  open: ReportRow[];
  recent: ReportRow[];
  demo: boolean;
  notice?: 'closed' | 'gone' | undefined;
}) {
  const t = reportText.list;
  return (
    <Layout title={t.title} path={HOME} demo={demo}>
      <p class="breadcrumb">
        <a href={HOME}>{t.back}</a>
      </p>
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      {notice === 'closed' && <Notice>{t.closed}</Notice>}
      {notice === 'gone' && <Notice>{t.gone}</Notice>}
      {open.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ol class="change-list" aria-label={t.caption}>
          {open.map((r) => (
            <ReportItem key={r.id} r={r} showEnterprise />
          ))}
        </ol>
      )}
      {recent.length > 0 && (
        <section aria-labelledby="atgardade">
          <h2 id="atgardade">{t.recent}</h2>
          <ul>
            {recent.map((r) => (
              <li key={r.id}>
                <a href={`${HOME}/foretag/${r.orgnr}`}>{r.name}</a>, {topicLabel(r.topic)}.{' '}
                {r.closedAt && t.closedBy(r.closedByName ?? '–', formatDateTime(r.closedAt))}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}
