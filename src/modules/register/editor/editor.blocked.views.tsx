import { Layout } from '../../../platform/views/layout.js';
import { COORDINATORS_PATH } from '../coordination/listing.views.js';
import { registerText } from '../register.text.js';
import { editorText as t } from './editor.text.js';

/**
 * The editor's pages where nothing can be edited: the enterprise is archived, or the account
 * belongs to no enterprise. Both lead to the coordinators, who can help.
 */

/** An archived enterprise: read-only, and why. */
export function ArchivedPage({ demo, reason }: { demo: boolean; reason: string | null }) {
  return (
    <Layout title={t.archived.title} path="/mitt-foretag" demo={demo}>
      <h1>{t.archived.title}</h1>
      <p>{t.archived.text}</p>
      {reason && <p>{t.home.archivedReason(reason)}</p>}
      <p>
        <a href={COORDINATORS_PATH}>{registerText.findCoordinator}</a>
      </p>
      <p>
        <a href="/mitt-foretag">{t.steps.back}</a>
      </p>
    </Layout>
  );
}

export function NoEnterprisePage({ demo }: { demo: boolean }) {
  return (
    <Layout title={t.home.noEnterpriseTitle} path="/mitt-foretag" demo={demo}>
      <h1>{t.home.noEnterpriseTitle}</h1>
      <p>{t.home.noEnterprise}</p>
      <ul>
        <li>
          <a href={COORDINATORS_PATH}>{registerText.findCoordinator}</a>
        </li>
        <li>
          <a href="/registrera">{t.home.register}</a>
        </li>
      </ul>
    </Layout>
  );
}
