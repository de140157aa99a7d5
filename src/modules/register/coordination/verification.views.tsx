import type { FieldError } from '../../../platform/http/errors.js';
import { formatDate } from '../../../platform/i18n/format.js';
import { ErrorSummary, Fact, ScrollTable, Time } from '../../../platform/views/components.js';
import { Button, fieldError, Notice, PostForm, TextArea } from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { PUBLIC_STATUSES } from '../enterprise/enterprise.types.js';
import { HOME } from './coordination.views.js';
import { DecisionForm, DecisionItem } from './decision.views.js';
import { FactList } from './facts.views.js';
import { History } from './history.views.js';
import type { CoordinatorView, QueueItem } from './verification.service.js';
import { awaitsDecision, statusLabel } from './verification.service.js';
import { verificationText } from './verification.text.js';
import { OpenReports } from './report.views.js';

const t = verificationText;

export function QueuePage({ items, imports, demo }: { items: QueueItem[]; imports: QueueItem[]; demo: boolean }) {
  return (
    <Layout title={t.queue.title} path={`${HOME}/granskning`} demo={demo}>
      <p class="breadcrumb">
        <a href={HOME}>{t.enterprise.back}</a>
      </p>
      <h1>{t.queue.heading}</h1>
      <p>{t.queue.lead}</p>
      {items.length === 0 ? (
        <p>{t.queue.empty}</p>
      ) : (
        <QueueTable id="ko-tabell" caption={t.queue.caption(items.length)} when={t.queue.submitted} items={items} />
      )}
      <h2 id="importerade">{t.queue.importsHeading}</h2>
      <p>{t.queue.importsLead}</p>
      {imports.length === 0 ? (
        <p>{t.queue.importsEmpty}</p>
      ) : (
        <QueueTable
          id="import-tabell"
          caption={t.queue.importsCaption(imports.length)}
          when={t.queue.imported}
          items={imports}
        />
      )}
    </Layout>
  );
}

function QueueTable({ id, caption, when, items }: { id: string; caption: string; when: string; items: QueueItem[] }) {
  return (
    <ScrollTable id={id} caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t.queue.name}</th>
          <th scope="col">{t.queue.orgnr}</th>
          <th scope="col">{t.queue.municipality}</th>
          <th scope="col">{when}</th>
          <th scope="col">{t.queue.waited}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.orgnr}>
            <th scope="row">
              <a href={`${HOME}/foretag/${i.orgnr}`}>{i.name}</a>
            </th>
            <td>{i.orgnr}</td>
            <td>{i.municipality ?? t.queue.unknown}</td>
            <td>
              <time dateTime={i.submittedAt.toISOString()}>{formatDate(i.submittedAt)}</time>
            </td>
            <td>{t.queue.days(i.waitedDays)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export interface EnterprisePageProps {
  view: CoordinatorView;
  demo: boolean;
  errors?: FieldError[];
  values?: Record<string, string>;
  /** What was just done (?klart=…), shown as a confirmation. */
  done?: string | undefined;
}

const FIELD_IDS: Record<string, string> = { beslut: 'beslut', form: 'beslut', version: 'beslut' };

export function EnterprisePage({ view, demo, errors = [], values = {}, done }: EnterprisePageProps) {
  const { workflow: w } = view;
  const e = w.enterprise;
  const doneText = done ? (t.enterprise.done as Record<string, string | undefined>)[done] : undefined;
  return (
    <Layout title={t.enterprise.title(e.name)} path={`${HOME}/foretag`} demo={demo}>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} />
      <p class="breadcrumb">
        <a href={HOME}>{t.enterprise.back}</a>
        {awaitsDecision(e) && (
          <>
            {' · '}
            <a href={`${HOME}/granskning`}>{t.enterprise.backToQueue}</a>
          </>
        )}
      </p>
      <h1>{e.name}</h1>
      {doneText && <Notice>{doneText}</Notice>}
      <dl class="facts">
        <Fact term={t.enterprise.status}>{statusLabel(e.status)}</Fact>
        {e.status !== 'pending' && !e.verifiedAt && <Fact term={t.enterprise.criteria}>{t.enterprise.unreviewed}</Fact>}
        {w.submittedAt && (
          <Fact term={t.enterprise.submittedAt}>
            <Time at={w.submittedAt} />
          </Fact>
        )}
        {e.verifiedAt && (
          <Fact term={t.enterprise.verifiedAt}>
            <Time at={e.verifiedAt} />
          </Fact>
        )}
        {w.verifiedBy && <Fact term={t.enterprise.verifiedBy}>{w.verifiedBy}</Fact>}
        {w.confirmedAt && (
          <Fact term={t.enterprise.confirmedAt}>
            <Time at={w.confirmedAt} />
          </Fact>
        )}
        {w.archivedAt && (
          <Fact term={t.enterprise.archivedAt}>
            <Time at={w.archivedAt} />
          </Fact>
        )}
        {w.archivedReason && <Fact term={t.enterprise.archivedReason}>{w.archivedReason}</Fact>}
      </dl>
      {PUBLIC_STATUSES.includes(e.status) && (
        <p>
          <a href={`/foretag/${e.orgnr}`}>{t.enterprise.publicProfile}</a>
        </p>
      )}

      {view.openReports.length > 0 && <OpenReports reports={view.openReports} />}

      <section aria-labelledby="uppgifter">
        <h2 id="uppgifter">{t.enterprise.factsHeading}</h2>
        <FactList facts={e} sources={e.sources} />
      </section>

      <section aria-labelledby="kontakter">
        <h2 id="kontakter">{t.enterprise.contactsHeading}</h2>
        {view.contacts.length === 0 ? (
          <p>{t.enterprise.noContacts}</p>
        ) : (
          <>
            <p>{t.enterprise.contactsLead}</p>
            <ul>
              {view.contacts.map((c) => (
                <li key={c.email}>
                  {c.name ? `${c.name}, ` : ''}
                  <a href={`mailto:${c.email}`}>{c.email}</a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {awaitsDecision(e) && (
        <DecisionForm orgnr={e.orgnr} version={view.latestVersionId} errors={errors} values={values} />
      )}

      <section aria-labelledby="beslut-rubrik">
        <h2 id="beslut-rubrik">{t.enterprise.decisionsHeading}</h2>
        {view.decisions.length === 0 ? (
          <p>{t.enterprise.noDecisions}</p>
        ) : (
          <ul class="decisions">
            {view.decisions.map((d, i) => (
              <DecisionItem key={i} d={d} />
            ))}
          </ul>
        )}
      </section>

      <History entries={view.history} />

      {e.status !== 'archived' && (
        <section aria-labelledby="arkivera">
          <h2 id="arkivera">{t.archive.heading}</h2>
          <p>{t.archive.lead}</p>
          <PostForm action={`${HOME}/foretag/${e.orgnr}/arkivera`}>
            <TextArea
              id="anledning"
              label={t.archive.reason}
              hint={t.archive.reasonHint}
              value={values.anledning}
              error={fieldError(errors, 'anledning')}
              rows={3}
              maxLength={4000}
            />
            <Button secondary>{t.archive.submit}</Button>
          </PostForm>
        </section>
      )}
    </Layout>
  );
}

/** A decision or revert that cannot be made in the state things are in now (409). */
export function ConflictPage({
  message,
  demo,
  links,
}: {
  message: string;
  demo: boolean;
  links: { href: string; label: string }[];
}) {
  return (
    <Layout title={t.conflict.title} path={HOME} demo={demo}>
      <h1>{t.conflict.title}</h1>
      <p>{message}</p>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <a href={l.href}>{l.label}</a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
