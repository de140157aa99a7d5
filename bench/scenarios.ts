import { COUNTIES } from '../src/platform/reference/geo.js';
import { SERVICE_CATEGORIES } from '../src/platform/reference/categories.js';

/**
 * What the bench asks for. Request i picks a word and a län so that the combinations vary
 * (20 service words × 21 län repeat only every 420 requests) and each request is a real search:
 * words a buyer types, filtered to one of the 21 län, with the counts per filter value.
 */

export const WORDS = [
  'städning',
  'catering',
  'fastighetsskötsel',
  'tvätt',
  'flytt',
  'snöröjning',
  'lokalvård',
  'återbruk',
  'trädgård',
  'fika',
  'bud',
  'sömnad',
  'hantverk',
  'transport',
  'montering',
  'biltvätt',
  'evenemang',
  'återvinning',
  'tryck',
  'klotter',
] as const;

export const COUNTY_CODES: readonly string[] = COUNTIES.map((c) => c.code);

export type ScenarioId =
  'api-search' | 'api-search-repeat' | 'page-directory' | 'page-profile' | 'page-market-analysis';

/** The first CPV code of each service category: what a buyer asks a market analysis about. */
export const ANALYSIS_CPV: readonly string[] = SERVICE_CATEGORIES.map((c) => c.cpv[0]!);

export interface Scenario {
  id: ScenarioId;
  title: string;
  next: (i: number) => string;
}

/** The repeated searches: the first 8 words × 21 län, 168 searches over and over. */
const word = (i: number) => encodeURIComponent(WORDS[i % 8]!);
const county = (i: number) => COUNTY_CODES[i % COUNTY_CODES.length]!;
/** For new searches: the 420 word × län pairs in turn, then the same pairs' next page, and so on. */
const COMBINATIONS = WORDS.length * 21;
const newWord = (i: number) => encodeURIComponent(WORDS[i % WORDS.length]!);
const newCounty = (i: number) => COUNTY_CODES[Math.floor(i / WORDS.length) % COUNTY_CODES.length]!;
const newPage = (i: number) => 1 + Math.floor(i / COMBINATIONS);

export function scenarios(orgnrs: readonly string[]): Scenario[] {
  if (orgnrs.length === 0) throw new Error('Inga org.nr att hämta profiler för');
  return [
    {
      // The targets are judged here. The server caches results per search (src/modules/register/
      // search.cache.ts); a page size that changes with i (8 × 21 × 41 combinations before one
      // repeats) makes every request a new search, so this measures the database work itself.
      // Issue 11 §4's mix: 20 service words × 21 län × pages, none asked twice in a run.
      id: 'api-search',
      title: 'API-sökning (text + län), ny sökning varje gång (20 ord × 21 län × sidor)',
      next: (i) => `/api/v1/enterprises?q=${newWord(i)}&county=${newCounty(i)}&page=${newPage(i)}&pageSize=20`,
    },
    {
      // The same 168 searches over and over, as real traffic repeats itself: mostly from the cache.
      // (All 420 new-search pairs would not come round again within the few seconds measured.)
      id: 'api-search-repeat',
      title: 'API-sökning (text + län), upprepade sökningar',
      next: (i) => `/api/v1/enterprises?q=${word(i)}&county=${county(i)}`,
    },
    {
      id: 'page-directory',
      title: 'Katalogsida /foretag (text + län)',
      next: (i) => `/foretag?q=${word(i)}&lan=${county(i)}`,
    },
    {
      // Issue 10 §3/§6: the whole register read for one CPV code and one län (30 categories × 21 län).
      id: 'page-market-analysis',
      title: 'Marknadsanalys /upphandlingar/marknadsanalys (CPV + län)',
      next: (i) =>
        `/upphandlingar/marknadsanalys?cpv=${ANALYSIS_CPV[i % ANALYSIS_CPV.length]!}&lan=${county(i)}&analys=1`,
    },
    {
      id: 'page-profile',
      title: 'Profilsida /foretag/{orgnr}',
      // A stride coprime to the list length visits every org.nr before repeating.
      next: (i) => `/foretag/${orgnrs[(i * 7) % orgnrs.length]!}`,
    },
  ];
}

/** One search per word, each in another län, the first the broadest (städning in Stockholm): for EXPLAIN. */
export function explainQueries(): string[] {
  return WORDS.map((w, i) => `q=${encodeURIComponent(w)}&county=${COUNTY_CODES[(i * 5) % COUNTY_CODES.length]!}`);
}
