import type { FieldError } from '../../../platform/http/errors.js';
import { formatDate, formatInteger, formatPercent } from '../../../platform/i18n/format.js';
import { categoryNameOf } from '../../../platform/reference/categories.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import { ErrorSummary, Fact, ScrollTable, Time } from '../../../platform/views/components.js';
import {
  Button,
  CheckboxField,
  ErrorText,
  fieldError,
  Notice,
  PostForm,
  TextArea,
} from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { FACT_GROUPS, PUBLIC_STATUSES, type EnterpriseFacts } from '../enterprise/enterprise.types.js';
import { factSourceName, legalFormName } from '../enterprise/enterprise.names.js';
import { registerText } from '../register.text.js';
import { targetGroupShare } from '../enterprise/rules.js';
import { CRITERIA, metField, noteField } from './verification.schema.js';
import type { CoordinatorView, DecisionRecord, HistoryEntry, QueueItem } from './verification.service.js';
import { statusLabel } from './verification.service.js';
import { verificationText } from './verification.text.js';
import { fieldLabel } from './changes.service.js';

const t = verificationText;
export const HOME = '/samordning';

/** A label from a catalogue map, or the key itself for a value the catalogue does not know yet. */
export function labelOf(map: object, key: string): string {
  const v = (map as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : key;
}

// Coordinators compare times to the minute (who changed it first?); the region's clock.
const placeName = (countyCode: string, municipalityCode: string | null) =>
  municipalityCode
    ? (municipalityByCode(municipalityCode)?.name ?? municipalityCode)
    : t.facts.wholeCounty(countyByCode(countyCode)?.name ?? countyCode);

/** One top-level fact as a line of plain Swedish: what the change feed shows before and after. */
export function factText(field: string, f: Partial<EnterpriseFacts>): string {
  const none = t.facts.none;
  switch (field) {
    case 'legalForm':
      return f.legalForm ? legalFormName(f.legalForm) : none;
    case 'employees': {
      const e = f.employees;
      if (!e) return none;
      const share = targetGroupShare(e);
      return t.facts.employeesText(
        formatInteger(e.total),
        formatInteger(e.targetGroup),
        share === null ? '–' : formatPercent(share),
        formatDate(e.reportedOn),
      );
    }
    case 'certifications':
      return f.certifications?.length
        ? f.certifications
            .map((c) => t.facts.certificationText(c.name, c.issuer, c.validUntil ? formatDate(c.validUntil) : null))
            .join('; ')
        : t.facts.noCertifications;
    case 'address': {
      const a = f.address;
      if (!a) return none;
      const parts = [
        a.street,
        [a.postalCode, a.city].filter(Boolean).join(' '),
        a.municipalityCode ? municipalityByCode(a.municipalityCode)?.name : null,
      ].filter(Boolean);
      return parts.length > 0 ? parts.join(', ') : none;
    }
    case 'operatingAreas':
      return f.operatingAreas?.length
        ? f.operatingAreas.map((a) => placeName(a.countyCode, a.municipalityCode)).join(', ')
        : none;
    case 'offerings':
      return f.offerings?.length
        ? f.offerings
            .map((o) => `${categoryNameOf(o.category)}${o.description ? ` (${o.description})` : ''}`)
            .join(', ')
        : none;
    case 'trainingPlaces':
      return f.trainingPlaces
        ? t.facts.trainingText(formatInteger(f.trainingPlaces.capacity), formatInteger(f.trainingPlaces.free))
        : none;
    case 'targetGroups':
    case 'networks': {
      const list = f[field];
      return list?.length ? list.join(', ') : none;
    }
    default: {
      const v = (f as Record<string, unknown>)[field];
      return v === null || v === undefined || v === '' ? none : String(v);
    }
  }
}

const FACT_FIELDS = [
  'orgnr',
  'name',
  'legalForm',
  'foundedYear',
  'description',
  'website',
  'email',
  'phone',
  'address',
  'operatingAreas',
  'offerings',
  'employees',
  'targetGroups',
  'certifications',
  'trainingPlaces',
  'networks',
] as const;

/** Facts the enterprise writes in its own (Swedish) words, marked so on an English page. */
const FREE_TEXT: ReadonlySet<string> = new Set(['description', 'offerings', 'targetGroups', 'networks']);

/** Every fact of the enterprise, as the coordinator checks them. */
function FactList({
  facts,
  sources,
}: {
  facts: EnterpriseFacts;
  sources: CoordinatorView['workflow']['enterprise']['sources'];
}) {
  return (
    <dl class="facts">
      {FACT_FIELDS.map((field) => (
        <Fact key={field} term={fieldLabel(field)}>
          {FREE_TEXT.has(field) ? <span lang="sv">{factText(field, facts)}</span> : factText(field, facts)}
        </Fact>
      ))}
      <Fact term={t.facts.sources}>
        {FACT_GROUPS.filter((g) => sources[g])
          .map((g) => {
            const s = sources[g]!;
            return registerText.profile.sourceLine(
              registerText.profile.factGroups[g],
              factSourceName(s.source),
              formatDate(new Date(s.at)),
            );
          })
          .join('; ') || t.facts.none}
      </Fact>
    </dl>
  );
}

export function QueuePage({ items, demo }: { items: QueueItem[]; demo: boolean }) {
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
        <ScrollTable id="ko-tabell" caption={t.queue.caption(items.length)}>
          <thead>
            <tr>
              <th scope="col">{t.queue.name}</th>
              <th scope="col">{t.queue.orgnr}</th>
              <th scope="col">{t.queue.municipality}</th>
              <th scope="col">{t.queue.submitted}</th>
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
      )}
    </Layout>
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
        {e.status === 'pending' && (
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

      {e.status === 'pending' && (
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

function DecisionForm({
  orgnr,
  version,
  errors,
  values,
}: {
  orgnr: string;
  /** The newest version this page shows; always the current one, also when the form comes back with errors. */
  version: number;
  errors: FieldError[];
  values: Record<string, string>;
}) {
  return (
    <section aria-labelledby="granska">
      <h2 id="granska">{t.decision.heading}</h2>
      <PostForm action={`${HOME}/foretag/${orgnr}/beslut`}>
        <input type="hidden" name="version" value={String(version)} />
        <fieldset class="criteria">
          <legend>{t.criteria.legend}</legend>
          <p class="hint">{t.criteria.lead}</p>
          {CRITERIA.map((c) => {
            const item = t.criteria.items[c];
            const error = fieldError(errors, metField(c));
            return (
              <fieldset key={c} class={error ? 'field field-error criterion' : 'field criterion'}>
                <legend>{item.title}</legend>
                <p>{item.text}</p>
                <p class="hint">{item.hint}</p>
                <ErrorText error={error} id={`${metField(c)}-fel`} />
                <CheckboxField id={metField(c)} label={t.criteria.met} checked={Boolean(values[metField(c)])} />
                <TextArea
                  id={noteField(c)}
                  label={t.criteria.note}
                  value={values[noteField(c)]}
                  error={fieldError(errors, noteField(c))}
                  rows={2}
                  maxLength={1000}
                />
              </fieldset>
            );
          })}
        </fieldset>
        <TextArea
          id="underlag"
          label={t.decision.evidence}
          hint={t.decision.evidenceHint}
          value={values.underlag}
          error={fieldError(errors, 'underlag')}
          rows={3}
          maxLength={2000}
        />
        <TextArea
          id="meddelande"
          label={t.decision.message}
          hint={t.decision.messageHint}
          value={values.meddelande}
          error={fieldError(errors, 'meddelande')}
          rows={5}
          maxLength={4000}
        />
        <div class="actions" id="beslut" role="group" aria-label={t.decision.choose}>
          <Button name="beslut" value="godkann">
            {t.decision.approve}
          </Button>
          <Button name="beslut" value="komplettering" secondary>
            {t.decision.more}
          </Button>
          <Button name="beslut" value="avslag" secondary>
            {t.decision.reject}
          </Button>
        </div>
      </PostForm>
    </section>
  );
}

function DecisionItem({ d }: { d: DecisionRecord }) {
  const checked = CRITERIA.filter((c) => d.checklist[c]);
  return (
    <li>
      <p>
        <strong>{labelOf(t.decision.decisions, d.decision)}</strong>{' '}
        <span class="meta">
          <Time at={d.decidedAt} />, {d.by}
        </span>
      </p>
      {checked.length > 0 && (
        <ul>
          {checked.map((c) => {
            const entry = d.checklist[c]!;
            return (
              <li key={c}>
                {t.criteria.items[c].title}: {entry.met ? t.decision.metYes : t.decision.metNo}
                {entry.note ? ` – ${entry.note}` : ''}
              </li>
            );
          })}
        </ul>
      )}
      {d.evidence && (
        <p>
          {t.decision.evidence}: {d.evidence}
        </p>
      )}
      {d.message && <p class="message">{d.message}</p>}
    </li>
  );
}

function History({ entries }: { entries: HistoryEntry[] }) {
  return (
    <section aria-labelledby="historik">
      <h2 id="historik">{t.enterprise.historyHeading}</h2>
      {entries.length === 0 ? (
        <p>{t.enterprise.noHistory}</p>
      ) : (
        <ScrollTable id="historik-tabell" caption={t.enterprise.historyCaption}>
          <thead>
            <tr>
              <th scope="col">{t.history.when}</th>
              <th scope="col">{t.history.who}</th>
              <th scope="col">{t.history.what}</th>
              <th scope="col">{t.history.fields}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((h) => (
              <tr key={h.id}>
                <td>
                  <Time at={h.at} />
                </td>
                <td>{h.actor}</td>
                <td>
                  {labelOf(t.actions, h.action)}
                  {h.statusBefore !== h.statusAfter && h.statusBefore && h.statusAfter && (
                    <>
                      <br />
                      {t.history.statusChange(statusLabel(h.statusBefore), statusLabel(h.statusAfter))}
                    </>
                  )}
                  {h.reverted && (
                    <>
                      <br />
                      <em>{t.history.reverted}</em>
                    </>
                  )}
                </td>
                <td>
                  <ChangedFields entry={h} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}

function ChangedFields({ entry }: { entry: HistoryEntry }) {
  if (entry.changedFields === 'all') return <>{t.history.allFacts}</>;
  if (entry.changedFields.length === 0) return <>–</>;
  return (
    <ul class="plain">
      {entry.changedFields.map((f) => (
        <li key={f}>
          {fieldLabel(f)}
          {entry.flaggedFields.includes(f) && <strong class="flag"> ({t.history.flagged})</strong>}
        </li>
      ))}
    </ul>
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
