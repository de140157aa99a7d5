import { formatBytes, formatDateTime } from '../i18n/format.js';
import { ScrollTable } from '../views/components.js';
import { Button, Notice, PostForm } from '../views/form.js';
import { Layout } from '../views/layout.js';
import type { BackupFile } from './backup.files.js';
import { backupText as t } from './backup.text.js';

export const BACKUP_PATH = '/admin/sakerhetskopior';

export interface BackupPageData {
  files: BackupFile[];
  nightly: boolean;
  dir: string;
  keepDaily: number;
  keepWeekly: number;
  nextRun: Date | null;
  /** Why the folder could not be read, if it could not. */
  folderError: string | null;
  /** The newest nightly run's error, while it is being retried or after it failed for good. */
  lastError: string | null;
  notice?: string | undefined;
  error?: string | undefined;
  demo: boolean;
}

export function BackupPage(p: BackupPageData) {
  return (
    <Layout title={t.title} path={BACKUP_PATH} demo={p.demo}>
      <p class="breadcrumb">
        <a href="/admin">Administration</a>
      </p>
      <h1>{t.title}</h1>
      {p.notice && <Notice>{p.notice}</Notice>}
      {p.error && (
        <div class="error-summary" role="alert" tabindex={-1}>
          <p>{t.failed(p.error)}</p>
        </div>
      )}
      <p class="lead">{t.lead}</p>
      <p>{p.nightly ? t.nightlyOn(p.dir, p.keepDaily, p.keepWeekly) : t.nightlyOff(p.dir)}</p>
      {p.nightly && p.nextRun && (
        <p>
          {t.next} {formatDateTime(p.nextRun)}
        </p>
      )}
      {p.lastError && (
        <div class="error-summary">
          <h2>{t.lastFailed}</h2>
          <p>{t.failedText(p.lastError)}</p>
        </div>
      )}
      {p.folderError && (
        <div class="error-summary">
          <p>{t.unreadable(p.folderError)}</p>
        </div>
      )}
      {p.files.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ScrollTable id="sakerhetskopior" caption={t.caption}>
          <thead>
            <tr>
              <th scope="col">{t.columns.taken}</th>
              <th scope="col">{t.columns.size}</th>
              <th scope="col">{t.columns.file}</th>
            </tr>
          </thead>
          <tbody>
            {p.files.map((f) => (
              <tr key={f.name}>
                <th scope="row">{f.taken}</th>
                <td>{formatBytes(f.bytes)}</td>
                <td>
                  <a href={`${BACKUP_PATH}/${f.name}`} download aria-label={t.download(f.name)}>
                    {f.name}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <h2>{t.nowTitle}</h2>
      <p>{t.nowText}</p>
      <PostForm action={BACKUP_PATH}>
        <Button>{t.nowButton}</Button>
      </PostForm>
      <h2>{t.restoreTitle}</h2>
      <p>{t.restoreText}</p>
    </Layout>
  );
}
