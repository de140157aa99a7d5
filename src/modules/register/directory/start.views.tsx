import { SERVICE_CATEGORIES, categoryName } from '../../../platform/reference/categories.js';
import { Layout } from '../../../platform/views/layout.js';
import { directoryText } from './directory.text.js';

const t = directoryText.start;

/** The most asked-for services, linked straight to a filtered directory. */
const FEATURED = [
  'stadning',
  'catering',
  'fastighetsskotsel',
  'tvatt',
  'aterbruk',
  'flytt',
  'gronyteskotsel',
  'snorojning',
  'motesfika',
];

export function StartPage({ total, demo }: { total: number; demo: boolean }) {
  const featured = SERVICE_CATEGORIES.filter((c) => FEATURED.includes(c.slug));
  return (
    <Layout title={t.title} path="/" demo={demo}>
      <h1>{t.heading}</h1>
      <p class="lead">{t.lead}</p>
      <form method="get" action="/foretag" role="search" class="start-search">
        <label for="sok">{t.searchLabel}</label>
        <p class="hint" id="sok-hint">
          {t.searchHint}
        </p>
        <div class="search-box">
          <input id="sok" name="q" type="search" aria-describedby="sok-hint" maxLength={200} />
          <button type="submit">{t.searchButton}</button>
        </div>
      </form>
      <p>{t.count(total)}</p>
      <h2>{t.categoriesHeading}</h2>
      <ul class="category-links">
        {featured.map((c) => (
          <li>
            <a href={`/foretag?kategori=${c.slug}`}>{categoryName(c)}</a>
          </li>
        ))}
      </ul>
      <section aria-labelledby="registrera-rubrik">
        <h2 id="registrera-rubrik">{t.registerHeading}</h2>
        <p>{t.registerText}</p>
        <p>
          <a href="/registrera">{t.registerLink}</a>
        </p>
      </section>
      <h2>{t.aboutHeading}</h2>
      <p>{t.about}</p>
    </Layout>
  );
}
