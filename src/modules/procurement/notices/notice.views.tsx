import type { FieldError } from '../../../platform/http/errors.js';
import { ErrorSummary, ScrollTable } from '../../../platform/views/components.js';
import { Button, CheckboxField, fieldError, PostForm } from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { BUYER_HOME } from '../buyer/buyer.paths.js';
import { overviewPath } from '../buyer/buyer.paths.js';
import { opportunityPath } from '../listing/listing.views.js';
import { outcomeText, type FileOutcome, type OutcomeCounts } from './notice.batch.js';
import { noticeText } from './notice.text.js';

export const NOTICES_PATH = `${BUYER_HOME}/annonser`;

/** The upload page for eForms notices, and what the last upload did to each file. */
export function NoticeUploadPage({
  errors = [],
  result,
  demo,
}: {
  errors?: FieldError[];
  result?: { outcomes: FileOutcome[]; counts: OutcomeCounts } | null;
  demo: boolean;
}) {
  const t = noticeText.page;
  return (
    <Layout title={t.title} path={BUYER_HOME} demo={demo}>
      <p class="breadcrumb">
        <a href={BUYER_HOME}>{noticeText.back}</a>
      </p>
      <ErrorSummary errors={errors} fieldIds={{ filer: 'filer' }} />
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      {result && (
        <section aria-labelledby="resultat" role="status">
          <h2 id="resultat">{t.resultHeading}</h2>
          <p>
            <strong>{noticeText.summary(result.counts)}</strong>
          </p>
          <ScrollTable id="filer-resultat" caption={t.resultHeading}>
            <thead>
              <tr>
                <th scope="col">{t.columns.file}</th>
                <th scope="col">{t.columns.outcome}</th>
              </tr>
            </thead>
            <tbody>
              {result.outcomes.map((o) => (
                <tr>
                  <th scope="row">{o.file}</th>
                  <td>
                    {outcomeText(o.outcome)}{' '}
                    {'opportunityId' in o.outcome && o.outcome.opportunityId !== null && (
                      <>
                        <a href={opportunityPath(o.outcome.opportunityId)}>{t.view}</a> ·{' '}
                        <a href={overviewPath(o.outcome.opportunityId)}>{t.edit}</a>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </section>
      )}
      <PostForm action={NOTICES_PATH} multipart class="narrow">
        <div class={fieldError(errors, 'filer') ? 'field field-error' : 'field'}>
          <label for="filer">{t.files}</label>
          <p class="hint" id="filer-hint">
            {t.filesHint}
          </p>
          {fieldError(errors, 'filer') && (
            <p class="error-message" id="filer-fel">
              {fieldError(errors, 'filer')}
            </p>
          )}
          <input
            type="file"
            id="filer"
            name="filer"
            accept=".xml,application/xml,text/xml"
            multiple
            aria-describedby={fieldError(errors, 'filer') ? 'filer-hint filer-fel' : 'filer-hint'}
          />
        </div>
        <CheckboxField id="sverige" label={t.country} checked={false} />
        <Button>{t.submit}</Button>
      </PostForm>
    </Layout>
  );
}
