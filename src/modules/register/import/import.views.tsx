import type { FieldError } from '../../../platform/http/errors.js';
import { formatDate, formatInteger, formatLongDateTime } from '../../../platform/i18n/format.js';
import { ErrorSummary, ScrollTable } from '../../../platform/views/components.js';
import { Button, CheckboxField, ErrorText, fieldError, Notice, PostForm } from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { ColumnChoiceForm } from './import.choices.views.js';
import { settingsFingerprint } from './import.mapping.js';
import type { ImportReport } from './import.types.js';
import { importText as t } from './import.text.js';
import { MAX_UPLOAD_MB, type Preview, type Upload } from './import.upload.service.js';

const PATH = '/samordning/import';

export function UploadPage({ demo, errors = [] }: { demo: boolean; errors?: FieldError[] }) {
  const error = fieldError(errors, 'fil');
  return (
    <Layout title={t.upload.title} path={PATH} demo={demo}>
      <ErrorSummary errors={errors} fieldIds={{ fil: 'fil' }} />
      <p class="breadcrumb">
        <a href="/samordning">{t.upload.back}</a>
      </p>
      <h1>{t.upload.title}</h1>
      <p class="lead">{t.upload.lead}</p>
      <div class="narrow">
        <PostForm action={PATH} multipart>
          <div class={error ? 'field field-error' : 'field'}>
            <label for="fil">{t.upload.file(MAX_UPLOAD_MB)}</label>
            <p class="hint" id="fil-hint">
              {t.upload.fileHint}
            </p>
            <ErrorText error={error} id="fil-fel" />
            <input
              type="file"
              id="fil"
              name="fil"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={error ? 'fil-hint fil-fel' : 'fil-hint'}
              aria-invalid={error ? 'true' : undefined}
            />
          </div>
          <Button>{t.upload.submit}</Button>
        </PostForm>
      </div>
      <h2>{t.upload.columnsTitle}</h2>
      <ul>
        {t.upload.columns.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </Layout>
  );
}

function Counts({ report }: { report: ImportReport }) {
  const rows: [string, number][] = [
    [t.preview.rows, report.total],
    [t.preview.created, report.created],
    [t.preview.updated, report.updated],
    [t.preview.unchanged, report.unchanged],
    [t.preview.invalidRows, report.invalidRows],
  ];
  return (
    <dl class="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{formatInteger(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Every problem, one table row each: "Rad N", the column as written in the file, the message. */
function ProblemTable({ report }: { report: ImportReport }) {
  return (
    <ScrollTable id="fel-tabell" caption={t.preview.errorsCaption(report.invalid.length, report.invalidRows)}>
      <thead>
        <tr>
          <th scope="col">{t.preview.columns.row}</th>
          <th scope="col">{t.preview.columns.column}</th>
          <th scope="col">{t.preview.columns.message}</th>
        </tr>
      </thead>
      <tbody>
        {report.invalid.map((p, i) => (
          <tr key={i}>
            <th scope="row">{t.preview.rowLabel(p.row)}</th>
            <td>{p.column}</td>
            <td>{p.message}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export function PreviewPage({
  upload,
  preview,
  demo,
  errors = [],
  values,
  notice,
  skipInvalid = false,
  attested = false,
}: {
  upload: Upload;
  preview: Preview;
  demo: boolean;
  errors?: FieldError[];
  /** The column choices as posted, when they come back with errors. */
  values?: Readonly<Record<string, string>> | undefined;
  /** Said first, e.g. that the choices changed since the preview. */
  notice?: string | undefined;
  skipInvalid?: boolean;
  /** The attestation as posted, when the form comes back. */
  attested?: boolean;
}) {
  const title = t.preview.title(upload.fileName);
  if (!preview.ok) {
    return (
      <Layout title={title} path={PATH} demo={demo}>
        <h1>{title}</h1>
        <h2>{t.preview.fileError}</h2>
        <p>{preview.message}</p>
        <p>
          <a href={PATH}>{t.preview.another}</a>
        </p>
      </Layout>
    );
  }
  const { report } = preview;
  // A file without an org.nr column, or with a column twice, has problems on row 1 only and
  // nothing counted: no row can be imported from it.
  const writable = report.created + report.updated > 0;
  // Choices that came back with errors are not saved: the file is imported only with saved ones.
  const pending = values !== undefined && errors.length > 0;
  // No row can be written: the file itself is unusable (problems on row 1), or every row has errors.
  const blocked = !writable && report.invalid.length > 0;
  const choosable = report.columns.length > 0 || (!report.reportedOnColumn && report.hasEmployeeColumns);
  const fileDate = !report.reportedOnColumn && report.hasEmployeeColumns ? report.settings.reportedOn : null;
  return (
    <Layout title={title} path={PATH} demo={demo}>
      <ErrorSummary errors={errors} fieldIds={{}} />
      <p class="breadcrumb">
        <a href={PATH}>{t.preview.another}</a>
      </p>
      <h1>{title}</h1>
      <Notice>{notice ?? t.preview.notYet}</Notice>
      <ColumnChoiceForm
        action={`${PATH}/${upload.id}/kolumner`}
        report={report}
        remembered={preview.remembered}
        errors={errors}
        values={values}
      />
      <section aria-labelledby="sammanfattning">
        <h2 id="sammanfattning">{t.preview.summary}</h2>
        <Counts report={report} />
        {fileDate && <p>{t.choose.dateUsed(formatDate(fileDate))}</p>}
      </section>
      {report.invalid.length > 0 && (
        <section aria-labelledby="fel">
          <h2 id="fel">{t.preview.errorsTitle}</h2>
          <ProblemTable report={report} />
        </section>
      )}
      <section aria-labelledby="las-in">
        <h2 id="las-in">{t.preview.importTitle}</h2>
        {pending ? (
          <p>{t.preview.choicesPending}</p>
        ) : blocked ? (
          <p>{choosable ? t.preview.blockedChoose : t.preview.blocked}</p>
        ) : !writable ? (
          <p>{t.preview.nothingToDo}</p>
        ) : (
          <>
            <p>{t.preview.importText}</p>
            <PostForm action={`${PATH}/${upload.id}`}>
              {/* The import refuses other choices than these, made meanwhile in another tab. */}
              <input type="hidden" name="installningar" value={settingsFingerprint(report.settings)} />
              {report.invalidRows > 0 && (
                <div class={fieldError(errors, 'hoppaOver') ? 'field field-error' : 'field'}>
                  <ErrorText error={fieldError(errors, 'hoppaOver')} id="hoppaOver-fel" />
                  <CheckboxField
                    id="hoppaOver"
                    label={t.preview.skip(report.invalidRows)}
                    hint={t.preview.skipHint}
                    checked={skipInvalid}
                  />
                </div>
              )}
              <CheckboxField id="granskat" label={t.preview.attest} hint={t.preview.attestHint} checked={attested} />
              <Button>{t.preview.submit}</Button>
            </PostForm>
          </>
        )}
      </section>
    </Layout>
  );
}

export function ResultPage({
  upload,
  report,
  demo,
  attested,
}: {
  upload: Upload;
  report: ImportReport;
  demo: boolean;
  attested: boolean;
}) {
  return (
    <Layout title={t.result.title} path={PATH} demo={demo}>
      <h1>{t.result.title}</h1>
      <p class="lead">{upload.fileName}</p>
      {report.written ? (
        <Notice>
          {t.result.text(report.created, report.updated, report.unchanged)}
          {report.invalidRows > 0 && ` ${t.result.skipped(report.invalidRows)}`}{' '}
          {attested ? t.result.attested : t.result.unreviewed}
        </Notice>
      ) : (
        <Notice>{t.result.nothing}</Notice>
      )}
      <ul>
        <li>
          <a href="/foretag">{t.result.directory}</a>
        </li>
        <li>
          <a href={PATH}>{t.result.another}</a>
        </li>
        {report.written && !attested && (
          <li>
            <a href="/samordning/granskning">{t.result.queue}</a>
          </li>
        )}
        <li>
          <a href="/samordning">{t.upload.back}</a>
        </li>
      </ul>
    </Layout>
  );
}

export function AlreadyImportedPage({ upload, demo }: { upload: Upload; demo: boolean }) {
  const at = upload.importedAt ? formatLongDateTime(upload.importedAt) : '';
  return (
    <Layout title={t.already.title} path={PATH} demo={demo}>
      <h1>{t.already.title}</h1>
      <p>{t.already.text(upload.fileName, at)}</p>
      <ul>
        <li>
          <a href={PATH}>{t.result.another}</a>
        </li>
        <li>
          <a href="/foretag">{t.result.directory}</a>
        </li>
      </ul>
    </Layout>
  );
}
