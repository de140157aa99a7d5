import type { AdminUser } from '../admin/admin.service.js';
import { ErrorSummary, Time } from '../views/components.js';
import { roleName } from '../auth/roles.js';
import type { FieldError } from '../http/errors.js';
import { formatDate } from '../i18n/format.js';
import { Button, CheckboxField, ErrorText, fieldError, Notice, PostForm, TextField } from '../views/form.js';
import { Layout } from '../views/layout.js';
import { accountText as t } from './account.text.js';
import { NewPasswordFields } from '../auth/auth.views.js';

/** Which of the page's three forms was sent, so its errors show beside its own fields. */
export type AccountForm = 'namn' | 'losenord' | 'radera';

const FIELD_IDS: Record<AccountForm, Record<string, string>> = {
  namn: { name: 'name' },
  losenord: { current: 'current', password: 'password', password2: 'password2' },
  radera: { confirm: 'confirm', password: 'radera-losenord' },
};

export function AccountPage({
  account,
  demo,
  form,
  errors = [],
  values = {},
  done,
}: {
  account: AdminUser;
  demo: boolean;
  form?: AccountForm | undefined;
  errors?: FieldError[];
  values?: Record<string, string>;
  done?: keyof typeof t.account.done | undefined;
}) {
  const errorsOf = (f: AccountForm) => (form === f ? errors : []);
  const belongs = account.enterprise
    ? `${account.enterprise.name} (${account.enterprise.orgnr})`
    : (account.organisation?.name ?? t.account.nothing);
  return (
    <Layout title={t.account.title} path="/konto" demo={demo}>
      <ErrorSummary errors={errors} fieldIds={form ? FIELD_IDS[form] : {}} />
      <h1>{t.account.title}</h1>
      {done && <Notice>{t.account.done[done]}</Notice>}

      <section aria-labelledby="uppgifter">
        <h2 id="uppgifter">{t.account.facts}</h2>
        <dl class="facts">
          <div>
            <dt>{t.account.email}</dt>
            <dd>
              {account.email}
              <p class="hint">{t.account.emailHint}</p>
            </dd>
          </div>
          <div>
            <dt>{t.account.name}</dt>
            <dd>{account.name ?? t.account.noName}</dd>
          </div>
          <div>
            <dt>{t.account.role}</dt>
            <dd>{roleName(account.role)}</dd>
          </div>
          <div>
            <dt>{t.account.belongsTo}</dt>
            <dd>{belongs}</dd>
          </div>
          <div>
            <dt>{t.account.created}</dt>
            <dd>{formatDate(account.createdAt)}</dd>
          </div>
          <div>
            <dt>{t.account.lastSignIn}</dt>
            <dd>{account.lastSignInAt ? <Time at={account.lastSignInAt} /> : t.account.never}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="namn" class="narrow">
        <h2 id="namn">{t.account.changeName}</h2>
        <PostForm action="/konto/namn">
          <TextField
            id="name"
            label={t.account.newName}
            autocomplete="name"
            value={form === 'namn' ? values.name : account.name}
            error={fieldError(errorsOf('namn'), 'name')}
          />
          <Button>{t.account.saveName}</Button>
        </PostForm>
      </section>

      <section aria-labelledby="losenord" class="narrow">
        <h2 id="losenord">{t.account.changePassword}</h2>
        <p>{t.account.changePasswordText}</p>
        <PostForm action="/konto/losenord">
          {/* The address lets password managers know which login the new password belongs to. */}
          <input type="hidden" name="username" autoComplete="username" value={account.email} />
          <TextField
            id="current"
            type="password"
            label={t.account.current}
            autocomplete="current-password"
            error={fieldError(errorsOf('losenord'), 'current')}
          />
          <NewPasswordFields errors={errorsOf('losenord')} />
          <Button>{t.account.savePassword}</Button>
        </PostForm>
      </section>

      <section aria-labelledby="hamta">
        <h2 id="hamta">{t.account.download}</h2>
        <p>{t.account.downloadText}</p>
        <p>
          <a href="/konto/mina-uppgifter.json" download>
            {t.account.downloadLink}
          </a>
        </p>
      </section>

      <section aria-labelledby="radera" class="narrow">
        <h2 id="radera">{t.account.delete}</h2>
        <p>{t.account.deleteText}</p>
        <PostForm action="/konto/radera">
          <div class={fieldError(errorsOf('radera'), 'confirm') ? 'field field-error' : 'field'}>
            <ErrorText error={fieldError(errorsOf('radera'), 'confirm')} id="confirm-fel" />
            <CheckboxField id="confirm" label={t.account.confirm} checked={false} />
          </div>
          <TextField
            id="radera-losenord"
            name="password"
            type="password"
            label={t.account.deletePassword}
            autocomplete="current-password"
            error={fieldError(errorsOf('radera'), 'password')}
          />
          <Button secondary>{t.account.deleteButton}</Button>
        </PostForm>
      </section>

      <p>
        <a href="/integritet">{t.account.privacy}</a>
      </p>
    </Layout>
  );
}

export function AccountDeletedPage({ demo }: { demo: boolean }) {
  return (
    <Layout title={t.deleted.title} path="/konto" demo={demo}>
      <h1>{t.deleted.title}</h1>
      <Notice>{t.deleted.text}</Notice>
      <p>
        <a href="/">{t.deleted.start}</a>
      </p>
      <p>
        <a href="/integritet">{t.account.privacy}</a>
      </p>
    </Layout>
  );
}
