import type { Operator } from '../config/config.js';
import { formatDate } from '../i18n/format.js';
import { Layout } from '../views/layout.js';
import { accessibilityText } from './accessibility.text.js';

/** DIGG's page for reporting lacking accessibility (the complaint the DOS law gives everyone). */
export const DIGG_REPORT_URL =
  'https://www.digg.se/analys-och-uppfoljning/lagen-om-tillganglighet-till-digital-offentlig-service-dos-lagen/anmal-bristande-tillganglighet';

/**
 * The accessibility statement (issue 9 §2): the parts lag (2018:1937) and DIGG's model ask for,
 * with the operator's contact from the settings and the date of the latest assessment.
 */
export function AccessibilityPage({
  operator,
  assessedOn,
  demo,
}: {
  operator: Operator;
  assessedOn: string;
  demo: boolean;
}) {
  const t = accessibilityText;
  const date = formatDate(assessedOn);
  return (
    <Layout title={t.title} path="/tillganglighet" demo={demo}>
      <h1>{t.title}</h1>
      <p class="lead">{t.lead(operator.name)}</p>

      <h2>{t.statusTitle}</h2>
      <p>{t.status}</p>

      <h2>{t.shortcomingsTitle}</h2>
      <ul>
        {t.shortcomings.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>

      <h2>{t.feedbackTitle}</h2>
      <p>{t.feedback}</p>
      <ul>
        <li>
          {t.email}: <a href={`mailto:${operator.email}`}>{operator.email}</a>
        </li>
        {operator.phone && (
          <li>
            {t.phone}: <a href={`tel:${operator.phone.replace(/[^0-9+]/g, '')}`}>{operator.phone}</a>
          </li>
        )}
      </ul>
      <p>{t.feedbackAnswer}</p>

      <h2>{t.complainTitle}</h2>
      <p>{t.complain}</p>
      <p>
        <a href={DIGG_REPORT_URL}>{t.complainLink}</a>
      </p>

      <h2>{t.assessmentTitle}</h2>
      <p>{t.assessment(date)}</p>
      <p>{t.statementDate(date)}</p>
    </Layout>
  );
}
