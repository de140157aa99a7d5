import { Notice, PostForm } from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { WATCHES_PATH } from '../register.paths.js';
import type { Watch } from './watch.service.js';
import { watchText } from './watch.text.js';

/** /bevakningar: the searches a buyer or coordinator watches, each with its results and a way out. */
export function WatchesPage({ watches, notice, demo }: { watches: Watch[]; notice: string | null; demo: boolean }) {
  const t = watchText;
  return (
    <Layout title={t.title} path={WATCHES_PATH} demo={demo}>
      <h1>{t.title}</h1>
      {notice && <Notice>{notice}</Notice>}
      <p class="lead">{t.lead}</p>
      {watches.length === 0 ? (
        <p>
          {t.none} <a href="/foretag">{t.search}</a>
        </p>
      ) : (
        <ul class="watches">
          {watches.map((w) => (
            <li>
              <p>
                <strong lang="sv">{w.label}</strong> <span class="meta">({t.since(w.createdAt)})</span>
              </p>
              <p>
                <a href={`/foretag?${w.query}`}>{t.open}</a>
              </p>
              <PostForm action={`${WATCHES_PATH}/${w.id}/ta-bort`}>
                <button type="submit" class="secondary" aria-label={t.remove(w.label)}>
                  {t.removeShort}
                </button>
              </PostForm>
            </li>
          ))}
        </ul>
      )}
      {watches.length > 0 && (
        <p>
          <a href="/foretag">{t.search}</a>
        </p>
      )}
    </Layout>
  );
}
