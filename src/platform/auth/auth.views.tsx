import type { FieldError } from '../http/errors.js';
import { ErrorSummary } from '../views/components.js';
import { Button, fieldError, Notice, PostForm, TextField } from '../views/form.js';
import { Layout } from '../views/layout.js';
import { authText as t } from './auth.text.js';

interface Common {
  demo: boolean;
  errors?: FieldError[];
  values?: Record<string, string>;
}

export function SignInPage({
  demo,
  errors = [],
  values = {},
  returnTo,
  message,
}: Common & { returnTo?: string | undefined; message?: string | undefined }) {
  const action = returnTo ? `/logga-in?tillbaka=${encodeURIComponent(returnTo)}` : '/logga-in';
  return (
    <Layout title={t.signIn.title} path="/logga-in" demo={demo}>
      <div class="narrow">
        <ErrorSummary errors={errors} fieldIds={{ email: 'email', password: 'password', form: 'email' }} />
        <h1>{t.signIn.title}</h1>
        {message && <Notice>{message}</Notice>}
        <p>{t.signIn.intro}</p>
        <PostForm action={action}>
          <TextField
            id="email"
            type="email"
            label={t.signIn.email}
            autocomplete="username"
            value={values.email}
            error={fieldError(errors, 'email')}
          />
          <TextField
            id="password"
            type="password"
            label={t.signIn.password}
            autocomplete="current-password"
            error={fieldError(errors, 'password')}
          />
          <Button>{t.signIn.submit}</Button>
        </PostForm>
        <p>
          <a href="/aterstall-losenord">{t.signIn.forgot}</a>
        </p>
        <p>
          <a href="/registrera">{t.signIn.register}</a>
        </p>
      </div>
    </Layout>
  );
}

export function SignOutPage({ demo }: { demo: boolean }) {
  return (
    <Layout title="Logga ut" path="/logga-ut" demo={demo}>
      <h1>Logga ut</h1>
      <PostForm action="/logga-ut">
        <Button>Logga ut</Button>
      </PostForm>
    </Layout>
  );
}

export function ForgotPage({ demo, errors = [], values = {}, sent }: Common & { sent?: boolean }) {
  return (
    <Layout title={sent ? t.reset.sentTitle : t.reset.title} path="/aterstall-losenord" demo={demo}>
      <div class="narrow">
        <ErrorSummary errors={errors} fieldIds={{ email: 'email' }} />
        {sent ? (
          <>
            <h1>{t.reset.sentTitle}</h1>
            <Notice>{t.reset.sent}</Notice>
            <p>
              <a href="/logga-in">{t.signIn.title}</a>
            </p>
          </>
        ) : (
          <>
            <h1>{t.reset.title}</h1>
            <p>{t.reset.intro}</p>
            <PostForm action="/aterstall-losenord">
              <TextField
                id="email"
                type="email"
                label={t.signIn.email}
                autocomplete="email"
                value={values.email}
                error={fieldError(errors, 'email')}
              />
              <Button>{t.reset.submit}</Button>
            </PostForm>
          </>
        )}
      </div>
    </Layout>
  );
}

/** A new password typed twice, with the rules in the hint: every form that sets a password. */
export function NewPasswordFields({
  errors,
  label = t.password.password,
  hint = t.password.passwordHint,
  label2 = t.password.password2,
}: {
  errors: readonly FieldError[];
  label?: string;
  hint?: string;
  label2?: string;
}) {
  return (
    <>
      <TextField
        id="password"
        type="password"
        label={label}
        hint={hint}
        autocomplete="new-password"
        error={fieldError(errors, 'password')}
      />
      <TextField
        id="password2"
        type="password"
        label={label2}
        autocomplete="new-password"
        error={fieldError(errors, 'password2')}
      />
    </>
  );
}

/** Choose a password: after a reset link, an invitation, or for the first admin. */
export function SetPasswordPage({
  demo,
  errors = [],
  values = {},
  title,
  intro,
  action,
  path,
  askName,
  askEmail,
  submit,
}: Common & {
  title: string;
  intro?: string;
  action: string;
  path: string;
  askName?: boolean;
  askEmail?: boolean;
  submit: string;
}) {
  return (
    <Layout title={title} path={path} demo={demo}>
      <div class="narrow">
        <ErrorSummary errors={errors} fieldIds={{ form: askEmail ? 'email' : 'password' }} />
        <h1>{title}</h1>
        {intro && <p>{intro}</p>}
        <PostForm action={action}>
          {askEmail && (
            <TextField
              id="email"
              type="email"
              label={t.firstAdmin.email}
              autocomplete="username"
              value={values.email}
              error={fieldError(errors, 'email')}
            />
          )}
          {askName && (
            <TextField
              id="name"
              label={t.invite.name}
              autocomplete="name"
              value={values.name}
              error={fieldError(errors, 'name')}
            />
          )}
          <NewPasswordFields errors={errors} />
          <Button>{submit}</Button>
        </PostForm>
      </div>
    </Layout>
  );
}

export function LinkProblemPage({ demo, message, path }: { demo: boolean; message: string; path: string }) {
  return (
    <Layout title={t.link.title} path={path} demo={demo}>
      <h1>{t.link.title}</h1>
      <p>{message}</p>
      <ul>
        <li>
          <a href="/aterstall-losenord">{t.link.newReset}</a>
        </li>
        <li>
          <a href="/logga-in">{t.signIn.title}</a>
        </li>
      </ul>
    </Layout>
  );
}
