import type { AuditRow } from '../audit/audit.repository.js';
import { roleName, ROLES } from '../auth/roles.js';
import type { FieldError } from '../http/errors.js';
import { formatDate } from '../i18n/format.js';
import { ErrorSummary, ScrollTable, Time } from '../views/components.js';
import { Button, ChoiceGroup, fieldError, Notice, PostForm, SelectInput, TextField } from '../views/form.js';
import { Layout } from '../views/layout.js';
import type { OrganisationWithCount } from './admin.repository.js';
import type { AdminUser } from './admin.service.js';
import { adminText as t } from './admin.text.js';
import { kindOptions } from './admin.views.js';
import { AuditTable } from './audit.views.js';

const USERS = '/admin/anvandare';

interface FormState {
  errors?: FieldError[];
  values?: Record<string, string>;
}

function belongsTo(u: AdminUser): string {
  if (u.enterprise) return `${u.enterprise.name} (${u.enterprise.orgnr})`;
  if (u.organisation) return u.organisation.name;
  return '–';
}

export function UsersPage({ users, demo }: { users: AdminUser[]; demo: boolean }) {
  return (
    <Layout title={t.users.title} path={USERS} demo={demo}>
      <p class="breadcrumb">
        <a href="/admin">{t.start.title}</a>
      </p>
      <h1>{t.users.title}</h1>
      <p>{t.users.lead}</p>
      <p>
        <a href={`${USERS}/ny`}>{t.users.invite}</a>
      </p>
      {users.length === 0 ? (
        <p>{t.users.empty}</p>
      ) : (
        <>
          <p>{t.users.count(users.length)}</p>
          <ScrollTable id="anvandare" caption={t.users.caption}>
            <thead>
              <tr>
                <th scope="col">{t.users.columns.email}</th>
                <th scope="col">{t.users.columns.name}</th>
                <th scope="col">{t.users.columns.role}</th>
                <th scope="col">{t.users.columns.belongsTo}</th>
                <th scope="col">{t.users.columns.state}</th>
                <th scope="col">{t.users.columns.lastSignIn}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <th scope="row">
                    <a href={`${USERS}/${u.id}`}>{u.email}</a>
                  </th>
                  <td>{u.name ?? '–'}</td>
                  <td>{roleName(u.role)}</td>
                  <td>{belongsTo(u)}</td>
                  <td>{t.state[u.state]}</td>
                  <td>{u.lastSignInAt ? <Time at={u.lastSignInAt} /> : t.users.never}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      )}
    </Layout>
  );
}

/** Role and what the user belongs to: the same fields when inviting and when changing a user. */
function BelongingFields({
  organisations,
  errors = [],
  values = {},
}: FormState & { organisations: OrganisationWithCount[] }) {
  return (
    <>
      <ChoiceGroup
        id="role"
        legend={t.invite.role}
        type="radio"
        options={ROLES.map((r) => ({ value: r, label: roleName(r), hint: t.roles[r] }))}
        selected={values.role ? [values.role] : []}
        error={fieldError(errors, 'role')}
      />
      <SelectInput
        id="organisation"
        label={t.invite.organisation}
        hint={t.invite.organisationHint}
        value={values.organisation}
        options={[
          ...organisations.map((o) => ({ value: String(o.id), label: o.name })),
          { value: 'ny', label: t.invite.newOrganisation },
        ]}
        emptyLabel={t.invite.noOrganisation}
        error={fieldError(errors, 'organisation')}
      />
      <TextField
        id="newOrganisationName"
        label={t.invite.newOrganisationName}
        hint={t.invite.newOrganisationNameHint}
        value={values.newOrganisationName}
        error={fieldError(errors, 'newOrganisationName')}
      />
      <SelectInput
        id="newOrganisationKind"
        label={t.invite.newOrganisationKind}
        value={values.newOrganisationKind}
        options={kindOptions()}
        emptyLabel={t.organisations.chooseKind}
        error={fieldError(errors, 'newOrganisationKind')}
      />
      <TextField
        id="orgnr"
        label={t.invite.orgnr}
        hint={t.invite.orgnrHint}
        value={values.orgnr}
        inputMode="numeric"
        size={13}
        error={fieldError(errors, 'orgnr')}
      />
    </>
  );
}

/**
 * Where the error summary's links go: the role group's first radio button, the org.nr field for
 * a missing enterprise, and the section of the button that was pressed.
 */
// A refused invitation means the user already has a password, and then the invitation section
// is not shown: the summary points at the facts, whose status says so.
const FIELD_IDS = { role: 'role-0', form: 'role-0', enterprise: 'orgnr', access: 'sparr', invite: 'uppgifter' };

export function InvitePage({
  organisations,
  demo,
  errors = [],
  values = {},
}: FormState & { organisations: OrganisationWithCount[]; demo: boolean }) {
  return (
    <Layout title={t.invite.title} path={`${USERS}/ny`} demo={demo}>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} />
      <p class="breadcrumb">
        <a href={USERS}>{t.users.back}</a>
      </p>
      <h1>{t.invite.title}</h1>
      <p>{t.invite.lead}</p>
      <div class="narrow">
        <PostForm action={`${USERS}/ny`}>
          <TextField
            id="email"
            type="email"
            label={t.invite.email}
            autocomplete="off"
            value={values.email}
            error={fieldError(errors, 'email')}
          />
          <TextField
            id="name"
            label={t.invite.name}
            hint={t.invite.nameHint}
            autocomplete="off"
            value={values.name}
            error={fieldError(errors, 'name')}
          />
          <BelongingFields organisations={organisations} errors={errors} values={values} />
          <Button>{t.invite.submit}</Button>
        </PostForm>
      </div>
    </Layout>
  );
}

export type UserDone = keyof typeof t.edit.done;

export function UserPage({
  user,
  organisations,
  history,
  demo,
  errors = [],
  values,
  done,
}: FormState & {
  user: AdminUser;
  organisations: OrganisationWithCount[];
  history: AuditRow[];
  demo: boolean;
  done?: UserDone | undefined;
}) {
  const path = `${USERS}/${user.id}`;
  const current: Record<string, string> = values ?? {
    role: user.role,
    organisation: user.organisation ? String(user.organisation.id) : '',
    orgnr: user.enterprise?.orgnr ?? '',
  };
  return (
    <Layout title={t.edit.title(user.email)} path={USERS} demo={demo}>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} />
      <p class="breadcrumb">
        <a href={USERS}>{t.users.back}</a>
      </p>
      <h1>{t.edit.title(user.email)}</h1>
      {done && <Notice>{t.edit.done[done]}</Notice>}
      <section aria-labelledby="uppgifter">
        <h2 id="uppgifter">{t.edit.facts}</h2>
        <dl class="facts">
          <div>
            <dt>{t.edit.email}</dt>
            <dd>{user.email}</dd>
          </div>
          <div>
            <dt>{t.edit.name}</dt>
            <dd>{user.name ?? t.edit.noName}</dd>
          </div>
          <div>
            <dt>{t.edit.role}</dt>
            <dd>{roleName(user.role)}</dd>
          </div>
          <div>
            <dt>{t.edit.belongsTo}</dt>
            <dd>{belongsTo(user) === '–' ? t.edit.nothing : belongsTo(user)}</dd>
          </div>
          <div>
            <dt>{t.edit.state}</dt>
            <dd>{t.state[user.state]}</dd>
          </div>
          <div>
            <dt>{t.edit.created}</dt>
            <dd>{formatDate(user.createdAt)}</dd>
          </div>
          <div>
            <dt>{t.edit.lastSignIn}</dt>
            <dd>{user.lastSignInAt ? <Time at={user.lastSignInAt} /> : t.users.never}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="roll">
        <h2 id="roll">{t.edit.changeRole}</h2>
        <p>{t.edit.changeRoleHint}</p>
        <div class="narrow">
          <PostForm action={path}>
            <input type="hidden" name="atgard" value="roll" />
            <BelongingFields organisations={organisations} errors={errors} values={current} />
            <Button>{t.edit.saveRole}</Button>
          </PostForm>
        </div>
      </section>

      {/* Only without a password: an invitation link would let its holder set a new one. */}
      {user.state === 'pending' && (
        <section aria-labelledby="inbjudan">
          <h2 id="inbjudan">{t.edit.reinvite}</h2>
          <p>{t.edit.reinviteText}</p>
          <PostForm action={path}>
            <input type="hidden" name="atgard" value="bjud-in-igen" />
            <Button secondary>{t.edit.reinviteButton}</Button>
          </PostForm>
        </section>
      )}

      <section aria-labelledby="sparr">
        <h2 id="sparr">{t.edit.access}</h2>
        <p>{t.edit.disableText}</p>
        <PostForm action={path}>
          <input type="hidden" name="atgard" value={user.state === 'disabled' ? 'aktivera' : 'sparra'} />
          <Button secondary>{user.state === 'disabled' ? t.edit.enable : t.edit.disable}</Button>
        </PostForm>
      </section>

      {history.length > 0 && (
        <section aria-labelledby="logg">
          <h2 id="logg">{t.edit.history}</h2>
          <AuditTable id="logg-tabell" caption={t.edit.history} rows={history} />
        </section>
      )}
    </Layout>
  );
}
