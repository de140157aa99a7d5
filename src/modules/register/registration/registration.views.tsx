import type { FieldError } from '../../../platform/http/errors.js';
import { ErrorSummary } from '../../../platform/views/components.js';
import { Button, fieldError, Notice, PostForm, TextField } from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { registrationText as t } from './registration.text.js';
import { NewPasswordFields } from '../../../platform/auth/auth.views.js';
import { COORDINATORS_PATH } from '../coordination/listing.views.js';
import { registerText } from '../register.text.js';

interface Common {
  demo: boolean;
  errors?: FieldError[];
  values?: Record<string, string>;
}

export type RegistrationProblem = 'orgnr_taken' | 'email_taken';

/** `/registrera`: the enterprise and its contact person, in one short form. */
export function RegisterPage({
  demo,
  errors = [],
  values = {},
  problem,
  signedInEditor,
}: Common & { problem?: RegistrationProblem | undefined; signedInEditor?: boolean }) {
  return (
    <Layout title={t.form.title} path="/registrera" demo={demo}>
      <div class="narrow">
        <ErrorSummary errors={errors} fieldIds={{}} />
        <h1>{t.form.title}</h1>
        {signedInEditor && (
          <Notice>
            {t.form.signedInEditor} <a href="/mitt-foretag">{t.form.goToMine}</a>
          </Notice>
        )}
        {problem === 'orgnr_taken' && <OrgnrTaken />}
        {problem === 'email_taken' && <EmailTaken />}
        <p>{t.form.intro}</p>
        <PostForm action="/registrera">
          <fieldset>
            <legend>{t.form.enterpriseLegend}</legend>
            <TextField
              id="orgnr"
              label={t.form.orgnr}
              hint={t.form.orgnrHint}
              value={values.orgnr}
              inputMode="numeric"
              maxLength={13}
              size={13}
              error={fieldError(errors, 'orgnr')}
            />
            <TextField
              id="name"
              label={t.form.name}
              autocomplete="organization"
              value={values.name}
              maxLength={200}
              error={fieldError(errors, 'name')}
            />
          </fieldset>
          <fieldset>
            <legend>{t.form.contactLegend}</legend>
            <p class="hint">{t.form.who}</p>
            <TextField
              id="contactName"
              label={t.form.contactName}
              autocomplete="name"
              value={values.contactName}
              maxLength={120}
              error={fieldError(errors, 'contactName')}
            />
            <TextField
              id="email"
              type="email"
              label={t.form.email}
              hint={t.form.emailHint}
              autocomplete="email"
              value={values.email}
              error={fieldError(errors, 'email')}
            />
            <NewPasswordFields
              errors={errors}
              label={t.form.password}
              hint={t.form.passwordHint}
              label2={t.form.password2}
            />
          </fieldset>
          <Button>{t.form.submit}</Button>
        </PostForm>
        <p>
          {t.form.haveAccount} <a href="/logga-in">{t.taken.signIn}</a>
        </p>
      </div>
    </Layout>
  );
}

function OrgnrTaken() {
  return (
    <section class="notice" aria-labelledby="finns-redan">
      <h2 id="finns-redan">{t.taken.orgnrTitle}</h2>
      <p>{t.taken.orgnrText}</p>
      <ul>
        <li>
          <a href="/logga-in">{t.taken.orgnrHasAccount}</a>
        </li>
        <li>
          <a href="/aterstall-losenord">{t.taken.orgnrForgot}</a>
        </li>
        <li>
          {t.taken.orgnrNoAccount} <a href={COORDINATORS_PATH}>{registerText.findCoordinator}</a>
        </li>
      </ul>
    </section>
  );
}

function EmailTaken() {
  return (
    <section class="notice" aria-labelledby="konto-finns">
      <h2 id="konto-finns">{t.taken.emailTitle}</h2>
      <p>{t.taken.emailText}</p>
      <ul>
        <li>
          <a href="/logga-in">{t.taken.signIn}</a>
        </li>
        <li>
          <a href="/aterstall-losenord">{t.taken.forgot}</a>
        </li>
      </ul>
    </section>
  );
}

/** After registering: the link is on its way, and what happens next. */
export function CheckMailPage({ demo, email }: { demo: boolean; email: string }) {
  return (
    <Layout title={t.sent.title} path="/registrera" demo={demo}>
      <div class="narrow">
        <h1>{t.sent.title}</h1>
        <Notice>{t.sent.text(email)}</Notice>
        <p>{t.sent.validity}</p>
        <p>{t.sent.whyConfirm}</p>
        <h2>{t.sent.nextHeading}</h2>
        <ol>
          {t.sent.next.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p>
          {t.sent.noMail} <a href="/registrera/ny-lank">{t.sent.newLink}</a>
        </p>
      </div>
    </Layout>
  );
}

// Pages opened from a link with a token are for the addressee only; keep them out of search engines.
const noIndex = <meta name="robots" content="noindex" />;

/** GET /registrera/bekrafta/{token}: one button; the POST behind it confirms and signs in. */
export function ConfirmEmailPage({ demo, token, email }: { demo: boolean; token: string; email: string }) {
  return (
    <Layout title={t.confirm.title} path="/registrera" demo={demo} head={noIndex}>
      <div class="narrow">
        <h1>{t.confirm.title}</h1>
        <p>{t.confirm.intro(email)}</p>
        <PostForm action={`/registrera/bekrafta/${token}`}>
          <Button>{t.confirm.button}</Button>
        </PostForm>
        <p>
          {t.confirm.notYou} <a href="/">{t.confirm.home}</a>
        </p>
      </div>
    </Layout>
  );
}

/** A confirmation link that cannot be used, with the way forward for each reason. */
export function ConfirmProblemPage({
  demo,
  reason,
  path,
}: {
  demo: boolean;
  reason: 'unknown' | 'used' | 'expired';
  path: string;
}) {
  return (
    <Layout title={t.confirm.problemTitle} path={path} demo={demo}>
      <div class="narrow">
        <h1>{t.confirm.problemTitle}</h1>
        <p>{t.confirm[reason]}</p>
        {reason === 'expired' && <NewLinkForm />}
        <ul>
          <li>
            <a href="/logga-in">{t.confirm.signIn}</a>
          </li>
          {reason === 'unknown' && (
            <li>
              <a href="/registrera/ny-lank">{t.confirm.newLink}</a>
            </li>
          )}
        </ul>
      </div>
    </Layout>
  );
}

function NewLinkForm({ errors = [], email }: { errors?: FieldError[]; email?: string | undefined }) {
  return (
    <PostForm action="/registrera/ny-lank">
      <TextField
        id="email"
        type="email"
        label={t.newLink.email}
        autocomplete="email"
        value={email}
        error={fieldError(errors, 'email')}
      />
      <Button>{t.newLink.submit}</Button>
    </PostForm>
  );
}

/** `/registrera/ny-lank`: ask for a new confirmation link; the same answer for every address. */
export function NewLinkPage({ demo, errors = [], values = {}, sent }: Common & { sent?: boolean }) {
  return (
    <Layout title={sent ? t.newLink.sentTitle : t.newLink.title} path="/registrera/ny-lank" demo={demo}>
      <div class="narrow">
        <ErrorSummary errors={errors} fieldIds={{}} />
        {sent ? (
          <>
            <h1>{t.newLink.sentTitle}</h1>
            <Notice>{t.newLink.sent}</Notice>
          </>
        ) : (
          <>
            <h1>{t.newLink.title}</h1>
            <p>{t.newLink.intro}</p>
            <NewLinkForm errors={errors} email={values.email} />
          </>
        )}
        <p>
          <a href="/logga-in">{t.newLink.signIn}</a>
        </p>
      </div>
    </Layout>
  );
}
