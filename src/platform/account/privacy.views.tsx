import { RETENTION } from '../auth/retention.jobs.js';
import { Layout } from '../views/layout.js';
import { accountText } from './account.text.js';

const t = accountText.privacy;

/**
 * The privacy page (issue 3 §9). The periods come from the retention job's own settings, so the
 * page says what the nightly purge really does.
 */
export function PrivacyPage({
  demo,
  signedIn,
  isAdmin,
  contact,
}: {
  demo: boolean;
  signedIn: boolean;
  isAdmin: boolean;
  /** PRIVACY_CONTACT, when the platform has one. */
  contact: string | undefined;
}) {
  const h = t.howLong;
  return (
    <Layout title={t.title} path="/integritet" demo={demo}>
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>

      <h2>{t.whatTitle}</h2>
      <p>{t.whatIntro}</p>
      <ul>
        {t.what.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>{t.never}</p>
      <p>{t.visitors}</p>

      <h2>{t.whyTitle}</h2>
      {t.why.map((p) => (
        <p key={p}>{p}</p>
      ))}

      <h2>{t.howLongTitle}</h2>
      <ul>
        <li>{h.account}</li>
        <li>{h.sessions}</li>
        <li>{h.attempts(RETENTION.signInAttemptsDays)}</li>
        <li>{h.rateLimits(RETENTION.rateLimitDays)}</li>
        <li>{h.links(RETENTION.linksDays)}</li>
        <li>{h.audit(RETENTION.auditMonths)}</li>
        <li>{h.mail(RETENTION.mailDays)}</li>
        <li>{h.history}</li>
        <li>{h.uploads}</li>
        <li>{h.reports}</li>
      </ul>
      <p>{h.purge}</p>

      <h2>{t.whoTitle}</h2>
      <ul>
        {t.who.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2>{t.rightsTitle}</h2>
      {t.rights.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <p>
        {signedIn ? <a href="/konto">{t.accountLink}</a> : <a href="/logga-in?tillbaka=%2Fkonto">{t.signInLink}</a>}
      </p>

      <h2>{t.contactTitle}</h2>
      <p>{t.contactIntro}</p>
      {contact ? (
        <p>
          {t.contactIs} <ContactText contact={contact} />
        </p>
      ) : (
        <p>{t.contactMissing}</p>
      )}
      <p>{t.contactAccount}</p>
      {!contact && isAdmin ? <p class="hint">{t.contactAdminHint}</p> : null}
    </Layout>
  );
}

const BARE_ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** A bare e-mail address becomes a mail link; a name and postal address is shown as written. */
function ContactText({ contact }: { contact: string }) {
  return BARE_ADDRESS.test(contact) ? <a href={`mailto:${contact}`}>{contact}</a> : <>{contact}</>;
}
