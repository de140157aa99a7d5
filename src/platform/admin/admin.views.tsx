import type { FieldError } from '../http/errors.js';
import { currentLanguage } from '../i18n/language.js';
import type { AdminLink } from '../module.js';
import { formatDate, formatInteger } from '../i18n/format.js';
import { COUNTIES, MUNICIPALITIES, countyByCode, municipalityByCode } from '../reference/geo.js';
import { ErrorSummary, ScrollTable } from '../views/components.js';
import { Button, fieldError, Notice, PostForm, SelectInput, TextField } from '../views/form.js';
import { Layout } from '../views/layout.js';
import type { AdminCounts } from './admin.repository.js';
import type { OrganisationWithCount } from './admin.repository.js';
import { adminText as t } from './admin.text.js';
import { ORGANISATION_KINDS } from './users.schema.js';

// Admins compare times to the minute (when did they last sign in?), in the region's clock.
/**
 * A data table that may scroll sideways on a narrow screen (WCAG 1.4.10): the box takes focus
 * so keyboard users can scroll it, and the caption names it.
 */
/** Read when a page is drawn, so that the labels are in the page's language. */
export function kindOptions() {
  return ORGANISATION_KINDS.map((k) => ({ value: k, label: t.kinds[k] }));
}

export function kindLabel(kind: string): string {
  return (t.kinds as Record<string, string>)[kind] ?? kind;
}

export function AdminStartPage({
  counts,
  demo,
  moduleLinks,
}: {
  counts: AdminCounts;
  demo: boolean;
  moduleLinks: readonly AdminLink[];
}) {
  const language = currentLanguage();
  return (
    <Layout title={t.start.title} path="/admin" demo={demo}>
      <h1>{t.start.title}</h1>
      <p class="lead">{t.start.lead}</p>
      <ul class="admin-links">
        <li>
          <h2>
            <a href="/admin/anvandare">{t.start.users}</a>
          </h2>
          <p>{t.start.usersText(counts.users, counts.activeUsers, counts.pendingUsers)}</p>
          <p>
            <a href="/admin/anvandare/ny">{t.start.invite}</a>
          </p>
        </li>
        <li>
          <h2>
            <a href="/admin/organisationer">{t.start.organisations}</a>
          </h2>
          <p>{t.start.organisationsText(counts.organisations)}</p>
        </li>
        <li>
          <h2>
            <a href="/admin/logg">{t.start.audit}</a>
          </h2>
          <p>{t.start.auditText(counts.auditEvents)}</p>
        </li>
        <li>
          <h2>
            <a href="/admin/utkorg">{t.start.outbox}</a>
          </h2>
          <p>{t.start.outboxText(counts.mailPending, counts.mailFailed)}</p>
        </li>
        <li>
          <h2>
            <a href="/admin/sakerhetskopior">{t.start.backups}</a>
          </h2>
          <p>{t.start.backupsText}</p>
        </li>
        <li>
          <h2>
            <a href="/samordning">{t.start.coordination}</a>
          </h2>
          <p>{t.start.coordinationText}</p>
          <p>
            <a href="/samordning/import">{t.start.import}</a>
          </p>
        </li>
        {moduleLinks.map((l) => (
          <li>
            <h2>
              <a href={l.href}>{l.label[language]}</a>
            </h2>
            <p>{l.text[language]}</p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function OrganisationsPage({
  organisations,
  demo,
  errors = [],
  values = {},
  added,
}: {
  organisations: OrganisationWithCount[];
  demo: boolean;
  errors?: FieldError[];
  values?: Record<string, string>;
  added?: string | undefined;
}) {
  return (
    <Layout title={t.organisations.title} path="/admin/organisationer" demo={demo}>
      <ErrorSummary errors={errors} fieldIds={{}} />
      <p class="breadcrumb">
        <a href="/admin">{t.start.title}</a>
      </p>
      <h1>{t.organisations.title}</h1>
      {added && <Notice>{t.organisations.added(added)}</Notice>}
      <p>{t.organisations.lead}</p>
      {organisations.length === 0 ? (
        <p>{t.organisations.empty}</p>
      ) : (
        <ScrollTable id="organisationer" caption={t.organisations.caption}>
          <thead>
            <tr>
              <th scope="col">{t.organisations.columns.name}</th>
              <th scope="col">{t.organisations.columns.kind}</th>
              <th scope="col">{t.organisations.columns.place}</th>
              <th scope="col">{t.organisations.columns.users}</th>
              <th scope="col">{t.organisations.columns.created}</th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.name}</th>
                <td>{kindLabel(o.kind)}</td>
                <td>{placeOf(o)}</td>
                <td>{formatInteger(o.users)}</td>
                <td>{formatDate(o.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <h2 id="ny">{t.organisations.add}</h2>
      <div class="narrow">
        <PostForm action="/admin/organisationer">
          <TextField id="name" label={t.organisations.name} value={values.name} error={fieldError(errors, 'name')} />
          <SelectInput
            id="kind"
            label={t.organisations.kind}
            value={values.kind}
            options={kindOptions()}
            emptyLabel={t.organisations.chooseKind}
            error={fieldError(errors, 'kind')}
          />
          <SelectInput
            id="county"
            label={t.organisations.county}
            value={values.county}
            options={COUNTIES.map((c) => ({ value: c.code, label: c.name }))}
            emptyLabel={t.organisations.noCounty}
            error={fieldError(errors, 'county')}
          />
          <SelectInput
            id="municipality"
            label={t.organisations.municipality}
            value={values.municipality}
            options={[...MUNICIPALITIES]
              .sort((a, b) => a.shortName.localeCompare(b.shortName, 'sv'))
              .map((m) => ({ value: m.code, label: m.shortName }))}
            emptyLabel={t.organisations.noMunicipality}
            error={fieldError(errors, 'municipality')}
          />
          <Button>{t.organisations.submit}</Button>
        </PostForm>
      </div>
    </Layout>
  );
}

function placeOf(o: OrganisationWithCount): string {
  const parts = [
    o.county_code ? countyByCode(o.county_code)?.name : undefined,
    o.municipality_code ? municipalityByCode(o.municipality_code)?.shortName : undefined,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : '–';
}
